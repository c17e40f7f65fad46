// Realistic generated learner data for database tests and the progress bench: profiles, every
// kind of record, answers spread over months with improving accuracy. Seeded, so repeatable.
import type {
  AnswerRecord,
  AttemptRecord,
  CardRecord,
  ChallengeProgressRecord,
  LeastPrivilegeDB,
  LessonProgress,
  PackRecord,
  Profile,
  QuestionSetRecord,
  ReportRecord,
  SandboxRecord,
  Setting,
  WorkshopResultRecord,
} from '../../src/db/database';
import { seededRandom } from '../../src/lib/random';

export interface Dataset {
  profiles: Profile[];
  settings: Setting[];
  lessonProgress: LessonProgress[];
  answers: Omit<AnswerRecord, 'id'>[];
  attempts: AttemptRecord[];
  cards: CardRecord[];
  questionSets: QuestionSetRecord[];
  reports: Omit<ReportRecord, 'id'>[];
  sandboxes: SandboxRecord[];
  challengeProgress: ChallengeProgressRecord[];
  packs: PackRecord[];
  workshopResults: WorkshopResultRecord[];
}

export const day = 24 * 60 * 60 * 1000;
export const fixedNow = new Date(2026, 4, 20, 18, 0).getTime();

const defaultQuestions = Array.from({ length: 120 }, (_, i) => {
  const topics = ['roles', 'conditions', 'evaluation-logic', 'organizations', 'root-user', 'abac'];
  return `${topics[i % topics.length]}-${String(i).padStart(3, '0')}`;
});
const defaultLessons = [
  'root-user',
  'iam-users',
  'groups',
  'roles',
  'conditions',
  'evaluation-logic',
];

