import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import { base64, testWorkbench } from '../../helpers/testWorkbench';

async function makeProject(name: string): Promise<string> {
  const t = testWorkbench();
  const info = await t.call('projects.create', { name });
  await t.call('sources.addText', { text: 'Some text '.repeat(2000) });
  await t.call('projects.close', {});
  return info.path;
}

describe('project files that cannot be opened', () => {
  it('refuses a file that is not SQLite', async () => {
    const t = testWorkbench();
    const file = path.join(tempDir(), 'notes.dossier');
    fs.writeFileSync(file, 'just some notes, not a database');
    const error = await t.fail('projects.open', { path: file });
    expect(error).toEqual({ code: 'NOT_A_PROJECT', message: '“notes.dossier” is not a Dossier project (it is not a database file).' });
    expect(fs.readFileSync(file, 'utf8')).toBe('just some notes, not a database');
  });

  it('refuses a SQLite database from another application', async () => {
    const t = testWorkbench();
    const file = path.join(tempDir(), 'other.dossier');
    const db = new Database(file);
    db.exec('CREATE TABLE x (y)');
    db.close();
    expect((await t.fail('projects.open', { path: file })).code).toBe('NOT_A_PROJECT');
  });

  it('refuses a truncated project and leaves it as it was', async () => {
    const file = await makeProject('Truncated');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = fs.readFileSync(file);
    const t = testWorkbench();
    const error = await t.fail('projects.open', { path: file });
    expect(error.code).toBe('CORRUPT_PROJECT');
    expect(error.message).toMatch(/damaged/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(await t.call('projects.current', {})).toBeNull();
  });

  it('refuses a project from a newer Dossier and says so', async () => {
    const file = await makeProject('Future');
    const db = new Database(file);
    db.pragma('user_version = 9000');
    db.close();
    const t = testWorkbench();
    const error = await t.fail('projects.open', { path: file });
    expect(error.code).toBe('NEWER_VERSION');
    expect(error.message).toMatch(/newer version of Dossier/);
    expect(error.message).toMatch(/Update Dossier/);
  });

  it('refuses a project in a folder it cannot write to', async () => {
    const file = await makeProject('Locked');
    const dir = path.dirname(file);
    fs.chmodSync(dir, 0o555);
    fs.chmodSync(file, 0o444);
    // Root ignores permissions: act as an ordinary user for the attempt.
    const asRoot = process.geteuid?.() === 0;
    if (asRoot) {
      process.setegid?.(65534);
      process.seteuid?.(65534);
    }
    try {
      const t = testWorkbench({ projectsDir: tempDir(), settingsDir: tempDir() });
      fs.chmodSync(t.settingsDir, 0o777);
      const error = await t.fail('projects.open', { path: file });
      expect(error.code).toBe('READ_ONLY');
      expect(error.message).toMatch(/cannot write to/);
    } finally {
      if (asRoot) {
        process.seteuid?.(0);
        process.setegid?.(0);
      }
      fs.chmodSync(file, 0o644);
    }
  });

  it('refuses a missing file', async () => {
    const t = testWorkbench();
    expect((await t.fail('projects.open', { path: path.join(tempDir(), 'missing.dossier') })).code).toBe('NOT_FOUND');
  });

  it('refuses an uploaded file that is not a project and keeps nothing of it', async () => {
    const t = testWorkbench();
    const error = await t.fail('projects.upload', { name: 'holiday.dossier', dataBase64: base64('JPEG…') });
    expect(error).toMatchObject({ code: 'NOT_A_PROJECT' });
    expect(error.message).toContain('holiday.dossier');
    expect(fs.readdirSync(t.projectsDir)).toEqual([]);
  });
});
