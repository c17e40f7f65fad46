import { describe, expect, it } from 'vitest';
import { randomId } from '../../src/lib/randomId';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomId', () => {
  it('uses crypto.randomUUID where the context is secure', () => {
    expect(randomId()).toMatch(uuidV4);
  });

  it('builds a version-4 UUID from getRandomValues where randomUUID is missing (plain http)', () => {
    const insecure = {
      getRandomValues: (array: Uint8Array) => crypto.getRandomValues(array),
    } as unknown as Crypto;
    const ids = new Set(Array.from({ length: 200 }, () => randomId(insecure)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(uuidV4);
  });
});
