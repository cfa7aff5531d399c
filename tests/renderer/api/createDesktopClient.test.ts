import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import type { DossierBridge } from '../../../shared/api/host';
import { createDesktopClient } from '../../../renderer/api/createDesktopClient';

describe('createDesktopClient', () => {
  it('unwraps envelopes from the bridge, for calls and shell methods', async () => {
    const seen: unknown[] = [];
    const bridge: DossierBridge = {
      call: async (method, input) => {
        seen.push([method, input]);
        return method === 'sources.delete'
          ? { ok: false, error: { code: 'NOT_FOUND', message: 'That source is not in this project.' } }
          : { ok: true, result: [] };
      },
      shell: async (method, args) => {
        seen.push([method, args]);
        return { ok: true, result: '/home/a/new.dossier' };
      },
      on: () => () => {},
      onMenu: () => () => {},
    };
    const client = createDesktopClient(bridge);
    expect(client.shell.kind).toBe('desktop');
    await expect(client.call('labels.list', {})).resolves.toEqual([]);
    await expect(client.call('sources.delete', { id: 'x' })).rejects.toBeInstanceOf(DossierError);
    await expect(client.shell.pickNewProjectPath('Case')).resolves.toBe('/home/a/new.dossier');
    expect(seen).toContainEqual(['pickNewProjectPath', ['Case']]);
  });
});
