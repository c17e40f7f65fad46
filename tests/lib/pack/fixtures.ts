import {
  PACK_KIND,
  RESULT_KIND,
  type Pack,
  type WorkshopResult,
} from '../../../src/lib/pack/schema';

export function samplePack(overrides: Partial<Pack> = {}): Pack {
  return {
    kind: PACK_KIND,
    version: 1,
    id: 'pack_ABCDEFGH1234',
    title: 'Roles and STS — morning session',
    createdAt: 1_760_000_000_000,
    lessons: ['roles', 'temporary-credentials'],
    questions: ['roles-001', 'roles-002', 'sts-001'],
    challenges: [],
    timeLimitMinutes: 20,
    reveal: 'each',
    seed: 12345,
    source: { mode: 'hand', label: 'Hand-picked' },
    contentDigest: '0123456789abcdef',
    ...overrides,
  };
}

export function sampleResult(overrides: Partial<WorkshopResult> = {}): WorkshopResult {
  return {
    kind: RESULT_KIND,
    version: 1,
    packId: 'pack_ABCDEFGH1234',
    packTitle: 'Roles and STS — morning session',
    packChecksum: 'a'.repeat(64),
    contentDigest: '0123456789abcdef',
    attemptId: 'attempt_0000001',
    student: 'Ada',
    startedAt: 1_760_000_100_000,
    submittedAt: 1_760_000_700_000,
    elapsedMs: 600_000,
    timedOut: false,
    answers: [
      { questionId: 'roles-001', response: ['b'], msTaken: 30_000 },
      { questionId: 'roles-002', response: { p1: 'a', p2: 'b' }, msTaken: 40_000 },
      { questionId: 'sts-001', response: null, msTaken: 0 },
    ],
    ...overrides,
  };
}
