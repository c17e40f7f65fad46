// `npm run bench:progress`: how long the progress dashboard takes for a learner with 50,000
// stored answers: reading them from IndexedDB (fake-indexeddb in Node, slower than a browser)
// and computing everything the dashboard shows from them (the real question bank's tags).
// Prints a table; it asserts nothing about time.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../src/content/loadContent.ts';
import { topics } from '../src/content/vocabulary.ts';
import { LeastPrivilegeDB } from '../src/db/database.ts';
import { computeDashboard } from '../src/features/progress/dashboard.ts';
import { fixedNow, generateDataset, seed } from '../tests/db/fixtures.ts';

const ANSWERS = 50_000;
const RUNS = 9;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const content = loadContent('content');
const questions = content.questions.map(({ question: q }) => ({
  id: q.id,
  topics: q.topics,
  exams: q.exams,
}));
const lessons = content.lessons.map(({ meta }) => meta);
const data = generateDataset({
  answers: ANSWERS,
  profiles: ['Bench'],
  questionIds: questions.map((q) => q.id),
  lessonIds: lessons.map((l) => l.id),
});
const db = new LeastPrivilegeDB('bench-progress');
await db.delete();
await db.open();
await seed(db, data);
const profileId = data.profiles[0]?.id ?? '';

const load = async () =>
  db.transaction(
    'r',
    [db.answers, db.lessonProgress, db.attempts, db.cards, db.challengeProgress],
    async () => ({
      answers: await db.answers.where('profileId').equals(profileId).toArray(),
      lessonProgress: await db.lessonProgress.where('profileId').equals(profileId).toArray(),
      attempts: await db.attempts.where('profileId').equals(profileId).toArray(),
      cardDue: (await db.cards.where('profileId').equals(profileId).toArray()).map((c) => c.due),
      challenges: await db.challengeProgress.where('profileId').equals(profileId).toArray(),
    }),
  );

const loadTimes: number[] = [];
const computeTimes: number[] = [];
let records = await load();
for (let i = 0; i < 3; i += 1) {
  const t0 = performance.now();
  records = await load();
  loadTimes.push(performance.now() - t0);
}
const compute = () =>
  computeDashboard({ ...records, now: fixedNow, questions, lessons, exams: content.exams, topics });
const cold = performance.now();
const coldCpu = process.cpuUsage();
let dashboard = compute(); // the first run: what a learner opening the page waits for
const coldMs = performance.now() - cold;
const { user, system } = process.cpuUsage(coldCpu);
const coldCpuMs = (user + system) / 1000;
for (let i = 0; i < RUNS; i += 1) {
  const t0 = performance.now();
  dashboard = compute();
  computeTimes.push(performance.now() - t0);
}
await db.delete();

console.log(`progress dashboard, ${records.answers.length} answers, ${questions.length} questions`);
console.table([
  { step: 'read records (fake-indexeddb, median of 3)', ms: Math.round(median(loadTimes)) },
  { step: 'compute dashboard, first run (cold)', ms: Number(coldMs.toFixed(1)) },
  {
    step: '  the same, CPU time (less sensitive to a busy machine)',
    ms: Number(coldCpuMs.toFixed(1)),
  },
  {
    step: `compute dashboard, median of ${RUNS} more`,
    ms: Number(median(computeTimes).toFixed(1)),
  },
]);
console.log(
  `check: ${dashboard.totalAnswers} answers, ${dashboard.topics.length} topics, ${dashboard.timeline.points.length} timeline points, ${dashboard.readiness.filter((r) => r.estimate !== null).length} exam estimates`,
);
