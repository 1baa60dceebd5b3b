import { ImportError, MAX_IMPORT_BYTES } from './errors';

/** The formats Dossier reads, by what the file really holds. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

/** What the first bytes of a file say it is, for the kinds a renamed file usually turns out to be. */
function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'binary' | 'text' {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  const head = bytes.subarray(0, Math.min(bytes.length, 4096));
  // Text files do not hold NUL bytes (UTF-16 is not accepted: no briefing we know of is written so).
  for (const b of head) if (b === 0) return 'binary';
  // PNG, JPEG, GIF, old Office and other binary signatures that hold no NUL in their first bytes.
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return 'binary';
  return 'text';
}

/**
 * Decides a file's format from its name, checked against its contents; throws an ImportError when
 * the file is empty, too large, of a kind Dossier does not read, or not what its name says.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  if (bytes.length === 0) throw new ImportError('empty');
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError('too-large');
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = EXTENSIONS[ext];
  if (!format) throw new ImportError('unsupported');
  const kind = sniff(bytes);
  if (format === 'pdf') {
    if (kind !== 'pdf') throw new ImportError('wrong-kind');
  } else if (format === 'docx') {
    if (kind !== 'zip') throw new ImportError(kind === 'text' || kind === 'binary' ? 'not-zip' : 'wrong-kind');
  } else if (kind !== 'text') {
    throw new ImportError('wrong-kind');
  }
  return format;
}

/** Decodes a text file as UTF-8 (a byte-order mark is dropped); bytes that are not UTF-8 mean it is not text. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Old Windows text files are Latin-1 more often than not; decoding them so loses nothing that matters.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ImportError('empty');
  return text;
}
