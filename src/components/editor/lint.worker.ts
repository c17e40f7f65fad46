// The policy lint and action expansion in a Web Worker, so a 1 MB paste never blocks typing.
// Messages: { id, type: 'lint', text, kind } → { id, findings, note? };
//           { id, type: 'expand', text } → { id, expansion }.
import { browserCatalog } from '../../catalog/browserCatalog';
import { lintPolicy, lintPolicyText } from '../../engine/index';
import type { Finding, PolicyKind } from '../../engine/index';
import { expandPolicy } from './actionExpansion';

type Request =
  | { id: number; type: 'lint'; text: string; kind: PolicyKind }
  | { id: number; type: 'expand'; text: string };

const catalog = browserCatalog();

async function lint(
  text: string,
  kind: PolicyKind,
): Promise<{ findings: Finding[]; note?: string }> {
  try {
    return { findings: await lintPolicyText(text, { kind, catalog }) };
  } catch {
    // A catalog file could not be loaded (offline before the first full visit): check what we can.
    return {
      findings: lintPolicy(text, { kind, catalog }),
      note: 'The AWS action catalog could not be loaded, so actions, resources and condition keys were not checked.',
    };
  }
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const request = event.data;
  try {
    if (request.type === 'lint') {
      self.postMessage({ id: request.id, ...(await lint(request.text, request.kind)) });
    } else {
      self.postMessage({ id: request.id, expansion: await expandPolicy(request.text, catalog) });
    }
  } catch (error) {
    self.postMessage({
      id: request.id,
      failure: error instanceof Error ? error.message : String(error),
    });
  }
};
