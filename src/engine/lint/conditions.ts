/**
 * Condition operators and keys: unknown operators and keys (with "did you mean"), Null with
 * IfExists or a set qualifier, operator/key type mismatches, single- and multivalued keys with
 * and without ForAllValues/ForAnyValue, and service keys no action in the statement supports.
 */
import type { ConditionKeyInfo } from '../../catalog/types';
import type { ConditionView, LintContext, StatementView } from './context';
import { keyOf } from './context';
import {
  familiesFor,
  isMultiValued,
  parseOperatorName,
  withBase,
  type ParsedOperator,
} from './operators';

const TAG_KEYS = ['aws:resourcetag', 'aws:requesttag', 'aws:principaltag'];
const OIDC_CLAIMS = ['aud', 'sub', 'amr', 'azp', 'oaud', 'email', 'id', 'app_id', 'user_id'];

/** The parsed operator of each Condition entry (unknown operators are reported here). */
export function checkConditions(ctx: LintContext): Map<ConditionView, ParsedOperator> {
  const parsed = new Map<ConditionView, ParsedOperator>();
  for (const st of ctx.policy?.statements ?? []) {
    const block = st.condition?.value;
    if (block?.type !== 'object') continue;
    for (const opProp of block.properties) {
      const result = parseOperatorName(opProp.key);
      if ('unknown' in result) {
        const fix = result.correction
          ? ctx.replace(
              keyOf(opProp),
              JSON.stringify(result.correction),
              `Change to ${result.correction}`,
            )
          : undefined;
        ctx.report(
          'INVALID_CONDITION_OPERATOR',
          keyOf(opProp),
          `"${opProp.key}" is not a condition operator` +
            (result.correction ? `; did you mean ${result.correction}?` : ''),
          fix,
        );
        continue;
      }
      const op = result.ok;
      if (op.doc.name === 'Null' && op.ifExists) {
        ctx.report(
          'NULL_WITH_IF_EXISTS',
          keyOf(opProp),
          'Null cannot take IfExists',
          ctx.replace(
            keyOf(opProp),
            JSON.stringify(withBase({ ...op, ifExists: false }, 'Null')),
            'Remove IfExists',
          ),
        );
      } else if (op.doc.name === 'Null' && op.set) {
        ctx.report(
          'NULL_WITH_QUALIFIER',
          keyOf(opProp),
          `Null with ${op.set} ${op.set === 'ForAllValues' ? 'always matches' : 'never matches'}`,
          ctx.replace(keyOf(opProp), '"Null"', 'Use plain Null'),
        );
      }
      checkDuplicateKeys(ctx, opProp.value.type === 'object' ? opProp.value.properties : []);
      for (const c of st.conditions) if (c.opProp === opProp) parsed.set(c, op);
    }
    for (const c of st.conditions) {
      const op = parsed.get(c);
      const info = checkKey(ctx, c);
      if (op && info) checkKeyType(ctx, st, c, op, info);
      if (info && !info.global) checkRelevance(ctx, st, c, info);
    }
  }
  return parsed;
}

function checkDuplicateKeys(
  ctx: LintContext,
  props: { key: string; keyStart: number; keyEnd: number; path: string }[],
): void {
  const seen = new Map<string, string>();
  for (const p of props) {
    const lower = p.key.toLowerCase();
    const first = seen.get(lower);
    if (first !== undefined && first !== p.key)
      ctx.report(
        'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
        { start: p.keyStart, end: p.keyEnd, path: p.path },
        `"${p.key}" repeats "${first}" (key names ignore case)`,
      );
    else seen.set(lower, p.key);
  }
}

/** Reports unknown keys; returns the catalog entry when the key is known. */
function checkKey(ctx: LintContext, c: ConditionView): ConditionKeyInfo | undefined {
  const target = keyOf(c.keyProp);
  const key = c.key;
  const colon = key.indexOf(':');
  if (key.trim() === '' || colon <= 0 || colon === key.length - 1) {
    ctx.report(
      'INVALID_CONDITION_KEY_FORMAT',
      target,
      `"${key}" is not a condition key of the form service:name`,
    );
    return undefined;
  }
  const catalog = ctx.catalog;
  if (!catalog) return undefined;
  const prefix = key.slice(0, colon);
  const lower = key.toLowerCase();
  const suggest = (code: string, message: string): void => {
    const near = catalog.suggestKeys(key).filter((k) => !k.includes('${') && !k.includes('<'));
    const best = near[0];
    ctx.report(
      code,
      target,
      message + (near.length ? `; did you mean ${near.join(', ')}?` : ''),
      best ? ctx.replace(target, JSON.stringify(best), `Change to ${best}`) : undefined,
    );
  };
  if (prefix.toLowerCase() === 'aws') {
    const g = catalog.conditionKey(key);
    if (g) return g;
    if (TAG_KEYS.includes(lower.replace(/\/$/, '')))
      ctx.report(
        'MISSING_TAG_KEY_IN_CONDITION',
        target,
        `"${key}" needs a tag key after a slash, e.g. ${key.replace(/\/$/, '')}/project`,
      );
    else if (lower === 'aws:arn')
      ctx.report(
        'DEPRECATED_GLOBAL_CONDITION_KEY',
        target,
        'aws:ARN is deprecated; use aws:PrincipalArn or aws:SourceArn',
      );
    else suggest('INVALID_GLOBAL_CONDITION_KEY', `"${key}" is not a global condition key`);
    return undefined;
  }
  const services = catalog.servicesForKeyPrefix(prefix);
  const provider = prefix.includes('.') || prefix.includes('/');
  if (services.length === 0) {
    if (provider) return undefined; // an OIDC provider's own claims (aud, sub...)
    const near = catalog.suggestServices(prefix);
    ctx.report(
      'INVALID_SERVICE',
      target,
      `There is no service "${prefix}"` + (near.length ? `; did you mean ${near.join(', ')}?` : ''),
    );
    return undefined;
  }
  if (services.some((s) => !catalog.isLoaded(s))) return undefined;
  const info = catalog.conditionKey(key);
  if (info) return info;
  const claim = key.slice(colon + 1).toLowerCase();
  if (provider && OIDC_CLAIMS.includes(claim)) return undefined;
  if (/tag$/i.test(key)) {
    ctx.report('MISSING_TAG_KEY_IN_CONDITION', target, `"${key}" needs a tag key after a slash`);
    return undefined;
  }
  suggest(
    'INVALID_SERVICE_CONDITION_KEY',
    `${services.join('/')} has no condition key "${key.slice(colon + 1)}"`,
  );
  return undefined;
}

