// Workshop: an instructor builds a pack, a student opens its link in another browser, goes
// offline, answers and hands in a result file; the instructor imports it and sees the summary.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { axeViolations, waitForServiceWorker } from './harness.mjs';

const bank = Object.fromEntries(
  YAML.parse(
    readFileSync(new URL('../../content/questions/roles.yaml', import.meta.url), 'utf8'),
  ).questions.map((q) => [q.id, q]),
);
const picked = ['roles-001', 'roles-002', 'roles-006'];
const optionText = (id, right) => {
  const q = bank[id];
  // the app shows `code` as code, without the backticks
  return q.options
    .find((o) => (right ? q.answer.includes(o.id) : !q.answer.includes(o.id)))
    .text.replace(/`/g, '');
};

/** Every row of an IndexedDB table of the app, read in the page. */
function readTable(page, table) {
  return page.evaluate(
    (t) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('least-privilege');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(t).objectStore(t).getAll();
          all.onsuccess = () => {
            resolve(all.result);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

async function noViolations(page, assert, where) {
  assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);
}

/** Builds the roles pack in the builder; returns its id and its link. */
export async function buildPack(page, url, assert, { minutes = null } = {}) {
  await page.goto(`${url}#/workshop/new`);
  await page.getByLabel(/^Title/).fill('Roles workshop, room 2');
  await page.getByRole('checkbox', { name: /^4\. IAM roles/ }).check();
  for (const id of picked) {
    await page.getByLabel('Search the questions').fill(id);
    await page.getByRole('checkbox', { name: new RegExp(`\\(${id} ·`) }).check();
  }
  await page.getByRole('checkbox', { name: /Your first Allow/ }).check();
  await page.getByText('This pack: 1 lesson, 3 questions, 1 challenge.').waitFor();
  if (minutes !== null) {
    await page.getByRole('checkbox', { name: 'Time limit for the questions' }).check();
    await page.getByLabel('Minutes').fill(String(minutes));
  }
  await noViolations(page, assert, 'the pack builder');
  await page.getByRole('button', { name: 'Create pack' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/workshop/pack/'));
  const packId = (await page.evaluate(() => location.hash)).split('/').pop();
  const link = await page.getByLabel(/^Pack link/).inputValue();
  return { packId, link };
}

export const tests = [
  {
    name: 'a class round: build, present, join by link, answer offline, hand in, import, CSV',
    async run({ url, open, assert }) {
      const instructor = await open();
      const ipage = instructor.page;
      const { packId, link } = await buildPack(ipage, url, assert);
      assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#\/workshop\/join\?p=[A-Za-z0-9_-]+$/);
      assert.ok(link.length < 2300, `the link fits in a QR code (${link.length} characters)`);
      await ipage.getByRole('img', { name: /QR code of the link/ }).waitFor();

      // presenter: title slide, lesson sections, then the questions with a reveal on R
      await ipage.goto(`${url}#/workshop/present/${packId}`);
      await ipage.getByText(/^Slide 1 of \d+$/).waitFor();
      await ipage.getByRole('img', { name: 'QR code to join this workshop' }).waitFor();
      const total = Number((await ipage.getByText(/^Slide 1 of/).textContent()).split(' of ')[1]);
      assert.ok(total >= 6, `title, lesson sections, 3 questions and the end (${total} slides)`);
      await ipage.keyboard.press('ArrowRight');
      await ipage.getByText('Slide 2 of').waitFor();
      assert.match(await ipage.locator('.ws-slide-kicker').textContent(), /IAM roles/);
      await ipage.keyboard.press('End');
      await ipage.getByRole('heading', { name: 'Hand in' }).waitFor();
      await ipage.keyboard.press('ArrowLeft');
      await ipage.getByRole('link', { name: 'Your first Allow' }).waitFor();
      await ipage.keyboard.press('ArrowLeft');
      await ipage.getByText('Question 3 of 3').waitFor();
      await ipage.keyboard.press('r');
      await ipage.locator('.ws-reveal').getByText('Answer:').waitFor();
      assert.match(
        await ipage.locator('.ws-reveal').textContent(),
        new RegExp(
          optionText('roles-006', true)
            .slice(0, 30)
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        ),
      );
      await noViolations(ipage, assert, 'presenter mode');
      assert.equal(
        await ipage.evaluate(() => document.querySelector('.site-header')?.inert),
        true,
        'the page behind the presenter takes no focus',
      );

      // the student: another browser, the link, then offline
      const student = await open();
      const spage = student.page;
      await spage.goto(link);
      await spage.getByRole('heading', { name: 'Workshop: Roles workshop, room 2' }).waitFor();
      await waitForServiceWorker(spage);
      await student.context.setOffline(true);
      await spage.reload();
      await spage.getByLabel('Your name or an alias').fill('Ada Lovelace');
      await noViolations(spage, assert, 'the join form');
      await spage.getByRole('button', { name: 'Start' }).click();
      await spage.getByText(/Lessons and challenges in this pack/).click();
      assert.equal(
        await spage.getByRole('link', { name: 'Challenge: Your first Allow' }).getAttribute('href'),
        '#/playground/challenge/first-allow',
      );
      await spage.getByText('Question 1 of 3', { exact: false }).first().waitFor();

      await spage.getByRole('radio', { name: optionText('roles-001', true), exact: true }).check();
      await spage.getByRole('button', { name: 'Check answer' }).click();
      await spage.getByText('✓ Correct', { exact: true }).waitFor();
      await spage.getByRole('button', { name: 'Next →' }).click();
      await spage.getByRole('radio', { name: optionText('roles-002', false), exact: true }).check();
      await spage.getByRole('button', { name: 'Check answer' }).click();
      await spage.getByText('✗ Not quite', { exact: true }).waitFor();
      await noViolations(spage, assert, 'a student question');
      await spage.getByRole('button', { name: 'Hand in…' }).click();
      await spage.getByText('1 question has no answer').waitFor();
      await spage.getByRole('button', { name: 'Yes, hand in' }).click();
      await spage.getByRole('heading', { name: /^Handed in/ }).waitFor();
      await spage.getByText('Ada Lovelace: 1 of 3 right').waitFor();
      await spage.getByRole('img', { name: /QR code of Ada Lovelace's result/ }).waitFor();
      const resultLinkText = await spage.getByLabel('Or send this result link').inputValue();
      assert.match(resultLinkText, /#\/workshop\/collect\?r=[A-Za-z0-9_-]+$/);
      const [download] = await Promise.all([
        spage.waitForEvent('download'),
        spage.getByRole('button', { name: 'Download result file' }).click(),
      ]);
      assert.equal(
        download.suggestedFilename(),
        'ada-lovelace-roles-workshop-room-2.lp-result.json',
      );
      const resultPath = await download.path();
      const result = JSON.parse(readFileSync(resultPath, 'utf8'));
      assert.equal(result.student, 'Ada Lovelace');
      assert.equal(result.packId, packId);
      assert.deepEqual(
        result.answers.map((a) => a.questionId),
        picked,
      );
      const answers = (await readTable(spage, 'answers')).filter(
        (a) => a.attemptId === result.attemptId,
      );
      assert.deepEqual(
        answers.map((a) => [a.questionId, a.correct]),
        [
          ['roles-001', true],
          ['roles-002', false],
        ],
        'answers are stored in the student profile under the workshop attempt',
      );
      const [attempt] = (await readTable(spage, 'attempts')).filter(
        (a) => a.id === result.attemptId,
      );
      assert.equal(attempt.mode, 'workshop');
      assert.equal(attempt.status, 'submitted');

      // the instructor imports it (twice: the second is a duplicate) plus a broken file
      await ipage.goto(`${url}#/workshop/results/${packId}`);
      await ipage.getByText('No results imported yet.').waitFor();
      const files = ipage.locator('input[type=file][multiple]');
      const resultFile = {
        name: download.suggestedFilename(),
        mimeType: 'application/json',
        buffer: readFileSync(resultPath),
      };
      await files.setInputFiles(resultFile);
      await ipage.getByText('Imported 1 result.').waitFor();
      await files.setInputFiles([
        resultFile,
        {
          name: 'broken.lp-result.json',
          mimeType: 'application/json',
          buffer: Buffer.from('{"kind":'),
        },
      ]);
      await ipage
        .getByText(/Imported 0 results\. 1 already imported, skipped: Ada Lovelace/)
        .waitFor();
      await ipage.getByText(/broken\.lp-result\.json/).waitFor();
      const row = ipage.getByRole('row', { name: /Ada Lovelace/ });
      assert.match(await row.textContent(), /1 \/ 3 \(33%\)/);
      assert.match(await row.textContent(), /✓ ok/);
      const q2 = ipage.getByRole('row').filter({ hasText: '0% (0)' }).first();
      assert.match(await q2.textContent(), /\(1 student\)/, 'most common wrong answer');
      await noViolations(ipage, assert, 'the class summary');

      // the same result through the link of its QR code: recognised as already imported
      await ipage.goto(resultLinkText);
      await ipage.getByRole('heading', { name: 'Result of Ada Lovelace' }).waitFor();
      await ipage.getByRole('button', { name: 'Import into “Roles workshop, room 2”' }).click();
      await ipage.getByText('This result was already imported; nothing changed.').waitFor();
      await ipage.goto(`${url}#/workshop/results/${packId}`);
      await ipage.getByRole('row', { name: /Ada Lovelace/ }).waitFor();

      const [csvDownload] = await Promise.all([
        ipage.waitForEvent('download'),
        ipage.getByRole('button', { name: 'Download students CSV' }).click(),
      ]);
      const csv = readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '');
      const rows = csv
        .trim()
        .split('\r\n')
        .map((r) => r.split(','));
      assert.equal(rows.length, 2, 'a header and one student');
      assert.deepEqual(rows[0].slice(0, 4), ['student', 'right', 'questions', 'percent']);
      assert.deepEqual(rows[1].slice(0, 4), ['Ada Lovelace', '1', '3', '33']);
      assert.deepEqual(rows[1].slice(-3), ['right', 'wrong', 'blank']);
      assert.equal(rows[1][8], 'matches');
    },
  },
  {
    name: 'a pack file opens in another browser; a wrong file is refused',
    async run({ url, open, assert }) {
      const instructor = await open();
      const { packId } = await buildPack(instructor.page, url, assert);
      const [download] = await Promise.all([
        instructor.page.waitForEvent('download'),
        instructor.page.getByRole('button', { name: 'Download the pack file' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'roles-workshop-room-2.lp-pack.json');
      const pack = JSON.parse(readFileSync(await download.path(), 'utf8'));
      assert.equal(pack.id, packId);

      const { page } = await open();
      await page.goto(`${url}#/workshop/open`);
      const input = page.getByLabel('Pack file', { exact: true });
      await input.setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ ...pack, reveal: 'never' })),
      });
      await page
        .getByRole('alert')
        .getByText(/notes\.json: This workshop pack is not valid: reveal/)
        .waitFor();
      await input.setInputFiles({
        name: download.suggestedFilename(),
        mimeType: 'application/json',
        buffer: readFileSync(await download.path()),
      });
      await page.getByRole('heading', { name: 'Workshop: Roles workshop, room 2' }).waitFor();
      assert.deepEqual(await readTable(page, 'packs'), [], 'nothing is stored before Start');
    },
  },
  {
    name: 'the time limit hands the run in by itself',
    async run({ url, open, assert }) {
      const { page } = await open();
      const { link } = await buildPack(page, url, assert, { minutes: 1 });
      await page.clock.install();
      await page.goto(link);
      await page.getByLabel('Your name or an alias').fill('Grace');
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('timer', { name: 'Time left' }).getByText('Time left: 1:00').waitFor();
      await page.getByRole('radio', { name: optionText('roles-001', true), exact: true }).check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.clock.fastForward(61_000);
      await page
        .getByText('Grace: 1 of 3 right (the time limit ended the run)', { exact: false })
        .waitFor();
      const [attempt] = (await readTable(page, 'attempts')).filter((a) => a.mode === 'workshop');
      assert.equal(attempt.status, 'submitted');
      assert.equal(attempt.result.timedOut, true);
    },
  },
  {
    name: 'a damaged or crafted link shows a clear message and stores nothing',
    async run({ url, open, assert }) {
      const { page } = await open();
      for (const data of ['not*base64', 'AAAA', 'x'.repeat(13000)]) {
        await page.goto(`${url}#/workshop/join?p=${data}`);
        await page.getByRole('heading', { name: 'This workshop link cannot be opened' }).waitFor();
        assert.match(await page.getByRole('alert').textContent(), /damaged|too long|not/);
      }
      await page.goto(`${url}#/workshop`);
      await page.getByRole('heading', { name: 'Workshop', exact: true }).waitFor();
      assert.deepEqual(await readTable(page, 'packs'), []);
      assert.deepEqual(await readTable(page, 'attempts'), []);
    },
  },
];
