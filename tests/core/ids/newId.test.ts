import { describe, expect, it } from 'vitest';
import { newId, UUID_V7_PATTERN } from '../../../electron/core/ids/newId';

describe('newId', () => {
  it('makes UUIDv7 strings that carry the creation time', () => {
    const id = newId(Date.UTC(2030, 0, 1));
    expect(id).toMatch(UUID_V7_PATTERN);
    const ms = Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(Date.UTC(2030, 0, 1));
  });

  it('orders ids made in the same millisecond by creation', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
