/**
 * The policies of one scenario field (all identity policies, one SCP level, the resource
 * policy...), compiled, with the statements that apply to each action memoised for the whole
 * set: one lookup per request instead of one per policy.
 */
import type { CompiledPolicy, CompiledStatement } from './compile';
import { actionMatches } from './compile';
import type { EngineError } from './types';

/** A compiled policy with where it came from in the scenario. */
export interface PolicyRef {
  compiled: CompiledPolicy;
  /** Position in its list (identityPolicies[i], a level's i-th SCP...). */
  index: number;
  /** JSON path of the document in the scenario. */
  path: string;
  label: string;
}

const MEMO_LIMIT = 4096;
/** Candidate lists this short are matched on every call rather than memoised per action. */
const SHORT = 4;

/** Compiled policies of one field, or the errors that kept some from compiling. */
export class PolicySet {
  readonly refs: PolicyRef[] = [];
  readonly errors: EngineError[] = [];
  private readonly byAction = new Map<string, readonly CompiledStatement[]>();
  private readonly byService = new Map<string, readonly CompiledStatement[]>();

  /**
   * Statements of every policy in the set whose Action/NotAction covers the lower-cased action,
   * Deny first. `service` is the action's prefix (the part before the colon).
   */
  forAction(action: string, service: string): readonly CompiledStatement[] {
    const candidates = this.forService(service);
    if (candidates.length === 0) return candidates;
    let hit = this.byAction.get(action);
    if (hit !== undefined) return hit;
    if (candidates.length <= SHORT) {
      // Matching a few statements costs less than memoising (and collecting) a new entry.
      let all = true;
      for (const s of candidates) if (!actionMatches(s, action)) all = false;
      return all ? candidates : candidates.filter((s) => actionMatches(s, action));
    }
    const out: CompiledStatement[] = [];
    for (const s of candidates) if (actionMatches(s, action)) out.push(s);
    hit = out.length === candidates.length ? candidates : out;
    if (this.byAction.size >= MEMO_LIMIT) this.byAction.clear();
    this.byAction.set(action, hit);
    return hit;
  }

  /** Statements that may cover some action of the service (its bucket plus wildcards). */
  private forService(service: string): readonly CompiledStatement[] {
    let hit = this.byService.get(service);
    if (hit === undefined) {
      const deny: CompiledStatement[] = [];
      const allow: CompiledStatement[] = [];
      for (const ref of this.refs) {
        for (const s of ref.compiled.forService(service))
          (s.effect === 'Deny' ? deny : allow).push(s);
      }
      hit = deny.concat(allow);
      if (this.byService.size >= MEMO_LIMIT) this.byService.clear();
      this.byService.set(service, hit);
    }
    return hit;
  }
}
