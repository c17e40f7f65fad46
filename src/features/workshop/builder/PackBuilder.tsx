import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { LoadingNotice } from '../../../components/LoadingNotice';
import { PageTitle } from '../../../components/PageTitle';
import type { Question } from '../../../content/schema';
import { savePack } from '../../../db/packRepo';
import { questionSetsFor } from '../../../db/questionSetRepo';
import { useActiveProfile } from '../../../db/useActiveProfile';
import { newSeed } from '../../../lib/pack/packUtils';
import type { Pack } from '../../../lib/pack/schema';
import { href, navigate } from '../../../lib/router';
import { useWorkshopContent } from '../useWorkshopContent';
import { makePack, pickByFilter, type QuestionFilter } from './buildPack';
import { ChallengePicker } from './ChallengePicker';
import { FilterPicker } from './FilterPicker';
import { GeneratedPicker, type GeneratedSettings } from './GeneratedPicker';
import { HandPicker } from './HandPicker';
import { LessonPicker } from './LessonPicker';
import { SetPicker } from './SetPicker';
import { TimingFields } from './TimingFields';
import { useGenerator } from './useGenerator';

type Mode = Pack['source']['mode'];
const modeLabels: Record<Mode, string> = {
  hand: 'Hand-picked',
  filter: 'By topic and difficulty',
  set: 'A saved question set',
  generated: 'Generated policy questions',
};

