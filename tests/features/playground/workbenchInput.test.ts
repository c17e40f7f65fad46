import { describe, expect, it } from 'vitest';
import { starterScenario } from '../../../src/features/playground/examples';
import {
  openScenarioProblem,
  readSavedWorkbench,
} from '../../../src/features/playground/scenarioChecks';
import { scenarioToWorkbench } from '../../../src/features/playground/workbench';

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

describe('a scenario from a link or a file, before it is opened for editing', () => {
  const request = {
    principal: 'arn:aws:iam::111122223333:user/a',
    action: 's3:GetObject',
    resource: '*',
  };

  it('opens when every field the workbench reads has its type', () => {
    expect(openScenarioProblem(starterScenario)).toBeNull();
    const context = { 'aws:MultiFactorAuthAge': 300, 'aws:SecureTransport': true, k: ['a', 1] };
    expect(openScenarioProblem({ name: '<b>x</b>', request: { ...request, context } })).toBeNull();
  });

  it.each([
    ['a list', [{ request }], /^the top level: /],
    ['a number as the name', { name: 7, request }, /^name: /],
    [
      'a number as the principal',
      { request: { ...request, principal: 7 } },
      /^request\.principal: /,
    ],
    ['an unknown request field', { request: { ...request, '<img>': 1 } }, /^request: /],
    [
      'an object as a context value',
      { request: { ...request, context: { k: { a: 1 } } } },
      /^request\.context\.k: /,
    ],
    ['an SCP level that is not a list', { request, scps: [1] }, /^scps\.0: /],
    [
      'a number as the management account',
      { request, organization: { managementAccount: 7 } },
      /^organization\.managementAccount: /,
    ],
  ])('is refused with where it is wrong when it has %s', (_what, value, where) => {
    expect(openScenarioProblem(value)).toMatch(where);
  });
});
