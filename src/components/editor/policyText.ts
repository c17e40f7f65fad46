/**
 * Reading a half-typed policy for completion and hover: the actions of the statement around
 * the cursor, and condition operators. Never executes or renders the text.
 */
import type { CursorLocation, JsonPathSegment } from './jsonLocation';

/** The text with the string token at the cursor emptied, so a half-typed string still parses. */
function withCursorStringEmptied(text: string, location: CursorLocation): string {
  const s = location.string;
  if (!s) return text;
  return `${text.slice(0, s.start)}""${text.slice(s.end)}`;
}

function at(doc: unknown, path: JsonPathSegment[]): unknown {
  let node = doc;
  for (const seg of path) {
    if (typeof seg === 'number')
      node = Array.isArray(node) ? node[seg] : seg === 0 ? node : undefined;
    else
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[seg]
          : undefined;
  }
  return node;
}

const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x !== '');

/** A linear scan for quoted `service:Action` strings, when the document does not parse. */
function actionLikeStrings(text: string): string[] {
  const out = new Set<string>();
  const re = /"([a-z0-9-]{2,40}:[A-Za-z0-9*?]{1,128})"/g;
  for (let m = re.exec(text); m && out.size < 200; m = re.exec(text)) if (m[1]) out.add(m[1]);
  return [...out];
}

/** The Action entries of the statement at `statementPath` (or of the whole document). */
export function statementActions(
  text: string,
  location: CursorLocation,
  statementPath: JsonPathSegment[],
): string[] {
  try {
    const doc = JSON.parse(withCursorStringEmptied(text, location)) as unknown;
    const statement = at(doc, statementPath);
    if (typeof statement === 'object' && statement !== null)
      return strings((statement as Record<string, unknown>)['Action']);
  } catch {
    // Half-typed JSON: fall back to every action named in the document.
  }
  return actionLikeStrings(text).filter((a) => !a.startsWith('arn:'));
}

/** Escapes text for Monaco's markdown, so policy text is shown, never interpreted. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/g, (c) => `\\${c}`);
}
