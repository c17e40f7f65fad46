// Shared end-to-end machinery: the production build served on 127.0.0.1 by Vite's preview
// server in this process, and the system Chromium driven by playwright-core.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserAvailable() {
  return existsSync(chromePath);
}

export async function startServer() {
  // configFile: false: serving needs no plugins, and skips loading vite.config.ts in Node.
  const server = await preview({
    configFile: false,
    // DIST_DIR lets several builds be tested side by side (npx vite build --outDir DIR).
    build: { outDir: process.env.DIST_DIR ?? 'dist' },
    preview: { host: '127.0.0.1', port: Number(process.env.E2E_PORT ?? 4179), strictPort: true },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no local URL');
  return { server, url };
}

/**
 * A fresh browser profile (its own --user-data-dir, so its own service worker and IndexedDB)
 * that records every request leaving the server's origin and every console error.
 */
export async function openBrowser(baseUrl) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lp-e2e-'));
  // launchPersistentContext: Playwright rejects --user-data-dir in args.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath,
    headless: true,
    args: launchArgs,
    viewport: { width: 1280, height: 900 },
  });
  // Shared 2-core machines can be slow: a generous default, since a wait only ends early on success.
  context.setDefaultTimeout(60_000);
  const origin = new URL(baseUrl).origin;
  const external = [];
  const errors = [];
  const watch = (page) => {
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
        external.push(u);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
  };
  // A Content-Security-Policy violation is an error, even when the page catches the throw.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
      ),
    ),
  );
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    context,
    page,
    external,
    errors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the service worker has installed (precache complete) and controls the page. */
export async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });
}

/** Runs axe on the page; returns violations of any impact. */
export async function axeViolations(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/**
 * Code editors start as plain textareas and become Monaco on the first focus or pointer over
 * any of them: focuses the first plain editor (when Monaco has not arrived yet) and waits.
 */
export async function activateMonaco(page) {
  if (await page.locator('body[data-monaco-ready="1"]').count()) return;
  await page.locator('.code-editor').first().waitFor();
  const plain = page.locator('textarea.plain-editor').first();
  if (await plain.count()) await plain.focus();
  await page.waitForSelector('body[data-monaco-ready="1"]');
}

/**
 * Replaces a Monaco editor's text the way a learner pasting would: select all, then a paste
 * event on the editor's input. (Typed or inserted text gets Monaco's auto-closing brackets.)
 */
export async function replaceEditorText(page, editorLocator, text) {
  await activateMonaco(page);
  await editorLocator.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await editorLocator
    .locator('textarea, .native-edit-context')
    .first()
    .evaluate((el, value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
}

/**
 * Waits until every checkpoint question is built: they appear one per idle moment, and the
 * first one's label says how many there are ("Checkpoint 1 of 4").
 */
export async function waitForAllCheckpoints(page) {
  const label = await page.locator('.checkpoints .question-label').first().textContent();
  const total = Number(/of (\d+)/.exec(label)?.[1]);
  if (!Number.isInteger(total) || total < 1)
    throw new Error(`unexpected checkpoint label: ${label}`);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.checkpoints .question').length === n,
    total,
  );
  return total;
}
