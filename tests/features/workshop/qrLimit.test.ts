import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { limits } from '../../../src/lib/pack/schema';

describe('the stated QR limit', () => {
  it('fits a link of the stated length at medium error correction, and not much more', () => {
    const link = (n: number) =>
      `http://192.168.1.20:4173/#/workshop/join?p=${'Ab9_-'.repeat(n).slice(0, n - 43)}`;
    expect(link(limits.qrLinkChars)).toHaveLength(limits.qrLinkChars);
    expect(QRCode.create(link(limits.qrLinkChars), { errorCorrectionLevel: 'M' }).version).toBe(40);
    expect(() => QRCode.create(link(2400), { errorCorrectionLevel: 'M' })).toThrow();
  });
});
