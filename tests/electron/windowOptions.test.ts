import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../electron/main/windows/windowOptions';

describe('windowOptions', () => {
  const options = windowOptions({
    preloadPath: '/opt/Dossier/out/preload/index.cjs',
    bounds: { x: 10, y: 20, width: 1200, height: 800 },
    devTools: false,
  });

  it('sets every renderer security switch explicitly', () => {
    expect(options.webPreferences).toEqual({
      preload: '/opt/Dossier/out/preload/index.cjs',
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
      devTools: false,
    });
  });

  it('loads a CommonJS preload (a sandboxed preload cannot be an ES module)', () => {
    expect(options.webPreferences?.preload).toMatch(/\.cjs$/);
  });

  it('places the window at the given bounds and shows it only when ready', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false, title: 'Dossier' });
  });

  it('enables DevTools only when asked (development)', () => {
    const dev = windowOptions({ preloadPath: '/p/index.cjs', bounds: { x: 0, y: 0, width: 800, height: 600 }, devTools: true });
    expect(dev.webPreferences?.devTools).toBe(true);
    expect(dev.webPreferences?.sandbox).toBe(true);
  });
});
