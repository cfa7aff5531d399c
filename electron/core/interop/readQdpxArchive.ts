import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { DossierError } from '../../../shared/api/errors';

/** Bounds for an untrusted .qdpx; sizes are counted while inflating, never taken from the zip's headers. */
export const QDPX_LIMITS = {
  /** Everything inflated, all entries together. */
  maxTotalBytes: 256 * 1024 * 1024,
  /** Inflated bytes allowed per archive byte, once past `ratioAllowanceBytes`. */
  maxRatio: 100,
  ratioAllowanceBytes: 16 * 1024 * 1024,
  maxEntries: 50_000,
} as const;

/** Compressed bytes pushed per step: bounds what one inflate step can produce (deflate expands at most ~1032×). */
const PUSH_BYTES = 8 * 1024;

export interface QdpxArchive {
  /** project.qde's bytes. */
  projectXml: Uint8Array;
  /** Files under Sources/, by their name inside that folder. */
  sources: Map<string, Uint8Array>;
}

function bad(fileName: string, problem: string): DossierError {
  return new DossierError('FILE_UNSUPPORTED', `“${fileName}” cannot be imported: ${problem}`);
}

/** Why an entry name is unsafe to use as a path, or null. */
export function unsafeEntryName(name: string): string | null {
  if (name.length === 0) return 'it has an empty name';
  if (name.includes('\\')) return 'it uses backslashes';
  if (name.includes('\0')) return 'it contains a NUL character';
  if (name.startsWith('/')) return 'it is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'it names a drive';
  if (name.split('/').some((part) => part === '..' || part === '.')) return 'it climbs out of the archive';
  return null;
}

/**
 * Reads project.qde and Sources/ from a .qdpx (a zip) without trusting it:
 * unsafe entry names refuse the whole file, and inflation stops as soon as the
 * total or the compression ratio passes its limit.
 */
export function readQdpxArchive(bytes: Uint8Array, fileName: string): QdpxArchive {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
  if (!isZip) throw bad(fileName, 'it is not a zip archive, and a .qdpx file is one.');

  if (!hasEndRecord(bytes)) throw bad(fileName, 'the archive is truncated or damaged (it lacks the record that ends every zip file).');

  const allowed = Math.min(QDPX_LIMITS.maxTotalBytes, Math.max(QDPX_LIMITS.ratioAllowanceBytes, bytes.length * QDPX_LIMITS.maxRatio));
  let total = 0;
  let entries = 0;
  let failure: DossierError | null = null;
  const seen = new Set<string>();
  const pending = new Set<string>();
  const chunks = new Map<string, Uint8Array[]>();

  const unzip = new Unzip((file) => {
    if (failure) return;
    entries += 1;
    if (entries > QDPX_LIMITS.maxEntries) {
      failure = bad(fileName, `it holds more than ${QDPX_LIMITS.maxEntries.toLocaleString('en')} files.`);
      return;
    }
    const unsafe = unsafeEntryName(file.name);
    if (unsafe) {
      failure = bad(fileName, `the entry “${file.name.slice(0, 200)}” is unsafe (${unsafe}).`);
      return;
    }
    if (seen.has(file.name)) {
      failure = bad(fileName, `the entry “${file.name.slice(0, 200)}” appears twice.`);
      return;
    }
    seen.add(file.name);
    const wanted = file.name === 'project.qde' || (file.name.startsWith('Sources/') && !file.name.endsWith('/'));
    if (!wanted) return;
    if (file.compression !== 0 && file.compression !== 8) {
      failure = bad(fileName, `the entry “${file.name}” uses a compression method Dossier does not read (${file.compression}).`);
      return;
    }
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    pending.add(file.name);
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = bad(fileName, `the entry “${file.name}” is damaged (${error.message}).`);
        return;
      }
      total += chunk.length;
      if (total > allowed) {
        failure = new DossierError(
          'FILE_TOO_LARGE',
          total > QDPX_LIMITS.maxTotalBytes || allowed === QDPX_LIMITS.maxTotalBytes
            ? `“${fileName}” cannot be imported: it unpacks to more than ${QDPX_LIMITS.maxTotalBytes / 1024 / 1024} MB.`
            : `“${fileName}” cannot be imported: it unpacks to more than ${QDPX_LIMITS.maxRatio} times its own size, which is how zip bombs look.`,
        );
        file.terminate();
        return;
      }
      parts.push(chunk);
      if (final) pending.delete(file.name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);

  try {
    for (let offset = 0; offset < bytes.length; offset += PUSH_BYTES) {
      const end = Math.min(bytes.length, offset + PUSH_BYTES);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
      // Set by the callbacks above: stop inflating at the first problem.
      if (failure) break;
    }
  } catch (error) {
    if (!failure) failure = bad(fileName, `the archive is damaged (${(error as Error).message}).`);
  }
  if (failure) throw failure;
  if (pending.size > 0) throw bad(fileName, `the archive is truncated (“${[...pending][0]}” is incomplete).`);

  const projectParts = chunks.get('project.qde');
  if (!projectParts) {
    throw bad(fileName, entries === 0 ? 'it is an empty archive.' : 'it has no project.qde, the file every REFI-QDA project carries.');
  }
  const sources = new Map<string, Uint8Array>();
  for (const [name, parts] of chunks) {
    if (name.startsWith('Sources/')) sources.set(name.slice('Sources/'.length), join(parts));
  }
  return { projectXml: join(projectParts), sources };
}

/** A zip ends with an end-of-central-directory record (22 bytes plus a comment of at most 64 KB). */
function hasEndRecord(bytes: Uint8Array): boolean {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i -= 1) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

function join(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