/** Operators to suggest for a key type, keyed by the written base operator. */
const RETYPE: Record<string, Record<string, string>> = {
  StringEquals: {
    Date: 'DateEquals',
    Numeric: 'NumericEquals',
    Bool: 'Bool',
    IP: 'IpAddress',
    Binary: 'BinaryEquals',
  },
  StringNotEquals: { Date: 'DateNotEquals', Numeric: 'NumericNotEquals', IP: 'NotIpAddress' },
  ArnEquals: { String: 'StringEquals' },
  ArnLike: { String: 'StringLike' },
  ArnNotEquals: { String: 'StringNotEquals' },
  ArnNotLike: { String: 'StringNotLike' },
};

function checkKeyType(
  ctx: LintContext,
  st: StatementView,
  c: ConditionView,
  op: ParsedOperator,
  info: ConditionKeyInfo,
): void {
  const families = familiesFor(info.type);
  const base = op.doc.name;
  if (base !== 'Null' && families.length > 0 && !families.includes(op.doc.family)) {
    const better = RETYPE[base]?.[families[0] ?? ''];
    const sameBlock =
      (c.opProp.value.type === 'object' ? c.opProp.value.properties.length : 0) === 1;
    const name = better ? withBase(op, better) : undefined;
    const taken =
      name !== undefined &&
      st.condition?.value.type === 'object' &&
      st.condition.value.properties.some((p) => p.key === name);
    const fix =
      name && sameBlock && !taken
        ? ctx.replace(keyOf(c.opProp), JSON.stringify(name), `Use ${name}`)
        : undefined;
    ctx.report(
      'TYPE_MISMATCH',
      keyOf(c.keyProp),
      `${info.key} is of type ${info.type}; ${c.operator} compares ${op.doc.family === 'IP' ? 'IP addresses' : op.doc.family.toLowerCase() + ' values'}` +
        (name ? `: use ${name}` : ''),
      fix,
    );
  }
  if (base === 'Null') return;
  const onlyKey = (c.opProp.value.type === 'object' ? c.opProp.value.properties.length : 0) === 1;
  const dropSet = (): ReturnType<LintContext['replace']> | undefined =>
    onlyKey
      ? ctx.replace(
          keyOf(c.opProp),
          JSON.stringify(withBase({ ...op, set: null }, base)),
          `Remove ${op.set}:`,
        )
      : undefined;
  if (isMultiValued(info.type) && !op.set) {
    ctx.report(
      'MISSING_QUALIFIER',
      keyOf(c.keyProp),
      `${info.key} can hold several values: use ForAllValues:${c.operator} or ForAnyValue:${c.operator}`,
    );
  } else if (!isMultiValued(info.type) && op.set === 'ForAllValues') {
    ctx.report(
      'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
      keyOf(c.keyProp),
      `${info.key} holds a single value; ForAllValues is also true when it is missing`,
      dropSet(),
    );
  } else if (!isMultiValued(info.type) && op.set === 'ForAnyValue') {
    ctx.report(
      'FORANYVALUE_WITH_SINGLE_VALUED_KEY',
      keyOf(c.keyProp),
      `${info.key} holds a single value; ForAnyValue is not needed`,
      dropSet(),
    );
  }
}

function checkRelevance(
  ctx: LintContext,
  st: StatementView,
  c: ConditionView,
  info: ConditionKeyInfo,
): void {
  const catalog = ctx.catalog;
  if (!catalog || !st.action || st.action.items.length === 0) return;
  const keyLower = info.key.toLowerCase();
  const actions = [];
  for (const item of st.action.items) {
    if (item.value === '*' || item.value.includes('${')) return;
    const expanded = catalog.expand(item.value);
    if (!expanded) return;
    actions.push(...expanded);
  }
  if (actions.length === 0) return;
  const supports = actions.some((a) =>
    [
      ...a.conditionKeys,
      ...a.resourceTypes.flatMap((r) => [...r.conditionKeys, ...r.type.conditionKeys]),
    ].some((k) => k.toLowerCase() === keyLower),
  );
  if (!supports)
    ctx.report(
      'IRRELEVANT_CONDITION_KEY_IN_POLICY',
      keyOf(c.keyProp),
      `None of this statement's actions supports ${info.key}`,
    );
}

export { CONDITION_CHECKS } from './conditionChecks';
