import type { DossierBridge } from '../../shared/api/host';
import type { DossierClient } from './DossierClient';
import { createBrowserClient, readBrowserToken } from './createBrowserClient';
import { createDesktopClient } from './createDesktopClient';

declare global {
  interface Window {
    dossier?: DossierBridge;
  }
}

/** Picks the transport: the desktop preload's bridge when present, browser mode otherwise. */
export function createClient(): DossierClient {
  if (window.dossier) return createDesktopClient(window.dossier);
  return createBrowserClient({ token: readBrowserToken() });
}
