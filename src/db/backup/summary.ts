// What a backup holds, per profile, in words a learner understands (reads no database).
import type { BackupFile, TableName } from './format';

export interface ProfileSummary {
  id: string;
  name: string;
  answers: number;
  lessonsCompleted: number;
  quizSessions: number;
  reviewCards: number;
  challengesSolved: number;
  /** every other record (experiments, question sets, packs, reports, workshop results) */
  otherRecords: number;
  /** the most recent time anything in this profile changed, or null */
  lastActivity: number | null;
}

export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  scope: BackupFile['scope'];
  totalRecords: number;
  profiles: ProfileSummary[];
}

const otherTables: TableName[] = [
  'sandboxes',
  'questionSets',
  'packs',
  'reports',
  'workshopResults',
];
const timeFields = ['answeredAt', 'updatedAt', 'importedAt', 'createdAt'];

/** Summarizes a validated backup per profile. */
export function summarizeBackup(backup: BackupFile): BackupSummary {
  const byProfile = new Map<string, ProfileSummary>();
  for (const p of backup.tables.profiles) {
    byProfile.set(p['id'] as string, {
      id: p['id'] as string,
      name: p['name'] as string,
      answers: 0,
      lessonsCompleted: 0,
      quizSessions: 0,
      reviewCards: 0,
      challengesSolved: 0,
      otherRecords: 0,
      lastActivity: null,
    });
  }
  const each = (
    table: TableName,
    visit: (s: ProfileSummary, r: Record<string, unknown>) => void,
  ) => {
    for (const r of backup.tables[table]) {
      const s = byProfile.get(r['profileId'] as string);
      if (!s) continue;
      visit(s, r);
      for (const f of timeFields) {
        const t = r[f];
        if (typeof t === 'number' && (s.lastActivity === null || t > s.lastActivity))
          s.lastActivity = t;
      }
    }
  };
  each('answers', (s) => (s.answers += 1));
  each('lessonProgress', (s, r) => r['completedAt'] !== null && (s.lessonsCompleted += 1));
  each('attempts', (s) => (s.quizSessions += 1));
  each('cards', (s) => (s.reviewCards += 1));
  each('challengeProgress', (s, r) => r['solvedAt'] !== null && (s.challengesSolved += 1));
  for (const t of otherTables) each(t, (s) => (s.otherRecords += 1));
  return {
    createdAt: backup.createdAt,
    appVersion: backup.appVersion,
    scope: backup.scope,
    totalRecords: Object.values(backup.counts).reduce((a, b) => a + b, 0),
    profiles: [...byProfile.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
