/**
 * Serves and emits the AWS catalog files (src/catalog/data/services|docs/*.json) at
 * `catalog/...` beside the app, so the browser fetches one small file per service on demand.
 * The build copies them into dist/catalog/, where the service worker precaches them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const DATA = resolve(import.meta.dirname, '../src/catalog/data');
const FOLDERS = ['services', 'docs'];
const SAFE_NAME = /^[a-z0-9-]+\.json$/;

export function catalogPlugin(): Plugin {
  return {
    name: 'lp-catalog',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/catalog\/(services|docs)\/([^/?#]+)$/.exec(
          (req.url ?? '').split('?')[0] ?? '',
        );
        if (!match || !match[1] || !match[2] || !SAFE_NAME.test(match[2])) return next();
        try {
          const body = readFileSync(join(DATA, match[1], match[2]));
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const folder of FOLDERS) {
        for (const name of readdirSync(join(DATA, folder)).filter((n) => SAFE_NAME.test(n))) {
          this.emitFile({
            type: 'asset',
            fileName: `catalog/${folder}/${name}`,
            source: readFileSync(join(DATA, folder, name)),
          });
        }
      }
    },
  };
}
