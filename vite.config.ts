import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogPlugin } from './scripts/catalogPlugin.ts';
import { contentPlugin } from './scripts/contentPlugin.ts';
import { routeHintsPlugin } from './scripts/routeHintsPlugin.ts';

/**
 * BASE_PATH serves the app under a sub-path, e.g. `BASE_PATH=/iam/ npm run build` for
 * https://school.example/iam/. Routing uses the URL hash, so any static host works.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    react(),
    contentPlugin(),
    catalogPlugin(),
    // What a deep link's first screen needs, fetched alongside the main bundle (see the plugin).
    routeHintsPlugin({
      lessons: ['src/features/lessons/LessonsPage.tsx', '\0virtual:lp-content/lessons'],
      'lessons/*': ['\0virtual:lp-content/lesson/*', 'src/features/lessons/LessonBody.tsx'],
      playground: ['src/features/playground/PlaygroundPage.tsx'],
      'playground/': ['src/features/playground/WorkbenchRoute.tsx'],
      'playground/try': ['src/features/playground/WorkbenchRoute.tsx'],
      quiz: ['src/features/quiz/QuizPage.tsx'],
      progress: ['src/features/progress/ProgressPage.tsx'],
      workshop: ['src/features/workshop/WorkshopPage.tsx'],
    }),
    VitePWA({
      // Prompt mode: a new version waits until the learner chooses to reload.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png', 'robots.txt'],
      manifest: {
        name: 'Least Privilege',
        short_name: 'Least Privilege',
        description: 'An offline study lab for AWS Identity and Access Management',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f8fafc',
        theme_color: '#1d4ed8',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Monaco's chunk is several MB: without this it would silently not be precached.
        maximumFileSizeToCacheInBytes: 15 * 1024 * 1024,
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2,json,webmanifest,txt}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
