// Playground: Monaco editing re-evaluates; the experiment survives a reload. Sandbox
// organizations, quotas, challenges, offline reloads, scenario and share links.
import {
  activateMonaco,
  axeViolations,
  replaceEditorText,
  waitForServiceWorker,
} from './harness.mjs';

export const tests = [
  {
    name: 'editing a policy in Monaco changes the decision, and the experiment is saved',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(`${url}#/playground`);
      await page.waitForSelector('[data-decision="implicitDeny"]');
      assert.match(await page.locator('.verdict-big').textContent(), /permissions boundary/);
      await activateMonaco(page);

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
      await activateMonaco(page);
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

// ---- Sandbox organizations and challenges (issue 5) ----

const denyAll =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}';
const firstAllowSolution =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}';

/** Adds an entity to the selected account through the "Add to this account" form. */
async function addToAccount(page, what, name) {
  await page.getByLabel('What').selectOption(what);
  await page.locator('.detail-panel').getByLabel('Name', { exact: true }).last().fill(name);
  await page.locator('.detail-panel').getByRole('button', { name: 'Add', exact: true }).click();
}

async function buildSandboxWithUserInGroup(page, url) {
  await page.goto(`${url}#/playground/sandboxes`);
  await page.getByRole('button', { name: 'New empty organization' }).click();
  await page.waitForSelector('[data-verdict]');
  await page.getByRole('button', { name: /^Account Member/ }).click();
  await addToAccount(page, 'group', 'Readers');
  await page.waitForSelector('h3:has-text("Group Readers")');
  await page.getByLabel('New inline policy name').fill('ListBuckets');
  await page.getByRole('button', { name: 'Add inline policy' }).click();
  await page.getByRole('button', { name: /^Account Member/ }).click();
  await addToAccount(page, 'user', 'dave');
  await page.waitForSelector('h3:has-text("User dave")');
  await page.getByRole('checkbox', { name: 'Readers' }).check();
}

/**
 * In the example organization's sandbox: what can alice do? The matrix comes from the catalog
 * and the worker; a cell explains itself; then who can do that.
 */
export async function askMatrixAndWhoCan(page, assert) {
  await page.getByRole('tab', { name: 'What can this principal do?' }).click();
  await page
    .locator('.matrix select')
    .first()
    .selectOption({ label: 'IAM user alice (Development)' });
  await page.getByRole('button', { name: 'Show the access matrix' }).click();
  await page.waitForSelector('.matrix-table');
  assert.match(await page.locator('.matrix [role=status]').textContent(), /requests evaluated/);
  await page
    .getByRole('button', { name: /^s3:GetObject on objects in dev-app-data: allowed/ })
    .click();
  await page.waitForSelector('.matrix-detail .plain-sentence');
  assert.match(
    await page.locator('.matrix-detail .plain-sentence').textContent(),
    /^Allowed: statement “ReadWriteAppData”/,
  );
  await page.getByRole('tab', { name: 'Who can do this?' }).click();
  await page.getByRole('button', { name: 'Who can do this?' }).last().click();
  await page.waitForSelector('.who-can h3');
  assert.match(await page.locator('.who-list').first().textContent(), /IAM user alice/);
}

/** On the "first-allow" challenge: a failing check, a hint, then the model solution passes. */
export async function solveFirstAllow(page, assert) {
  await activateMonaco(page);
  await page.getByRole('button', { name: 'Check' }).click();
  await page.waitForSelector('[data-passed="false"]');
  await page.getByRole('button', { name: 'Show hint 1' }).click();
  await replaceEditorText(
    page,
    page.locator('.challenge .monaco-editor').first(),
    firstAllowSolution,
  );
  await page.getByRole('button', { name: 'Check' }).click();
  await page.waitForSelector('[data-passed="true"]');
  assert.match(
    await page.locator('.check-result').textContent(),
    /alice cannot read payroll \(was hidden\)/,
  );
}

