// Security of links and typed text: crafted scenario and sandbox share links, a pasted policy,
// request fields, lesson search and routes carrying script and HTML payloads. Nothing may run
// (no dialog, no window.__pwned), nothing may be parsed into the page, payloads show as plain
// text, and input that is refused gets a message that says why.
import { replaceEditorText } from './harness.mjs';
import {
  IMG,
  SCRIPT,
  SVG,
  JS_URL,
  ALL,
  base64url,
  deflated,
  doc,
  craftedOrg,
  scanPage,
  openWatched,
  showsText,
} from './payloads.mjs';
import { dumpDatabase } from './progress.e2e.mjs';

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
];
