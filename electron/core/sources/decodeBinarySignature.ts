import type { ErrorCode } from '../../../shared/api/errors';

/** What a file's first bytes say it is, when that is not text. */
export interface BinarySignature {
  /** Reads after "looks like": "a PDF file", "a PNG image". */
  description: string;
  code: Extract<ErrorCode, 'FILE_BINARY' | 'FILE_UNSUPPORTED'>;
}

interface Magic {
  bytes: readonly number[];
  offset?: number;
  description: string;
  /** The magic is printable ASCII that could start a text: also require a NUL or control byte early on. */
  needsBinaryBytes?: boolean;
  code?: BinarySignature['code'];
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

const magics: readonly Magic[] = [
  { bytes: ascii('%PDF-'), description: 'a PDF file' },
  { bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a], description: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], description: 'a JPEG image' },
  { bytes: ascii('GIF87a'), description: 'a GIF image', needsBinaryBytes: true },
  { bytes: ascii('GIF89a'), description: 'a GIF image', needsBinaryBytes: true },
  { bytes: [0x49, 0x49, 0x2a, 0x00], description: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], description: 'a TIFF image' },
  { bytes: ascii('BM'), description: 'a bitmap image', needsBinaryBytes: true },
  { bytes: [0x00, 0x00, 0x01, 0x00], description: 'an icon file' },
  { bytes: ascii('8BPS'), description: 'a Photoshop image', needsBinaryBytes: true },
  { bytes: ascii('wOFF'), description: 'a web font', needsBinaryBytes: true },
  { bytes: ascii('wOF2'), description: 'a web font', needsBinaryBytes: true },
  { bytes: [0x7f, ...ascii('ELF')], description: 'a program (ELF executable)' },
  { bytes: ascii('MZ'), description: 'a Windows program', needsBinaryBytes: true },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], description: 'a macOS program' },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], description: 'a compiled program' },
  { bytes: [0x00, ...ascii('asm')], description: 'a WebAssembly module' },
  { bytes: [...ascii('SQLite format 3'), 0x00], description: 'an SQLite database' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], description: 'an old Microsoft Office document (.doc, .xls or .ppt)' },
  { bytes: [0x1f, 0x8b], description: 'a gzip archive' },
  { bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c], description: 'a 7-Zip archive' },
  { bytes: [...ascii('Rar!'), 0x1a, 0x07], description: 'a RAR archive' },
  { bytes: ascii('BZh'), description: 'a bzip2 archive', needsBinaryBytes: true },
  { bytes: [0xfd, ...ascii('7zXZ'), 0x00], description: 'an xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], description: 'a Zstandard archive' },
  { bytes: ascii('ustar'), offset: 257, description: 'a tar archive', needsBinaryBytes: true },
  { bytes: ascii('OggS'), description: 'an audio or video file (Ogg)', needsBinaryBytes: true },
  { bytes: ascii('fLaC'), description: 'an audio file (FLAC)', needsBinaryBytes: true },
  { bytes: ascii('ID3'), description: 'an audio file (MP3)', needsBinaryBytes: true },
  { bytes: ascii('ftyp'), offset: 4, description: 'a video or image file (MP4, MOV or HEIC)', needsBinaryBytes: true },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], description: 'a video file (Matroska or WebM)' },
  { bytes: ascii('RIFF'), description: 'a media file (WAV, AVI or WebP)', needsBinaryBytes: true },
  { bytes: ascii('{\\rtf'), description: 'an RTF document', code: 'FILE_UNSUPPORTED' },
];

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

function hasBinaryBytesNearStart(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 64);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return true;
  }
  return false;
}

function zipDescription(bytes: Uint8Array): string {
  // Office and OpenDocument files are ZIPs; the names of the first entries tell which.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  if (head.includes('word/')) return 'a Word document (.docx)';
  if (head.includes('xl/')) return 'an Excel workbook (.xlsx)';
  if (head.includes('ppt/')) return 'a PowerPoint presentation (.pptx)';
  if (head.includes('application/epub+zip')) return 'an EPUB e-book';
  if (head.includes('application/vnd.oasis.opendocument')) return 'an OpenDocument file';
  return 'a ZIP archive';
}

/** Recognises common non-text formats by their magic numbers. */
export function binarySignature(bytes: Uint8Array): BinarySignature | undefined {
  if (startsWith(bytes, ascii('PK')) && (bytes[2] === 0x03 || bytes[2] === 0x05 || bytes[2] === 0x07)) {
    return { description: zipDescription(bytes), code: 'FILE_BINARY' };
  }
  for (const magic of magics) {
    if (!startsWith(bytes, magic.bytes, magic.offset)) continue;
    if (magic.needsBinaryBytes && !hasBinaryBytesNearStart(bytes)) continue;
    return { description: magic.description, code: magic.code ?? 'FILE_BINARY' };
  }
  return undefined;
}
