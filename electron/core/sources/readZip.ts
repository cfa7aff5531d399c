import { crc32, inflateRawSync } from 'node:zlib';
import { DossierError } from '../../../shared/api/errors';

/** Limits for ZIP-based documents (.docx): a small file must not inflate into gigabytes. */
export const ZIP_LIMITS = {
  maxEntries: 5000,
  /** All entries together, inflated. */
  maxTotalBytes: 256 * 1024 * 1024,
  /** One entry, inflated. */
  maxEntryBytes: 128 * 1024 * 1024,
  /** Inflated / compressed for entries over 1 MB; XML compresses ~10–30×, bombs ~1000×. */
  maxRatio: 200,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
}

export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  /** Inflates one entry, within the limits; counts against the archive's total. */
  read(name: string): Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

/** True when the bytes start like a ZIP archive. */
export const looksLikeZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);

/**
 * Reads a ZIP's central directory, refusing archives whose declared sizes or ratios are those of a
 * zip bomb, and inflates entries on demand with a hard cap on the output (zlib's maxOutputLength),
 * so an archive that lies about its sizes is stopped while inflating too. Throws DossierError.
 */
export function readZip(fileName: string, bytes: Uint8Array, what: string): ZipArchive {
  const damaged = (why: string): DossierError =>
    new DossierError('FILE_UNSUPPORTED', `"${fileName}" is a damaged ${what} (${why}); it could not be read.`);
  const bomb = (why: string): DossierError =>
    new DossierError('FILE_UNSUPPORTED', `"${fileName}" was refused: ${why}, as a "zip bomb" would. It was not imported.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.byteLength >= 22 ? findEndOfCentralDirectory(view) : -1;
  if (eocd < 0) throw damaged('its ZIP directory is missing; the file may be cut short');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw bomb('it is a ZIP64 archive, far larger than any Word document Dossier reads');
  if (count > ZIP_LIMITS.maxEntries) throw bomb(`it holds ${count} files`);
  if (dirOffset + dirSize > eocd) throw damaged('its ZIP directory points outside the file');

  const entries = new Map<string, ZipEntry>();
  let at = dirOffset;
  let declaredTotal = 0;
  const names = new TextDecoder('utf-8', { fatal: false });
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) throw damaged('its ZIP directory is broken');
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw bomb(`"${name}" inside it is over 4 GB`);
    if (size > ZIP_LIMITS.maxEntryBytes) throw bomb(`"${name}" inside it would inflate to ${Math.round(size / 2 ** 20)} MB`);
    if (size > 2 ** 20 && size > compressedSize * ZIP_LIMITS.maxRatio) {
      throw bomb(`"${name}" inside it would inflate ${Math.round(size / Math.max(1, compressedSize))} times its size`);
    }
    declaredTotal += size;
    if (declaredTotal > ZIP_LIMITS.maxTotalBytes) throw bomb(`its contents would inflate to over ${ZIP_LIMITS.maxTotalBytes / 2 ** 20} MB`);
    if (method !== 0 && method !== 8) throw damaged(`"${name}" is compressed in a way Word does not use`);
    entries.set(name, { name, method, compressedSize, size, crc, localOffset });
  }

  let inflatedTotal = 0;
  return {
    entries,
    read(name) {
      const entry = entries.get(name);
      if (!entry) throw damaged(`"${name}" is missing`);
      const local = entry.localOffset;
      if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL) throw damaged(`"${name}" cannot be found in it`);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const end = start + entry.compressedSize;
      if (end > bytes.byteLength) throw damaged(`"${name}" is cut short`);
      const raw = bytes.subarray(start, end);
      let data: Uint8Array;
      if (entry.method === 0) {
        data = raw;
      } else {
        // The cap is the declared size: an entry that inflates past what the directory says is refused mid-way.
        const cap = Math.min(entry.size, ZIP_LIMITS.maxTotalBytes - inflatedTotal);
        try {
          data = inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
        } catch (error) {
          if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
            throw bomb(`"${name}" inside it inflates to more than its directory declares`);
          }
          throw damaged(`"${name}" does not inflate`);
        }
      }
      if (data.byteLength !== entry.size) throw damaged(`"${name}" is not the size its directory declares`);
      if (crc32(data) >>> 0 !== entry.crc >>> 0) throw damaged(`"${name}" fails its checksum`);
      inflatedTotal += data.byteLength;
      if (inflatedTotal > ZIP_LIMITS.maxTotalBytes) throw bomb(`its contents inflate to over ${ZIP_LIMITS.maxTotalBytes / 2 ** 20} MB`);
      return data;
    },
  };
}
