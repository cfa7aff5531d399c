import path from 'node:path';
import { expect } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { ErrorPayload } from '../../shared/api/errors';
import { createWorkbench } from '../../electron/core/workbench/createWorkbench';
import type { Workbench } from '../../electron/core/workbench/createWorkbench';
import { tempDir } from './tempDir';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const sampleDir = path.join(repoRoot, 'resources/sample');

export interface TestWorkbench {
  workbench: Workbench;
  projectsDir: string;
  settingsDir: string;
  /** Calls a method and returns its result, failing the test on an error envelope. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Calls a method that must fail, and returns its error. */
  fail(method: string, input: unknown): Promise<ErrorPayload>;
}

/** A real workbench over real SQLite files in temp folders. */
export function testWorkbench(
  options: {
    userName?: string;
    projectsDir?: string;
    settingsDir?: string;
    sampleDir?: string;
    importWorkerPath?: string;
    importTimeoutMs?: number;
    importMemoryMb?: number;
    now?: () => number;
  } = {},
): TestWorkbench {
  const projectsDir = options.projectsDir ?? tempDir('dossier-projects-');
  const settingsDir = options.settingsDir ?? tempDir('dossier-settings-');
  const workbench = createWorkbench({
    projectsDir,
    settingsDir,
    sampleDir: options.sampleDir ?? sampleDir,
    userName: options.userName ?? 'analyst',
    host: 'browser',
    appVersion: '0.0.0-test',
    now: options.now,
    importWorkerPath: options.importWorkerPath,
    importTimeoutMs: options.importTimeoutMs,
    importMemoryMb: options.importMemoryMb,
  });
  return {
    workbench,
    projectsDir,
    settingsDir,
    async call(method, input) {
      const envelope = await workbench.dispatch(method, input);
      if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.result as never;
    },
    async fail(method, input) {
      const envelope = await workbench.dispatch(method, input);
      expect(envelope.ok, `${method} should have failed`).toBe(false);
      if (envelope.ok) throw new Error('unreachable');
      return envelope.error;
    },
  };
}

export function base64(text: string | Uint8Array): string {
  return Buffer.from(text).toString('base64');
}
