// .docx through mammoth: its HTML keeps the document's headings, which the lessons are cut at.
import mammoth from 'mammoth';
import { ImportError } from '../../../../core/import/errors';

export async function readDocx(bytes: Uint8Array): Promise<string> {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const result = await mammoth.convertToHtml({ arrayBuffer: buffer });
    return result.value;
  } catch (error) {
    throw new ImportError('not-zip', String(error));
  }
}
