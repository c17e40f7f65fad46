// Lessons: read offline, search, open a "Try it" in the playground, completion survives reloads.
import { axeViolations, waitForAllCheckpoints, waitForServiceWorker } from './harness.mjs';

export const tests = [
  {
    name: 'offline: search, open a lesson, run a try-it in the playground, mark complete, reload',
    async run({ url, open, assert }) {
      const { page, context } = await open();
      await page.goto(`${url}#/lessons`);
      await page.waitForSelector('.lesson-card');
      await waitForServiceWorker(page);
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector('.lesson-card');
      assert.ok((await page.locator('.lesson-card').count()) >= 16, 'at least 16 lessons listed');

      await page.getByLabel('Search the lessons').fill('ExternalId');
      const hit = page.locator('.search-results a').first();
      await hit.waitFor();
      assert.match(await hit.textContent(), /./);

      await page.goto(`${url}#/lessons/evaluation-logic`);
      await page.waitForSelector('.lesson-body .diagram svg');
      assert.equal(
        await page.locator('main h1').textContent(),
        'Policy evaluation logic within one account',
      );
      assert.ok((await page.locator('.toc a').count()) > 3, 'table of contents');

      const tryit = page.locator('.tryit').first();
      // its policies, highlighted when the lesson was built, show on request
      await tryit.locator('summary').click();
      const policy = tryit.locator('.policy-document code').first();
      assert.match(await policy.textContent(), /"Effect": "(Allow|Deny)"/);
      assert.ok((await policy.locator('.tok-key').count()) > 0, 'the policy is highlighted');
      await tryit.getByRole('button', { name: 'Check with the engine' }).click();
      await tryit.locator('.verdict').waitFor();
      assert.match(await tryit.locator('.verdict').textContent(), /matches the lesson/);

      await tryit.getByRole('link', { name: 'Open in playground' }).click();
      await page.waitForSelector('.verdict-big');
      assert.match(page.url(), /#\/playground\/try\/evaluation-logic\/1$/);

      await page.goto(`${url}#/lessons/evaluation-logic`);
      const complete = page.getByRole('button', { name: 'Mark lesson as completed' });
      await complete.click();
      await page.getByRole('button', { name: /Completed — mark as not completed/ }).waitFor();
      await page.reload();
      await page.getByRole('button', { name: /Completed — mark as not completed/ }).waitFor();
      await page.goto(`${url}#/lessons`);
      await page.waitForSelector('.status-done');
      assert.match(await page.locator('main').textContent(), /1 of \d+ lessons completed/);
      await context.setOffline(false);
    },
  },
  {
    name: 'a lesson with its checkpoint answered has no accessibility violations',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(`${url}#/lessons/roles`);
      await waitForAllCheckpoints(page);
      const first = page.locator('.checkpoints .practice-question:has(input[type=radio])').first();
      await first.locator('input').first().check();
      await first.getByRole('button', { name: 'Check answer' }).click();
      await first.locator('.feedback').waitFor();
      assert.deepEqual(await axeViolations(page), []);
    },
  },
];
