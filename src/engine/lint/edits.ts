/** Quick-fix edits on the policy text: remove a member or an array item, add a member. */
import type { LintContext } from './context';
import type { ArrayNode, JsonNode, JsonProperty, ObjectNode } from './jsonAst';
import type { QuickFix } from './types';

/** Removes one member of an object, with the comma that separates it. */
export function removeMember(
  ctx: LintContext,
  obj: ObjectNode,
  prop: JsonProperty,
  title: string,
): QuickFix {
  const i = obj.properties.indexOf(prop);
  const next = obj.properties[i + 1];
  const prev = obj.properties[i - 1];
  const [start, end] = next
    ? [prop.keyStart, next.keyStart]
    : prev
      ? [prev.value.end, prop.value.end]
      : [prop.keyStart, prop.value.end];
  return { title, edits: [ctx.edit(start, end, '')] };
}

/** Removes one item of an array, with the comma that separates it. */
export function removeItem(
  ctx: LintContext,
  arr: ArrayNode,
  item: JsonNode,
  title: string,
): QuickFix {
  const i = arr.items.indexOf(item);
  const next = arr.items[i + 1];
  const prev = arr.items[i - 1];
  const [start, end] = next
    ? [item.start, next.start]
    : prev
      ? [prev.end, item.end]
      : [item.start, item.end];
  return { title, edits: [ctx.edit(start, end, '')] };
}

/** The whitespace that starts the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const m = /^[ \t]*/.exec(text.slice(lineStart, offset));
  return m ? m[0] : '';
}

/** Adds `"key": value` as the first member of an object, matching the indentation. */
export function addFirstMember(
  ctx: LintContext,
  obj: ObjectNode,
  key: string,
  valueJson: string,
  title: string,
): QuickFix {
  const first = obj.properties[0];
  const member = `${JSON.stringify(key)}: ${valueJson}`;
  if (!first) return { title, edits: [ctx.edit(obj.start + 1, obj.end - 1, member)] };
  const between = ctx.text.slice(obj.start + 1, first.keyStart);
  const text = between.includes('\n')
    ? `\n${indentAt(ctx.text, first.keyStart)}${member},`
    : `${member}, `;
  const at = between.includes('\n') ? obj.start + 1 : first.keyStart;
  return { title, edits: [ctx.edit(at, at, text)] };
}

/** Appends an item (given as JSON text) to an array, matching the indentation. */
export function appendItem(
  ctx: LintContext,
  arr: ArrayNode,
  itemJson: string,
  title: string,
): QuickFix {
  const last = arr.items[arr.items.length - 1];
  if (!last) return { title, edits: [ctx.edit(arr.start + 1, arr.end - 1, itemJson)] };
  const multiline = ctx.text.slice(arr.start, last.start).includes('\n');
  const text = multiline ? `,\n${indentAt(ctx.text, last.start)}${itemJson}` : `, ${itemJson}`;
  return { title, edits: [ctx.edit(last.end, last.end, text)] };
}
