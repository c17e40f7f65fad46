import { describe, expect, it } from 'vitest';
import { starterScenario } from '../../../src/features/playground/examples';
import {
  readSavedWorkbench,
  scenarioToWorkbench,
} from '../../../src/features/playground/workbench';

const saved = scenarioToWorkbench(starterScenario);

describe('a saved experiment read back from storage', () => {
  it('is used as saved when it has the workbench shape', () => {
    expect(readSavedWorkbench(structuredClone(saved))).toEqual({ workbench: saved });
  });

  it('keeps payload text as it is: it is only ever shown as text', () => {
    const name = '<img src=x onerror="alert(1)">';
    expect(readSavedWorkbench({ ...saved, name })).toEqual({ workbench: { ...saved, name } });
  });

  it.each([
    ['not an object', 'garbage', /^the record: /],
    ['a field of the wrong type', { ...saved, name: 7 }, /^name: /],
    ['a missing field', { ...saved, action: undefined }, /^action: /],
    ['policies that are not a list', { ...saved, policies: 'x' }, /^policies: /],
    [
      'a policy in no known slot',
      { ...saved, policies: [{ ...saved.policies[0], slot: '<script>' }] },
      /^policies\.0\.slot: /,
    ],
    [
      'an SCP level too deep to build',
      { ...saved, policies: [{ ...saved.policies[0], level: 1e9 }] },
      /^policies\.0\.level: /,
    ],
  ])('is refused with where it is wrong when it is %s', (_what, value, where) => {
    const read = readSavedWorkbench(value);
    expect(read).toEqual({ problem: expect.stringMatching(where) });
  });
});
