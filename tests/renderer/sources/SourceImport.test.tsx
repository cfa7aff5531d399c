// @vitest-environment jsdom
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportJobProgress, ImportResult, SourceSummary } from '../../../shared/api/types';
import { MAX_SOURCE_FILE_BYTES } from '../../../shared/sources/sourceLimits';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { QueryProvider } from '../../../renderer/api/QueryContext';
import { NavigationContext, type NavigationApi } from '../../../renderer/app/Navigation';
import { SourceImportProvider, useSourceImport } from '../../../renderer/sources/SourceImportContext';
import { NoticeProvider } from '../../../renderer/ui/Notices';
import { createFakeClient } from '../fakeClient';

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

const existing = { id: 'src-1', title: 'Ministry statement' } as SourceSummary;

function Opener() {
  const imports = useSourceImport();
  return (
    <>
      <button type="button" onClick={() => imports.openAddSource('files')}>
        open files
      </button>
      <button type="button" onClick={() => imports.openAddSource('paste')}>
        open paste
      </button>
    </>
  );
}

function setup() {
  const opened: string[] = [];
  const received: { name: string; dataBase64?: string; problem?: string }[] = [];
  const results: ImportResult[] = [];
  const progress = (done: number, finished = false): ImportJobProgress => ({
    jobId: 'job-1',
    total: 3,
    done,
    current: null,
    imported: results.filter((r) => r.status === 'imported').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    failed: results.filter((r) => r.status === 'failed').length,
    review: 0,
    etaMs: finished ? 0 : 4000,
    finished,
    cancelled: false,
  });
  const fake = createFakeClient(
    {
      'sources.list': () => [existing],
      'sources.importJob.start': () => ({ jobId: 'job-1' }),
      'sources.importJob.add': ({ files }) => {
        for (const f of files) {
          received.push(f);
          results.push(
            'problem' in f
              ? { name: f.name, status: 'failed', message: f.problem }
              : f.name === 'copy.txt'
                ? { name: f.name, status: 'duplicate', duplicateOf: 'src-1', message: 'already there' }
                : { name: f.name, status: 'imported', sourceId: 'new-1', title: 'Port statement' },
          );
        }
        // Progress goes out as events, the end too.
        setTimeout(() => fake.emit('import.progress', progress(results.length, results.length === 3)), 0);
        return { cancelled: false };
      },
      'sources.importJob.get': () => ({ ...progress(results.length, results.length === 3), results: [...results] }),
      'sources.addText': () => ({ name: 'pasted', status: 'duplicate' as const, duplicateOf: 'src-1', title: 'Ministry statement' }),
    },
    {
      pickSourceFiles: async () => [
        { name: 'port.txt', size: 4, dataBase64: '', read: async () => 'cG9ydA==' },
        { name: 'copy.txt', size: 4, dataBase64: 'Y29weQ==' },
        { name: 'huge.html', size: MAX_SOURCE_FILE_BYTES + 1, dataBase64: '' },
      ],
    },
  );
  const nav: NavigationApi = {
    projectId: 'p1',
    view: 'sources',
    go: () => {},
    selectedSourceId: null,
    selectSource: () => {},
    openSource: (id) => opened.push(id),
    reveal: null,
    focusRequest: null,
    focusDone: () => {},
    focusSearch: () => {},
  };
  render(
    <ApiProvider client={fake.client}>
      <NoticeProvider>
        <QueryProvider>
          <NavigationContext.Provider value={nav}>
            <SourceImportProvider>
              <Opener />
            </SourceImportProvider>
          </NavigationContext.Provider>
        </QueryProvider>
      </NoticeProvider>
    </ApiProvider>,
  );
  return { fake, opened, received };
}

