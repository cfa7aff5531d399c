import type { DossierEvents, EventName, MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { HostShell, MenuCommand } from '../../shared/api/host';

/**
 * What the UI talks to. One implementation per transport (desktop IPC bridge,
 * browser-mode HTTP); views never know which one they have.
 */
export interface DossierClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: DossierEvents[E]) => void): () => void;
  /** Desktop application menu; a no-op subscription in browser mode. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
  readonly shell: HostShell;
}