export const sandboxTests = [
  {
    name: 'sandbox: a user in a group with a policy is allowed, the lit path shows it, a Deny flips it',
    async run({ url, open, assert }) {
      const { page } = await open();
      await buildSandboxWithUserInGroup(page, url);
      await page
        .getByLabel('Principal', { exact: true })
        .selectOption({ label: 'IAM user dave (Member)' });
      await page.getByLabel('Action', { exact: true }).fill('s3:ListAllMyBuckets');
      await page.getByLabel(/^Resource \(pick/).fill('*');
      await page.waitForSelector('[data-verdict="allowed"]');
      // the root user's default request is allowed too: wait for dave's evaluation
      await page.waitForFunction(() =>
        /of group Readers/.test(document.querySelector('.plain-sentence')?.textContent ?? ''),
      );
      assert.match(
        await page.locator('.plain-sentence').textContent(),
        /^Allowed: statement 1 of inline policy “ListBuckets” of group Readers/,
      );
      assert.equal(
        await page.locator('.flow [data-node="identity"]').getAttribute('data-state'),
        'pass',
      );
      assert.match(await page.locator('.flow [data-node="decision"]').textContent(), /Allowed/);
      assert.deepEqual(await axeViolations(page), []);

      // change the group's policy: the decision flips and the path lights the explicit deny
      await page.getByRole('button', { name: 'Group Readers' }).click();
      await activateMonaco(page);
      await replaceEditorText(page, page.locator('.detail-panel .monaco-editor').first(), denyAll);
      await page.waitForSelector('[data-verdict="explicitDeny"]');
      assert.equal(
        await page.locator('.flow [data-node="explicit-deny"]').getAttribute('data-state'),
        'fail',
      );
      assert.match(
        await page.locator('.plain-sentence').textContent(),
        /^Denied: statement 1 of inline policy “ListBuckets” of group Readers/,
      );
      assert.match(await page.locator('.mattered-note').textContent(), /Decided the last answer/);
    },
  },
  {
    name: 'sandbox: quotas answer with AWS messages; the access matrix and who-can explain themselves',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(`${url}#/playground/sandboxes`);
      await page.getByRole('button', { name: 'New from the example organization' }).click();
      await page.getByRole('button', { name: 'User bob' }).click();
      for (let i = 0; i < 3; i += 1)
        await page.getByRole('button', { name: 'Create access key' }).click();
      await page.waitForSelector(
        'text=LimitExceeded: Cannot exceed quota for AccessKeysPerUser: 2',
      );
      assert.equal(await page.locator('.chip-list code', { hasText: /^AKIA/ }).count(), 2);

      await askMatrixAndWhoCan(page, assert);
      assert.deepEqual(await axeViolations(page), []);
    },
  },
  {
    name: 'challenge solved; sandbox and progress survive an offline reload',
    async run({ url, open, assert }) {
      const { page, context } = await open();
      await page.goto(`${url}#/playground/challenge/first-allow`);
      await solveFirstAllow(page, assert);
      await page.waitForSelector('#solution-title');
      assert.deepEqual(await axeViolations(page), []);

      await buildSandboxWithUserInGroup(page, url);
      await page.waitForSelector('text=All changes saved.');
      await page.waitForTimeout(800); // the save is debounced
      const sandboxUrl = page.url();
      await waitForServiceWorker(page);
      await context.setOffline(true);
      await page.goto(`${url}#/playground/challenges`);
      await page.reload();
      await page.waitForSelector('[data-challenge="first-allow"] .status-solved');
      await page.goto(sandboxUrl);
      await page.reload();
      await page.waitForSelector('button:has-text("User dave")');
      await page.getByRole('button', { name: 'User dave' }).click();
      assert.ok(await page.getByRole('checkbox', { name: 'Readers' }).isChecked());
      await page.goto(`${url}#/playground/challenge/first-allow`);
      await page.waitForSelector('text=Hints (1 of 3)');
    },
  },
  {
    name: 'scenario links open in the workbench; a crafted one gets a clear message',
    async run({ url, open, assert }) {
      const { page } = await open();
      const scenario = {
        request: {
          principal: 'arn:aws:iam::111122223333:user/a',
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::b/k',
        },
        identityPolicies: [
          {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
          },
        ],
      };
      const d = Buffer.from(JSON.stringify(scenario)).toString('base64url');
      await page.goto(`${url}#/playground/scenario?d=${d}`);
      await page.waitForSelector('[data-decision="allowed"]');
      await page.goto(
        `${url}#/playground/scenario?d=${Buffer.from('{"request":{"principal":1}}').toString('base64url')}`,
      );
      await page.waitForSelector('text=This link cannot be opened');
      await page.goto(`${url}#/playground/import?s=AAAA_not-deflate`);
      assert.match(
        await page.getByRole('alert').first().textContent(),
        /share link cannot be opened/,
      );
    },
  },
  {
    name: 'a sandbox shared as a link opens and saves as a new sandbox',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(`${url}#/playground/sandboxes`);
      await page.getByRole('button', { name: 'New from the example organization' }).click();
      await page.getByLabel('Sandbox name').fill('Shared corp');
      await page.getByRole('button', { name: 'Share as a link' }).click();
      const link = await page.locator('input[readonly]').inputValue();
      assert.match(link, /#\/playground\/import\?s=[A-Za-z0-9_-]+$/);
      await page.goto(link);
      await page.waitForSelector('h2:has-text("Shared sandbox: Shared corp")');
      await page.getByRole('button', { name: 'Save as a new sandbox' }).click();
      await page.waitForSelector('button:has-text("User alice")');
      await page.goto(`${url}#/playground/sandboxes`);
      // the renamed original (saved as the page was left) and the imported copy
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('.card-title')].filter(
            (a) => a.textContent === 'Shared corp',
          ).length === 2,
      );
      assert.equal(await page.locator('.card-title', { hasText: 'Shared corp' }).count(), 2);
    },
  },
];

tests.push(...sandboxTests);
