import { describe, expect, it, vi } from 'vitest';
import {
  formatBytes,
  isQuotaError,
  readStorageStatus,
  requestPersistentStorage,
} from '../../src/db/storage';

function fakeStorage(persisted: boolean, grant: boolean) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
    estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 2 * 1024 ** 3 })),
  };
}

describe('browser storage', () => {
  it('reports persistence and space used, or says it cannot tell', async () => {
    expect(await readStorageStatus(fakeStorage(true, true))).toEqual({
      persisted: true,
      usage: 3 * 1024 * 1024,
      quota: 2 * 1024 ** 3,
    });
    expect(await readStorageStatus(null)).toEqual({ persisted: null, usage: null, quota: null });
    const broken = {
      ...fakeStorage(false, false),
      estimate: vi.fn(async () => Promise.reject(new Error('no'))),
    };
    expect(await readStorageStatus(broken)).toMatchObject({ persisted: false, usage: null });
  });

  it('asks for persistent storage once per tab, and not at all when already persistent', async () => {
    const already = fakeStorage(true, true);
    expect(await requestPersistentStorage(already)).toBe(true);
    expect(already.persist).not.toHaveBeenCalled();
    const storage = fakeStorage(false, true);
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(await requestPersistentStorage(storage)).toBe(false);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await requestPersistentStorage(null)).toBeNull();
  });

  it('recognises a full storage, also when Dexie wraps the error', () => {
    const dom = new DOMException('Quota exceeded', 'QuotaExceededError');
    expect(isQuotaError(dom)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: dom })).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(3.25 * 1024 * 1024)).toBe('3.3 MB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2.0 GB');
    expect(formatBytes(40 * 1024)).toBe('40 KB');
  });
});
