import type { DossierEvents, EventName } from '../../shared/api/contract';
import { DossierError } from '../../shared/api/errors';
import type { DossierClient } from './DossierClient';
import { createBrowserShell } from './createBrowserShell';
import { unwrapEnvelope } from './unwrapEnvelope';

export interface BrowserClientOptions {
  token: string;
  fetch?: typeof fetch;
  createEventSource?: (url: string) => EventSource;
}

/** Browser mode's transport: POST /api/call/<method> with the per-run token, events over SSE. */
export function createBrowserClient(options: BrowserClientOptions): DossierClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const createEventSource = options.createEventSource ?? ((url: string) => new EventSource(url));
  let source: EventSource | null = null;
  let subscribers = 0;

  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await doFetch(`/api/call/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-dossier-token': options.token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new DossierError('INTERNAL', 'Cannot reach the Dossier server. Is it still running?');
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new DossierError('INTERNAL', `The Dossier server gave an unreadable answer (HTTP ${response.status}).`);
      }
      return unwrapEnvelope(body);
    },
    on<E extends EventName>(event: E, listener: (payload: DossierEvents[E]) => void) {
      // One stream for all listeners; EventSource reconnects by itself.
      source ??= createEventSource('/api/events');
      subscribers += 1;
      const handler = (message: MessageEvent) => {
        let payload: DossierEvents[E];
        try {
          payload = JSON.parse(String(message.data)) as DossierEvents[E];
        } catch {
          return;
        }
        listener(payload);
      };
      const stream = source;
      stream.addEventListener(event, handler as EventListener);
      return () => {
        stream.removeEventListener(event, handler as EventListener);
        subscribers -= 1;
        if (subscribers === 0 && source === stream) {
          stream.close();
          source = null;
        }
      };
    },
    onMenu: () => () => {},
    shell: createBrowserShell(),
  };
}

/** The token the server put into index.html (or, failing that, the ?token= of the URL it printed). */
export function readBrowserToken(doc: Document = document): string {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="dossier-token"]');
  const fromMeta = meta?.content?.trim();
  if (fromMeta) return fromMeta;
  return new URLSearchParams(doc.location?.search ?? '').get('token') ?? '';
}