describe('Add source › Files', () => {
  it('imports chosen files as one job and reports each one, without uploading the oversized one', async () => {
    const user = userEvent.setup();
    const { fake, received } = setup();
    await user.click(screen.getByRole('button', { name: 'open files' }));
    const dialog = screen.getByRole('dialog', { name: 'Add source' });
    expect(within(dialog).getByRole('tab', { name: 'Files' }).getAttribute('aria-selected')).toBe('true');
    expect(within(dialog).getByRole('button', { name: 'Import' })).toHaveProperty('disabled', true);
    expect(within(dialog).getByRole('button', { name: 'Choose a folder…' })).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Choose files…' }));
    expect(within(dialog).getByText(/huge\.html/)).toBeTruthy();
    expect(within(dialog).getByText(/files up to 50\.0 MB can be imported/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    const summary = await screen.findByRole('dialog', { name: 'Import summary' });
    expect(fake.callsTo('sources.importJob.start')).toEqual([{ total: 3, reviewImperfect: true }]);
    // The files are read when sent (port.txt lazily); the oversized one goes as a problem, never as data.
    expect(received).toEqual([
      { name: 'port.txt', dataBase64: 'cG9ydA==' },
      { name: 'copy.txt', dataBase64: 'Y29weQ==' },
      { name: 'huge.html', problem: 'This file is 50.0 MB; files up to 50.0 MB can be imported.' },
    ]);
    expect(within(summary).getByText('1 failed, 1 already in the project, 1 imported')).toBeTruthy();
    // Failures come first, with what to do about them.
    const rows = within(summary).getAllByRole('listitem');
    expect(rows[0]?.textContent).toContain('huge.html');
    expect(rows[0]?.textContent).toContain('Split it into smaller files');
    expect(await within(summary).findByText('Already in project as “Ministry statement”')).toBeTruthy();
    expect(within(summary).getByText('Added as “Port statement”')).toBeTruthy();
    expect(document.activeElement).toBe(within(summary).getByRole('button', { name: 'Done' }));
  });

  it('tells the person when pasted text is already in the project, and offers to open it', async () => {
    const user = userEvent.setup();
    const { opened } = setup();
    await user.click(screen.getByRole('button', { name: 'open paste' }));
    const dialog = screen.getByRole('dialog', { name: 'Add source' });
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Paste some text first.');
    await user.type(within(dialog).getByLabelText('Text'), 'The ministry said…');
    // Pasting the text answers the message: it goes at once, not at the next Add.
    expect(within(dialog).queryByText('Paste some text first.')).toBeNull();
    await user.selectOptions(within(dialog).getByLabelText('Reliability'), 'B');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    const alert = await within(dialog).findByText('This text is already in the project as “Ministry statement”.');
    expect(alert).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Open it' }));
    expect(opened).toEqual(['src-1']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('checks the published date in the form, in the words core uses, before sending anything', async () => {
    const user = userEvent.setup();
    const { fake } = setup();
    await user.click(screen.getByRole('button', { name: 'open paste' }));
    const dialog = screen.getByRole('dialog', { name: 'Add source' });
    await user.type(within(dialog).getByLabelText('Text'), 'The ministry said…');
    const published = within(dialog).getByLabelText('Published');
    await user.type(published, '27/03/2024');
    // Nothing is said while typing; leaving the field shows the message, tied to the field.
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.tab();
    expect(within(dialog).getByRole('alert').textContent).toBe('Published date: use YYYY-MM-DD, YYYY-MM or YYYY.');
    expect(published.getAttribute('aria-invalid')).toBe('true');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(fake.callsTo('sources.addText')).toEqual([]);
    expect(document.activeElement).toBe(published);
    // A date of the right form that does not exist: the message says what is wrong with it.
    await user.clear(published);
    await user.type(published, '2026-02-30');
    await user.tab();
    expect(within(dialog).getByRole('alert').textContent).toBe('Published date: February 2026 has 28 days.');
    await user.clear(published);
    await user.type(published, ' 2024-03 ');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(fake.callsTo('sources.addText')).toMatchObject([{ published: '2024-03' }]);
  });
});
