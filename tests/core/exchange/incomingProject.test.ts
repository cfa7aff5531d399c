import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import { openIncomingProject } from '../../../electron/core/exchange/incomingProject';
import { migrate } from '../../../electron/core/db/projectDatabase';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/core/db/migrations/migrations';
import { badProjectMessages, makeValidProject, writeHugeBadProjects } from '../../fixtures/makeBadProjects';
import { tempDir } from '../../helpers/tempDir';
import { testWorkbench } from '../../helpers/testWorkbench';

const corpusDir = path.resolve(import.meta.dirname, '../../fixtures/bad-projects');

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** An open project to guard: its file is hashed after a checkpoint, before and after each refusal. */
async function openGuardedProject() {
  const t = testWorkbench();
  await t.call('projects.create', { name: 'Mine' });
  await t.call('sources.addText', { title: 'Own text', text: 'My own work, which must not change.' });
  const projectPath = t.workbench.currentProjectPath()!;
  const hash = (): string => {
    const db = new Database(projectPath, { fileMustExist: true });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    return sha256(projectPath);
  };
  return { t, projectPath, hash };
}

function expectRefused(file: string, message: RegExp, tempFolder: string): void {
  let caught: unknown;
  try {
    openIncomingProject(file, { tempDir: tempFolder }).close();
  } catch (error) {
    caught = error;
  }
  expect(caught, `${path.basename(file)} should be refused`).toBeInstanceOf(DossierError);
  const error = caught as DossierError;
  expect(error.code).toBe('BAD_PROJECT_FILE');
  expect(error.message).toContain(`“${path.basename(file)}” cannot be used:`);
  expect(error.message, path.basename(file)).toMatch(message);
  // Nothing left behind in the temp folder.
  expect(fs.readdirSync(tempFolder)).toEqual([]);
}

describe('openIncomingProject: the bad-file corpus', () => {
  const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.dossier')).sort();

  it('has at least 24 committed bad files, each with an expected message', () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
    expect(files.filter((f) => !badProjectMessages.has(f))).toEqual([]);
  });

  it('refuses every committed bad file with a clear message, leaving it and the open project byte-for-byte unchanged', async () => {
    const guard = await openGuardedProject();
    const before = guard.hash();
    for (const name of files) {
      const file = path.join(corpusDir, name);
      const fileBefore = sha256(file);
      const work = tempDir('dossier-incoming-');
      expectRefused(file, badProjectMessages.get(name)!, work);
      expect(sha256(file), name).toBe(fileBefore);
      expect(fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-shm`), name).toBe(false);
    }
    expect(guard.hash()).toBe(before);
    // The project still works after all that.
    expect((await guard.t.call('sources.list', {})).length).toBe(1);
    guard.t.workbench.close();
  });

  it('refuses a huge value and millions of rows (made at test time)', async () => {
    const guard = await openGuardedProject();
    const before = guard.hash();
    for (const bad of await writeHugeBadProjects(tempDir('dossier-huge-'))) {
      expectRefused(bad.file, bad.message, tempDir('dossier-incoming-'));
    }
    expect(guard.hash()).toBe(before);
    guard.t.workbench.close();
  }, 60_000);
});

describe('openIncomingProject: good files', () => {
  it('opens a valid project read-only, with its id', async () => {
    const file = await makeValidProject(tempDir());
    // A WAL-mode file (as a project closed by Dossier is): read from a private copy, nothing appears beside it.
    expect(fs.readFileSync(file).subarray(18, 20)).toEqual(Buffer.from([2, 2]));
    const before = sha256(file);
    const work = tempDir();
    const incoming = openIncomingProject(file, { tempDir: work });
    try {
      expect(incoming.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(incoming.projectId).toMatch(/^[0-9a-f-]{36}$/);
      expect(incoming.exportedBy).toBe('');
      expect((incoming.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n).toBe(1);
      expect(() => incoming.db.exec("DELETE FROM labels")).toThrow(/readonly/i);
    } finally {
      incoming.close();
    }
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(work)).toEqual([]);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
  });

  it('migrates an older project in a temporary copy and leaves the original as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.dossier');
    const db = new Database(file);
    db.pragma('application_id = 0x444f5353');
    migrate(db, migrations, 20);
    db.exec("INSERT INTO project_meta (key, value) VALUES ('project_id', '019a0000-0000-7000-8000-000000000001')");
    db.exec(`INSERT INTO labels (id, name, color, created_at, updated_at, created_by, updated_by)
             VALUES ('019a0000-0000-7000-8000-000000000002', 'Old label', '#123456', 'a', 'a', 'x', 'x')`);
    db.close();
    const before = sha256(file);
    const work = tempDir();
    const incoming = openIncomingProject(file, { tempDir: work });
    try {
      expect(incoming.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(incoming.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect((incoming.db.prepare('SELECT name FROM labels').get() as { name: string }).name).toBe('Old label');
      // Tables of later versions are there, empty but for seeded event types.
      expect((incoming.db.prepare('SELECT count(*) AS n FROM memos').get() as { n: number }).n).toBe(0);
      expect(fs.readdirSync(work).length).toBe(1);
    } finally {
      incoming.close();
    }
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(work)).toEqual([]);
  });
});
