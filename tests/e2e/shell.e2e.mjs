// The app shell: routes, keyboard navigation, accessibility, offline reloads, themes.
import { mkdirSync } from 'node:fs';
import { axeViolations, waitForAllCheckpoints, waitForServiceWorker } from './harness.mjs';

const areas = [
  ['lessons', 'Lessons'],
  ['playground', 'Playground'],
  ['quiz', 'Quiz'],
  ['progress', 'Progress'],
  ['workshop', 'Workshop'],
];
const routes = [['', 'Least Privilege'], ...areas, ['no-such-page', 'Page not found']];

async function h1(page) {
  await page.waitForSelector('main h1');
  return (await page.locator('main h1').first().textContent())?.trim();
}

export const tests = [
  {
    name: 'a fresh device opens no database until the first save; the home page never does; the switcher loads it on focus',
    async run({ url, open, assert }) {
      const { page } = await open();
      const databaseCode = [];
      page.on(
        'request',
        (r) => /\/database-[^/]*\.js$/.test(r.url()) && databaseCode.push(r.url()),
      );
      const databases = (p) => p.evaluate(() => indexedDB.databases().then((d) => d.length));
      // first visits to the quiz, the playground and a lesson: the fresh state at once, no
      // database code, no database
      await page.goto(`${url}#/quiz`);
      await page.getByRole('link', { name: 'Review due (0 due)' }).waitFor();
      await page.goto(`${url}#/playground`);
      await page.getByLabel('Experiment name').waitFor();
      await page.locator('[data-decision]').first().waitFor();
      await page.goto(`${url}#/lessons/roles`);
      await waitForAllCheckpoints(page);
      await page.getByText('Not tried yet').first().waitFor();
      await page.waitForTimeout(2500);
      assert.deepEqual(
        databaseCode,
        [],
        'a fresh quiz, playground or lesson loaded the database code',
      );
      assert.equal(await databases(page), 0);
      // the first thing worth keeping creates the profile and remembers its name
      await page.getByRole('button', { name: 'Mark lesson as completed' }).click();
      await page.getByRole('button', { name: /Completed — mark as not completed/ }).waitFor();
      await page.waitForFunction(
        () => document.querySelector('#profile-switch option:checked')?.textContent === 'Learner',
      );
      assert.equal(await databases(page), 1);
      // a new tab on the home page: the switcher paints at once, and no database code loads
      const home = await page.context().newPage();
      const homeDatabaseCode = [];
      home.on(
        'request',
        (r) => /\/database-[^/]*\.js$/.test(r.url()) && homeDatabaseCode.push(r.url()),
      );
      await home.goto(`${url}#/`);
      await h1(home);
      assert.equal(await home.locator('#profile-switch option:checked').textContent(), 'Learner');
      await home.waitForTimeout(2500); // past the moment the storage check used to start
      assert.deepEqual(homeDatabaseCode, [], 'the home page loaded the database code');
      assert.equal(await home.evaluate(() => indexedDB.databases().then((d) => d.length)), 1);
      // reaching for the switcher loads the live feed; focus stays on the same select
      await home.focus('#profile-switch');
      await home.waitForFunction(() =>
        performance.getEntriesByType('resource').some((e) => /\/database-[^/]*\.js$/.test(e.name)),
      );
      assert.equal(await home.evaluate(() => document.activeElement?.id), 'profile-switch');
      assert.ok(databaseCode.length > 0);
    },
  },
  {
    name: "a deep link's first screen appears in one piece: the shell with the lesson, no loading notice first",
    async run({ url, open, assert }) {
      const { page } = await open();
      // what #root holds the first time the app puts anything in it
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const root = document.getElementById('root');
          if (!root?.firstChild) return;
          observer.disconnect();
          window.firstScreen = {
            h1: root.querySelector('h1')?.textContent ?? null,
            contents: root.querySelector('nav.toc') !== null,
            loading: root.querySelector('.loading') !== null,
          };
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${url}#/lessons/evaluation-logic`);
      await page.waitForSelector('.lesson-body');
      const first = await page.evaluate(() => window.firstScreen);
      assert.deepEqual(first, {
        h1: 'Policy evaluation logic within one account',
        contents: true,
        loading: false,
      });
    },
  },
  {
    name: "a deep link fetches its route's code, the lesson list and the lesson's text from index.html (the CSP allows the hint)",
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(`${url}#/lessons/evaluation-logic`);
      await page.waitForSelector('.lesson-body');
      const moduleScripts = (p) =>
        p.evaluate(() =>
          [...document.head.querySelectorAll('script[type="module"]')].map((s) =>
            new URL(s.src).pathname.replace(/-[\w-]{8}\.js$/, ''),
          ),
        );
      // the reader, the lesson list (its title and summary are the first screen), the text, the
      // code that shows it, and what they import (the try-it cards' and the questions' code)
      const hinted = await moduleScripts(page);
      assert.equal(hinted[0], '/assets/index');
      for (const chunk of [
        '/assets/LessonsPage',
        '/assets/lessons',
        '/assets/evaluation-logic',
        '/assets/LessonBody',
        '/assets/QuestionCard',
        '/assets/PolicyDocument',
      ])
        assert.ok(hinted.includes(chunk), `${chunk} is not hinted: ${hinted.join(' ')}`);
      assert.equal(new Set(hinted).size, hinted.length, 'a chunk is hinted twice');
      // The home page hints nothing; the harness fails the test on any CSP violation.
      const home = await page.context().newPage();
      await home.goto(`${url}#/`);
      await h1(home);
      assert.deepEqual(await moduleScripts(home), ['/assets/index']);
    },
  },
  {
    name: 'every route renders its page inside the shell',
    async run({ url, open, assert }) {
      const { page } = await open();
      for (const [path, title] of routes) {
        await page.goto(`${url}#/${path}`);
        await page.waitForFunction(
          (t) => document.querySelector('main h1')?.textContent?.includes(t),
          title,
        );
        assert.equal(await page.locator('nav[aria-label="Main"] a').count(), 5);
      }
      mkdirSync('tests/e2e/screenshots', { recursive: true });
      await page.goto(`${url}#/`);
      await h1(page);
      await page.screenshot({ path: 'tests/e2e/screenshots/home.png' });
    },
  },
  {
    name: 'keyboard alone reaches every area, starting with the skip link',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(url);
      await h1(page);
      await page.keyboard.press('Tab');
      assert.equal(
        await page.evaluate(() => document.activeElement?.textContent),
        'Skip to content',
      );
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
      for (const [path, label] of areas) {
        await page.goto(url);
        await h1(page);
        let reached = false;
        for (let i = 0; i < 12 && !reached; i += 1) {
          await page.keyboard.press('Tab');
          reached = await page.evaluate(
            (l) =>
              document.activeElement?.closest('nav') !== null &&
              document.activeElement?.textContent === l,
            label,
          );
        }
        assert.ok(reached, `Tab reaches the ${label} link`);
        await page.keyboard.press('Enter');
        await page.waitForFunction((p) => location.hash === `#/${p}`, path);
        assert.equal(await h1(page), label);
        // focus moves to the new page's heading so screen readers announce it
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      }
    },
  },
  {
    name: 'axe finds no violations on any route, in light and dark themes',
    async run({ url, open, assert }) {
      const { page } = await open();
      for (const theme of ['light', 'dark']) {
        for (const [path, title] of routes) {
          await page.goto(`${url}#/${path}`);
          await page.waitForFunction(
            (t) => document.querySelector('main h1')?.textContent?.includes(t),
            title,
          );
          await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
          const violations = await axeViolations(page);
          assert.deepEqual(violations, [], `axe on #/${path} (${theme})`);
        }
      }
    },
  },
  {
    name: 'the theme choice is applied and remembered across reloads',
    async run({ url, open, assert }) {
      const { page } = await open();
      await page.goto(url);
      await h1(page);
      // "System" (the default) follows the system's theme as it changes
      const shown = async (theme) => {
        // the media query's change event comes with the next rendering update
        await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
        return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      };
      await page.emulateMedia({ colorScheme: 'dark' });
      assert.equal(await shown('dark'), 'rgb(11, 17, 32)');
      await page.emulateMedia({ colorScheme: 'light' });
      assert.equal(await shown('light'), 'rgb(248, 250, 252)');
      await page.getByLabel('Theme').selectOption('dark');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      await page.reload();
      await h1(page);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      assert.equal(await page.getByLabel('Theme').inputValue(), 'dark');
    },
  },
  {
    name: 'after the first visit every route reloads offline from the service worker',
    async run({ url, open, assert }) {
      const { page, context } = await open();
      await page.goto(url);
      await h1(page);
      await waitForServiceWorker(page);
      await page.waitForSelector('text=Works offline');
      await context.setOffline(true);
      for (const [path, title] of routes) {
        await page.goto(`${url}#/${path}`);
        const response = await page.reload();
        assert.ok(response?.fromServiceWorker(), `#/${path} is served by the service worker`);
        await page.waitForFunction(
          (t) => document.querySelector('main h1')?.textContent?.includes(t),
          title,
        );
      }
      await context.setOffline(false);
    },
  },
];
