/** Topics and AWS documentation references for a generated scenario, from what it contains. */
import type { Topic } from '../../content/vocabulary';
import type { BuiltScenario } from './scenarios';
import { ACCOUNT, docUrls } from './world';

export function scenarioMeta(built: BuiltScenario): { topics: Topic[]; references: string[] } {
  const topics: Topic[] = ['evaluation-logic'];
  const references: string[] = [docUrls.evaluation, docUrls.denyAllow];
  const add = (topic: Topic, url: string) => {
    topics.push(topic);
    references.push(url);
  };
  for (const type of built.types) {
    if (type === 'pb') add('permissions-boundaries', docUrls.boundaries);
    if (type === 'session') add('session-policies', docUrls.policyTypes);
    if (type === 'resource') add('resource-policies', docUrls.identityVsResource);
    if (type === 'scp') add('organizations', docUrls.scps);
    if (type === 'rcp') add('organizations', docUrls.rcps);
  }
  if (built.caller.account !== ACCOUNT) add('cross-account', docUrls.crossAccount);
  if (built.hasConditions) add('conditions', docUrls.conditions);
  return { topics: [...new Set(topics)], references: [...new Set(references)] };
}

/** The policies as the question shows them, read-only beside the stem. */
export function shownPolicies(built: BuiltScenario) {
  return built.policies.map((p) => ({ label: p.label, document: p.document }));
}

export function labelMap(built: BuiltScenario): Map<string, string> {
  return new Map(built.policies.map((p) => [p.traceLabel, p.label]));
}
