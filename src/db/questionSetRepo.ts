// Saved custom question sets (table `questionSets`), per profile: a name and question ids in
// order. Bank ids and generated ids (`gen-<kind>-<seed>`) both work; the workshop builds packs
// from these sets.
import { randomId } from '../lib/randomId';
import { db as appDb, type LeastPrivilegeDB, type QuestionSetRecord } from './database';

const maxName = 120;

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new Error('A set needs a name.');
  return trimmed.slice(0, maxName);
}

function cleanIds(ids: readonly string[]): string[] {
  const out = [...new Set(ids.filter((id) => typeof id === 'string' && id.length > 0))];
  if (out.length === 0) throw new Error('A set needs at least one question.');
  return out;
}

/** Saves a new set and returns it. */
export async function createQuestionSet(
  profileId: string,
  name: string,
  questionIds: readonly string[],
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
): Promise<QuestionSetRecord> {
  const set: QuestionSetRecord = {
    id: randomId(),
    profileId,
    name: cleanName(name),
    questionIds: cleanIds(questionIds),
    createdAt: now,
    updatedAt: now,
  };
  await db.questionSets.add(set);
  return set;
}

/** Renames a set and/or replaces its questions. */
export async function updateQuestionSet(
  id: string,
  changes: { name?: string; questionIds?: readonly string[] },
  db: LeastPrivilegeDB = appDb,
  now = Date.now(),
): Promise<QuestionSetRecord> {
  return db.transaction('rw', db.questionSets, async () => {
    const current = await db.questionSets.get(id);
    if (!current) throw new Error('That set no longer exists.');
    const next: QuestionSetRecord = {
      ...current,
      ...(changes.name !== undefined ? { name: cleanName(changes.name) } : {}),
      ...(changes.questionIds !== undefined ? { questionIds: cleanIds(changes.questionIds) } : {}),
      updatedAt: now,
    };
    await db.questionSets.put(next);
    return next;
  });
}

export async function deleteQuestionSet(id: string, db: LeastPrivilegeDB = appDb): Promise<void> {
  await db.questionSets.delete(id);
}

export function getQuestionSet(id: string, db: LeastPrivilegeDB = appDb) {
  return db.questionSets.get(id);
}

/** The profile's sets, most recently changed first. */
export async function questionSetsFor(
  profileId: string,
  db: LeastPrivilegeDB = appDb,
): Promise<QuestionSetRecord[]> {
  const rows = await db.questionSets.where('profileId').equals(profileId).toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt);
}
