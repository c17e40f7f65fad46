// Policy editor (issue 4): Monaco knows IAM offline: completion from the AWS catalog, lint
// markers, quick fixes as code actions, and a 1 MB paste that leaves the page usable.
import {
  activateMonaco,
  axeViolations,
  replaceEditorText,
  waitForServiceWorker,
} from './harness.mjs';

/** The first playground editor that edits an identity policy (CodeEditor with policyKind). */
const identityEditor = (page) => page.locator('.code-editor[data-policy-kind="identity"]').first();

/** The editor's visible text, as Monaco renders it (non-breaking spaces made plain). */
async function editorText(editor) {
  return (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
}

/** Opens the playground, lets the service worker precache everything, then goes offline. */
async function openOffline(page, context, url) {
  await page.goto(`${url}#/playground`);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const response = await page.reload({ waitUntil: 'load' });
  if (!response?.fromServiceWorker())
    throw new Error('the offline reload was not served by the service worker');
  await activateMonaco(page);
  await identityEditor(page).locator('.monaco-editor').waitFor();
}

export const tests = [
  {
    name: 'Monaco waits for the first focus; typing in the plain editor carries over with the caret',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(`${url}#/playground`);
      const plain = identityEditor(page).locator('textarea.plain-editor');
      await plain.waitFor();
      await page.waitForTimeout(1500);
      assert.equal(await page.locator('.monaco-editor').count(), 0, 'no Monaco before any use');
      const loadedScripts = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => e.name),
      );
      assert.ok(
        !loadedScripts.some((name) => /MonacoEditor|editor\.api/.test(name)),
        `Monaco's script was fetched before any use: ${loadedScripts.join(' ')}`,
      );

      // Keyboard: Tab-focus is enough; what is typed meanwhile is kept, and the caret follows.
      await plain.focus();
      await page.keyboard.press('ControlOrMeta+Home');
      await page.keyboard.insertText('{"Sid": "typed-before-monaco"} ');
      await identityEditor(page).locator('.monaco-editor').waitFor();
      assert.match(await editorText(identityEditor(page)), /^\{"Sid": "typed-before-monaco"\} \{/);
      assert.equal(
        await page.evaluate(() => Boolean(document.activeElement?.closest('.monaco-editor'))),
        true,
        'the focus moved into Monaco',
      );
      await page.keyboard.insertText('X');
      assert.match(await editorText(identityEditor(page)), /"typed-before-monaco"\} X\{/);
      assert.equal(
        await page.locator('textarea.plain-editor').count(),
        0,
        'every editor on the page switched to Monaco',
      );
    },
  },
  {
    name: 'offline: completion for s3:GetOb, a marker for an invalid action, and its quick fix',
    async run({ url, open, assert }) {
      const { page, context } = await open();
      await openOffline(page, context, url);
      const editor = identityEditor(page);
      const monacoEditor = editor.locator('.monaco-editor');

      // Completion: the cursor ends right after "s3:GetOb" inside the Action string.
      await replaceEditorText(
        page,
        monacoEditor,
        '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Resource": "*", "Action": "s3:GetOb',
      );
      await page.keyboard.press('ControlOrMeta+Space');
      const suggestion = page.locator('.suggest-widget .monaco-list-row', {
        hasText: 's3:GetObject',
      });
      await suggestion.first().waitFor();
      const labels = await page.locator('.suggest-widget .monaco-list-row').allInnerTexts();
      assert.ok(
        labels.some((l) => l.includes('s3:GetObjectAcl')),
        `suggestions: ${labels.join(' | ')}`,
      );
      assert.ok(
        labels.some((l) => l.includes('s3:GetOb*')),
        'a wildcard with what it matches',
      );
      await page.keyboard.press('Escape');

      // A marker for an invalid action, with the finding listed below the editor.
      await replaceEditorText(
        page,
        monacoEditor,
        '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "s3:GetObjekt",\n      "Resource": "arn:aws:s3:::example-bucket/*"\n    }\n  ]\n}',
      );
      await editor.locator('.squiggly-error').first().waitFor();
      const finding = editor.locator('.finding-error', { hasText: 's3:GetObjekt does not exist' });
      await finding.waitFor();
      assert.match(await finding.innerText(), /Did you mean s3:GetObject\?/);
      assert.match(await editor.locator('.findings-summary').innerText(), /1 error/);

      // Its quick fix, as a code action: put the cursor on the marker, Ctrl+. , Enter.
      await finding.getByRole('button', { name: /line 6, column 17/ }).click();
      await page.keyboard.press('ControlOrMeta+.');
      const fix = page.locator('.action-widget', { hasText: 'Change to s3:GetObject' });
      await fix.waitFor();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () =>
          !document
            .querySelector('.code-editor[data-policy-kind="identity"] .view-lines')
            ?.textContent?.includes('GetObjekt'),
      );
      assert.match(await editorText(editor), /"Action": "s3:GetObject",/);
      await editor.locator('.findings-summary', { hasText: 'No problems found' }).waitFor();
      assert.equal(await editor.locator('.squiggly-error').count(), 0);
      assert.deepEqual(await axeViolations(page), []);
    },
  },
  {
    name: 'hover explains an action, Format lays the policy out, and a 1 MB paste keeps the page usable',
    async run({ url, open, assert }) {
      const { page, context } = await open();
      await openOffline(page, context, url);
      const editor = identityEditor(page);
      const monacoEditor = editor.locator('.monaco-editor');

      await replaceEditorText(
        page,
        monacoEditor,
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}]}',
      );
      await editor
        .locator('.finding-security_warning', { hasText: 'iam:PassRole is allowed for every role' })
        .waitFor();
      await editor.getByRole('button', { name: 'Format' }).click();
      await page.waitForFunction(
        () =>
          (document.querySelector('.code-editor[data-policy-kind="identity"] .view-lines')?.children
            .length ?? 0) > 5,
      );
      await monacoEditor
        .locator('.view-line span[class^="mtk"]', { hasText: 'iam:PassRole' })
        .first()
        .hover();
      const hover = page.locator('.monaco-hover', { hasText: 'Grants permission to pass a role' });
      await hover.waitFor();
      assert.match(await hover.innerText(), /iam:PassRole · Write/);

      // ~1 MB: 7,500 statements. The lint runs in a worker; the editor keeps taking input.
      const statements = Array.from({ length: 7500 }, (_, i) =>
        JSON.stringify({
          Sid: `S${i}`,
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: [`arn:aws:s3:::bucket-${i}`, `arn:aws:s3:::bucket-${i}/*`],
        }),
      );
      const big = `{"Version":"2012-10-17","Statement":[\n${statements.join(',\n')}\n]}`;
      assert.ok(big.length > 1_000_000, `paste is ${big.length} characters`);
      await replaceEditorText(page, monacoEditor, big);
      await page.keyboard.press('ControlOrMeta+Home');
      await page.keyboard.insertText(' ');
      assert.equal(await page.evaluate(() => document.title.length > 0), true);
      // The size quota is the only finding: a 1 MB identity policy is far over 6,144 characters.
      await editor
        .locator('.finding-warning', { hasText: 'the limit is 6,144' })
        .waitFor({ timeout: 60_000 });
      assert.doesNotMatch(await editor.locator('.findings-summary').innerText(), /error/);
    },
  },
];
