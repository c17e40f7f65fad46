// Security: crafted share links, scenario links, workshop packs and results, backups, policies
// and search text carrying script and HTML payloads. Nothing may run (no dialog, no
// window.__pwned), nothing may be parsed into the page (no element from a payload), payloads
// show as plain text, and input that is refused gets a message that says why.
import { deflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { replaceEditorText } from './harness.mjs';
import { dumpDatabase } from './progress.e2e.mjs';

const run = 'window.__pwned=1;alert(1)';
const IMG = `<img src=x onerror="${run}" data-pwn>`;
const SCRIPT = `<script data-pwn>${run}</script>`;
const SVG = `<svg data-pwn onload="${run}"></svg>`;
const JS_URL = `javascript:${run}`;
/** Every payload at once, for fields without a tight length limit. */
const ALL = `${IMG}${SCRIPT}${SVG} [open](${JS_URL}) <a href="${JS_URL}" data-pwn>x</a>`;

const base64url = (text) => Buffer.from(text).toString('base64url');
const deflated = (value) =>
  deflateRawSync(Buffer.from(typeof value === 'string' ? value : JSON.stringify(value))).toString(
    'base64url',
  );
const PACK_KIND = 'least-privilege/workshop-pack';
const RESULT_KIND = 'least-privilege/workshop-result';
const doc = (...Statement) => ({ Version: '2012-10-17', Statement });

/** A sandbox organization with payloads in every free-text field the schema allows. */
const account = { id: '111122223333', parentId: 'ou-ab12-payload' };
const craftedOrg = {
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
function scanPage() {
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
async function openWatched(open, assert) {
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
const showsText = (page, text) => page.getByText(text, { exact: false }).first().waitFor();

export const tests = [
  {
    name: 'the checks themselves notice a planted element, a set flag and a dialog',
    async run({ url, open, assert }) {
      const { page, dialogs, inert } = await openWatched(open, assert);
      await page.goto(`${url}#/`);
      await page.locator('#root h1, #root h2').first().waitFor();
      await inert('a fresh page');
      await page.evaluate(() => {
        const b = document.createElement('b');
        b.dataset.pwn = '';
        document.body.append(b);
      });
      assert.equal((await page.evaluate(scanPage)).injected.length, 1);
      await page.evaluate(() => {
        window.__pwned = 1;
        alert('planted');
      });
      assert.equal((await page.evaluate(scanPage)).pwned, 'number');
      assert.deepEqual(dialogs, ['planted']);
    },
  },
  {
    name: 'scenario links: payloads in names, Sids, conditions and ARNs stay text; bad links are refused',
    async run({ url, open, assert }) {
      const { page, inert, refuses } = await openWatched(open, assert);
      await page.goto(`${url}#/playground`);
      await page.waitForSelector('[data-decision]');
      await page.waitForTimeout(800); // the scratch experiment's first save is debounced
      const before = await dumpDatabase(page);

      const scenario = {
        name: `Crafted ${ALL}`,
        request: {
          principal: 'arn:aws:iam::111122223333:user/alice',
          action: 's3:GetObject',
          resource: `arn:aws:s3:::reports/${IMG}`,
          context: { 'aws:PrincipalTag/team': SCRIPT },
        },
        identityPolicies: [
          doc({
            Sid: `Sid${IMG}`,
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::reports/*',
            Condition: { StringEquals: { 'aws:PrincipalTag/team': [SCRIPT, JS_URL] } },
          }),
        ],
      };
      await page.goto(`${url}#/playground/scenario?d=${base64url(JSON.stringify(scenario))}`);
      await page.waitForSelector('[data-decision="allowed"]');
      assert.equal(await page.getByLabel('Experiment name').inputValue(), scenario.name);
      const trace = page.locator('.result-panel');
      await trace
        .locator('details')
        .first()
        .evaluate((d) => (d.open = true));
      assert.ok((await trace.textContent()).includes(`Statement “Sid${IMG}”`));
      assert.ok((await trace.textContent()).includes(JSON.stringify([SCRIPT, JS_URL])));
      assert.ok((await trace.textContent()).includes(`arn:aws:s3:::reports/${IMG}`));
      await inert('a scenario link with payloads');

      const good = base64url(JSON.stringify(scenario));
      const bad = [
        ['characters outside base64url', `${IMG}`, /the link is damaged: .*base64url/],
        ['cut off', good.slice(0, 101), /the link is damaged/],
        ['not JSON', base64url(`<html>${SCRIPT}</html>`), /the link is damaged: .*JSON/],
        ['an array', base64url(JSON.stringify([scenario])), /it is not a scenario/],
        [
          'a number as principal',
          base64url(JSON.stringify({ request: { ...scenario.request, principal: 7 } })),
          /it is not a scenario \(request\.principal: /,
        ],
        [
          'a payload as a key',
          base64url(JSON.stringify({ ...scenario, request: { ...scenario.request, [IMG]: 1 } })),
          /it is not a scenario/,
        ],
        [
          'a number as the management account',
          base64url(JSON.stringify({ ...scenario, organization: { managementAccount: 7 } })),
          /it is not a scenario \(organization\.managementAccount: /,
        ],
        ['too long', 'A'.repeat(100_001), /100,001 characters long; a scenario link holds at most/],
        ['empty', '', /the link holds no scenario/],
      ];
      await refuses(
        bad,
        (d) => page.goto(`${url}#/playground/scenario?d=${d}`),
        /This link cannot be opened: .* Nothing was changed/,
      );
      assert.deepEqual(await dumpDatabase(page), before, 'scenario links never store anything');
    },
  },
  {
    name: 'sandbox share links: payloads in names, tags and policies stay text once saved; bad links are refused',
    async run({ url, open, assert }) {
      const { page, inert, refuses } = await openWatched(open, assert);
      const org = craftedOrg;
      await page.goto(`${url}#/playground/sandboxes`);
      await page.getByRole('button', { name: 'New empty organization' }).waitFor();
      const before = await dumpDatabase(page);

      await page.goto(`${url}#/playground/import?s=${deflated(org)}`);
      await page
        .getByRole('heading', { name: `Shared sandbox: ${org.name}`, exact: true })
        .waitFor();
      await inert('a shared sandbox before it is saved');
      await page.getByRole('button', { name: 'Save as a new sandbox' }).click();
      await page.getByRole('button', { name: `Group Group ${IMG}`, exact: true }).click();
      await showsText(page, `Inline ${SCRIPT}`);
      await inert('the group of a saved shared sandbox');
      for (const name of [`Account ${org.accounts[0].name}`, 'Role app']) {
        await page.locator('.structure').getByRole('button', { name }).click();
        await inert(name);
      }
      await showsText(page, org.accounts[0].roles[0].description);

      const principal = page.getByLabel('Principal', { exact: true });
      const alice = await principal
        .locator('option', { hasText: 'IAM user alice' })
        .getAttribute('value');
      await principal.selectOption(alice);
      await page.getByLabel('Action', { exact: true }).fill('s3:GetObject');
      await page.getByLabel(/^Resource \(pick/).fill('*');
      await page.waitForFunction(() =>
        /Allowed: statement/.test(document.querySelector('.plain-sentence')?.textContent ?? ''),
      );
      const sentence = await page.locator('.plain-sentence').textContent();
      assert.ok(sentence.includes(`“Sid${IMG}”`), sentence);
      assert.ok(sentence.includes(`“Inline ${SCRIPT}”`), sentence);
      // the statement as highlighted JSON (markup built from the policy text)
      const statement = page.locator('.mattered .policy-document code').first();
      assert.ok((await statement.textContent()).includes(JSON.stringify(`Sid${IMG}`)));
      await inert('the answer, its explanation and the statements that mattered');
      const saved = await dumpDatabase(page);
      assert.equal(saved.sandboxes.length, before.sandboxes.length + 1);

      const good = deflated(org);
      const dangling = {
        ...org,
        accounts: [{ ...org.accounts[0], parentId: `ou-${'z'.repeat(8)}` }],
      };
      const bad = [
        ['characters outside base64url', `${IMG}`, /the link is damaged: .*base64url/],
        ['cut off', good.slice(0, good.length - 40), /the link is damaged/],
        ['not deflated', base64url(JSON.stringify(org)), /the link is damaged/],
        ['not JSON', deflated(`<html>${SCRIPT}</html>`), /not valid JSON/],
        ['a list', deflated([org]), /\(root\): /],
        [
          'a payload as a user name',
          deflated({ ...org, accounts: [{ ...org.accounts[0], users: [{ name: IMG }] }] }),
          /accounts\.0\.users\.0\.name: user names: 1–64 of letters/,
        ],
        ['a dangling parent', deflated(dangling), /account Acct <img src=x .* does not exist/],
        ['a bomb', deflated('['.repeat(2_000_000)), /expands to more than 1,000,000 bytes/],
        [
          'too long',
          'A'.repeat(60_001),
          /60,001 characters long; a share link holds at most 60,000/,
        ],
        ['empty', '', /the link holds no sandbox/],
      ];
      await refuses(
        bad,
        (s) => page.goto(`${url}#/playground/import?s=${s}`),
        /This share link cannot be opened: .* Nothing was changed/,
      );
      assert.deepEqual(await dumpDatabase(page), saved, 'refused links store nothing');
    },
  },
  {
    name: 'typed text: a pasted policy, request fields, an experiment name, lesson search and crafted routes stay text',
    async run({ url, open, assert }) {
      const { page, inert } = await openWatched(open, assert);
      await page.goto(`${url}#/playground`);
      await page.waitForSelector('[data-decision]');
      const policy = doc({
        Sid: IMG,
        Effect: 'Allow',
        Action: 's3:*',
        Resource: '*',
        Condition: { StringEquals: { [`aws:PrincipalTag/${SVG}`]: [SCRIPT, JS_URL] } },
      });
      await replaceEditorText(
        page,
        page.locator('.policy-card').first().locator('.monaco-editor'),
        JSON.stringify(policy, null, 2),
      );
      const panel = page.locator('.result-panel');
      await page.waitForFunction(
        (sid) => document.querySelector('.result-panel')?.textContent.includes(sid),
        `Statement “${IMG}”`,
      );
      await panel.locator('details').evaluateAll((all) => all.forEach((d) => (d.open = true)));
      assert.ok((await panel.textContent()).includes(JSON.stringify([SCRIPT, JS_URL])));
      assert.ok((await panel.textContent()).includes(`aws:PrincipalTag/${SVG}`));
      await inert('a pasted policy, its findings and its trace');

      const action = page.getByRole('textbox', { name: /^Action / });
      await action.fill(IMG);
      await page.waitForSelector('.result-panel .verdict-deny');
      await showsText(page, 'IAM would reject this input');
      assert.ok((await panel.textContent()).includes(IMG), await panel.textContent());
      await page.getByLabel('Experiment name').fill(ALL);
      await inert('request fields with payloads');

      const file = page.getByLabel('Scenario file to open');
      const request = {
        principal: 'arn:aws:iam::111122223333:user/a',
        action: 's3:Get',
        resource: '*',
      };
      const files = [
        ['HTML', `<html>${SCRIPT}</html>`, /is not a scenario file \(Unexpected token/],
        ['a number', { request: { ...request, principal: 7 } }, /\(request\.principal: /],
        ['a list as a level', { request, rcps: [IMG] }, /\(rcps\.0: /],
      ];
      for (const [what, content, message] of files) {
        await file.setInputFiles({
          name: `${IMG}.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
        });
        const status = page.locator('.file-buttons [role=status]');
        await status.filter({ hasText: message }).waitFor();
        assert.ok((await status.textContent()).startsWith(`“${IMG}.json” is not`), what);
        assert.match(await status.textContent(), /Nothing was changed\.$/, what);
        assert.equal(await page.getByLabel('Experiment name').inputValue(), ALL, what);
        await inert(`a scenario file that is ${what}`);
      }
      await page.waitForTimeout(800); // the save is debounced
      await page.reload();
      await page.waitForSelector('[data-decision], .result-panel .verdict-deny');
      assert.equal(await page.getByLabel('Experiment name').inputValue(), ALL);
      assert.equal(await action.inputValue(), IMG);
      await inert('the saved experiment after a reload');

      await page.goto(`${url}#/lessons`);
      const search = page.getByLabel('Search the lessons');
      for (const query of [ALL, IMG]) {
        await search.fill(query);
        await page.locator('.lesson-search [aria-live] .hint').waitFor();
        const links = await page
          .locator('.search-results a')
          .evaluateAll((all) => all.map((a) => a.getAttribute('href')));
        assert.ok(
          links.every((h) => h.startsWith('#/lessons/')),
          links.join(' '),
        );
        await inert(`lesson search for ${query.slice(0, 30)}`);
      }
      await search.fill('<qzxjv/>');
      await showsText(page, 'No section mentions “<qzxjv/>”.');
      assert.equal(await page.locator('qzxjv').count(), 0);

      const routes = [
        [`/lessons/${encodeURIComponent(IMG)}`, 'Lesson not found', IMG],
        [`/${encodeURIComponent(SCRIPT)}`, 'Page not found', null],
        [`/playground/try/${encodeURIComponent(IMG)}/1`, `There is no lesson “${IMG}”.`, IMG],
        [`/lessons/roles?s=${encodeURIComponent(IMG)}`, 'IAM roles', null],
        [`/workshop/pack/${encodeURIComponent(IMG)}`, 'Pack not found', null],
        [
          `/playground/challenge/${encodeURIComponent(SCRIPT)}`,
          `There is no challenge “${SCRIPT}”.`,
          null,
        ],
      ];
      for (const [route, heading, echoed] of routes) {
        await page.goto(`${url}#${route}`);
        await showsText(page, heading);
        if (echoed) await showsText(page, echoed);
        await inert(`the route ${route.slice(0, 40)}`);
      }
    },
  },
  {
    name: 'workshop pack links and files: payloads in the title, label and student name stay text; tampered packs are refused',
    async run({ url, open, assert }) {
      const { page, inert, refuses } = await openWatched(open, assert);
      const pack = {
        kind: PACK_KIND,
        version: 1,
        id: 'crafted-pack-01',
        title: `Pack ${IMG}${SCRIPT}`,
        createdAt: Date.now(),
        lessons: ['roles'],
        questions: ['roles-001'],
        challenges: [],
        timeLimitMinutes: null,
        reveal: 'each',
        seed: 7,
        source: { mode: 'hand', label: `${SVG} [open](${JS_URL})` },
        contentDigest: '0123456789abcdef',
      };
      const good = deflated(pack);
      const flipped = Buffer.from(good, 'base64url');
      for (let i = 8; i < 24; i += 1) flipped[i] ^= 0x5a;
      const bad = [
        ['characters outside base64url', `${IMG}`, /characters that a workshop link never has/],
        ['cut off', good.slice(0, good.length - 24), /damaged: it does not unpack/],
        ['flipped bytes', flipped.toString('base64url'), /damaged: it does not unpack/],
        ['not JSON', deflated(`<html>${SCRIPT}</html>`), /not a workshop pack: it is not JSON/],
        [
          'a payload as a lesson id',
          deflated({ ...pack, lessons: [IMG] }),
          /This workshop pack is not valid: lessons\.0: ids are kebab-case/,
        ],
        [
          'a prototype key',
          deflated(`{"__proto__":{"polluted":1},${JSON.stringify(pack).slice(1)}`),
          /not valid: reserved key/,
        ],
        [
          'a result',
          deflated({ kind: RESULT_KIND }),
          /not a workshop pack: it is a workshop result/,
        ],
        ['from the future', deflated({ ...pack, version: 2 }), /newer version of Least Privilege/],
        ['a bomb', deflated(' '.repeat(2_000_000)), /unpacks to more than 200 kB/],
        ['too long', 'A'.repeat(12_001), /too long for a workshop pack \(12,001 characters/],
        ['empty', '', /The link holds no workshop pack/],
      ];
      await refuses(
        bad,
        (p) => page.goto(`${url}#/workshop/join?p=${p}`),
        /This workshop link cannot be opened\n[^]*\nNothing was saved\./,
      );
      assert.equal(await page.evaluate(() => ({}).polluted), undefined);

      await page.goto(`${url}#/workshop/open`);
      const input = page.getByLabel('Pack file', { exact: true });
      await input.setInputFiles({
        name: `${IMG}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(`<html>${SCRIPT}</html>`),
      });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.equal(
        await alert.textContent(),
        `⚠ ${IMG}.json: This is not a workshop pack: it is not JSON. Nothing was saved.`,
      );
      await inert('a pack file that is HTML, with a payload as its name');
      assert.deepEqual((await dumpDatabase(page)).packs, [], 'refused packs store nothing');

      await page.goto(`${url}#/workshop/join?p=${good}`);
      await page.getByRole('heading', { name: `Workshop: ${pack.title}`, exact: true }).waitFor();
      await showsText(page, pack.source.label);
      await inert('a crafted pack link before Start');
      await page.getByLabel('Your name or an alias').fill(IMG);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Hand in…' }).click();
      await page.getByRole('button', { name: 'Yes, hand in' }).click();
      await showsText(page, `${IMG}: 0 of 1 right`);
      await inert('the handed-in page');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download result file' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^[a-z0-9-]+\.lp-result\.json$/);
      const result = JSON.parse(readFileSync(await download.path(), 'utf8'));
      assert.equal(result.student, IMG);
      await page.goto(await page.getByLabel('Or send this result link').inputValue());
      await page.getByRole('heading', { name: `Result of ${IMG}`, exact: true }).waitFor();
      await showsText(page, `For the pack “${pack.title}”`);
      await inert('the result link of a crafted pack');
    },
  },
  {
    name: 'workshop results: payloads in student names and file names stay text (and out of CSV formulas); bad files are refused',
    async run({ url, open, assert }) {
      const { page, inert } = await openWatched(open, assert);
      const title = `Pack ${IMG}${SCRIPT}`;
      await page.goto(`${url}#/workshop/new`);
      await page.getByLabel(/^Title/).fill(title);
      await page.getByLabel('Search the questions').fill('roles-001');
      await page.getByRole('checkbox', { name: /\(roles-001 ·/ }).check();
      await page.getByRole('button', { name: 'Create pack' }).click();
      await page.waitForFunction(() => location.hash.startsWith('#/workshop/pack/'));
      const packId = (await page.evaluate(() => location.hash)).split('/').pop();
      await page.getByRole('heading', { name: `Hand out “${title}”`, exact: true }).waitFor();
      await inert('the hand-out page of a pack with a payload title');
      for (const [view, heading] of [
        ['present', title],
        ['print', `Print “${title}”`],
      ]) {
        await page.goto(`${url}#/workshop/${view}/${packId}`);
        await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
        await inert(`the ${view} view`);
      }

      const result = (student, extra = {}) => ({
        kind: RESULT_KIND,
        version: 1,
        packId,
        packTitle: title,
        packChecksum: 'a'.repeat(64),
        contentDigest: '0123456789abcdef',
        attemptId: `attempt-${student.length}-${Object.keys(extra).length}`,
        student,
        startedAt: 1_700_000_000_000,
        submittedAt: 1_700_000_060_000,
        elapsedMs: 60_000,
        timedOut: false,
        answers: [{ questionId: 'roles-001', response: null, msTaken: 1000 }],
        ...extra,
      });
      const formula = '=HYPERLINK("http://127.0.0.2/","open me")';
      const file = (name, content) => ({
        name,
        mimeType: 'application/json',
        buffer: Buffer.isBuffer(content)
          ? content
          : Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
      });
      const refused = [
        [`${IMG}.json`, `<html>${SCRIPT}</html>`, /it is not JSON/],
        ['other.json', result('Bob', { packId: 'another-pack-id' }), /another pack \(“Pack <img/],
        ['shape.json', result('Eve', { answers: 'all right' }), /is not valid: answers: /],
        [
          'proto.json',
          `{"__proto__":{"polluted":1},${JSON.stringify(result('Mal')).slice(1)}`,
          /reserved key/,
        ],
        ['big.json', ' '.repeat(300_001), /workshop files are at most 300 kB/],
        ['binary.json', Buffer.from([0xff, 0xfe, 0x00, 0xc3]), /is not a text file/],
      ];
      await page.goto(`${url}#/workshop/results/${packId}`);
      await page.getByText('No results imported yet.').waitFor();
      await page
        .locator('input[type=file][multiple]')
        .setInputFiles([
          file('ada.lp-result.json', result(IMG)),
          file('formula.lp-result.json', result(formula)),
          ...refused.map(([name, content]) => file(name, content)),
        ]);
      await showsText(page, `Imported 2 results. ${refused.length} refused.`);
      const reasons = page.locator('.ws-import li');
      for (const [i, [name, , reason]] of refused.entries()) {
        assert.equal(await reasons.nth(i).locator('strong').textContent(), name);
        assert.match(await reasons.nth(i).textContent(), reason, name);
      }
      await page.getByRole('row', { name: new RegExp(`^${IMG.slice(0, 10)}`) }).waitFor();
      await inert('the class summary with crafted names');
      assert.equal(await page.evaluate(() => ({}).polluted), undefined);
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download students CSV' }).click(),
      ]);
      const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
      assert.ok(
        rows.some((r) => r.startsWith(`"'=HYPERLINK(""http://127.0.0.2/""`)),
        rows.join('\n'),
      );
      assert.ok(!rows.some((r) => /^"?=/.test(r)), 'no row starts with a formula');

      const links = [
        [deflated(result(SCRIPT)), `Result of ${SCRIPT}`],
        [deflated({ ...result('Zed'), student: 7 }), 'This result cannot be imported'],
        [`${IMG}`, 'This result cannot be imported'],
      ];
      for (const [r, heading] of links) {
        await page.goto(`${url}#/workshop/collect?r=${r}`);
        await page.getByRole('heading', { name: heading, exact: true }).waitFor();
        await inert(`a result link: ${heading}`);
      }
      assert.match(await page.getByRole('alert').textContent(), /damaged.*Nothing was saved/);
    },
  },
  {
    name: 'backups: payloads in profile, experiment, sandbox and pack names stay text; bad files change nothing',
    async run({ url, open, assert }) {
      const { page, inert, refuses } = await openWatched(open, assert);
      await page.goto(`${url}#/progress/data`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export everything' }).click(),
      ]);
      const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
      const before = await dumpDatabase(page);

      const profileId = 'crafted-profile';
      const now = Date.now();
      const pack = {
        kind: PACK_KIND,
        version: 1,
        id: 'crafted-pack-02',
        title: `Pack ${IMG}`,
        createdAt: now,
        lessons: ['roles'],
        questions: [],
        challenges: [],
        timeLimitMinutes: null,
        reveal: 'end',
        seed: 1,
        source: { mode: 'hand', label: SVG },
        contentDigest: '0123456789abcdef',
      };
      const workbench = {
        name: ALL,
        principal: 'arn:aws:iam::111122223333:user/alice',
        action: 's3:GetObject',
        resource: '*',
        resourceAccount: '',
        contextText: '{}',
        managementAccount: '',
        policies: [
          {
            id: 'p1',
            slot: 'identity',
            level: 0,
            text: JSON.stringify(doc({ Sid: IMG, Effect: 'Allow', Action: '*', Resource: '*' })),
          },
        ],
      };
      const add = {
        profiles: [{ id: profileId, name: `Learner ${IMG}`, createdAt: now }],
        sandboxes: [
          {
            id: `${profileId}:scratch`,
            profileId,
            name: ALL,
            kind: 'workbench',
            workbench,
            updatedAt: now,
          },
          {
            id: `${profileId}:org:1`,
            profileId,
            name: craftedOrg.name,
            kind: 'organization',
            workbench: craftedOrg,
            updatedAt: now,
          },
        ],
        packs: [
          {
            id: `${profileId}:built:${pack.id}`,
            profileId,
            title: pack.title,
            origin: 'built',
            pack,
            createdAt: now,
            updatedAt: now,
          },
        ],
      };
      const crafted = structuredClone(exported);
      for (const [table, rows] of Object.entries(add)) {
        crafted.tables[table].push(...rows);
        crafted.counts[table] += rows.length;
      }
      const withProfile = (change) => {
        const copy = structuredClone(crafted);
        change(copy.tables.profiles.at(-1), copy);
        return JSON.stringify(copy);
      };
      const refused = [
        [
          `${IMG}.json`,
          `<html>${SCRIPT}</html>`,
          /not a Least Privilege backup \(it is not valid JSON\)/,
        ],
        ['cut.json', JSON.stringify(crafted).slice(0, 400), /incomplete or damaged/],
        ['future.json', JSON.stringify({ ...crafted, formatVersion: 99 }), /newer version/],
        [
          'table.json',
          JSON.stringify({ ...crafted, tables: { ...crafted.tables, [IMG]: [] } }),
          /does not know \(“<img src=x/,
        ],
        [
          'count.json',
          JSON.stringify({ ...crafted, counts: { ...crafted.counts, profiles: 9 } }),
          /incomplete/,
        ],
        ['shape.json', withProfile((p) => (p.name = { html: IMG })), /profiles, record 2: name: /],
        ['list.json', JSON.stringify([crafted]), /not a Least Privilege backup/],
        ['empty.json', ' ', /The file is empty/],
      ];
      const input = page.getByLabel('Choose a backup file');
      await refuses(
        refused,
        (text, name) =>
          input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) }),
        /Nothing on this device was changed/,
      );
      assert.deepEqual(await dumpDatabase(page), before, 'refused backups change nothing');

      await input.setInputFiles({
        name: `${SCRIPT}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(
          withProfile((p) =>
            Object.defineProperty(p, '__proto__', { value: { polluted: 1 }, enumerable: true }),
          ),
        ),
      });
      await page.getByRole('heading', { name: `What “${SCRIPT}.json” holds` }).waitFor();
      await inert('the preview of a crafted backup');
      await page.getByRole('button', { name: 'Merge into this device' }).click();
      await page.getByRole('button', { name: `Switch to Learner ${IMG}`, exact: true }).click();
      assert.equal(await page.evaluate(() => ({}).polluted), undefined);
      await page.waitForFunction(
        (name) => document.querySelector('#profile-switch option:checked')?.textContent === name,
        `Learner ${IMG}`,
      );
      await inert('the progress page of the crafted profile');
      await page.goto(`${url}#/playground`);
      await page.waitForSelector('[data-decision="allowed"]');
      assert.equal(await page.getByLabel('Experiment name').inputValue(), ALL);
      await inert('the imported experiment');
      await page.goto(`${url}#/playground/sandboxes`);
      await page.locator('.card-title', { hasText: 'Org <img' }).waitFor();
      await inert('the imported sandbox list');
      await page.goto(`${url}#/workshop`);
      await page.getByRole('heading', { name: pack.title, exact: true }).waitFor();
      await inert('the imported pack list');

      // a later backup whose experiment is damaged: the playground says so and still opens
      const damaged = structuredClone(crafted);
      Object.assign(
        damaged.tables.sandboxes.find((r) => r.id === `${profileId}:scratch`),
        { workbench: { ...workbench, policies: IMG }, updatedAt: now + 60_000 },
      );
      await page.goto(`${url}#/progress/data`);
      await input.setInputFiles({
        name: 'damaged.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(damaged)),
      });
      await page.getByRole('button', { name: 'Merge into this device' }).click();
      await page.getByText(/Merged: .* 1 updated with newer versions/).waitFor();
      await page.goto(`${url}#/playground`);
      await showsText(page, 'Your saved experiment could not be read (policies: ');
      await page.waitForSelector('[data-decision]');
      await inert('a damaged experiment from a backup');
    },
  },
];
