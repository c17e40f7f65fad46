import { defineConfig } from 'vitest/config';
import { contentPlugin } from './scripts/contentPlugin.ts';

// Unit and integration tests run in Node. UI component tests opt into happy-dom per file
// with a `// @vitest-environment happy-dom` comment. End-to-end tests are not run by
// Vitest: `tests/e2e/run.mjs` drives a real Chromium against the production build.
// The content plugin provides the `virtual:lp-content/*` modules, as in the app.
export default defineConfig({
  plugins: [contentPlugin()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
