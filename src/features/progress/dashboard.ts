// Everything the progress dashboard shows, computed in one pass from the stored records and
// the content metadata. Pure: the page loads the records, this turns them into numbers.
import {
  answerMs,
  dayCollector,
  streakFromDays,
  studyTimeFrom,
  type Streak,
  type StudyTime,
} from './activity';
import {
  evidenceByQuestionSplit,
  masteryByGroup,
  type AnswerFact,
  type Mastery,
  type MasteryOptions,
} from './mastery';
import {
  readinessFor,
  simulationsFrom,
  type AttemptFact,
  type ExamFact,
  type Readiness,
} from './readiness';
import { accuracyTimeline, addDays, startOfDay, type Timeline } from './timeline';

export interface QuestionFact {
  id: string;
  topics: readonly string[];
  /** exam:domain tags, e.g. saa-c03:1 */
  exams: readonly string[];
}

export interface LessonFact {
  id: string;
  title: string;
  order: number;
  topics: readonly string[];
}

export interface DashboardInput {
  now: number;
  answers: readonly AnswerFact[];
  lessonProgress: readonly {
    lessonId: string;
    secondsSpent: number;
    completedAt: number | null;
    lastOpenedAt: number;
  }[];
  attempts: readonly AttemptFact[];
  /** `due` of every review card */
  cardDue: readonly number[];
  challenges: readonly { challengeId: string; solvedAt: number | null }[];
  questions: readonly QuestionFact[];
  lessons: readonly LessonFact[];
  exams: readonly ExamFact[];
  /** the topic vocabulary, in display order */
  topics: readonly string[];
  mastery?: Omit<MasteryOptions, 'now'>;
}

export interface WeakTopic {
  mastery: Mastery;
  lesson: LessonFact | null;
}

export interface DomainMastery {
  exam: ExamFact;
  domains: { id: string; name: string; weight: number | null; mastery: Mastery }[];
}

export interface Dashboard {
  totalAnswers: number;
  correctAnswers: number;
  topics: Mastery[];
  domains: DomainMastery[];
  timeline: Timeline;
  studyTime: StudyTime;
  streak: Streak;
  lessonsCompleted: number;
  lessonsTotal: number;
  challengesSolved: number;
  reviewsDueToday: number;
  weakest: WeakTopic[];
  readiness: Readiness[];
}

/** The lesson that teaches a topic best: the one listing it earliest, then by course order. */
export function lessonForTopic(topic: string, lessons: readonly LessonFact[]): LessonFact | null {
  let best: LessonFact | null = null;
  let bestRank = Infinity;
  for (const l of lessons) {
    const i = l.topics.indexOf(topic);
    if (i < 0) continue;
    const rank = i * 1000 + l.order;
    if (rank < bestRank) {
      best = l;
      bestRank = rank;
    }
  }
  return best;
}

/** Topics answered at least `minAnswers` times, weakest first. */
export function weakestTopics(
  topics: readonly Mastery[],
  lessons: readonly LessonFact[],
  count = 3,
  minAnswers = 3,
): WeakTopic[] {
  return topics
    .filter((m) => m.score !== null && m.answers >= minAnswers && m.level !== 'strong')
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.key.localeCompare(b.key))
    .slice(0, count)
    .map((mastery) => ({ mastery, lesson: lessonForTopic(mastery.key, lessons) }));
}

export function computeDashboard(input: DashboardInput): Dashboard {
  const { now } = input;
  const options: MasteryOptions = { now, ...input.mastery };
  const questionById = new Map(input.questions.map((q) => [q.id, q]));

  const simulations = simulationsFrom(input.attempts);
  const simulationIds = new Set(simulations.map((s) => s.attemptId));
  // Exam-simulation answers count in mastery but not again as practice in readiness.
  const { all: perQuestion, kept: practice } = evidenceByQuestionSplit(
    input.answers,
    options,
    simulationIds.size ? (a) => simulationIds.has(a.attemptId) : null,
  );

  const topicMastery = masteryByGroup(
    perQuestion,
    (id) => questionById.get(id)?.topics,
    input.topics,
  );
  const domainMastery = masteryByGroup(perQuestion, (id) => questionById.get(id)?.exams);

  const domains: DomainMastery[] = input.exams.map((exam) => ({
    exam,
    domains: exam.domains
      .map((d) => ({
        id: d.id,
        name: d.name,
        weight: d.weight ?? null,
        mastery: domainMastery.get(`${exam.id}:${d.id}`),
      }))
      .filter((d): d is typeof d & { mastery: Mastery } => d.mastery !== undefined),
  }));

  const readiness = input.exams.map((exam) => {
    const examQuestions = new Map<string, readonly string[]>();
    const prefix = `${exam.id}:`;
    for (const q of input.questions)
      if (q.exams.some((e) => e.startsWith(prefix))) examQuestions.set(q.id, q.topics);
    return readinessFor({
      exam,
      practice,
      examQuestions,
      simulations,
      topicMastery,
      now,
      ...input.mastery,
    });
  });

  // One pass over the answers for the totals, the study time and the active days.
  const days = dayCollector();
  let correctAnswers = 0;
  let questionMs = 0;
  for (const a of input.answers) {
    if (a.correct) correctAnswers += 1;
    questionMs += answerMs(a);
    days.add(a.answeredAt);
  }
  for (const l of input.lessonProgress) {
    days.add(l.lastOpenedAt);
    if (l.completedAt !== null) days.add(l.completedAt);
  }
  for (const c of input.challenges) if (c.solvedAt !== null) days.add(c.solvedAt);

  const knownLessons = new Set(input.lessons.map((l) => l.id));
  const endOfToday = addDays(startOfDay(now), 1);
  const topics = input.topics.map((t) => topicMastery.get(t)).filter((m) => m !== undefined);
  return {
    totalAnswers: input.answers.length,
    correctAnswers,
    topics,
    domains,
    timeline: accuracyTimeline(input.answers, now),
    studyTime: studyTimeFrom(questionMs, input.lessonProgress),
    streak: streakFromDays(days.days, now),
    lessonsCompleted: input.lessonProgress.filter(
      (l) => l.completedAt !== null && knownLessons.has(l.lessonId),
    ).length,
    lessonsTotal: input.lessons.length,
    challengesSolved: input.challenges.filter((c) => c.solvedAt !== null).length,
    reviewsDueToday: input.cardDue.filter((due) => due < endOfToday).length,
    weakest: weakestTopics(topics, input.lessons),
    readiness,
  };
}
