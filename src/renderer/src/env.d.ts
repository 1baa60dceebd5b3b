/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { DossierApi } from '../../shared/ipc';

declare global {
  interface Window {
    /** Present in the desktop app (exposed by the preload); absent in the plain web build. */
    api?: DossierApi;
  }
}
