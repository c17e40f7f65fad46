/** IP addresses and CIDR ranges in condition values (IPv4 and IPv6), without regex on ranges. */

/** A parsed range: the address as bytes and the prefix length. */
export interface IpRange {
  bytes: number[];
  prefix: number;
}

function ipv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

function ipv6(text: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return null;
  const [head = '', tail] = text.split('::');
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const h = groups(head);
  const t = tail === undefined ? [] : groups(tail);
  const total = h.length + t.length;
  if (tail === undefined ? total !== 8 : total > 7) return null;
  const all = [...h, ...Array<string>(8 - total).fill('0'), ...t];
  const bytes: number[] = [];
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    const n = parseInt(g, 16);
    bytes.push(n >> 8, n & 255);
  }
  return bytes;
}

/** Parses `1.2.3.4`, `1.2.3.0/24`, `2001:db8::/32`; null when it is not an address or range. */
export function ipRange(text: string): IpRange | null {
  const [addr = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return null;
  const bytes = addr.includes(':') ? ipv6(addr) : ipv4(addr);
  if (!bytes) return null;
  const max = bytes.length * 8;
  if (prefixText === undefined) return { bytes, prefix: max };
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  return prefix <= max ? { bytes, prefix } : null;
}

function masked(r: IpRange): number[] {
  return r.bytes.map((b, i) => {
    const bits = Math.max(0, Math.min(8, r.prefix - i * 8));
    return b & ((0xff << (8 - bits)) & 0xff);
  });
}

/** The range with its host bits cleared (IPv4 only), e.g. 10.1.2.3/16 → 10.1.0.0/16. */
export function normalizedCidr(text: string): string | null {
  const r = ipRange(text);
  if (!r || r.bytes.length !== 4 || !text.includes('/')) return null;
  return `${masked(r).join('.')}/${r.prefix}`;
}

const PRIVATE_V4: IpRange[] = [
  { bytes: [10, 0, 0, 0], prefix: 8 },
  { bytes: [172, 16, 0, 0], prefix: 12 },
  { bytes: [192, 168, 0, 0], prefix: 16 },
];

function within(inner: IpRange, outer: IpRange): boolean {
  if (inner.bytes.length !== outer.bytes.length || inner.prefix < outer.prefix) return false;
  const a = masked({ bytes: inner.bytes, prefix: outer.prefix });
  const b = masked(outer);
  return a.every((x, i) => x === b[i]);
}

/** True when the whole range is private (RFC 1918, or IPv6 unique local fc00::/7). */
export function isPrivateRange(r: IpRange): boolean {
  if (r.bytes.length === 4) return PRIVATE_V4.some((p) => within(r, p));
  return r.prefix >= 7 && ((r.bytes[0] ?? 0) & 0xfe) === 0xfc;
}