export function generateDataset(
  options: {
    seed?: number;
    answers?: number;
    profiles?: string[];
    questionIds?: readonly string[];
    lessonIds?: readonly string[];
    now?: number;
    examId?: string;
  } = {},
): Dataset {
  const random = seededRandom(options.seed ?? 7);
  const now = options.now ?? fixedNow;
  const questionIds = options.questionIds ?? defaultQuestions;
  const lessonIds = options.lessonIds ?? defaultLessons;
  const examId = options.examId ?? 'saa-c03';
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const names = options.profiles ?? ['Ana', 'Ben'];
  const profiles: Profile[] = names.map((name, i) => ({
    id: `profile-${i + 1}-${name.toLowerCase()}`,
    name,
    createdAt: now - 120 * day + i * day,
  }));
  const data: Dataset = {
    profiles,
    settings: [
      { key: 'activeProfileId', value: profiles[0]?.id },
      { key: 'quiz.defaults', value: { count: 20, topics: ['roles'], nested: { sure: true } } },
    ],
    lessonProgress: [],
    answers: [],
    attempts: [],
    cards: [],
    questionSets: [],
    reports: [],
    sandboxes: [],
    challengeProgress: [],
    packs: [],
    workshopResults: [],
  };
  const total = options.answers ?? 1000;
  const perProfile = Math.ceil(total / profiles.length);
  for (const [pi, profile] of profiles.entries()) {
    const count = Math.min(perProfile, total - pi * perProfile);
    let attempt: AttemptRecord | null = null;
    for (let i = 0; i < count; i += 1) {
      const progress = i / count; // accuracy improves over time
      const answeredAt = Math.round(now - 100 * day + progress * 99.5 * day + random() * 3600_000);
      if (!attempt || attempt.questionIds.length >= 20) {
        const exam = random() < 0.1;
        attempt = {
          id: `${profile.id}-attempt-${data.attempts.length}`,
          profileId: profile.id,
          mode: exam ? 'exam' : pick(['practice', 'review', 'drill'] as const),
          status: 'submitted',
          title: exam ? 'SAA-C03 simulation' : 'Practice',
          examId: exam ? examId : null,
          questionIds: [],
          unscoredIds: [],
          seed: Math.floor(random() * 1e9),
          responses: {},
          flagged: [],
          currentIndex: 0,
          startedAt: answeredAt,
          limitMs: exam ? 130 * 60_000 : null,
          elapsedMs: 0,
          submittedAt: answeredAt,
          result: null,
          updatedAt: answeredAt,
        };
        data.attempts.push(attempt);
      }
      const questionId = pick(questionIds);
      const correct = random() < 0.45 + 0.4 * progress;
      const response = random() < 0.5 ? [pick(['a', 'b', 'c', 'd'])] : { p1: 'o2', p2: 'o1' };
      attempt.questionIds.push(questionId);
      attempt.responses[questionId] = response;
      attempt.elapsedMs += 40_000;
      attempt.submittedAt = answeredAt;
      attempt.updatedAt = answeredAt;
      if (attempt.mode === 'exam') {
        const scored = attempt.questionIds.length;
        const right = Math.round(scored * (0.45 + 0.4 * progress));
        attempt.result = {
          scored,
          correct: right,
          percent: Math.round((right / scored) * 100),
          scaledScore: Math.round(100 + (900 * right) / scored),
          passed: 100 + (900 * right) / scored >= 720,
          byDomain: { '1': { correct: right, total: scored } },
          byTopic: { roles: { correct: right, total: scored } },
        };
      }
      data.answers.push({
        profileId: profile.id,
        questionId,
        attemptId: random() < 0.05 ? `checkpoint:${pick(lessonIds)}` : attempt.id,
        response,
        correct,
        confidence: pick(['sure', 'unsure', null] as const),
        msTaken: Math.round(5_000 + random() * 90_000),
        answeredAt,
      });
    }
    for (const [li, lessonId] of lessonIds.entries()) {
      const t = now - (30 - li) * day;
      data.lessonProgress.push({
        profileId: profile.id,
        lessonId,
        readFraction: li % 3 === 2 ? 0.4 : 1,
        secondsSpent: 300 + li * 60,
        lastOpenedAt: t,
        completedAt: li % 3 === 2 ? null : t,
        updatedAt: t,
      });
    }
    for (const questionId of questionIds.slice(0, 40)) {
      const last = now - Math.floor(random() * 20) * day;
      data.cards.push({
        profileId: profile.id,
        questionId,
        due: last + Math.floor(random() * 10) * day,
        // FSRS card, mostly epoch ms; one Date to prove tagged dates survive a round trip
        card: {
          stability: random() * 10,
          difficulty: 5,
          reps: 3,
          state: 2,
          last_review: last,
          ...(questionId === questionIds[0] ? { due: new Date(last) } : {}),
        },
        updatedAt: last,
      });
    }
    data.challengeProgress.push(
      {
        profileId: profile.id,
        challengeId: 'deny-wins',
        solvedAt: now - 3 * day,
        attempts: 2,
        lastSubmission: { policy: '{}' },
        updatedAt: now - 3 * day,
      },
      {
        profileId: profile.id,
        challengeId: 'boundary-cap',
        solvedAt: null,
        attempts: 1,
        lastSubmission: null,
        updatedAt: now - 2 * day,
      },
    );
    data.sandboxes.push({
      id: `${profile.id}:scratch`,
      profileId: profile.id,
      name: 'Scratch',
      kind: 'workbench',
      workbench: { policies: [{ name: 'p', text: '{"Version":"2012-10-17"}' }] },
      updatedAt: now - day,
    });
    data.questionSets.push({
      id: `${profile.id}-set`,
      profileId: profile.id,
      name: 'Hard roles',
      questionIds: questionIds.slice(0, 5),
      createdAt: now - 9 * day,
      updatedAt: now - 8 * day,
    });
    data.reports.push({
      profileId: profile.id,
      questionId: questionIds[1] ?? 'q',
      message: 'Option C reads ambiguously',
      createdAt: now - 4 * day,
    });
    data.packs.push({
      id: `${profile.id}-pack`,
      profileId: profile.id,
      title: 'Week 3 quiz',
      origin: 'built',
      pack: { questions: questionIds.slice(0, 3) },
      createdAt: now - 6 * day,
      updatedAt: now - 6 * day,
    });
    data.workshopResults.push({
      id: `${profile.id}-result`,
      profileId: profile.id,
      packId: `${profile.id}-pack`,
      student: 'Sam',
      result: { score: 3 },
      importedAt: now - 5 * day,
    });
  }
  return data;
}

/** Writes a dataset into a database (answers and reports get auto-increment ids). */
export async function seed(db: LeastPrivilegeDB, data: Dataset): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [name, rows] of Object.entries(data))
      await db.table(name).bulkAdd(rows as unknown[]);
  });
}

/** Every record of every table, for exact comparisons. */
export async function dumpAll(db: LeastPrivilegeDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
