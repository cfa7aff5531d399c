import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIdleWindow, findWindowWithProject } from '../../electron/main/projects/findWindowWithProject';
import { samePath } from '../../electron/main/projects/samePath';
import { tempDir } from '../helpers/tempDir';
import { testWorkbench } from '../helpers/testWorkbench';

describe('findWindowWithProject', () => {
  it('finds the window whose workbench has the project open, by any spelling of its path', async () => {
    const a = testWorkbench();
    const b = testWorkbench({ projectsDir: a.projectsDir, settingsDir: a.settingsDir });
    const idle = testWorkbench({ projectsDir: a.projectsDir, settingsDir: a.settingsDir });
    await a.call('projects.create', { name: 'Alpha' });
    await b.call('projects.create', { name: 'Beta' });
    const windows = [
      { window: 'A', workbench: a.workbench },
      { window: 'B', workbench: b.workbench },
      { window: 'idle', workbench: idle.workbench },
    ];
    const betaPath = b.workbench.currentProjectPath()!;
    const spelledOddly = path.join(path.dirname(betaPath), '.', 'sub', '..', path.basename(betaPath));
    expect(findWindowWithProject(windows, spelledOddly)?.window).toBe('B');
    expect(findWindowWithProject(windows, betaPath, windows[1])).toBeUndefined();
    expect(findWindowWithProject(windows, path.join(a.projectsDir, 'Nope.dossier'))).toBeUndefined();
    expect(findIdleWindow(windows)?.window).toBe('idle');
    for (const bench of [a, b, idle]) bench.workbench.close();
  });
});

describe('samePath', () => {
  it('follows symlinks and ignores case where the platform does', () => {
    const dir = tempDir();
    const file = path.join(dir, 'Case.dossier');
    fs.writeFileSync(file, '');
    fs.symlinkSync(file, path.join(dir, 'link.dossier'));
    expect(samePath(file, path.join(dir, 'link.dossier'), 'linux')).toBe(true);
    expect(samePath(file, path.join(dir, 'case.dossier'), 'darwin')).toBe(true);
    expect(samePath(file, path.join(dir, 'case.dossier'), 'linux')).toBe(false);
  });
});
