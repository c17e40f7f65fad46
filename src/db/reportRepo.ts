// Problems a learner reported with a question (table `reports`), kept on this device and
// exportable as JSON so they can be sent to the content authors.
import { db as appDb, type LeastPrivilegeDB, type ReportRecord } from './database';

export const maxReportLength = 2000;

/** Stores a report; the message is trimmed and must not be empty. */
export async function addReport(
  profileId: string,
  questionId: string,
  message: string,
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
): Promise<number> {
  const text = message.trim().slice(0, maxReportLength);
  if (!text) throw new Error('Describe the problem before sending the report.');
  return db.reports.add({
    profileId,
    questionId,
    message: text,
    createdAt: now,
  }) as Promise<number>;
}

/** The profile's reports, newest first. */
export async function reportsFor(
  profileId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<ReportRecord[]> {
  const rows = await db.reports.where('profileId').equals(profileId).toArray();
  return rows.sort((a, b) => b.createdAt - a.createdAt);
}

export async function deleteReport(id: number, db: LeastPrivilegeDB = appDb): Promise<void> {
  await db.reports.delete(id);
}

/** The export file's content: a versioned list, dates as ISO strings. */
export interface ReportExport {
  format: 'least-privilege-question-reports';
  version: 1;
  exportedAt: string;
  reports: { questionId: string; message: string; createdAt: string }[];
}

export async function exportReports(
  profileId: string,
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
): Promise<ReportExport> {
  const rows = await reportsFor(profileId, db);
  return {
    format: 'least-privilege-question-reports',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    reports: rows.map((r) => ({
      questionId: r.questionId,
      message: r.message,
      createdAt: new Date(r.createdAt).toISOString(),
    })),
  };
}
