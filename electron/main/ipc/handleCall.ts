import { isMethodName } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/errors';
import type { Workbench } from '../../core/workbench/createWorkbench';
import { isTrustedSender } from '../security/isTrustedSender';

export interface CallOptions {
  /**
   * One window per project: returns true (after bringing that window forward) when
   * `path` is already open in another window.
   */
  projectOpenElsewhere?(path: string): boolean;
  /** Development only: the renderer dev server's origin, trusted like app://dossier. */
  devServerOrigin?: string;
}

/** The `dossier:call` IPC handler, minus Electron: sender check, method check, dispatch. */
export async function handleCall(
  workbench: Pick<Workbench, 'dispatch'>,
  senderUrl: string | null | undefined,
  isMainFrame: boolean,
  method: unknown,
  input: unknown,
  options: CallOptions = {},
): Promise<Envelope<unknown>> {
  if (!isTrustedSender(senderUrl, isMainFrame, options.devServerOrigin)) {
    return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Only the Dossier window itself may call the workbench.' } };
  }
  if (!isMethodName(method)) {
    const name = typeof method === 'string' ? method.slice(0, 100) : String(typeof method);
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no API method named "${name}".` } };
  }
  if (method === 'projects.open' && options.projectOpenElsewhere !== undefined && typeof input === 'object' && input !== null) {
    const path = (input as { path?: unknown }).path;
    if (typeof path === 'string' && path !== '' && options.projectOpenElsewhere(path)) {
      return {
        ok: false,
        error: {
          code: 'ALREADY_OPEN',
          message: 'This project is already open in another Dossier window; that window has been brought to the front.',
        },
      };
    }
  }
  try {
    return await workbench.dispatch(method, input);
  } catch (error) {
    // dispatch never throws by contract; if it does, the renderer still gets an answer.
    console.error('dossier:call failed', error);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Dossier. Please try again.' } };
  }
}

