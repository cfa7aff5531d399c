import type { DossierEvents, EventName } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import { desktopShellMethods, ipcChannels, menuCommands, type DesktopShellMethod, type DossierBridge, type MenuCommand } from '../../shared/api/host';
import { eventNames } from '../../shared/api/events';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The slice of ipcRenderer the bridge uses; the renderer never sees it. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
}

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}

function isMenuCommand(name: unknown): name is MenuCommand {
  return typeof name === 'string' && (menuCommands as readonly string[]).includes(name);
}

function callSafely(listener: (value: never) => void, value: unknown): void {
  try {
    listener(value as never);
  } catch (error) {
    // One failing view must not stop the others hearing the event.
    console.error(error);
  }
}

/**
 * Builds window.dossier. Listeners receive payloads only (never the IPC event,
 * whose `sender` would hand the page ipcRenderer), and only declared names pass.
 * One IPC listener per channel fans out to any number of page listeners.
 */
export function createBridge(ipc: BridgeIpc): DossierBridge {
  const eventListeners = new Map<EventName, Set<(payload: never) => void>>(eventNames.map((name) => [name, new Set()]));
  const menuListeners = new Set<(command: MenuCommand) => void>();

  ipc.on(ipcChannels.event, (_event, name, payload) => {
    if (!isEventName(name)) return;
    for (const listener of eventListeners.get(name)!) callSafely(listener, payload);
  });
  ipc.on(ipcChannels.menu, (_event, command) => {
    if (!isMenuCommand(command)) return;
    for (const listener of menuListeners) callSafely(listener, command);
  });

  return Object.freeze({
    call(method: string, input: unknown): Promise<Envelope<unknown>> {
      return ipc.invoke(ipcChannels.call, method, input) as Promise<Envelope<unknown>>;
    },
    shell(method: DesktopShellMethod, args: unknown[]): Promise<Envelope<unknown>> {
      if (!(desktopShellMethods as readonly string[]).includes(method)) {
        return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no shell method named "${String(method)}".` } });
      }
      return ipc.invoke(ipcChannels.shell, method, Array.isArray(args) ? args : []) as Promise<Envelope<unknown>>;
    },
    on<E extends EventName>(event: E, listener: (payload: DossierEvents[E]) => void): () => void {
      if (!isEventName(event)) throw new Error(`Unknown Dossier event "${String(event)}".`);
      if (typeof listener !== 'function') throw new TypeError('on() needs a listener function.');
      // A fresh wrapper per subscription, so the same function subscribed twice unsubscribes once each.
      const wrapped = (payload: never): void => listener(payload);
      const listeners = eventListeners.get(event)!;
      listeners.add(wrapped);
      return () => {
        listeners.delete(wrapped);
      };
    },
    onMenu(listener: (command: MenuCommand) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onMenu() needs a listener function.');
      const wrapped = (command: MenuCommand): void => listener(command);
      menuListeners.add(wrapped);
      return () => {
        menuListeners.delete(wrapped);
      };
    },
  });
}
