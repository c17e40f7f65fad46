// Progress and data safety: the dashboard follows answers, a backup survives wiping the site
// data, a corrupt file changes nothing, profiles work, two tabs stay in step.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, waitForAllCheckpoints } from './harness.mjs';

/**
 * Every record of every object store of the app's database, read straight from IndexedDB; {}
 * on a device where the app has stored nothing yet (and no database is created by reading).
 */
export async function dumpDatabase(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const name = 'least-privilege';
        indexedDB.databases().then((all) => {
          if (all.some((d) => d.name === name)) dump();
          else resolve({});
        }, reject);
        const dump = () => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const idb = open.result;
            const names = [...idb.objectStoreNames];
            if (names.length === 0) {
              idb.close();
              resolve({});
              return;
            }
            const tx = idb.transaction(names, 'readonly');
            const out = {};
            for (const name of names) {
              const req = tx.objectStore(name).getAll();
              req.onsuccess = () => (out[name] = req.result);
            }
            tx.oncomplete = () => {
              idb.close();
              resolve(out);
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
  );
}

/** Answers the single-choice checkpoint questions of a lesson; returns how many. */
async function answerCheckpoints(page, url, lessonId, max = 3) {
  await page.goto(`${url}#/lessons/${lessonId}`);
  await waitForAllCheckpoints(page);
  const questions = page.locator('.checkpoints .practice-question:has(input[type=radio])');
  const count = Math.min(max, await questions.count());
  for (let i = 0; i < count; i += 1) {
    const q = questions.nth(i);
    await q.locator('input[type=radio]').first().check();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await q.locator('.feedback').waitFor();
  }
  return count;
}

async function answersTile(page) {
  const tile = page.locator('.summary-tiles .tile').first().locator('.tile-value');
  await tile.waitFor();
  return Number(await tile.textContent());
}

async function waitForAnswers(page, expected) {
  await page.waitForFunction(
    (n) => document.querySelector('.summary-tiles .tile .tile-value')?.textContent === String(n),
    expected,
  );
}

async function openDashboard(page, url) {
  await page.goto(`${url}#/progress`);
  await page.locator('.summary-tiles').waitFor();
}

