import { createHash } from 'node:crypto';

/**
 * A GUID derived from a name (RFC 9562 version 8, SHA-256 based), for things
 * that have no id of their own in Dossier but need one in an exchange file
 * (users, variables, codings, notes): the same name gives the same GUID in
 * every export, so re-imports and diffs line up.
 */
export function stableGuid(name: string): string {
  const bytes = createHash('sha256').update(`dossier:${name}`, 'utf8').digest().subarray(0, 16);
  bytes[6] = 0x80 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
