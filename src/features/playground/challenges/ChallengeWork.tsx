import { useEffect, useRef, useState } from 'react';
import { lessons } from 'virtual:lp-content/lessons';
import { CodeEditor } from '../../../components/editor/CodeEditor';
import { PolicyDocument } from '../../../components/question/PolicyDocument';
import { RichText } from '../../../components/RichText';
import { challengeLevelLabels, lessonsForChallenge } from '../../../content/related';
import { recordChallenge, type ChallengeDraft } from '../../../db/challengeProgressRepo';
import { newOrganizationId, saveOrganization } from '../../../db/organizationRepo';
import { notSavedNote, saveInBackground } from '../../../db/writeFailures';
import { navigate } from '../../../lib/router';
import {
  applySubmission,
  checkChallenge,
  requirementLabels,
  startingText,
  locationKind,
  type CheckResult,
  type Submission,
} from '../../../lib/sandbox/challenge';
import type { Challenge } from '../../../lib/sandbox/challengeSchema';
import { browserCatalog } from '../../../catalog/browserCatalog';
import { workerSimulate } from '../ask/useSandboxAnswer';
import { CaseResults } from './CaseResults';
import { RelatedLessons } from './RelatedLessons';
import { SandboxSummary } from './SandboxSummary';

/** Work on one challenge: brief, the editable part, hints, the checker, the model solution. */
export function ChallengeWork({
  challenge: c,
  profileId,
  saved,
}: {
  challenge: Challenge;
  profileId: string;
  saved: { draft: ChallengeDraft; solved: boolean; attempts: number };
}) {
  const choice = c.editable.options !== undefined;
  const [text, setText] = useState(saved.draft.text ?? startingText(c));
  const [option, setOption] = useState<string | null>(saved.draft.option ?? null);
  const [hintsUsed, setHintsUsed] = useState(Math.min(saved.draft.hintsUsed, c.hints.length));
  const [gaveUp, setGaveUp] = useState(saved.draft.gaveUp);
  const [solved, setSolved] = useState(saved.solved);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submission: Submission = choice ? { kind: 'choice', option } : { kind: 'document', text };
  const draft: ChallengeDraft = { ...(choice ? { option } : { text }), hintsUsed, gaveUp };
  const first = useRef(true);
  const pending = useRef<ChallengeDraft | null>(null);

  // keep the draft as the learner types (attempts are counted only on Check)
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const next: ChallengeDraft = { ...(choice ? { option } : { text }), hintsUsed, gaveUp };
    pending.current = next;
    const timer = window.setTimeout(() => {
      pending.current = null;
      recordChallenge(profileId, c.id, { draft: next }).catch((e: unknown) =>
        setProblem(`Your work is not being saved. ${notSavedNote(e)} It stays on this page.`),
      );
    }, 500);
    return () => window.clearTimeout(timer);
  }, [text, option, hintsUsed, gaveUp, profileId, c.id, choice]);
  useEffect(
    () => () => {
      if (pending.current)
        saveInBackground(recordChallenge(profileId, c.id, { draft: pending.current }));
    },
    [profileId, c.id],
  );

  const check = async () => {
    setChecking(true);
    try {
      const r = await checkChallenge(c, submission, workerSimulate, {
        catalog: browserCatalog(),
      });
      setResult(r);
      if (r.passed) setSolved(true);
      await recordChallenge(profileId, c.id, { attempted: true, solved: r.passed, draft }).catch(
        (e: unknown) => setProblem(`This check is not saved. ${notSavedNote(e)}`),
      );
    } catch (e) {
      setProblem(`The check failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setChecking(false);
    }
  };
  const openInSandbox = async () => {
    const org = structuredClone(applySubmission(c, submission));
    org.name = `Challenge: ${c.title}`;
    const id = newOrganizationId(profileId);
    await saveOrganization({ id, profileId, name: org.name, organization: org });
    navigate(`/playground/sandbox/${encodeURIComponent(id)}`);
  };
  const showSolution = solved || gaveUp;

  return (
    <article className="challenge" aria-labelledby="challenge-title">
      <p className="hint">
        <a href="#/playground/challenges">All challenges</a> · {challengeLevelLabels[c.level]} ·{' '}
        {solved
          ? '✓ Solved'
          : `${saved.attempts} earlier attempt${saved.attempts === 1 ? '' : 's'}`}
      </p>
      <h2 id="challenge-title">{c.title}</h2>
      <RichText text={c.brief} className="brief" />
      <RelatedLessons lessons={lessonsForChallenge(c.id, lessons)} />
      <SandboxSummary org={c.sandbox} />
      <section className="panel" aria-labelledby="editable-title">
        <h3 id="editable-title">Your answer: {c.editable.label}</h3>
        {c.requirements.length > 0 && (
          <p className="hint">
            Also required: {c.requirements.map((r) => requirementLabels[r]).join('; ')}.
          </p>
        )}
        {choice ? (
          <fieldset className="choice-list">
            <legend>Choose one</legend>
            {c.editable.options?.map((o) => (
              <label key={o.id} className="choice">
                <input
                  type="radio"
                  name={`choice-${c.id}`}
                  value={o.id}
                  checked={option === o.id}
                  onChange={() => setOption(o.id)}
                />{' '}
                {o.label}
                <PolicyDocument label={o.label} document={JSON.parse(o.document) as unknown} />
              </label>
            ))}
          </fieldset>
        ) : (
          <>
            <CodeEditor
              ariaLabel={c.editable.label}
              value={text}
              minLines={10}
              onChange={setText}
              policyKind={locationKind(c.sandbox, c.editable.location)}
            />
          </>
        )}
        <div className="button-row">
          <button type="button" onClick={() => void check()} disabled={checking}>
            {checking ? 'Checking…' : 'Check'}
          </button>
          {!choice && (
            <button type="button" className="secondary" onClick={() => setText(startingText(c))}>
              Start over
            </button>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => saveInBackground(openInSandbox())}
          >
            Explore it in a sandbox
          </button>
          {!showSolution && (
            <button type="button" className="secondary" onClick={() => setGaveUp(true)}>
              Give up and show the solution
            </button>
          )}
        </div>
        {problem && (
          <p className="notice notice-warn" role="alert">
            {problem}
          </p>
        )}
        <div aria-live="polite">
          {result && <CaseResults challenge={c} result={result} solved={solved} />}
        </div>
      </section>
      <section className="panel" aria-labelledby="hints-title">
        <h3 id="hints-title">
          Hints ({hintsUsed} of {c.hints.length})
        </h3>
        <ol className="hints" aria-live="polite">
          {c.hints.slice(0, hintsUsed).map((h) => (
            <li key={h}>
              <RichText text={h} />
            </li>
          ))}
        </ol>
        {hintsUsed < c.hints.length && (
          <button type="button" className="secondary" onClick={() => setHintsUsed(hintsUsed + 1)}>
            Show hint {hintsUsed + 1}
          </button>
        )}
      </section>
      {showSolution && (
        <section className="panel solution" aria-labelledby="solution-title">
          <h3 id="solution-title">Model solution</h3>
          {choice ? (
            <p>
              The answer is{' '}
              <strong>{c.editable.options?.find((o) => o.id === c.solution)?.label}</strong>.
            </p>
          ) : (
            <PolicyDocument label="A model solution" document={JSON.parse(c.solution) as unknown} />
          )}
          <RichText text={c.explanation} />
        </section>
      )}
    </article>
  );
}
