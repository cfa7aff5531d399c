import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, testWorkbench } from '../../helpers/testWorkbench';

const corpus = path.join(repoRoot, 'tests/fixtures/bad-qdpx');

/** Each hostile or broken .qdpx, with what the refusal must say. */
const expected: Record<string, { code: string; message: RegExp }> = {
  'not-a-zip.qdpx': { code: 'FILE_UNSUPPORTED', message: /“not-a-zip\.qdpx” cannot be imported: it is not a zip archive, and a \.qdpx file is one\./ },
  'empty.qdpx': { code: 'FILE_UNSUPPORTED', message: /it is not a zip archive/ },
  'truncated.qdpx': { code: 'FILE_UNSUPPORTED', message: /the archive is (truncated|damaged)/ },
  'zip-bomb.qdpx': { code: 'FILE_TOO_LARGE', message: /it unpacks to more than 100 times its own size, which is how zip bombs look\./ },
  'zip-bomb-lying-sizes.qdpx': { code: 'FILE_TOO_LARGE', message: /zip bombs/ },
  'traversal-dotdot.qdpx': { code: 'FILE_UNSUPPORTED', message: /the entry “\.\.\/\.\.\/evil\.txt” is unsafe \(it climbs out of the archive\)\./ },
  'traversal-absolute.qdpx': { code: 'FILE_UNSUPPORTED', message: /the entry “\/etc\/cron\.d\/evil” is unsafe \(it is an absolute path\)\./ },
  'traversal-backslash.qdpx': { code: 'FILE_UNSUPPORTED', message: /is unsafe \(it uses backslashes\)\./ },
  'traversal-drive-letter.qdpx': { code: 'FILE_UNSUPPORTED', message: /the entry “C:\/Windows\/evil\.txt” is unsafe \(it names a drive\)\./ },
  'xxe-external-entity.qdpx': { code: 'FILE_UNSUPPORTED', message: /declares a DOCTYPE or entities, which Dossier never reads from imported files/ },
  'billion-laughs.qdpx': { code: 'FILE_UNSUPPORTED', message: /declares a DOCTYPE or entities/ },
  'doctype.qdpx': { code: 'FILE_UNSUPPORTED', message: /declares a DOCTYPE/ },
  'malformed-xml.qdpx': { code: 'FILE_UNSUPPORTED', message: /its project\.qde is not well-formed XML/ },
  'missing-project-qde.qdpx': { code: 'FILE_UNSUPPORTED', message: /it has no project\.qde, the file every REFI-QDA project carries\./ },
  'wrong-namespace.qdpx': { code: 'FILE_UNSUPPORTED', message: /its project\.qde is not a REFI-QDA project/ },
  'missing-project-name.qdpx': { code: 'FILE_UNSUPPORTED', message: /has no project name/ },
  'missing-source-file.qdpx': { code: 'FILE_UNSUPPORTED', message: /the source “Statement” refers to “.+\.txt”, which is not in the archive’s Sources folder\./ },
  'source-path-dotdot.qdpx': { code: 'FILE_UNSUPPORTED', message: /the source “Statement” points outside the archive \(“internal:\/\/\.\.\/\.\.\/etc\/passwd”\)/ },
  'source-path-file-url.qdpx': { code: 'FILE_UNSUPPORTED', message: /points outside the archive \(“file:\/\/\/etc\/passwd”\)/ },
  'source-path-absolute.qdpx': { code: 'FILE_UNSUPPORTED', message: /points outside the archive \(“\/etc\/passwd”\)/ },
  'source-path-relative.qdpx': { code: 'FILE_UNSUPPORTED', message: /points outside the archive \(“relative:\/\/\.\.\/secrets\.txt”\)/ },
  'selection-out-of-range.qdpx': { code: 'FILE_UNSUPPORTED', message: /the selection 10–5000 in the source “Statement” falls outside its text \(47 characters\)/ },
  'selection-empty.qdpx': { code: 'FILE_UNSUPPORTED', message: /the selection 13–13 in the source “Statement” .* is empty/ },
  'duplicate-guids.qdpx': { code: 'FILE_UNSUPPORTED', message: /the guid 0190a3b2-0000-7000-8000-000000000001 is used twice in project\.qde/ },
  'dangling-code-ref.qdpx': { code: 'FILE_UNSUPPORTED', message: /a coding in the source “Statement” refers to a code that is not in the codebook\./ },
};

const snapshotFiles = (dir: string): Map<string, Buffer> =>
  new Map(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name))]));

describe('untrusted .qdpx files', () => {
  it('the committed corpus is exactly the files the test knows (re-run makeBadQdpx.ts after changing it)', () => {
    const files = fs.readdirSync(corpus).filter((name) => name.endsWith('.qdpx')).sort();
    expect(files).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it('refuses each bad file with a clear message, and leaves the open project and the projects folder byte-for-byte as they were', async () => {
    const t = testWorkbench({ userName: 'lee' });
    const project = await t.call('projects.create', { name: 'Keep me' });
    const source = await t.call('sources.addText', { text: 'The minister warned of a collapse of the talks.', title: 'Mine' });
    await t.call('annotations.create', { sourceId: source.sourceId!, start: 4, end: 12, note: 'mine' });
    // Fold the WAL into the file so that the bytes compared are the whole project.
    t.workbench.close();
    await t.call('projects.open', { path: project.path });
    const before = snapshotFiles(t.projectsDir);
    const counts = (await t.call('projects.current', {}))?.counts;

    for (const [name, want] of Object.entries(expected)) {
      const data = fs.readFileSync(path.join(corpus, name));
      const error = await t.fail('interop.importQdpx', { name, dataBase64: data.toString('base64') });
      expect.soft(error.code, name).toBe(want.code);
      expect.soft(error.message, name).toMatch(want.message);
      expect.soft(error.message, name).toContain(`“${name}”`);
      const current = await t.call('projects.current', {});
      expect(current?.id, name).toBe(project.id);
      expect(current?.counts, name).toEqual(counts);
    }
    expect(snapshotFiles(t.projectsDir)).toEqual(before);
  });

  it('refuses a .qdpx larger than the limit before reading it', async () => {
    const t = testWorkbench();
    await t.call('projects.create', { name: 'Small' });
    const error = await t.fail('interop.importQdpx', { name: 'huge.qdpx', dataBase64: Buffer.alloc(65 * 1024 * 1024).toString('base64') });
    expect(error).toEqual({ code: 'FILE_TOO_LARGE', message: '“huge.qdpx” is larger than 64 MB, the most Dossier imports as a .qdpx.' });
  });
});
