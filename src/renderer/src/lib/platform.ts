import type { DossierApi } from '../../../shared/ipc';

/** What the page can ask of its host: the desktop app's preload, or plain-web fallbacks. */
export const platform: DossierApi & { desktop: boolean } = (() => {
  const api = typeof window !== 'undefined' ? window.api : undefined;
  if (api) return { ...api, desktop: true };
  return {
    desktop: false,
    appVersion: async () => 'web',
    openExternal: async (url: string) => {
      if (!/^https:\/\//.test(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    // In a browser the page's own file input chooses a briefing (see features/import/pick.ts).
    openBriefing: async () => null,
    // In a browser there is no save dialog: the file is offered as a download.
    saveFile: async (suggestedName: string, contents: string) => {
      offerDownload(suggestedName, contents, 'application/json');
      return { saved: true };
    },
  };
})();

/** Offers text as a downloaded file (a browser's downloads; the desktop app shows its save dialog for them). */
export function offerDownload(fileName: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