export function PackBuilder() {
  const { profile, error } = useActiveProfile();
  const content = useWorkshopContent();
  const sets = useLiveQuery(
    async () => (profile ? questionSetsFor(profile.id) : []),
    [profile?.id],
    [],
  );
  const [title, setTitle] = useState('');
  const [lessons, setLessons] = useState<string[]>([]);
  const [mode, setMode] = useState<Mode>('hand');
  const [handIds, setHandIds] = useState<string[]>([]);
  const [filter, setFilter] = useState<QuestionFilter>(() => ({
    topics: [],
    difficulties: [],
    count: 10,
    seed: newSeed(),
  }));
  const [setId, setSetId] = useState('');
  const [generated, setGenerated] = useState<GeneratedSettings>(() => ({
    count: 5,
    seed: newSeed() % 100000,
    kinds: [],
  }));
  const [challenges, setChallenges] = useState<string[]>([]);
  const [timeLimit, setTimeLimit] = useState<number | null>(null);
  const [reveal, setReveal] = useState<Pack['reveal']>('each');
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const chosenSet = sets.find((s) => s.id === setId);
  const setHasGenerated = chosenSet?.questionIds.some((id) => id.startsWith('gen-')) ?? false;
  const generator = useGenerator(mode === 'generated' || (mode === 'set' && setHasGenerated));

  const chosen = useMemo((): { questions: Question[]; missing: string[]; label: string } => {
    const bank = content?.questions ?? [];
    const byId = new Map(bank.map((q) => [q.id, q]));
    const fromIds = (ids: readonly string[]) => {
      const questions: Question[] = [];
      const missing: string[] = [];
      for (const id of ids) {
        const q = byId.get(id) ?? generator?.generatedQuestionById(id) ?? null;
        if (q) questions.push(q);
        else missing.push(id);
      }
      return { questions, missing };
    };
    if (mode === 'hand') return { ...fromIds(handIds), label: 'Hand-picked' };
    if (mode === 'filter') {
      const scope = [
        filter.topics.length ? filter.topics.join(', ') : 'all topics',
        filter.difficulties.length ? filter.difficulties.join('/') : 'any difficulty',
      ].join('; ');
      return { questions: pickByFilter(bank, filter), missing: [], label: `By topic: ${scope}` };
    }
    if (mode === 'set')
      return {
        ...fromIds(chosenSet?.questionIds ?? []),
        label: `Saved set: ${chosenSet?.name ?? ''}`,
      };
    if (!generator) return { questions: [], missing: [], label: '' };
    const kinds = generated.kinds.length
      ? generator.generatorKinds.filter((k) => generated.kinds.includes(k))
      : generator.generatorKinds;
    return {
      questions: generator.generateQuestions(generated.count, generated.seed, kinds),
      missing: [],
      label: `Generated policy questions, seed ${generated.seed}`,
    };
  }, [content, mode, handIds, filter, chosenSet, generator, generated]);

  if (!content) return <LoadingNotice label="Loading lessons and questions…" />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: string[] = [];
    if (!title.trim()) found.push('Give the pack a title.');
    if (lessons.length === 0 && chosen.questions.length === 0 && challenges.length === 0)
      found.push('Choose at least one lesson, question or challenge.');
    if (chosen.questions.length > 150) found.push('A pack holds at most 150 questions.');
    if (!profile) found.push(error ?? 'Your profile is still loading; try again in a moment.');
    setProblems(found);
    if (found.length || !profile) return;
    const pack = makePack(
      {
        title,
        lessons,
        questions: chosen.questions,
        challenges,
        timeLimitMinutes: chosen.questions.length ? timeLimit : null,
        reveal,
        source: { mode, label: chosen.label.slice(0, 200) },
      },
      Date.now(),
    );
    setSaving(true);
    savePack(profile.id, 'built', pack).then(
      () => navigate(`/workshop/pack/${pack.id}`),
      (err: unknown) => {
        setSaving(false);
        setProblems([
          `The pack could not be saved: ${err instanceof Error ? err.message : String(err)}`,
        ]);
      },
    );
  };

  return (
    <form className="workshop ws-builder" onSubmit={submit} noValidate>
      <p>
        <a href={href('/workshop')}>← Workshop</a>
      </p>
      <PageTitle>Build a workshop pack</PageTitle>
      <p className="lead">
        A pack names lessons and questions from this app; students open it in their own copy.
      </p>
      <label className="ws-title-field">
        Title <span className="hint">(shown to students)</span>
        <input value={title} maxLength={120} required onChange={(e) => setTitle(e.target.value)} />
      </label>
      <LessonPicker lessons={content.lessons} chosen={lessons} onChange={setLessons} />
      <fieldset className="ws-section">
        <legend>Questions</legend>
        <div className="ws-mode-row" role="radiogroup" aria-label="How to choose questions">
          {(Object.keys(modeLabels) as Mode[]).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="question-mode"
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              {modeLabels[m]}
            </label>
          ))}
        </div>
        {mode === 'hand' && (
          <HandPicker bank={content.questions} chosen={handIds} onChange={setHandIds} />
        )}
        {mode === 'filter' && (
          <FilterPicker bank={content.questions} filter={filter} onChange={setFilter} />
        )}
        {mode === 'set' && (
          <SetPicker sets={sets} chosenId={setId} missing={chosen.missing} onChange={setSetId} />
        )}
        {mode === 'generated' && (
          <GeneratedPicker
            settings={generated}
            kinds={generator ? generator.generatorLabels : null}
            questions={chosen.questions}
            onChange={setGenerated}
          />
        )}
      </fieldset>
      <ChallengePicker
        challenges={content.challenges}
        lessons={lessons}
        chosen={challenges}
        onChange={setChallenges}
      />
      <TimingFields
        timeLimit={timeLimit}
        reveal={reveal}
        onTimeLimit={setTimeLimit}
        onReveal={setReveal}
      />
      <div className="ws-submit">
        <p aria-live="polite">
          This pack: {lessons.length} lesson{lessons.length === 1 ? '' : 's'},{' '}
          {chosen.questions.length} question{chosen.questions.length === 1 ? '' : 's'}
          {challenges.length > 0 &&
            `, ${challenges.length} challenge${challenges.length === 1 ? '' : 's'}`}
          .
        </p>
        {problems.length > 0 && (
          <ul className="notice notice-warn" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <button type="submit" disabled={saving}>
          Create pack
        </button>
      </div>
    </form>
  );
}
