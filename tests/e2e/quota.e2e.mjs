// Full storage in a real browser: the DevTools protocol shrinks the site's quota to what it
// already uses (Storage.overrideQuotaForOrigin), so Chromium fails the next commit with
// QuotaExceededError. The learner sees the storage-full alert, keeps what they entered on the
// page, and everything saved before is intact after a reload.
import { waitForServiceWorker } from './harness.mjs';
import { dumpDatabase } from './progress.e2e.mjs';

/** Polls `check` until it holds (a write the page started has committed). */
async function until(check, what) {
  for (let tries = 0; tries < 300; tries += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

/**
 * Lets the site keep no more than it uses now, so the next write that needs space is refused,
 * and opens the page again. Chromium applies a new quota to IndexedDB only when it reopens the
 * site's database files, which it closes about 2 seconds after the last connection closed.
 */
async function fillStorage(page, url) {
  const cdp = await page.context().newCDPSession(page);
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(url).origin,
    quotaSize: usage,
  });
  const here = page.url();
  await page.goto('about:blank');
  await page.waitForTimeout(3500);
  await page.goto(here);
}

const storageFull = /storage for this site is full, so the latest change was not saved/;

/** Dismisses the alert and checks it stays away until something new fails. */
async function dismissAlert(page, assert) {
  const alert = page.getByRole('alert').filter({ hasText: storageFull });
  await alert.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await alert.waitFor({ state: 'detached' });
  await page.waitForTimeout(1500); // the exam retries its save every second
  assert.equal(await alert.count(), 0, 'a dismissed alert does not come back for the same failure');
}

export const tests = [
  {
    name: 'storage full in an exam: the alert says so, the answer stays chosen, earlier answers survive a reload',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(`${url}#/quiz/exam`);
      await waitForServiceWorker(page); // the precache is written before the quota shrinks
      await page.getByRole('radio', { name: /SAA-C03/ }).check();
      await page.getByRole('radio', { name: /Short, same pace/ }).check();
      await page.getByRole('button', { name: /Start the short SAA-C03 simulation/ }).click();
      const stage = page.locator('.exam-stage');
      await stage.locator('.question').waitFor();
      await stage.locator('input[data-key="1"]').check();
      await until(async () => (await dumpDatabase(page)).answers.length === 1, 'q1 is stored');
      await page.getByRole('button', { name: /Next/ }).click();
      await page.locator('.exam-progress', { hasText: 'Question 2 of 13' }).waitFor();
      await page.waitForTimeout(1200); // the move to question 2 is saved

      await fillStorage(page, url);
      const saved = await dumpDatabase(page);
      await page.locator('.exam-progress', { hasText: 'Question 2 of 13 · 1 answered' }).waitFor();
      await stage.locator('input[data-key="1"]').check();
      const alert = page.getByRole('alert').filter({ hasText: storageFull });
      await alert.waitFor();
      assert.match(await alert.textContent(), /Storage full: not saved\./);
      assert.ok(await alert.getByRole('link', { name: 'Export a backup' }).isVisible());
      assert.equal(
        await stage.locator('input[data-key="1"]').isChecked(),
        true,
        'the refused answer still shows as chosen',
      );
      await page.getByText(/Your answers could not be saved on this device/).waitFor();
      await dismissAlert(page, assert);
      assert.deepEqual(await dumpDatabase(page), saved, 'nothing of the refused writes is stored');

      await page.reload();
      await stage.locator('.question').waitFor();
      assert.match(await page.locator('.exam-progress').textContent(), /1 answered/);
      await page.getByRole('button', { name: /Previous/ }).click();
      await page.locator('.exam-progress', { hasText: 'Question 1 of 13' }).waitFor();
      assert.equal(await stage.locator('input[data-key="1"]').isChecked(), true);
      assert.deepEqual(await dumpDatabase(page), saved, 'everything saved before is intact');
      assert.equal(saved.answers.length, 1);
    },
  },
  {
    name: 'storage full in a sandbox: the edit stays on the page, says it is not saved, the last save survives',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(`${url}#/playground/sandboxes`);
      await waitForServiceWorker(page);
      await page.getByRole('button', { name: 'New empty organization' }).click();
      await page.waitForSelector('[data-verdict]');
      const addToAccount = async (what, name) => {
        await page.getByRole('button', { name: /^Account Member/ }).click();
        await page.getByLabel('What').selectOption(what);
        await page.locator('.detail-panel').getByLabel('Name', { exact: true }).last().fill(name);
        await page
          .locator('.detail-panel')
          .getByRole('button', { name: 'Add', exact: true })
          .click();
      };
      await addToAccount('group', 'Readers');
      await page.waitForSelector('h3:has-text("Group Readers")');
      await page.waitForSelector('text=All changes saved.');
      const sandboxUrl = page.url();

      await fillStorage(page, url);
      const saved = await dumpDatabase(page);
      await addToAccount('user', 'dave');
      await page.waitForSelector('h3:has-text("User dave")');
      const alert = page.getByRole('alert').filter({ hasText: storageFull });
      await alert.waitFor();
      await page.getByText(/^Not saved: this browser’s storage for the site is full\./).waitFor();
      assert.ok(await page.getByRole('heading', { name: 'User dave' }).isVisible());

      await page.goto(`${url}#/playground/sandboxes`);
      await page.goto(sandboxUrl);
      await page.reload();
      await page.waitForSelector('button:has-text("Group Readers")');
      assert.equal(
        await page.getByRole('button', { name: 'User dave' }).count(),
        0,
        'the refused edit left nothing behind',
      );
      assert.deepEqual(await dumpDatabase(page), saved, 'everything saved before is intact');
    },
  },
];
