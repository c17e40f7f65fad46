// Every released Dexie schema, frozen as it shipped, with what its upgrade does to the rows of
// the version before. A schema change adds a version in src/db/database.ts AND an entry here;
// tests/db/migrations.test.ts then seeds each older version and checks the upgrade.
import type { Dataset } from './fixtures';

export type Rows = Record<string, Record<string, unknown>[]>;

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  /** the rows of the previous version as this version's upgrade should leave them */
  reshape?: (rows: Rows) => Rows;
  /** realistic rows in this version's shape, to seed it (default: the current fixtures) */
  seedRows?: (data: Dataset) => Rows;
}

export const schemaHistory: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      profiles: 'id, name',
      settings: 'key',
      lessonProgress: '[profileId+lessonId], profileId, updatedAt',
      answers: '++id, profileId, questionId, [profileId+questionId], attemptId, answeredAt',
      attempts: 'id, profileId, [profileId+status], mode, startedAt, updatedAt',
      cards: '[profileId+questionId], profileId, [profileId+due]',
      questionSets: 'id, profileId, updatedAt',
      reports: '++id, profileId, questionId, createdAt',
      sandboxes: 'id, profileId, updatedAt',
      challengeProgress: '[profileId+challengeId], profileId, updatedAt',
      packs: 'id, profileId, updatedAt',
      workshopResults: 'id, profileId, packId, importedAt',
    },
  },
  // { version: 2, stores: {...}, reshape: (rows) => ({ ...rows, answers: rows.answers.map(...) }) },
];