export const tests = [
  {
    name: 'answers change the dashboard; export, wipe the site data, import: everything is back',
    async run({ url, open, assert }) {
      const { page, context } = await open();
      await openDashboard(page, url);
      assert.equal(await answersTile(page), 0);
      assert.match(await page.locator('.dashboard').textContent(), /Nothing yet/);

      const answered = await answerCheckpoints(page, url, 'roles');
      assert.ok(answered >= 2, 'the roles lesson has single-choice checkpoints');
      await page.getByRole('button', { name: 'Mark lesson as completed' }).click();
      await page.getByRole('button', { name: /Completed — mark as not completed/ }).waitFor();

      await openDashboard(page, url);
      await waitForAnswers(page, answered);
      const text = await page.locator('.dashboard').textContent();
      assert.match(text, new RegExp(`1 of \\d+lessons completed`));
      assert.match(text, /Accuracy over time/);
      const rolesRow = page.locator('.mastery-table tr', { hasText: /^Roles/ }).first();
      assert.match(await rolesRow.textContent(), /\d+ answers?,/);
      assert.equal(await page.locator('.accuracy-chart svg[role=img]').count(), 1);
      assert.ok((await page.locator('.accuracy-chart table tbody tr').count()) >= 1);
      assert.deepEqual(await axeViolations(page), [], 'dashboard is accessible');

      await page.goto(`${url}#/progress/data`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export everything' }).click(),
      ]);
      assert.match(
        download.suggestedFilename(),
        /^least-privilege-backup-\d{4}-\d{2}-\d{2}\.json$/,
      );
      const file = join(mkdtempSync(join(tmpdir(), 'lp-backup-')), download.suggestedFilename());
      await download.saveAs(file);
      const backup = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(backup.format, 'least-privilege-backup');
      assert.equal(backup.formatVersion, 1);
      assert.equal(backup.tables.answers.length, answered);
      await page.getByText(/Saved least-privilege-backup-/).waitFor();
      const before = await dumpDatabase(page);

      // Wipe the site data as a learner clearing their browser would.
      await page.goto('about:blank');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', {
        origin: new URL(url).origin,
        storageTypes: 'all',
      });
      await openDashboard(page, url);
      assert.equal(await answersTile(page), 0, 'the wipe removed the answers');

      await page.goto(`${url}#/progress/data`);
      await page.getByLabel('Choose a backup file').setInputFiles(file);
      await page.getByRole('heading', { name: /What “.*” holds/ }).waitFor();
      assert.match(await page.locator('.import-preview table').textContent(), /Learner/);
      await page.getByRole('radio', { name: /Replace/ }).check();
      assert.ok(await page.getByRole('checkbox', { name: /Download a backup/ }).isChecked());
      const [safety] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Replace and import' }).click(),
      ]);
      assert.match(safety.suggestedFilename(), /^least-privilege-backup-/);
      await page.getByText(/^✓ Imported \d+ records/).waitFor();
      assert.deepEqual(await dumpDatabase(page), before, 'every record is back, unchanged');

      await openDashboard(page, url);
      await waitForAnswers(page, answered);
      assert.match(await page.locator('.dashboard').textContent(), /1 of \d+lessons completed/);
    },
  },
  {
    name: 'a corrupt or foreign file is refused with a clear message and nothing changes',
    async run({ url, open, assert }) {
      const { page } = await open();
      await answerCheckpoints(page, url, 'roles', 1);
      await page.goto(`${url}#/progress/data`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export everything' }).click(),
      ]);
      const good = readFileSync(await download.path(), 'utf8');
      const before = await dumpDatabase(page);
      const input = page.getByLabel('Choose a backup file');
      const cases = [
        ['cut-off.json', good.slice(0, Math.floor(good.length * 0.6)), /incomplete or damaged/],
        ['scenario.json', '{"name":"x","expected":"allowed"}', /not a Least Privilege backup/],
        [
          'future.json',
          JSON.stringify({ ...JSON.parse(good), formatVersion: 9 }),
          /newer version of Least Privilege/,
        ],
      ];
      for (const [name, text, message] of cases) {
        await input.setInputFiles({
          name,
          mimeType: 'application/json',
          buffer: Buffer.from(text),
        });
        const alert = page.getByRole('alert');
        await alert.waitFor();
        assert.match(await alert.textContent(), message);
        assert.match(await alert.textContent(), /Nothing on this device was changed/);
        assert.equal(await page.getByRole('button', { name: /Merge into|Replace and/ }).count(), 0);
      }
      assert.deepEqual(await axeViolations(page), [], 'backup page with an error is accessible');
      assert.deepEqual(await dumpDatabase(page), before);
    },
  },
  {
    name: 'profiles: create, switch, rename, delete after a confirmation that offers a backup',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${url}#/progress/profiles`);
      // a fresh device makes its first profile ("Learner") on load: wait for it before creating
      await page.waitForFunction(() =>
        [...document.querySelectorAll('#profile-switch option')].some(
          (o) => o.textContent === 'Learner',
        ),
      );
      await page.getByLabel('New profile name').fill('Ana');
      await page.getByRole('button', { name: 'Create profile' }).click();
      await page.getByText('Created Ana; it is now the active profile.').waitFor();
      const switcher = page.locator('#profile-switch');
      await page.waitForFunction(
        () => document.querySelector('#profile-switch option:checked')?.textContent === 'Ana',
      );
      assert.ok(await switcher.isVisible(), 'the switcher shows at phone width');
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        'the header does not overflow at phone width',
      );

      await page.getByLabel('New profile name').fill('ana ');
      await page.getByRole('button', { name: 'Create profile' }).click();
      assert.match(await page.getByRole('alert').textContent(), /already a profile called “Ana”/);

      await page.getByRole('button', { name: 'Rename Ana' }).click();
      await page.getByLabel('New name for Ana').fill('Ana B.');
      await page.getByRole('button', { name: 'Save name' }).click();
      await page.getByText('Renamed to Ana B.').waitFor();

      await switcher.selectOption({ label: 'Learner' });
      await page.getByRole('button', { name: 'Switch to Ana B.' }).waitFor();
      await page.getByRole('button', { name: 'Delete Ana B.' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete the profile “Ana B.”?' });
      await dialog.waitFor();
      assert.deepEqual(await axeViolations(page), [], 'the confirmation is accessible');
      const [backup] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Download a backup of Ana B.' }).click(),
      ]);
      assert.match(backup.suggestedFilename(), /^least-privilege-ana-b-/);
      await dialog.getByRole('button', { name: 'Delete Ana B.' }).click();
      await page.getByText('Deleted Ana B. and all of its progress.').waitFor();
      // the header hears of the deletion from the database's live feed, a moment later
      await page
        .waitForFunction(
          () => document.querySelectorAll('#profile-switch option').length === 1,
          null,
          { timeout: 5000 },
        )
        .catch(() => {});
      assert.deepEqual(
        await switcher.locator('option').allTextContents(),
        ['Learner'],
        'the header follows',
      );
    },
  },
  {
    name: 'two tabs: a profile switch and answers in one show up live in the other',
    async run({ url, open, assert }) {
      const { page: tabA, context } = await open();
      await openDashboard(tabA, url);
      const tabB = await context.newPage();
      await openDashboard(tabB, url);

      await tabA.goto(`${url}#/progress/profiles`);
      await tabA.getByLabel('New profile name').fill('Shared laptop');
      await tabA.getByRole('button', { name: 'Create profile' }).click();
      await tabB.getByText('Progress of Shared laptop.').waitFor();
      assert.equal(await answersTile(tabB), 0);

      // Both tabs write at once: nothing is lost.
      const [a, b] = await Promise.all([
        answerCheckpoints(tabA, url, 'roles', 2),
        (async () => {
          const other = await context.newPage();
          const n = await answerCheckpoints(other, url, 'groups', 2);
          await other.close();
          return n;
        })(),
      ]);
      await waitForAnswers(tabB, a + b);
      await openDashboard(tabA, url);
      await waitForAnswers(tabA, a + b);
      const dump = await dumpDatabase(tabA);
      assert.equal(dump.answers.length, a + b);
    },
  },
];
