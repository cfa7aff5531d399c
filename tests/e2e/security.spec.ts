import { expect, test } from '@playwright/test';
import { token } from './session';

test('browser mode refuses requests without the token', async ({ request, baseURL }) => {
  const page = await request.get('/');
  expect(page.status()).toBe(401);
  expect(await page.text()).toMatch(/token/i);

  const call = await request.post('/api/call/projects.list', { data: {}, headers: { 'content-type': 'application/json' } });
  expect(call.status()).toBe(401);

  const wrong = await request.post('/api/call/projects.list', {
    data: {},
    headers: { 'content-type': 'application/json', 'x-dossier-token': `${token}x` },
  });
  expect(wrong.status()).toBe(401);

  const right = await request.post('/api/call/projects.list', {
    data: {},
    headers: { 'content-type': 'application/json', 'x-dossier-token': token },
  });
  expect(right.status()).toBe(200);
  expect(right.headers()['access-control-allow-origin']).toBeUndefined();

  const unknown = await request.post('/api/call/projects.destroyAll', {
    data: {},
    headers: { 'content-type': 'application/json', 'x-dossier-token': token },
  });
  expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });

  // A page on another origin that rebinds its name to 127.0.0.1 still sends its own Host.
  const rebound = await request.get(`/?token=${token}`, { headers: { host: 'attacker.example' } });
  expect(rebound.status()).toBeGreaterThanOrEqual(400);
  expect(baseURL).toContain('127.0.0.1');
});
