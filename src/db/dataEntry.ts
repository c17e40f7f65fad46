// What src/db/lazyData.ts loads on demand: Dexie, the app's database and the reads and writes of
// the pages that open without it (the lessons, the playground's workbench, the quiz's front
// page). Importing this module loads the database code.
export { liveQuery } from 'dexie';
export { db } from './database';
export { saveAnswer } from './answerRepo';
export { listChallengeProgress } from './challengeProgressRepo';
export { lessonProgressFor, recordReading, setLessonCompleted } from './lessonProgressRepo';
export { ensureActiveProfile } from './profileRepo';
export { attemptsByStatus, dueCards } from './quizReads';
export { loadSandbox, saveSandbox, scratchId } from './sandboxRepo';
export { activeProfileRead } from './useActiveProfile';
