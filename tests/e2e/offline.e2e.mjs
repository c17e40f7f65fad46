// Offline (issue 10): every feature used with the network off. Each test loads the app online
// once, waits for the service worker to precache everything, cuts the network, proves the
// network is really gone, then uses its features and checks no request went past the worker.
import { readFileSync } from 'node:fs';
import { activateMonaco, replaceEditorText, waitForServiceWorker } from './harness.mjs';
import { askMatrixAndWhoCan, solveFirstAllow } from './playground.e2e.mjs';
import { dumpDatabase } from './progress.e2e.mjs';
import { buildPack } from './workshop.e2e.mjs';

const allowAllS3 =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';

/**
 * Opens the app online, waits until precaching is complete, then goes offline. A fetch by the
 * service worker itself, past its cache, must fail: offline really means no network. Returns
 * the list of requests that reach the network from then on (to be empty at the end).
 */
async function goOffline({ page, context }, url, assert) {
  await page.goto(url);
  await waitForServiceWorker(page);
  await page.waitForSelector('text=Works offline');
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await context.setOffline(true);
  // From the worker, not the page: a failed fetch in the page is logged as a console error.
  const reached = await worker.evaluate(
    (probe) =>
      fetch(probe, { cache: 'no-store' }).then(
        () => true,
        () => false,
      ),
    `${url}robots.txt?offline-probe=${Date.now()}`,
  );
  assert.equal(reached, false, 'the network is unreachable, even for the service worker');
  const network = [];
  context.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    // A request the page itself cancelled (it navigated on, e.g. before the tab's icon had
    // loaded) never reached the network; one that did fails with ERR_INTERNET_DISCONNECTED.
    if (error !== 'net::ERR_ABORTED') network.push(`failed: ${r.url()} (${error})`);
  });
  context.on('response', (r) => {
    if (/^https?:/.test(r.url()) && !r.fromServiceWorker()) network.push(`network: ${r.url()}`);
  });
  return network;
}

/** Reloads the current route offline and checks the service worker answered. */
async function reloadOffline(page, assert) {
  const response = await page.reload();
  assert.ok(response?.fromServiceWorker(), `${page.url()} is served by the service worker`);
}

/** Answers the open study question (practice, drill, review), whatever its type; returns its feedback. */
async function answerStudyQuestion(page) {
  const question = page.locator('.study .question');
  await question.waitFor();
  if ((await question.locator('input[data-key]').count()) > 0) {
    await page.keyboard.press('1');
    if ((await question.locator('input[type=checkbox]').count()) > 0)
      await page.keyboard.press('2');
  } else if ((await question.locator('.ordering-list').count()) > 0) {
    await question
      .getByRole('button', { name: /^Move down/ })
      .first()
      .click();
  } else {
    for (const select of await question.locator('.matching select').all())
      await select.selectOption({ index: 1 });
  }
  await page.getByRole('button', { name: 'Check answer' }).click();
  const feedback = page.locator('.feedback');
  await feedback.waitFor();
  return feedback.textContent();
}

/** Opens the dashboard and waits until its first tile counts `n` answers. */
async function dashboardCounts(page, url, n) {
  await page.goto(`${url}#/progress`);
  await page.waitForFunction(
    (expected) => document.querySelector('.summary-tiles .tile-value')?.textContent === expected,
    String(n),
  );
}

