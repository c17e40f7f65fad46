// Security of what is imported: workshop pack links and files, student results and backups
// carrying script and HTML payloads, and tampered or corrupt ones. Nothing may run or be parsed
// into the page, payloads show as plain text (and never as spreadsheet formulas), and a refused
// input says why and changes nothing.
import { readFileSync } from 'node:fs';
import {
  IMG,
  SCRIPT,
  SVG,
  JS_URL,
  ALL,
  deflated,
  PACK_KIND,
  RESULT_KIND,
  doc,
  craftedOrg,
  openWatched,
  showsText,
} from './payloads.mjs';
import { dumpDatabase } from './progress.e2e.mjs';

export const tests = [
  {
    name: 'workshop pack links and files: payloads in the title, label and student name stay text; tampered packs are refused',
    async run({ url, open, assert }) {
      const { page, inert, refuses } = await openWatched(open, assert);
      const pack = {
        kind: PACK_KIND,
        version: 1,
        id: 'crafted-pack-01',
        title: `Pack ${IMG}${SCRIPT}`,
        createdAt: Date.now(),
        lessons: ['roles'],
        questions: ['roles-001'],
        challenges: [],
        timeLimitMinutes: null,
        reveal: 'each',
        seed: 7,
        source: { mode: 'hand', label: `${SVG} [open](${JS_URL})` },
        contentDigest: '0123456789abcdef',
      };
      const good = deflated(pack);
      const flipped = Buffer.from(good, 'base64url');
      for (let i = 8; i < 24; i += 1) flipped[i] ^= 0x5a;
      const bad = [
        ['characters outside base64url', `${IMG}`, /characters that a workshop link never has/],
        ['cut off', good.slice(0, good.length - 24), /damaged: it does not unpack/],
        ['flipped bytes', flipped.toString('base64url'), /damaged: it does not unpack/],
        ['not JSON', deflated(`<html>${SCRIPT}</html>`), /not a workshop pack: it is not JSON/],
        [
          'a payload as a lesson id',
          deflated({ ...pack, lessons: [IMG] }),
          /This workshop pack is not valid: lessons\.0: ids are kebab-case/,
        ],
        [
          'a prototype key',
          deflated(`{"__proto__":{"polluted":1},${JSON.stringify(pack).slice(1)}`),
          /not valid: reserved key/,
        ],
        [
          'a result',
          deflated({ kind: RESULT_KIND }),
          /not a workshop pack: it is a workshop result/,
        ],
        ['from the future', deflated({ ...pack, version: 2 }), /newer version of Least Privilege/],
        ['a bomb', deflated(' '.repeat(2_000_000)), /unpacks to more than 200 kB/],
        ['too long', 'A'.repeat(12_001), /too long for a workshop pack \(12,001 characters/],
        ['empty', '', /The link holds no workshop pack/],
      ];
      await refuses(
        bad,
        (p) => page.goto(`${url}#/workshop/join?p=${p}`),
        /This workshop link cannot be opened\n[^]*\nNothing was saved\./,
      );
      assert.equal(await page.evaluate(() => ({}).polluted), undefined);

      await page.goto(`${url}#/workshop/open`);
      const input = page.getByLabel('Pack file', { exact: true });
      await input.setInputFiles({
        name: `${IMG}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(`<html>${SCRIPT}</html>`),
      });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.equal(
        await alert.textContent(),
        `⚠ ${IMG}.json: This is not a workshop pack: it is not JSON. Nothing was saved.`,
      );
      await inert('a pack file that is HTML, with a payload as its name');
      assert.deepEqual((await dumpDatabase(page)).packs, [], 'refused packs store nothing');

      await page.goto(`${url}#/workshop/join?p=${good}`);
      await page.getByRole('heading', { name: `Workshop: ${pack.title}`, exact: true }).waitFor();
      await showsText(page, pack.source.label);
      await inert('a crafted pack link before Start');
      await page.getByLabel('Your name or an alias').fill(IMG);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Hand in…' }).click();
      await page.getByRole('button', { name: 'Yes, hand in' }).click();
      await showsText(page, `${IMG}: 0 of 1 right`);
      await inert('the handed-in page');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download result file' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^[a-z0-9-]+\.lp-result\.json$/);
      const result = JSON.parse(readFileSync(await download.path(), 'utf8'));
      assert.equal(result.student, IMG);
      await page.goto(await page.getByLabel('Or send this result link').inputValue());
      await page.getByRole('heading', { name: `Result of ${IMG}`, exact: true }).waitFor();
      await showsText(page, `For the pack “${pack.title}”`);
      await inert('the result link of a crafted pack');
    },
  },
  {
    name: 'workshop results: payloads in student names and file names stay text (and out of CSV formulas); bad files are refused',
    async run({ url, open, assert }) {
      const { page, inert } = await openWatched(open, assert);
      const title = `Pack ${IMG}${SCRIPT}`;
      await page.goto(`${url}#/workshop/new`);
      await page.getByLabel(/^Title/).fill(title);
      await page.getByLabel('Search the questions').fill('roles-001');
      await page.getByRole('checkbox', { name: /\(roles-001 ·/ }).check();
      await page.getByRole('button', { name: 'Create pack' }).click();
      await page.waitForFunction(() => location.hash.startsWith('#/workshop/pack/'));
      const packId = (await page.evaluate(() => location.hash)).split('/').pop();
      await page.getByRole('heading', { name: `Hand out “${title}”`, exact: true }).waitFor();
      await inert('the hand-out page of a pack with a payload title');
      for (const [view, heading] of [
        ['present', title],
        ['print', `Print “${title}”`],
      ]) {
        await page.goto(`${url}#/workshop/${view}/${packId}`);
        await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
        await inert(`the ${view} view`);
      }

      const result = (student, extra = {}) => ({
        kind: RESULT_KIND,
        version: 1,
        packId,
        packTitle: title,
        packChecksum: 'a'.repeat(64),
        contentDigest: '0123456789abcdef',
        attemptId: `attempt-${student.length}-${Object.keys(extra).length}`,
        student,
        startedAt: 1_700_000_000_000,
        submittedAt: 1_700_000_060_000,
        elapsedMs: 60_000,
        timedOut: false,
        answers: [{ questionId: 'roles-001', response: null, msTaken: 1000 }],
        ...extra,
      });
      const formula = '=HYPERLINK("http://127.0.0.2/","open me")';
      const file = (name, content) => ({
        name,
        mimeType: 'application/json',
        buffer: Buffer.isBuffer(content)
          ? content
          : Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
      });
      const refused = [
        [`${IMG}.json`, `<html>${SCRIPT}</html>`, /it is not JSON/],
        ['other.json', result('Bob', { packId: 'another-pack-id' }), /another pack \(“Pack <img/],
        ['shape.json', result('Eve', { answers: 'all right' }), /is not valid: answers: /],
        [
          'proto.json',
          `{"__proto__":{"polluted":1},${JSON.stringify(result('Mal')).slice(1)}`,
          /reserved key/,
        ],
        ['big.json', ' '.repeat(300_001), /workshop files are at most 300 kB/],
        ['binary.json', Buffer.from([0xff, 0xfe, 0x00, 0xc3]), /is not a text file/],
      ];
      await page.goto(`${url}#/workshop/results/${packId}`);
      await page.getByText('No results imported yet.').waitFor();
      await page
        .locator('input[type=file][multiple]')
        .setInputFiles([
          file('ada.lp-result.json', result(IMG)),
          file('formula.lp-result.json', result(formula)),
          ...refused.map(([name, content]) => file(name, content)),
        ]);
      await showsText(page, `Imported 2 results. ${refused.length} refused.`);
      const reasons = page.locator('.ws-import li');
      for (const [i, [name, , reason]] of refused.entries()) {
        assert.equal(await reasons.nth(i).locator('strong').textContent(), name);
        assert.match(await reasons.nth(i).textContent(), reason, name);
      }
      await page.getByRole('row', { name: new RegExp(`^${IMG.slice(0, 10)}`) }).waitFor();
      await inert('the class summary with crafted names');
      assert.equal(await page.evaluate(() => ({}).polluted), undefined);
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download students CSV' }).click(),
      ]);
      const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
      assert.ok(
        rows.some((r) => r.startsWith(`"'=HYPERLINK(""http://127.0.0.2/""`)),
        rows.join('\n'),
      );
      assert.ok(!rows.some((r) => /^"?=/.test(r)), 'no row starts with a formula');

      const links = [
        [deflated(result(SCRIPT)), `Result of ${SCRIPT}`],
        [deflated({ ...result('Zed'), student: 7 }), 'This result cannot be imported'],
        [`${IMG}`, 'This result cannot be imported'],
      ];
      for (const [r, heading] of links) {
        await page.goto(`${url}#/workshop/collect?r=${r}`);
        await page.getByRole('heading', { name: heading, exact: true }).waitFor();
        await inert(`a result link: ${heading}`);
      }
      assert.match(await page.getByRole('alert').textContent(), /damaged.*Nothing was saved/);
    },
  },
  {
    name: 'backups: payloads in profile, experiment, sandbox and pack names stay text; bad files change nothing',
    async run({ url, open, assert }) {
      const { page, inert, refuses } = await openWatched(open, assert);
      await page.goto(`${url}#/progress/data`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export everything' }).click(),
      ]);
      const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
      const before = await dumpDatabase(page);

      const profileId = 'crafted-profile';
      const now = Date.now();
      const pack = {
        kind: PACK_KIND,
        version: 1,
        id: 'crafted-pack-02',
        title: `Pack ${IMG}`,
        createdAt: now,
        lessons: ['roles'],
        questions: [],
        challenges: [],
        timeLimitMinutes: null,
        reveal: 'end',
        seed: 1,
        source: { mode: 'hand', label: SVG },
        contentDigest: '0123456789abcdef',
      };
      const workbench = {
        name: ALL,
        principal: 'arn:aws:iam::111122223333:user/alice',
        action: 's3:GetObject',
        resource: '*',
        resourceAccount: '',
        contextText: '{}',
        managementAccount: '',
        policies: [
          {
            id: 'p1',
            slot: 'identity',
            level: 0,
            text: JSON.stringify(doc({ Sid: IMG, Effect: 'Allow', Action: '*', Resource: '*' })),
          },
        ],
      };
      const add = {
        profiles: [{ id: profileId, name: `Learner ${IMG}`, createdAt: now }],
        sandboxes: [
          {
            id: `${profileId}:scratch`,
            profileId,
            name: ALL,
            kind: 'workbench',
            workbench,
            updatedAt: now,
          },
          {
            id: `${profileId}:org:1`,
            profileId,
            name: craftedOrg.name,
            kind: 'organization',
            workbench: craftedOrg,
            updatedAt: now,
          },
        ],
        packs: [
          {
            id: `${profileId}:built:${pack.id}`,
            profileId,
            title: pack.title,
            origin: 'built',
            pack,
            createdAt: now,
            updatedAt: now,
          },
        ],
      };
      const crafted = structuredClone(exported);
      for (const [table, rows] of Object.entries(add)) {
        crafted.tables[table].push(...rows);
        crafted.counts[table] += rows.length;
      }
      const withProfile = (change) => {
        const copy = structuredClone(crafted);
        change(copy.tables.profiles.at(-1), copy);
        return JSON.stringify(copy);
      };
      const refused = [
        [
          `${IMG}.json`,
          `<html>${SCRIPT}</html>`,
          /not a Least Privilege backup \(it is not valid JSON\)/,
        ],
        ['cut.json', JSON.stringify(crafted).slice(0, 400), /incomplete or damaged/],
        ['future.json', JSON.stringify({ ...crafted, formatVersion: 99 }), /newer version/],
        [
          'table.json',
          JSON.stringify({ ...crafted, tables: { ...crafted.tables, [IMG]: [] } }),
          /does not know \(“<img src=x/,
        ],
        [
          'count.json',
          JSON.stringify({ ...crafted, counts: { ...crafted.counts, profiles: 9 } }),
          /incomplete/,
        ],
        ['shape.json', withProfile((p) => (p.name = { html: IMG })), /profiles, record 2: name: /],
        ['list.json', JSON.stringify([crafted]), /not a Least Privilege backup/],
        ['empty.json', ' ', /The file is empty/],
      ];
      const input = page.getByLabel('Choose a backup file');
      await refuses(
        refused,
        (text, name) =>
          input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) }),
        /Nothing on this device was changed/,
      );
      assert.deepEqual(await dumpDatabase(page), before, 'refused backups change nothing');

      await input.setInputFiles({
        name: `${SCRIPT}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(
          withProfile((p) =>
            Object.defineProperty(p, '__proto__', { value: { polluted: 1 }, enumerable: true }),
          ),
        ),
      });
      await page.getByRole('heading', { name: `What “${SCRIPT}.json” holds` }).waitFor();
      await inert('the preview of a crafted backup');
      await page.getByRole('button', { name: 'Merge into this device' }).click();
      await page.getByRole('button', { name: `Switch to Learner ${IMG}`, exact: true }).click();
      assert.equal(await page.evaluate(() => ({}).polluted), undefined);
      await page.waitForFunction(
        (name) => document.querySelector('#profile-switch option:checked')?.textContent === name,
        `Learner ${IMG}`,
      );
      await inert('the progress page of the crafted profile');
      await page.goto(`${url}#/playground`);
      await page.waitForSelector('[data-decision="allowed"]');
      assert.equal(await page.getByLabel('Experiment name').inputValue(), ALL);
      await inert('the imported experiment');
      await page.goto(`${url}#/playground/sandboxes`);
      await page.locator('.card-title', { hasText: 'Org <img' }).waitFor();
      await inert('the imported sandbox list');
      await page.goto(`${url}#/workshop`);
      await page.getByRole('heading', { name: pack.title, exact: true }).waitFor();
      await inert('the imported pack list');

      // a later backup whose experiment is damaged: the playground says so and still opens
      const damaged = structuredClone(crafted);
      Object.assign(
        damaged.tables.sandboxes.find((r) => r.id === `${profileId}:scratch`),
        { workbench: { ...workbench, policies: IMG }, updatedAt: now + 60_000 },
      );
      await page.goto(`${url}#/progress/data`);
      await input.setInputFiles({
        name: 'damaged.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(damaged)),
      });
      await page.getByRole('button', { name: 'Merge into this device' }).click();
      await page.getByText(/Merged: .* 1 updated with newer versions/).waitFor();
      await page.goto(`${url}#/playground`);
      await showsText(page, 'Your saved experiment could not be read (policies: ');
      await page.waitForSelector('[data-decision]');
      await inert('a damaged experiment from a backup');
    },
  },
];
