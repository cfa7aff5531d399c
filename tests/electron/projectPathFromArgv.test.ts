import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPathFromArgv } from '../../electron/main/projects/projectPathFromArgv';

describe('projectPathFromArgv', () => {
  it('finds the .dossier argument and resolves it against the working directory', () => {
    expect(projectPathFromArgv(['/opt/Dossier/dossier', 'Case.dossier'], '/home/a')).toBe(path.resolve('/home/a/Case.dossier'));
    expect(projectPathFromArgv(['/opt/Dossier/dossier', '--flag', '/data/x/Case.DOSSIER'], '/home/a')).toBe(path.resolve('/data/x/Case.DOSSIER'));
    expect(projectPathFromArgv(['electron', '.', '--inspect', 'b.dossier'], '/w')).toBe(path.resolve('/w/b.dossier'));
  });

  it('ignores flags and other files, and the executable itself', () => {
    expect(projectPathFromArgv(['/opt/Dossier/dossier'], '/home/a')).toBeNull();
    expect(projectPathFromArgv(['/opt/Dossier/dossier', '--open=x.dossier', 'notes.txt'], '/home/a')).toBeNull();
    expect(projectPathFromArgv(['weird.dossier'], '/home/a')).toBeNull();
  });
});
