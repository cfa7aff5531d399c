import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/api/host';
import { createBridge, type BridgeIpc } from '../../electron/preload/createBridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** Stands in for ipcRenderer: records invokes and lets the test emit what main would send. */
function recordingIpc() {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Listener[]>();
  const ipc: BridgeIpc = {
    invoke(channel, ...args) {
      invoked.push([channel, ...args]);
      return Promise.resolve({ ok: true, result: 'answer' });
    },
    on(channel, listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
  };
  const rawEvent = { sender: { send() {}, invoke() {} }, ports: [] };
  const emit = (channel: string, ...args: unknown[]): void => {
    for (const listener of listeners.get(channel) ?? []) listener(rawEvent, ...args);
  };
  return { ipc, invoked, emit, listeners };
}

describe('the preload bridge', () => {
  it('exposes exactly the DossierBridge methods, frozen, with no ipcRenderer', () => {
    const bridge = createBridge(recordingIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on', 'onMenu', 'shell']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(JSON.stringify(Object.values(bridge).map((value) => typeof value))).toBe('["function","function","function","function"]');
  });

  it('sends calls and shell requests on their channels', async () => {
    const { ipc, invoked } = recordingIpc();
    const bridge = createBridge(ipc);
    expect(await bridge.call('sources.list', {})).toEqual({ ok: true, result: 'answer' });
    await bridge.shell('pickSourceFiles', []);
    expect(invoked).toEqual([
      [ipcChannels.call, 'sources.list', {}],
      [ipcChannels.shell, 'pickSourceFiles', []],
    ]);
  });

  it('refuses unknown shell methods without asking main', async () => {
    const { ipc, invoked } = recordingIpc();
    const answer = await createBridge(ipc).shell('runCommand' as 'print', ['rm -rf /']);
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(invoked).toEqual([]);
  });

  it('hands listeners the payload only, never the IPC event', () => {
    const { ipc, emit } = recordingIpc();
    const bridge = createBridge(ipc);
    const received: unknown[][] = [];
    bridge.on('project.changed', (...args: unknown[]) => received.push(args));
    emit(ipcChannels.event, 'project.changed', { topics: ['sources'] });
    emit(ipcChannels.event, 'project.switched', { project: null });
    expect(received).toEqual([[{ topics: ['sources'] }]]);
  });

  it('accepts only declared event names', () => {
    const bridge = createBridge(recordingIpc().ipc);
    expect(() => bridge.on('process.exit' as 'project.changed', () => {})).toThrow(/Unknown Dossier event/);
    expect(() => bridge.on('project.changed', 'not a function' as never)).toThrow(TypeError);
  });

  it('unsubscribes, and keeps delivering when one listener throws', () => {
    const { ipc, emit, listeners } = recordingIpc();
    const bridge = createBridge(ipc);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const heard: string[] = [];
    const off = bridge.on('project.switched', () => heard.push('a'));
    bridge.on('project.switched', () => {
      throw new Error('broken view');
    });
    bridge.on('project.switched', () => heard.push('c'));
    emit(ipcChannels.event, 'project.switched', { project: null });
    off();
    emit(ipcChannels.event, 'project.switched', { project: null });
    expect(heard).toEqual(['a', 'c', 'c']);
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();
    // One IPC listener per channel however many page listeners subscribe.
    expect(listeners.get(ipcChannels.event)).toHaveLength(1);
  });

  it('passes only known menu commands to onMenu listeners', () => {
    const { ipc, emit } = recordingIpc();
    const bridge = createBridge(ipc);
    const commands: unknown[][] = [];
    const off = bridge.onMenu((...args: unknown[]) => commands.push(args));
    emit(ipcChannels.menu, 'project.new');
    emit(ipcChannels.menu, 'shell.exec');
    off();
    emit(ipcChannels.menu, 'project.open');
    expect(commands).toEqual([['project.new']]);
  });
});
