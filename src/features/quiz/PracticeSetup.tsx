import { useId, useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import type { Question } from '../../content/schema';
import { topicLabels, topics, type Topic } from '../../content/vocabulary';
import {
  generateQuestions,
  generatorKinds,
  generatorLabels,
  type GeneratorKind,
} from '../../lib/quizgen/index';
import { href } from '../../lib/router';
import { bank, examProfiles, newSeed } from './bank';
import { startAttempt } from './attemptFlow';
import { CheckboxGroup } from './CheckboxGroup';
import { matches, pickPractice, type Criteria } from './selectQuestions';

const difficulties = ['easy', 'medium', 'hard'] as const;
const types = ['single', 'multiple', 'ordering', 'matching'] as const;
const typeLabels: Record<Question['type'], string> = {
  single: 'Multiple choice',
  multiple: 'Multiple response',
  ordering: 'Ordering',
  matching: 'Matching',
};

/** Practice: choose what to practise, then answer with instant feedback. */
export function PracticeSetup({ profileId }: { profileId: string }) {
  const ids = { exam: useId(), count: useId(), generated: useId() };
  const [chosenTopics, setTopics] = useState<Topic[]>([]);
  const [examId, setExamId] = useState('');
  const [chosenDifficulties, setDifficulties] = useState<Question['difficulty'][]>([]);
  const [chosenTypes, setTypes] = useState<Question['type'][]>([]);
  const [count, setCount] = useState(10);
  const [generated, setGenerated] = useState(0);
  const [kinds, setKinds] = useState<GeneratorKind[]>([...generatorKinds]);
  const [problem, setProblem] = useState<string | null>(null);
  const criteria: Criteria = {
    topics: chosenTopics,
    examId: examId || null,
    difficulties: chosenDifficulties,
    types: chosenTypes,
  };
  const available = bank.filter((q) => matches(q, criteria)).length;
  const start = async () => {
    const seed = newSeed();
    const picked = pickPractice(bank, criteria, count, seed).map((q) => q.id);
    const extra =
      generated > 0 && kinds.length > 0
        ? generateQuestions(generated, seed, kinds).map((q) => q.id)
        : [];
    if (picked.length + extra.length === 0) {
      setProblem('No questions match these choices. Clear a filter or add generated questions.');
      return;
    }
    await startAttempt({
      profileId,
      mode: 'practice',
      title: `Practice (${picked.length + extra.length} questions)`,
      examId: examId || null,
      questionIds: [...picked, ...extra],
      seed,
      limitMs: null,
    }).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section aria-labelledby="page-title" className="quiz-setup">
      <PageTitle>Practice</PageTitle>
      <p className="lead">
        Choose what to practise. Leave a group empty to include everything. You check each answer as
        you go and see why every option is right or wrong.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <CheckboxGroup
          legend="Topics"
          className="topic-grid"
          options={topics.map((t) => ({ value: t, label: topicLabels[t] }))}
          selected={chosenTopics}
          onChange={setTopics}
        />
        <div className="form-row">
          <label htmlFor={ids.exam}>Exam</label>
          <select id={ids.exam} value={examId} onChange={(e) => setExamId(e.target.value)}>
            <option value="">Any exam</option>
            {examProfiles.map((e) => (
              <option key={e.id} value={e.id}>
                {e.code} {e.name}
              </option>
            ))}
          </select>
        </div>
        <CheckboxGroup
          legend="Difficulty"
          options={difficulties.map((d) => ({ value: d, label: d }))}
          selected={chosenDifficulties}
          onChange={setDifficulties}
        />
        <CheckboxGroup
          legend="Question types"
          options={types.map((t) => ({ value: t, label: typeLabels[t] }))}
          selected={chosenTypes}
          onChange={setTypes}
        />
        <div className="form-row">
          <label htmlFor={ids.count}>Questions from the bank</label>
          <input
            id={ids.count}
            type="number"
            min={0}
            max={100}
            value={count}
            onChange={(e) => setCount(Math.max(0, Math.min(100, Number(e.target.value) || 0)))}
          />
          <span className="hint" aria-live="polite">
            {available} question{available === 1 ? '' : 's'} match
          </span>
        </div>
        <div className="form-row">
          <label htmlFor={ids.generated}>Generated policy questions</label>
          <input
            id={ids.generated}
            type="number"
            min={0}
            max={50}
            value={generated}
            onChange={(e) => setGenerated(Math.max(0, Math.min(50, Number(e.target.value) || 0)))}
          />
        </div>
        {generated > 0 && (
          <CheckboxGroup
            legend="Kinds of generated question"
            options={generatorKinds.map((k) => ({ value: k, label: generatorLabels[k] }))}
            selected={kinds}
            onChange={setKinds}
          />
        )}
        {problem && (
          <p role="alert" className="error-detail">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit">Start practice</button>
          <a className="button secondary" href={href('/quiz')}>
            Back
          </a>
        </div>
      </form>
    </section>
  );
}
