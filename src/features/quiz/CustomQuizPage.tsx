import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import {
  createQuestionSet,
  deleteQuestionSet,
  questionSetsFor,
  updateQuestionSet,
} from '../../db/questionSetRepo';
import type { QuestionSetRecord } from '../../db/database';
import { saveInBackground } from '../../db/writeFailures';
import { generateQuestions } from '../../lib/quizgen/index';
import { href } from '../../lib/router';
import { findQuestion, newSeed } from './bank';
import { startAttempt } from './attemptFlow';
import { QuestionPicker } from './QuestionPicker';

/** Custom quizzes: pick questions, save them as a named set, start a quiz from any set. */
export function CustomQuizPage({ profileId }: { profileId: string }) {
  const nameId = useId();
  const sets = useLiveQuery(() => questionSetsFor(profileId), [profileId]);
  const [selected, setSelected] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const fail = (e: unknown) =>
    setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });

  const start = (title: string, questionIds: string[]) =>
    startAttempt({
      profileId,
      mode: 'custom',
      title,
      examId: null,
      questionIds: questionIds.filter((id) => findQuestion(id) !== null),
      seed: newSeed(),
      limitMs: null,
    }).catch(fail);
  const save = async () => {
    try {
      if (editing) await updateQuestionSet(editing, { name, questionIds: selected });
      else await createQuestionSet(profileId, name, selected);
      setStatus({ ok: true, text: `Saved “${name.trim()}” with ${selected.length} questions.` });
      setEditing(null);
    } catch (e) {
      fail(e);
    }
  };
  const edit = (set: QuestionSetRecord) => {
    setEditing(set.id);
    setName(set.name);
    setSelected(set.questionIds);
    setStatus(null);
  };
  const addGenerated = () =>
    setSelected([...selected, ...generateQuestions(5, newSeed()).map((q) => q.id)]);

  return (
    <section aria-labelledby="page-title" className="quiz-setup">
      <PageTitle>Custom quiz</PageTitle>
      <p className="lead">
        Pick the questions yourself. Save them as a named set to come back to, or to build a
        workshop pack from.
      </p>
      <section aria-labelledby="sets-title" className="panel">
        <h2 id="sets-title">Your saved sets</h2>
        {!sets || sets.length === 0 ? (
          <p>No saved sets yet.</p>
        ) : (
          <ul className="plain-list saved-sets">
            {sets.map((s) => (
              <li key={s.id}>
                <strong>{s.name}</strong>{' '}
                <span className="hint">{s.questionIds.length} questions</span>{' '}
                <button
                  type="button"
                  className="small"
                  onClick={() => void start(s.name, s.questionIds)}
                >
                  Start
                </button>{' '}
                <button type="button" className="secondary small" onClick={() => edit(s)}>
                  Edit
                </button>{' '}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => {
                    if (window.confirm(`Delete the set “${s.name}”?`))
                      saveInBackground(deleteQuestionSet(s.id));
                  }}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="panel selection">
        <h2>{editing ? 'Edit the set' : 'New set'}</h2>
        <p aria-live="polite">{selected.length} questions selected.</p>
        <div className="form-row">
          <label htmlFor={nameId}>Set name</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="actions">
          <button type="button" onClick={() => void save()} disabled={selected.length === 0}>
            {editing ? 'Save changes' : 'Save as a set'}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={selected.length === 0}
            onClick={() => void start(name.trim() || 'Custom quiz', selected)}
          >
            Start a quiz with these
          </button>
          <button type="button" className="secondary" onClick={addGenerated}>
            Add 5 generated policy questions
          </button>
          {selected.length > 0 && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setSelected([]);
                setEditing(null);
                setName('');
              }}
            >
              Clear
            </button>
          )}
        </div>
        {status && (
          <p
            role={status.ok ? 'status' : 'alert'}
            className={status.ok ? undefined : 'error-detail'}
          >
            {status.text}
          </p>
        )}
        {selected.some((id) => id.startsWith('gen-')) && (
          <p className="hint">
            Generated questions in this set:{' '}
            {selected.filter((id) => id.startsWith('gen-')).join(', ')}
          </p>
        )}
      </div>
      <QuestionPicker
        selected={selected}
        onToggle={(id, on) =>
          setSelected(on ? [...selected, id] : selected.filter((s) => s !== id))
        }
      />
      <p>
        <a href={href('/quiz')}>Back to quizzes</a>
      </p>
    </section>
  );
}
