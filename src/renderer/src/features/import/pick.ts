// Choosing a file: the desktop's native open dialog when the app runs in Electron, else the page's file input.
import type { BriefingFile } from '../../state/import.svelte';
import type { DossierApi } from '../../../../shared/ipc';

/** A file from the native dialog, `null` when the learner cancelled, or `use-input` in a plain page. */
export async function pickBriefing(platform: Pick<DossierApi, 'openBriefing'> & { desktop: boolean }): Promise<BriefingFile | null | 'use-input'> {
  if (!platform.desktop) return 'use-input';
  const picked = await platform.openBriefing();
  if (!picked) return null;
  const bytes = picked.bytes;
  return {
    name: picked.name,
    // An oversized file comes back without its bytes; its size is all the flow needs to say so.
    size: picked.tooLarge ? Number.MAX_SAFE_INTEGER : bytes.byteLength,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}
