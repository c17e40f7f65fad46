/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const jsonToken =
  /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}[\],])/g;

/** Highlights JSON (policy documents) into spans with tok-* classes; other text is escaped. */
export function highlightJson(source: string): string {
  let out = '';
  let last = 0;
  for (const m of source.matchAll(jsonToken)) {
    const index = m.index ?? 0;
    out += escapeHtml(source.slice(last, index));
    const [whole, str, colon, num, lit, punct] = m;
    if (str !== undefined) {
      const cls = colon ? 'tok-key' : 'tok-string';
      out += `<span class="${cls}">${escapeHtml(str)}</span>${colon ? escapeHtml(colon) : ''}`;
    } else if (num !== undefined) out += `<span class="tok-number">${num}</span>`;
    else if (lit !== undefined) out += `<span class="tok-literal">${lit}</span>`;
    else if (punct !== undefined) out += `<span class="tok-punct">${escapeHtml(punct)}</span>`;
    else out += escapeHtml(whole);
    last = index + whole.length;
  }
  return out + escapeHtml(source.slice(last));
}
