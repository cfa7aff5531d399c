import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The token and folder playwright.config.ts gave the browser-mode server of this run. */
export const token = process.env.DOSSIER_E2E_TOKEN ?? '';
export const workDir = process.env.DOSSIER_E2E_DIR ?? '';

/** Opens the app on its welcome screen: the server is shared by the tests, so close what an earlier one left open. */
export async function openApp(page: Page): Promise<void> {
  const closed = await page.request.post('/api/call/projects.close', {
    data: {},
    headers: { 'content-type': 'application/json', 'x-dossier-token': token },
  });
  expect(closed.ok()).toBe(true);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`/?token=${token}`);
  await expect(page.getByRole('button', { name: 'New project' })).toBeVisible({ timeout: 20_000 });
  expect(errors).toEqual([]);
}

export async function createProject(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New project' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Selects the first occurrence of `phrase` in the reader, across highlight spans, as a mouse drag would. */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  const found = await page.getByTestId('reader-text').evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const start = all.indexOf(wanted);
    if (start < 0) return false;
    const end = start + wanted.length;
    const range = document.createRange();
    let offset = 0;
    for (const node of nodes) {
      const next = offset + node.data.length;
      if (start >= offset && start <= next) range.setStart(node, start - offset);
      if (end >= offset && end <= next) {
        range.setEnd(node, end - offset);
        break;
      }
      offset = next;
    }
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return true;
  }, phrase);
  expect(found, `“${phrase}” should be in the reader`).toBe(true);
}

/** Setup that is tedious through the UI goes through the same API the UI uses. */
export async function callApi<T>(page: Page, method: string, input: object): Promise<T> {
  const response = await page.request.post(`/api/call/${method}`, {
    data: input,
    headers: { 'content-type': 'application/json', 'x-dossier-token': token },
  });
  const body = (await response.json()) as { ok: boolean; result?: T; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
  return body.result as T;
}