export const tests = [
  {
    name: 'offline: lessons, the workbench, a sandbox with its matrix and who-can, a challenge',
    async run({ url, open, assert }) {
      const browser = await open();
      const { page } = browser;
      const network = await goOffline(browser, url, assert);

      // home and lessons
      await reloadOffline(page, assert);
      await page.getByRole('link', { name: 'Start the course' }).click();
      await page.waitForSelector('.lesson-card');
      assert.ok((await page.locator('.lesson-card').count()) >= 16, 'every lesson is listed');
      await page.getByLabel('Search the lessons').fill('ExternalId');
      assert.match(await page.locator('.search-results a').first().textContent(), /./);
      await page.getByRole('link', { name: /Policy evaluation logic within one account/ }).click();
      await page.waitForSelector('.lesson-body .diagram svg');
      const tryit = page.locator('.tryit').first();
      await tryit.getByRole('button', { name: 'Check with the engine' }).click();
      assert.match(await tryit.locator('.verdict').textContent(), /matches the lesson/);
      await page.getByRole('button', { name: 'Mark lesson as completed' }).click();
      await page.getByRole('button', { name: /Completed — mark as not completed/ }).waitFor();
      await reloadOffline(page, assert);
      await page.getByRole('button', { name: /Completed — mark as not completed/ }).waitFor();

      // the workbench: Monaco, an edited policy, the decision and its trace
      await page.getByRole('link', { name: 'Playground', exact: true }).click();
      await page.waitForSelector('[data-decision="implicitDeny"]');
      await activateMonaco(page);
      await replaceEditorText(
        page,
        page.locator('.policy-card').nth(1).locator('.monaco-editor'),
        allowAllS3,
      );
      await page.waitForSelector('[data-decision="allowed"]');
      assert.match(await page.locator('.verdict-big').textContent(), /Allowed/);
      assert.ok((await page.locator('.trace .trace-step').count()) > 2, 'the trace has steps');
      assert.ok((await page.locator('.trace .trace-match').count()) > 0, 'a statement matched');

      // a sandbox organization: an edit, the access matrix, who can do this
      await page.getByRole('link', { name: 'Sandboxes' }).click();
      await page.getByRole('button', { name: 'New from the example organization' }).click();
      await page.getByRole('button', { name: 'User bob' }).click();
      await page.getByRole('button', { name: 'Create access key' }).click();
      await page.locator('.chip-list code', { hasText: /^AKIA/ }).waitFor();
      await askMatrixAndWhoCan(page, assert);

      // a graded challenge: a wrong answer, then the solution
      await page.getByRole('link', { name: 'Challenges', exact: true }).click();
      await page.locator('[data-challenge="first-allow"] a').click();
      await solveFirstAllow(page, assert);

      // a deep route reloads offline with what was saved
      await page.getByRole('link', { name: 'Challenges', exact: true }).click();
      await reloadOffline(page, assert);
      await page.waitForSelector('[data-challenge="first-allow"] .status-solved');
      assert.deepEqual(network, [], 'nothing reached the network');
    },
  },
  {
    name: 'offline: practice, an exam, review and a drill; the dashboard, a backup and its import',
    async run({ url, open, assert }) {
      const browser = await open();
      const { page } = browser;
      const network = await goOffline(browser, url, assert);

      // practice with a question from the bank
      await page.goto(`${url}#/quiz/practice`);
      await page.getByLabel('Questions from the bank').fill('1');
      await page.getByLabel('Generated policy questions').fill('0');
      await page.getByRole('button', { name: 'Start practice' }).click();
      assert.match(await answerStudyQuestion(page), /(✓ Correct|✗ Not quite)/);

      // a short exam: one question answered, submitted, scored
      await page.goto(`${url}#/quiz/exam`);
      await page.getByRole('radio', { name: /SAA-C03/ }).check();
      await page.getByRole('radio', { name: /Short, same pace/ }).check();
      await page.getByRole('button', { name: /Start the short SAA-C03 simulation/ }).click();
      await page.locator('.exam-stage .question').waitFor();
      assert.match(await page.getByRole('timer').textContent(), /^2[56]:\d\d$/);
      await page.keyboard.press('1');
      await page.getByRole('button', { name: 'Review answers' }).click();
      assert.match(await page.locator('.exam-review').textContent(), /1 answered · 12 unanswered/);
      await page.getByRole('button', { name: 'Submit exam…' }).click();
      await page.getByRole('button', { name: 'Yes, submit the exam' }).click();
      assert.match(
        await page.locator('.result-summary').textContent(),
        /Estimated scaled score: \d{3,4} \(passing score 720/,
      );

      // the review page has the exam's missed questions; one is reviewed
      await page.goto(`${url}#/quiz/review`);
      const due = Number((await page.locator('.review-count').textContent()).split(' ')[0]);
      assert.ok(due >= 12, `the exam's missed questions are due (${due})`);
      await page.getByRole('button', { name: /^Start review/ }).click();
      assert.match(await answerStudyQuestion(page), /Read more/);

      // a topic drill
      await page.goto(`${url}#/quiz/drill`);
      await page.getByRole('heading', { name: 'Topic drill' }).waitFor();
      await page.getByLabel('Questions').fill('2');
      await page.getByRole('button', { name: 'Start the drill' }).click();
      // the attempt page loads on first visit: wait for its heading, not the setup's
      await page.locator('main h1', { hasText: /Drill/ }).waitFor();
      assert.match(await answerStudyQuestion(page), /(✓ Correct|✗ Not quite)/);

      // the dashboard counts the four answers: practice, exam, review, drill
      await dashboardCounts(page, url, 4);
      assert.equal((await dumpDatabase(page)).answers.length, 4);
      assert.match(await page.locator('.dashboard').textContent(), /Accuracy over time/);

      // a backup exported offline; one more answer; the backup imported back replaces it
      await page.goto(`${url}#/progress/data`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export everything' }).click(),
      ]);
      const backupFile = await download.path();
      assert.equal(JSON.parse(readFileSync(backupFile, 'utf8')).tables.answers.length, 4);
      await page.goto(`${url}#/quiz/practice`);
      await page.getByRole('button', { name: 'Start practice' }).click();
      await answerStudyQuestion(page);
      await dashboardCounts(page, url, 5);
      await page.goto(`${url}#/progress/data`);
      await page.getByLabel('Choose a backup file').setInputFiles({
        name: download.suggestedFilename(),
        mimeType: 'application/json',
        buffer: readFileSync(backupFile),
      });
      await page.getByRole('radio', { name: /Replace/ }).check();
      const [safety] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Replace and import' }).click(),
      ]);
      assert.match(safety.suggestedFilename(), /^least-privilege-backup-/);
      await page.getByText(/^✓ Imported \d+ records/).waitFor();
      await dashboardCounts(page, url, 4);
      assert.deepEqual(network, [], 'nothing reached the network');
    },
  },
  {
    name: 'offline: a workshop pack built, presented, shared by link and QR, opened as a student',
    async run({ url, open, assert }) {
      const browser = await open();
      const { page } = browser;
      const network = await goOffline(browser, url, assert);

      const { packId, link } = await buildPack(page, url, assert);
      assert.match(link, /#\/workshop\/join\?p=[A-Za-z0-9_-]+$/);
      await page.getByRole('img', { name: /QR code of the link/ }).waitFor();

      await page.getByRole('link', { name: 'Present' }).click();
      await page.getByText(/^Slide 1 of \d+$/).waitFor();
      await page.getByRole('img', { name: 'QR code to join this workshop' }).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.getByText(/^Slide 2 of \d+$/).waitFor();
      assert.match(await page.locator('.ws-slide-kicker').textContent(), /IAM roles/);
      await reloadOffline(page, assert);
      await page.getByText(/^Slide \d+ of \d+$/).waitFor();

      // the student view of the pack's link, in the same offline browser
      await page.goto(link);
      await page.getByRole('heading', { name: 'Workshop: Roles workshop, room 2' }).waitFor();
      await page.getByLabel('Your name or an alias').fill('Ada');
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByText('Question 1 of 3', { exact: false }).first().waitFor();
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.getByText(/^(✓ Correct|✗ Not quite)$/).waitFor();
      await page.goto(`${url}#/workshop/pack/${packId}`);
      await reloadOffline(page, assert);
      await page.getByRole('heading', { name: 'Hand out “Roles workshop, room 2”' }).waitFor();
      assert.deepEqual(network, [], 'nothing reached the network');
    },
  },
];
