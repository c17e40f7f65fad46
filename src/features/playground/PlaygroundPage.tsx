import { Suspense } from 'react';
import { LoadingNotice } from '../../components/LoadingNotice';
import { PageTitle } from '../../components/PageTitle';
import { lazyNamed } from '../../lib/lazyNamed';
import { useLocation } from '../../lib/router';
import './sandbox.css';

// Each view loads on first visit, so opening one does not fetch and run the others' code.
const WorkbenchRoute = lazyNamed(() => import('./WorkbenchRoute'), 'WorkbenchRoute');
const ScenarioRoute = lazyNamed(() => import('./ScenarioRoute'), 'ScenarioRoute');
const SandboxList = lazyNamed(() => import('./sandbox/SandboxList'), 'SandboxList');
const SandboxEditor = lazyNamed(() => import('./sandbox/SandboxEditor'), 'SandboxEditor');
const ShareImport = lazyNamed(() => import('./sandbox/ShareImport'), 'ShareImport');
const ChallengeList = lazyNamed(() => import('./challenges/ChallengeList'), 'ChallengeList');
const ChallengePage = lazyNamed(() => import('./challenges/ChallengePage'), 'ChallengePage');

/** The view each sub-route shows (see PlaygroundPage), to load before the page first renders. */
const views: Record<string, { preload(): Promise<unknown> }> = {
  '': WorkbenchRoute,
  try: WorkbenchRoute,
  scenario: ScenarioRoute,
  sandboxes: SandboxList,
  sandbox: SandboxEditor,
  import: ShareImport,
  challenges: ChallengeList,
  challenge: ChallengePage,
};

export function preloadView(segments: readonly string[]): Promise<unknown> {
  return views[segments[1] ?? '']?.preload() ?? Promise.resolve();
}

const sections = [
  { path: '/playground', label: 'Workbench', modes: [undefined, 'try', 'scenario'] },
  { path: '/playground/sandboxes', label: 'Sandboxes', modes: ['sandboxes', 'sandbox', 'import'] },
  { path: '/playground/challenges', label: 'Challenges', modes: ['challenges', 'challenge'] },
] as const;

/**
 * The playground's sub-routes:
 *   #/playground                       the workbench (one request, its policies), saved
 *   #/playground/try/<lesson>/<n>      a lesson's "Try it" example in the workbench
 *   #/playground/scenario?d=<b64url>   a scenario from a link in the workbench (the quiz uses it)
 *   #/playground/sandboxes             sandbox organizations: list, create, import
 *   #/playground/sandbox/<id>          one sandbox organization
 *   #/playground/import?s=<payload>    a shared sandbox from a link
 *   #/playground/challenges            graded challenges
 *   #/playground/challenge/<id>        one challenge
 */
export function PlaygroundPage() {
  const { segments, query } = useLocation();
  const mode = segments[1];
  return (
    <div className="playground">
      <PageTitle>Playground</PageTitle>
      <nav aria-label="Playground" className="subnav">
        <ul>
          {sections.map((s) => (
            <li key={s.path}>
              <a
                href={`#${s.path}`}
                aria-current={
                  (s.modes as readonly (string | undefined)[]).includes(mode) ? 'page' : undefined
                }
              >
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<LoadingNotice label="Loading the playground…" />}>
        {mode === undefined || mode === 'try' ? <WorkbenchRoute /> : null}
        {mode === 'scenario' && <ScenarioRoute d={query.get('d')} />}
        {mode === 'sandboxes' && <SandboxList />}
        {mode === 'sandbox' && <SandboxEditor id={segments[2] ?? ''} />}
        {mode === 'import' && <ShareImport payload={query.get('s')} />}
        {mode === 'challenges' && <ChallengeList />}
        {mode === 'challenge' && <ChallengePage id={segments[2] ?? ''} />}
      </Suspense>
      {mode !== undefined &&
        !['try', 'scenario', 'sandboxes', 'sandbox', 'import', 'challenges', 'challenge'].includes(
          mode,
        ) && (
          <p className="notice notice-warn" role="alert">
            There is no playground page “{mode}”. <a href="#/playground">Open the workbench</a>.
          </p>
        )}
    </div>
  );
}
