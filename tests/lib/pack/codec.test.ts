import { describe, expect, it } from 'vitest';
import {
  appBaseUrl,
  decodePackData,
  decodeResultData,
  deflate,
  encodePackData,
  encodeResultData,
  fromBase64Url,
  inflate,
  PackError,
  packLink,
  parsePackJson,
  parseResultJson,
  readLimitedText,
  toBase64Url,
} from '../../../src/lib/pack/codec';
import { limits } from '../../../src/lib/pack/schema';
import { samplePack, sampleResult } from './fixtures';

const encodeJson = async (value: unknown) => toBase64Url(await deflate(JSON.stringify(value)));

describe('pack links', () => {
  it('round-trips a pack through the URL fragment', async () => {
    const pack = samplePack();
    const data = await encodePackData(pack);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodePackData(data)).toEqual(pack);
  });

  it('round-trips a result, including matching responses and blanks', async () => {
    const result = sampleResult();
    expect(await decodeResultData(await encodeResultData(result))).toEqual(result);
  });

  it('keeps a typical classroom pack (8 lessons, 40 questions) inside the QR limit', async () => {
    const pack = samplePack({
      title: 'IAM fundamentals: users, groups, roles and policies',
      lessons: [
        'root-user',
        'iam-users',
        'credentials',
        'groups',
        'roles',
        'policy-types',
        'policy-grammar',
        'evaluation-logic',
      ],
      questions: Array.from(
        { length: 40 },
        (_, i) => `policy-grammar-${String(i + 1).padStart(3, '0')}`,
      ),
    });
    const link = packLink('http://192.168.1.20:4173/iam-lab/', await encodePackData(pack));
    expect(link.length).toBeLessThan(limits.qrLinkChars);
    expect(link).toContain('/iam-lab/#/workshop/join?p=');
  });

  it('builds links for the copy of the app in use, also under a sub-path', () => {
    expect(appBaseUrl({ origin: 'http://10.0.0.5:8080', pathname: '/school/iam/' })).toBe(
      'http://10.0.0.5:8080/school/iam/',
    );
  });

  it('rounds unicode and characters that mean something in HTML through as plain text', async () => {
    const pack = samplePack({ title: '<img src=x onerror=alert(1)> Ünïcode ✓' });
    expect((await decodePackData(await encodePackData(pack))).title).toBe(pack.title);
  });
});

describe('rejecting bad and crafted input', () => {
  const rejects = async (promise: Promise<unknown>, message: RegExp) => {
    await expect(promise).rejects.toBeInstanceOf(PackError);
    await expect(promise).rejects.toThrow(message);
  };

  it('refuses empty and over-long data before decoding it', async () => {
    await rejects(decodePackData(''), /holds no workshop pack/);
    await rejects(decodePackData('A'.repeat(limits.fragmentDataChars + 1)), /too long/);
  });

  it('refuses characters that base64url never has, and truncated data', async () => {
    await rejects(decodePackData('abc$%def'), /damaged/);
    await rejects(decodePackData('abcde'), /damaged/);
    const data = await encodePackData(samplePack());
    await rejects(decodePackData(data.slice(0, Math.floor(data.length / 2))), /damaged|not JSON/);
  });

  it('refuses data that is not deflate, and deflate that is not JSON', async () => {
    await rejects(decodePackData(toBase64Url(new Uint8Array([0xff, 0xfe, 0xfd, 0xfc]))), /damaged/);
    await rejects(decodePackData(toBase64Url(await deflate('not json {'))), /not JSON/);
    await rejects(decodePackData(await encodeJson([1, 2])), /not a workshop pack/);
  });

  it('stops inflating a decompression bomb at the size limit', async () => {
    const bomb = toBase64Url(await deflate(' '.repeat(5_000_000)));
    expect(bomb.length).toBeLessThan(limits.fragmentDataChars);
    await rejects(decodePackData(bomb), /unpacks to more than/);
    await expect(inflate(await deflate('x'.repeat(100)), 50)).rejects.toThrow(/more than/);
  });

  it('tells a result from a pack and a newer format from a broken one', async () => {
    await rejects(
      decodePackData(await encodeResultData(sampleResult())),
      /it is a workshop result/,
    );
    await rejects(decodeResultData(await encodePackData(samplePack())), /it is a workshop pack/);
    await rejects(
      decodePackData(await encodeJson({ ...samplePack(), version: 2 })),
      /newer version/,
    );
  });

  it('refuses unknown fields, bad ids, oversized lists and empty packs', async () => {
    const bad: [unknown, RegExp][] = [
      [{ ...samplePack(), script: 'alert(1)' }, /not valid/],
      [samplePack({ questions: ['<script>alert(1)</script>'] }), /kebab-case/],
      [samplePack({ questions: ['roles-001', 'roles-001'] }), /twice/],
      [samplePack({ lessons: Array.from({ length: 41 }, (_, i) => `l-${i}`) }), /not valid/],
      [samplePack({ lessons: [], questions: [], challenges: [] }), /at least one/],
      [samplePack({ title: '   ' }), /title/],
      [samplePack({ id: 'x' }), /id/],
      [samplePack({ timeLimitMinutes: -5 }), /timeLimitMinutes/],
      [{ ...samplePack(), reveal: 'never' }, /reveal/],
    ];
    for (const [value, message] of bad)
      await rejects(decodePackData(await encodeJson(value)), message);
  });

  it('refuses results with reserved keys, duplicate answers or a blank name', async () => {
    const proto = JSON.parse(
      JSON.stringify(sampleResult()).replace('"p1":"a"', '"__proto__":"a"'),
    ) as unknown;
    await rejects(decodeResultData(await encodeJson(proto)), /reserved key/);
    const twice = sampleResult();
    twice.answers.push({ questionId: 'roles-001', response: ['a'], msTaken: 1 });
    await rejects(decodeResultData(await encodeJson(twice)), /twice/);
    await rejects(decodeResultData(await encodeJson(sampleResult({ student: '  ' }))), /student/);
    await rejects(
      decodeResultData(await encodeJson(sampleResult({ packChecksum: 'zz' }))),
      /packChecksum/,
    );
  });
});

describe('files', () => {
  it('parses pack and result files', () => {
    const pack = samplePack();
    expect(parsePackJson(JSON.stringify(pack, null, 2))).toEqual(pack);
    expect(parseResultJson(JSON.stringify(sampleResult()))).toEqual(sampleResult());
    expect(() => parsePackJson('{')).toThrow(/not JSON/);
  });

  it('refuses oversized and non-text files before parsing', async () => {
    const big = new File(['x'.repeat(limits.fileBytes + 1)], 'huge.json');
    await expect(readLimitedText(big)).rejects.toThrow(/huge.json is 300 kB/);
    const binary = new File([new Uint8Array([0xff, 0xfe, 0x00, 0xc3])], 'photo.jpg');
    await expect(readLimitedText(binary)).rejects.toThrow(/not a text file/);
    expect(await readLimitedText(new File(['{"a":1}'], 'ok.json'))).toBe('{"a":1}');
  });

  it('decodes base64url without padding', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255]);
    for (let n = 0; n <= bytes.length; n += 1) {
      const part = bytes.subarray(0, n);
      expect([...fromBase64Url(toBase64Url(part))]).toEqual([...part]);
    }
  });
});
