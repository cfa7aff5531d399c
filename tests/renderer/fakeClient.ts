import type { DossierEvents, EventName, MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { DossierError } from '../../shared/api/errors';
import type { HostShell, MenuCommand } from '../../shared/api/host';
import type { DossierClient } from '../../renderer/api/DossierClient';

type Handlers = { [M in MethodName]?: (input: MethodInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

/** An in-memory client: answers from the handlers given, records every call, lets tests push events. */
export function createFakeClient(handlers: Handlers, shell: Partial<HostShell> = {}) {
  const calls: { method: MethodName; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const client: DossierClient = {
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      calls.push({ method, input });
      const handler = handlers[method] as ((i: MethodInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>) | undefined;
      if (!handler) throw new DossierError('UNKNOWN_METHOD', `no fake for ${method}`);
      return handler(input);
    },
    on<E extends EventName>(event: E, listener: (payload: DossierEvents[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    onMenu(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    shell: {
      kind: 'browser',
      pickSourceFiles: async () => null,
      pickSourceFolder: async () => null,
      pickProjectPath: async () => null,
      pickNewProjectPath: async () => null,
      pickMergeFile: async () => null,
      saveFile: async () => true,
      print: async () => {},
      savePdf: async () => true,
      revealInFolder: async () => {},
      saveDownload: async () => true,
      ...shell,
    },
  };
  return {
    client,
    calls,
    callsTo: (method: MethodName) => calls.filter((c) => c.method === method).map((c) => c.input),
    emit<E extends EventName>(event: E, payload: DossierEvents[E]) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    menu(command: MenuCommand) {
      for (const listener of menuListeners) listener(command);
    },
  };
}
