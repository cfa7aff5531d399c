import type { BrowserWindowConstructorOptions } from 'electron';
import type { Rect } from './windowState';

export interface WindowOptionsInput {
  /** Absolute path of the built preload (out/preload/index.cjs): sandboxed preloads must be CommonJS. */
  preloadPath: string;
  bounds: Rect;
  /** DevTools only while developing. */
  devTools: boolean;
}

export const MIN_WINDOW_WIDTH = 720;
export const MIN_WINDOW_HEIGHT = 480;

/** BrowserWindow options with every renderer hardening switch set explicitly. */
export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'Dossier',
    // Shown on 'ready-to-show' to avoid a white flash.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: input.devTools,
    },
  };
}
