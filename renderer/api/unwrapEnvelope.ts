import { DossierError, isErrorPayload, type Envelope } from '../../shared/api/errors';
import { uiStrings as u } from '../ui/uiStrings';

/** Turns an envelope from either transport into a result or a thrown DossierError. */
export function unwrapEnvelope<T>(envelope: unknown): T {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const e = envelope as Envelope<T>;
    if (e.ok) return e.result;
    if (isErrorPayload(e.error)) throw DossierError.fromPayload(e.error);
  }
  throw new DossierError('INTERNAL', u.unreadableAnswer);
}
