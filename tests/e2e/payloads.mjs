// Shared by the security suites: script and HTML payloads, encoders for the app's link formats,
// a crafted sandbox organization, and a browser that records dialogs and checks that nothing
// from a payload ran or became an element.
import { deflateRawSync } from 'node:zlib';

const run = 'window.__pwned=1;alert(1)';
export const IMG = `<img src=x onerror="${run}" data-pwn>`;
export const SCRIPT = `<script data-pwn>${run}</script>`;
export const SVG = `<svg data-pwn onload="${run}"></svg>`;
export const JS_URL = `javascript:${run}`;
/** Every payload at once, for fields without a tight length limit. */
export const ALL = `${IMG}${SCRIPT}${SVG} [open](${JS_URL}) <a href="${JS_URL}" data-pwn>x</a>`;

export const base64url = (text) => Buffer.from(text).toString('base64url');
export const deflated = (value) =>
  deflateRawSync(Buffer.from(typeof value === 'string' ? value : JSON.stringify(value))).toString(
    'base64url',
  );
export const PACK_KIND = 'least-privilege/workshop-pack';
export const RESULT_KIND = 'least-privilege/workshop-result';
export const doc = (...Statement) => ({ Version: '2012-10-17', Statement });

/** A sandbox organization with payloads in every free-text field the schema allows. */
const account = { id: '111122223333', parentId: 'ou-ab12-payload' };
export const craftedOrg = {
  format: 'least-privilege-sandbox',
  name: `Org ${IMG}${SCRIPT}`,
  managementAccountId: account.id,
  ous: [{ id: 'ou-ab12-payload', name: `OU ${SVG}`, parentId: 'r-a1b2' }],
  accounts: [
    {
      ...account,
      name: `Acct ${IMG}`,
      users: [{ name: 'alice', groups: [`Group ${IMG}`], tags: [{ key: 'team', value: SCRIPT }] }],
      groups: [
        {
          name: `Group ${IMG}`,
          inlinePolicies: [
            {
              name: `Inline ${SCRIPT}`,
              document: doc({
                Sid: `Sid${IMG}`,
                Effect: 'Allow',
                Action: 's3:GetObject',
                Resource: '*',
                Condition: { StringEquals: { 'aws:PrincipalTag/team': SCRIPT } },
              }),
            },
          ],
        },
      ],
      roles: [
        {
          name: 'app',
          description: `Role ${ALL}`,
          trustPolicy: doc({
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
          }),
        },
      ],
      policies: [
        {
          name: `Managed ${IMG}`,
          description: `[open](${JS_URL})`,
          versions: [
            { id: 'v1', document: doc({ Effect: 'Deny', Action: 'iam:*', Resource: '*' }) },
          ],
          defaultVersion: 'v1',
        },
      ],
      resources: [{ type: 's3', name: 'reports', tags: [{ key: 'owner', value: IMG }] }],
    },
  ],
  orgPolicies: [
    {
      id: 'p-FullAWSAccess',
      kind: 'scp',
      name: `SCP ${IMG}`,
      description: SCRIPT,
      awsManaged: true,
      document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
      targets: ['r-a1b2'],
    },
  ],
};

/** Runs in the page: what a payload would leave behind if it had been parsed as HTML or run. */
export function scanPage() {
  const suspicious = [
    ...document.querySelectorAll(
      '[data-pwn], img[src="x"], a[href^="javascript:" i], iframe, object, embed',
    ),
    ...[...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some(
        (a) =>
          /^on/i.test(a.name) ||
          (/^(href|src|srcdoc|action|formaction)$/i.test(a.name) && a.value.includes('__pwned')),
      ),
    ),
    ...[...document.scripts].filter((s) => s.text.includes('__pwned')),
  ];
  return {
    pwned: typeof window.__pwned,
    injected: [...new Set(suspicious)].map((el) => el.outerHTML.slice(0, 120)),
  };
}

/** A fresh browser whose dialogs are recorded (and dismissed), with a check of the page. */
export async function openWatched(open, assert) {
  const browser = await open();
  const dialogs = [];
  browser.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const inert = async (where) => {
    assert.deepEqual(
      await browser.page.evaluate(scanPage),
      { pwned: 'undefined', injected: [] },
      `no payload ran or became an element: ${where}`,
    );
    assert.deepEqual(dialogs, [], `no dialog opened: ${where}`);
  };
  /** Feeds each case's input (`feed(input, what)`); each must be refused with its message. */
  const refuses = async (cases, feed, unchanged) => {
    for (const [what, input, message] of cases) {
      await feed(input, what);
      const alert = browser.page.getByRole('alert').filter({ hasText: message });
      await alert.waitFor({ timeout: 30_000 }).catch(async () => {
        const shown = await browser.page.locator('#root').innerText();
        assert.fail(`${what}: no alert matches ${message}; the page says:\n${shown}`);
      });
      assert.match(await browser.page.locator('#root').innerText(), unchanged, what);
      await inert(`refused: ${what}`);
    }
  };
  return { ...browser, dialogs, inert, refuses };
}

/** Waits until the page shows `text` as text (Playwright matches it literally). */
export const showsText = (page, text) => page.getByText(text, { exact: false }).first().waitFor();
