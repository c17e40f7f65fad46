/**
 * Compiled-policy cache. A policy given as an object is compiled once per object (WeakMap, so
 * policy objects must not be mutated after they are passed in); a policy given as JSON text is
 * cached by its text (bounded). Validation errors are cached the same way.
 */
import type { CompiledPolicy } from './compile';
import { compilePolicy } from './compile';
import { locateErrors, parseJsonText } from './jsonText';
import { PolicySet } from './policySet';
import { prefixPath } from './path';
import type { EngineError, Policy, PolicyKind } from './types';
import { validatePolicy } from './validate';

/** A policy after validation: compiled, or the errors (paths relative to the document). */
export interface CheckedPolicy {
  policy?: Policy;
  compiled?: CompiledPolicy;
  errors: EngineError[];
}

const TEXT_LIMIT = 512;

/** Validates a policy from JSON text (errors carry line/column) or from a value. */
export function checkPolicy(input: unknown, kind: PolicyKind): CheckedPolicy {
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (parsed.value === undefined && parsed.errors.length > 0) return { errors: parsed.errors };
    const { policy, errors } = validatePolicy(parsed.value, kind);
    const all = locateErrors(
      [...parsed.errors, ...errors].map((e) => withoutAt(e)),
      parsed.positions,
      errors,
    );
    return all.length > 0 ? { errors: all } : policy ? { policy, errors: [] } : { errors: all };
  }
  const { policy, errors } = validatePolicy(input, kind);
  if (errors.length > 0 || !policy) return { errors: errors.map((e) => withoutAt(e)) };
  return { policy, errors: [] };
}

function withoutAt(e: EngineError & { at?: string }): EngineError {
  if (e.at === undefined) return e;
  const rest: EngineError = { code: e.code, message: e.message, path: e.path };
  if (e.line !== undefined) rest.line = e.line;
  if (e.column !== undefined) rest.column = e.column;
  return rest;
}

/** A cache of validated and compiled policies. */
export class PolicyCache {
  private readonly byObject = new WeakMap<object, Map<PolicyKind, CheckedPolicy>>();
  private readonly byText = new Map<string, Map<PolicyKind, CheckedPolicy>>();

  private readonly bySet = new WeakMap<object, Map<string, PolicySet>>();

  /**
   * The compiled policies of a list field (`identityPolicies`, an SCP level...) or of a single
   * document (`resourcePolicy`...), cached by the object's identity, so scenarios sharing one
   * list (bench defaults) share the work. `path` must be a stable string (it is a map key).
   */
  set(docs: unknown, single: boolean, kind: PolicyKind, path: string): PolicySet {
    if (typeof docs !== 'object' || docs === null) return this.build(docs, single, kind, path);
    let byPath = this.bySet.get(docs);
    if (!byPath) {
      byPath = new Map();
      this.bySet.set(docs, byPath);
    }
    // The kind is implied by the path except for resourcePolicy (trust or resource).
    const key = kind === 'trust' ? 'trust:' + path : path;
    let hit = byPath.get(key);
    if (!hit) {
      hit = this.build(docs, single, kind, path);
      byPath.set(key, hit);
    }
    return hit;
  }

  private build(docs: unknown, single: boolean, kind: PolicyKind, path: string): PolicySet {
    const out = new PolicySet();
    const list = single ? [docs] : (docs as unknown[]);
    list.forEach((doc, i) => {
      const at = single ? path : `${path}[${i}]`;
      const checked = this.get(doc, kind);
      if (!checked.compiled) {
        for (const e of checked.errors) out.errors.push({ ...e, path: prefixPath(at, e.path) });
        return;
      }
      const id = checked.compiled.policy.id;
      out.refs.push({
        compiled: checked.compiled,
        index: i,
        path: at,
        label: id ? `${at} (${id})` : at,
      });
    });
    return out;
  }

  /** The validated, compiled policy for a document (object or JSON text). */
  get(input: unknown, kind: PolicyKind): CheckedPolicy {
    let perKind: Map<PolicyKind, CheckedPolicy> | undefined;
    if (typeof input === 'object' && input !== null) {
      perKind = this.byObject.get(input);
      if (!perKind) {
        perKind = new Map();
        this.byObject.set(input, perKind);
      }
    } else if (typeof input === 'string') {
      perKind = this.byText.get(input);
      if (!perKind) {
        if (this.byText.size >= TEXT_LIMIT) this.byText.clear();
        perKind = new Map();
        this.byText.set(input, perKind);
      }
    }
    const hit = perKind?.get(kind);
    if (hit) return hit;
    const checked = checkPolicy(input, kind);
    if (checked.policy) checked.compiled = compilePolicy(checked.policy);
    perKind?.set(kind, checked);
    return checked;
  }
}
