import type { Question } from '../../../content/schema';
import { shortStem } from '../questionText';
import { CheckList, QuestionCountField } from './CheckList';

export interface GeneratedSettings {
  count: number;
  seed: number;
  kinds: string[];
}

/**
 * Policy questions from the seeded generator. The seed is fixed in the pack, so every student's
 * copy of the app builds exactly the same questions.
 */
export function GeneratedPicker({
  settings,
  kinds,
  questions,
  onChange,
}: {
  settings: GeneratedSettings;
  /** kind id → label; null while the generator loads */
  kinds: Record<string, string> | null;
  questions: readonly Question[];
  onChange: (settings: GeneratedSettings) => void;
}) {
  if (!kinds) return <p className="hint">Loading the question generator…</p>;
  return (
    <div className="ws-picker">
      <fieldset>
        <legend>Kinds of question (none ticked: all kinds, in turn)</legend>
        <CheckList
          items={Object.entries(kinds).map(([id, label]) => ({ id, label }))}
          chosen={settings.kinds}
          onChange={(chosen) => onChange({ ...settings, kinds: chosen })}
        />
      </fieldset>
      <div className="ws-filter-row">
        <QuestionCountField
          value={settings.count}
          max={30}
          onChange={(count) => onChange({ ...settings, count })}
        />
        <label>
          Seed
          <input
            type="number"
            min={0}
            max={4294967295}
            value={settings.seed}
            onChange={(e) =>
              onChange({
                ...settings,
                seed: Math.max(0, Math.min(2 ** 32 - 1, Math.floor(Number(e.target.value) || 0))),
              })
            }
          />
        </label>
      </div>
      <p className="hint">
        The same seed always gives the same questions; their answers come from the policy engine.
      </p>
      <ol className="ws-chosen">
        {questions.map((q) => (
          <li key={q.id}>{shortStem(q, 80)}</li>
        ))}
      </ol>
    </div>
  );
}
