// Playground: Monaco editing re-evaluates; the experiment survives a reload.
import { axeViolations, replaceEditorText } from './harness.mjs';

export const tests = [
  {
    name: 'editing a policy in Monaco changes the decision, and the experiment is saved',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(`${url}#/playground`);
      await page.waitForSelector('[data-decision="implicitDeny"]');
      assert.match(await page.locator('.verdict-big').textContent(), /permissions boundary/);
      await page.waitForSelector('body[data-monaco-ready="1"]');

      // the boundary (policy 2) also allows s3:DeleteObject now
      await replaceEditorText(
        page,
        page.locator('.policy-card').nth(1).locator('.monaco-editor'),
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
      );
      await page.waitForSelector('[data-decision="allowed"]');
      assert.deepEqual(await axeViolations(page), []);

      await page.waitForTimeout(800); // the save is debounced
      await page.reload();
      await page.waitForSelector('[data-decision="allowed"]');
    },
  },
  {
    name: 'a policy that is not JSON is reported with its position and nothing is lost',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(`${url}#/playground`);
      await page.waitForSelector('body[data-monaco-ready="1"]');
      const editor = page.locator('.policy-card').first().locator('.monaco-editor .view-lines');
      await editor.click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.insertText(' oops');
      await page.waitForSelector('text=Fix these before the request can be evaluated');
      assert.match(
        await page.locator('.result-panel').textContent(),
        /Policy 1 .*not valid JSON \(line \d+, column \d+\)/,
      );
    },
  },
];
