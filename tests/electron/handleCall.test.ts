import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleCall } from '../../electron/main/ipc/handleCall';
import { testWorkbench } from '../helpers/testWorkbench';

const APP = 'app://dossier/index.html';

describe('handleCall (dossier:call) against a real workbench', () => {
  it('dispatches a trusted call from the app’s main frame', async () => {
    const { workbench } = testWorkbench();
    const created = await handleCall(workbench, APP, true, 'projects.create', { name: 'Desk' });
    expect(created).toMatchObject({ ok: true, result: { name: 'Desk' } });
    const added = await handleCall(workbench, APP, true, 'sources.addText', { text: 'A statement made on Tuesday.' });
    expect(added).toMatchObject({ ok: true, result: { status: 'imported' } });
    expect(await handleCall(workbench, APP, true, 'sources.list', {})).toMatchObject({ ok: true, result: [{ charCount: 28 }] });
    workbench.close();
  });

  it.each([
    ['a subframe', APP, false],
    ['another origin', 'https://example.com/', true],
    ['file://', 'file:///opt/Dossier/out/renderer/index.html', true],
    ['a look-alike app host', 'app://dossier.evil/index.html', true],
    ['a destroyed frame', null, true],
  ])('refuses %s without touching the workbench', async (_name, url, isMainFrame) => {
    const { workbench } = testWorkbench();
    const answer = await handleCall(workbench, url, isMainFrame, 'projects.create', { name: 'Should not exist' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(workbench.currentProjectPath()).toBeNull();
    workbench.close();
  });

  it('refuses unknown and non-string method names', async () => {
    const { workbench } = testWorkbench();
    for (const method of ['projects.destroyAll', '__proto__', 'constructor', 42, null, { toString: () => 'app.info' }]) {
      expect(await handleCall(workbench, APP, true, method, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    workbench.close();
  });

  it('passes bad input through to the contract’s validation', async () => {
    const { workbench } = testWorkbench();
    expect(await handleCall(workbench, APP, true, 'projects.create', { name: '' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    workbench.close();
  });

  it('refuses to open a project that another window has open, so one project has one window', async () => {
    const first = testWorkbench();
    const second = testWorkbench({ projectsDir: first.projectsDir, settingsDir: first.settingsDir });
    const created = await handleCall(first.workbench, APP, true, 'projects.create', { name: 'Shared' });
    if (!created.ok) throw new Error(created.error.message);
    const projectPath = first.workbench.currentProjectPath()!;
    const focused: string[] = [];
    const projectOpenElsewhere = (candidate: string): boolean => {
      if (path.resolve(candidate) !== projectPath) return false;
      focused.push(candidate);
      return true;
    };
    const answer = await handleCall(second.workbench, APP, true, 'projects.open', { path: projectPath }, { projectOpenElsewhere });
    expect(answer).toMatchObject({ ok: false, error: { code: 'ALREADY_OPEN', message: expect.stringContaining('another Dossier window') } });
    expect(focused).toEqual([projectPath]);
    expect(second.workbench.currentProjectPath()).toBeNull();
    first.workbench.close();
    second.workbench.close();
  });
});
