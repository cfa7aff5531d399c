import path from 'node:path';
import { defineConfig } from '@playwright/test';

// One token and folder per run: the e2e tests drive browser mode exactly as a user would.
const port = Number(process.env.DOSSIER_E2E_PORT ?? 5299);
const token = process.env.DOSSIER_E2E_TOKEN ?? `e2e-${process.pid}-${Date.now().toString(36)}`;
const workDir = path.join(import.meta.dirname, '.tmp', `e2e-${port}`);
process.env.DOSSIER_E2E_TOKEN = token;
process.env.DOSSIER_E2E_PORT = String(port);
process.env.DOSSIER_E2E_DIR = workDir;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // CI machines are small and shared: give the first page load room.
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // Every run starts from an empty projects folder and settings of its own.
    command: `rm -rf "${workDir}" && mkdir -p "${workDir}/projects" && exec node out/main/browser.js --projects-dir "${workDir}/projects" --port ${port} --token ${token}`,
    env: { XDG_CONFIG_HOME: path.join(workDir, 'config') },
    // The server answers 401 without the token, which is enough to know it is up.
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
