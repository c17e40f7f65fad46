// Quizzes: a short exam taken with the keyboard only (flag, review, submit, result), an exam
// resumed after a reload with its time left, an offline review session of missed questions,
// practice with a generated question, and accessibility of the question, review and result.
import { axeViolations, waitForServiceWorker } from './harness.mjs';

/** Reads one object store of the app's IndexedDB database. */
function readStore(page, store) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('least-privilege');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    store,
  );
}

/** Opens the exam page and starts a short SAA-C03 simulation using only the keyboard. */
async function startShortExam(page, url) {
  await page.goto(`${url}#/quiz/exam`);
  const saa = page.getByRole('radio', { name: /SAA-C03/ });
  await saa.focus();
  await page.keyboard.press('Space');
  await page.getByRole('radio', { name: /Short, same pace/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: /Start the short SAA-C03 simulation/ }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.exam-stage .question').waitFor();
}

const seconds = (text) => {
  const parts = text.trim().split(':').map(Number);
  return parts.reduce((total, n) => total * 60 + n, 0);
};

export const tests = [
  {
    name: 'a short exam with the keyboard only: answer, flag, review, submit, see the result',
    async run({ url, open, assert }) {
      const { page } = await open();
      await startShortExam(page, url);
      assert.match(await page.locator('.exam-progress').textContent(), /Question 1 of 13/);
      assert.match(await page.getByRole('timer').textContent(), /^2[56]:\d\d$/);
      assert.deepEqual(await axeViolations(page), [], 'an open exam question');

      for (let i = 0; i < 13; i += 1) {
        const stage = page.locator('.exam-stage');
        await page.locator('.exam-progress', { hasText: `Question ${i + 1} of 13` }).waitFor();
        if (i !== 3) {
          await page.keyboard.press('1');
          if ((await stage.locator('input[type=checkbox]').count()) > 0)
            await page.keyboard.press('2');
          assert.ok(
            (await stage.locator('input[data-key]:checked').count()) > 0,
            `q${i + 1} answered`,
          );
        }
        if (i === 1 || i === 6) {
          await page.keyboard.press('f');
          await page.getByRole('button', { name: 'Flagged for review', pressed: true }).waitFor();
        }
        await page.keyboard.press(i === 12 ? 'Enter' : 'ArrowRight');
      }
      const review = page.locator('.exam-review');
      await review.waitFor();
      assert.match(await review.textContent(), /12 answered · 1 unanswered · 2 flagged/);
      assert.deepEqual(await axeViolations(page), [], 'the exam review screen');

      // go back to the unanswered question from the review screen, answer it, return
      await page.getByRole('button', { name: /Unanswered \(1\)/ }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Question 4: unanswered' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('.exam-progress', { hasText: 'Question 4 of 13' }).waitFor();
      await page.keyboard.press('ArrowLeft');
      await page.locator('.exam-progress', { hasText: 'Question 3 of 13' }).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('2');
      await page.getByRole('button', { name: 'Review answers' }).focus();
      await page.keyboard.press('Enter');
      await review.waitFor();
      assert.match(await review.textContent(), /13 answered · 0 unanswered · 2 flagged/);

      await page.getByRole('button', { name: 'Submit exam…' }).focus();
      await page.keyboard.press('Enter');
      // the confirm button takes focus
      await page.getByRole('button', { name: 'Yes, submit the exam' }).waitFor();
      assert.equal(
        await page.evaluate(() => document.activeElement?.textContent),
        'Yes, submit the exam',
      );
      await page.keyboard.press('Enter');

      const summary = page.locator('.result-summary');
      await summary.waitFor();
      const text = await summary.textContent();
      assert.match(text, /(✓ Pass|✗ Fail) \(estimate\)/);
      assert.match(text, /Estimated scaled score: \d{3,4} \(passing score 720, unverified\)/);
      assert.match(text, /of 10 scored questions right/);
      assert.match(text, /3 unscored questions did not count/);
      assert.ok((await page.locator('table.breakdown').count()) === 2, 'domain and topic tables');
      assert.match(
        await page.locator('table.breakdown').first().textContent(),
        /Design Secure Architectures/,
      );
      assert.equal(await page.locator('.reviewed-question').count(), 13, 'every question reviewed');
      assert.deepEqual(await axeViolations(page), [], 'the result');

      const [attempt] = await readStore(page, 'attempts');
      assert.equal(attempt.status, 'submitted');
      assert.deepEqual(Object.keys(attempt.result).sort(), [
        'byDomain',
        'byTopic',
        'correct',
        'passed',
        'percent',
        'scaledScore',
        'scored',
      ]);
      assert.equal(attempt.result.scored, 10);
      assert.equal(attempt.flagged.length, 2);
      const answers = await readStore(page, 'answers');
      assert.equal(answers.length, 13, 'one stored answer per answered question');
    },
  },
  {
    name: 'an exam survives a reload and resumes with the time it had left',
    async run({ url, open, assert }) {
      const { page } = await open();
      await startShortExam(page, url);
      await page.keyboard.press('1');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('f');
      await page.keyboard.press('ArrowRight');
      await page.locator('.exam-progress', { hasText: 'Question 3 of 13' }).waitFor();
      // let a few seconds of the clock run
      await page.waitForFunction(
        () =>
          /^25:([0-4]\d|5[0-7])$/.test(document.querySelector('[role=timer]')?.textContent ?? ''),
        null,
        { timeout: 20_000 },
      );
      const before = seconds(await page.getByRole('timer').textContent());
      await page.reload();
      await page.locator('.exam-stage .question').waitFor();
      const after = seconds(await page.getByRole('timer').textContent());
      // the clock is saved every second and pauses while the page is closed
      assert.ok(after < 26 * 60, `resumed with the time left, not a fresh clock (${after}s)`);
      assert.ok(
        after <= before + 2 && after > before - 15,
        `${after}s left after, ${before}s before`,
      );
      assert.match(
        await page.locator('.exam-progress').textContent(),
        /Question 3 of 13 · 1 answered · 1 flagged/,
      );
      await page.keyboard.press('ArrowLeft');
      await page.getByRole('button', { name: 'Flagged for review', pressed: true }).waitFor();
      await page.keyboard.press('ArrowLeft');
      assert.equal(await page.locator('.exam-stage input[data-key="1"]').isChecked(), true);

      await page.goto(`${url}#/quiz`);
      const resume = page.locator('.continue a', { hasText: 'SAA-C03 exam simulation (short)' });
      await resume.waitFor();
      assert.match(
        await page.locator('.continue').textContent(),
        /1 of 13 answered · 2\d:\d\d left/,
      );
    },
  },
  {
    name: 'an exam whose time runs out is submitted by itself',
    async run({ url, open, assert }) {
      const { page } = await open();
      await startShortExam(page, url);
      await page.keyboard.press('1');
      const [started] = await readStore(page, 'attempts');
      // the same attempt with 1.5 seconds left, as if most of the time had been used
      await page.goto(`${url}#/quiz`);
      await page.locator('.continue').waitFor(); // the exam page has closed and saved
      await page.evaluate(
        (attempt) =>
          new Promise((resolve, reject) => {
            const request = indexedDB.open('least-privilege');
            request.onsuccess = () => {
              const tx = request.result.transaction('attempts', 'readwrite');
              tx.objectStore('attempts').put({ ...attempt, elapsedMs: attempt.limitMs - 1500 });
              tx.oncomplete = () => {
                request.result.close();
                resolve(true);
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        started,
      );
      await page.goto(`${url}#/quiz/attempt/${started.id}`);
      await page.locator('.result-summary').waitFor({ timeout: 20_000 });
      const [done] = await readStore(page, 'attempts');
      assert.equal(done.status, 'submitted');
      assert.equal(done.elapsedMs, done.limitMs);
      assert.equal(done.result.scored, 10);
      assert.equal(Object.keys(done.responses).length, 1, 'the answer given before time ran out');
    },
  },
  {
    name: 'offline: a review session of the questions missed in an exam',
    async run({ url, open, assert }) {
      const { page, context } = await open();
      await page.goto(`${url}#/quiz`);
      await waitForServiceWorker(page);
      await startShortExam(page, url);
      // submit with nothing answered: every question is missed
      await page.getByRole('button', { name: 'Review answers' }).click();
      await page.getByRole('button', { name: 'Submit exam…' }).click();
      await page.getByRole('button', { name: 'Yes, submit the exam' }).click();
      await page.locator('.result-summary').waitFor();

      await context.setOffline(true);
      await page.goto(`${url}#/quiz/review`);
      await page.reload();
      const count = page.locator('.review-count');
      await count.waitFor();
      assert.match(
        await count.textContent(),
        /13 questions due now \(13 missed, 0 flagged, 0 unsure\)/,
      );
      await page.getByRole('button', { name: 'Start review (13 questions)' }).click();
      await page.locator('.study .question').waitFor();
      assert.match(await page.locator('main h1').textContent(), /Spaced review/);
      await page.keyboard.press('1');
      if ((await page.locator('.exam-stage input[type=checkbox]').count()) > 0)
        await page.keyboard.press('2');
      await page.keyboard.press('Enter');
      const feedback = page.locator('.feedback');
      await feedback.waitFor();
      assert.match(await feedback.textContent(), /(✓ Correct|✗ Not quite)/);
      assert.match(await feedback.textContent(), /Read more/);
      assert.deepEqual(await axeViolations(page), [], 'an answered review question');
      // the answer's card is rescheduled (a second review) right after the check
      let cards = [];
      for (let i = 0; i < 50; i += 1) {
        cards = await readStore(page, 'cards');
        if (cards.some((c) => c.card.reps === 2)) break;
        await page.waitForTimeout(100);
      }
      assert.equal(cards.length, 13);
      assert.equal(cards.filter((c) => c.card.reps === 2).length, 1, 'one card reviewed again');
      await context.setOffline(false);
    },
  },
  {
    name: 'practice with a generated question: feedback, playground link, report a problem',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(`${url}#/quiz/practice`);
      await page.getByLabel('Questions from the bank').fill('0');
      await page.getByLabel('Generated policy questions').fill('1');
      await page.getByRole('button', { name: 'Start practice' }).click();
      await page.locator('.study .question').waitFor();
      assert.ok((await page.locator('.policy-document').count()) > 0, 'the policies are shown');
      assert.deepEqual(await axeViolations(page), [], 'an open practice question');
      await page.keyboard.press('1');
      if ((await page.locator('.exam-stage input[type=checkbox]').count()) > 0)
        await page.keyboard.press('2');
      await page.keyboard.press('Enter');
      await page.locator('.feedback').waitFor();
      assert.match(await page.locator('.feedback').textContent(), /Decision:/);
      const link = await page
        .getByRole('link', { name: 'Open in playground' })
        .getAttribute('href');
      assert.match(link, /^#\/playground\/scenario\?d=[A-Za-z0-9_-]+$/);
      const json = Buffer.from(link.split('d=')[1], 'base64url').toString('utf8');
      assert.ok(JSON.parse(json).request.action, 'the link carries the scenario');

      await page.getByText('Report a problem with this question').click();
      await page.getByLabel(/What is wrong\?/).fill('The stem could name the account.');
      await page.getByRole('button', { name: 'Save report' }).click();
      await page.getByText('Report saved on this device.').waitFor();
      await page.goto(`${url}#/quiz/reports`);
      await page.getByText('The stem could name the account.').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Export 1 report as JSON/ }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^question-reports-\d{4}-\d\d-\d\d\.json$/);
    },
  },
];
