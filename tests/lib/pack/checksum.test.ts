import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, checksumOf, sha256Hex } from '../../../src/lib/pack/checksum';

const nodeSha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  it('matches the standard test vectors', () => {
    const enc = new TextEncoder();
    expect(sha256Hex(enc.encode(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex(enc.encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('matches node:crypto at every padding boundary and on long input', () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 1000, 70_000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + length) & 255);
      expect(sha256Hex(bytes), `length ${length}`).toBe(nodeSha(bytes));
    }
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level, so key order never changes the checksum', () => {
    const a = { b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'é' } };
    const b = { a: { c: 'é', d: [1, { x: 1, y: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"é","d":[1,{"x":1,"y":2}]},"b":1}');
    expect(checksumOf(a)).toBe(checksumOf(b));
  });

  it('changes when any value changes', () => {
    expect(checksumOf({ a: [1, 2] })).not.toBe(checksumOf({ a: [2, 1] }));
    expect(checksumOf({ a: 'x' })).not.toBe(checksumOf({ a: 'x ' }));
  });
});
