// Vite plugin: a cold load of a deep link (#/lessons/evaluation-logic, #/quiz) fetches the
// route's code and content alongside the main bundle instead of after it. Without it the
// browser learns what the page needs one round trip at a time: the main bundle, then the
// route's chunk, then the lesson body it imports. A small inline script in index.html reads the
// hash and adds a module script for each of that route's chunks and each chunk they import that
// the entry does not (so the whole first screen's code is fetched in one round trip, not one
// level of imports per round trip), and a style preload for each stylesheet they bring. The
// Content-Security-Policy gains the script's sha256 hash, nothing looser.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Route keys to the modules that route needs first. A key is an area ('lessons': every
 * #/lessons… link), an area's index ('playground/': #/playground exactly) or an area and its
 * second segment ('playground/try'). A `*` in a key and in its module stands for the same text,
 * e.g. 'lessons/*' with '\0virtual:lp-content/lesson/*'; that key's other modules are listed
 * once under 'lessons/*' itself, which applies to any second segment. Modules are paths from the
 * project root or virtual module ids.
 */
export type RouteHints = Record<string, readonly string[]>;

/** What the plugin needs of Rollup's output chunks. */
export interface ChunkInfo {
  fileName: string;
  facadeModuleId: string | null;
  /** every module in the chunk (a module without a chunk of its own is found in its chunk) */
  moduleIds?: readonly string[];
  imports: readonly string[];
  css: readonly string[];
  isEntry: boolean;
}

/** Route key → files to start loading: each route chunk, then the CSS it and its imports bring. */
export function hintFiles(
  hints: RouteHints,
  chunks: readonly ChunkInfo[],
  root: string,
): Record<string, string[]> {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  // The entry and what it imports are in index.html already.
  const loaded = new Set<string>();
  for (const entry of chunks.filter((c) => c.isEntry)) closure(entry.fileName, byFile, loaded);
  const chunkFor = (id: string) =>
    chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds?.includes(id));
  const add = (key: string, chunk: ChunkInfo) => {
    // The chunk, every chunk it imports that the entry does not, and every stylesheet they
    // bring: all fetched at once, not one level of imports per round trip.
    const files = [...closure(chunk.fileName, byFile, new Set(loaded))];
    const css = files.flatMap((f) => byFile.get(f)?.css ?? []);
    out[key] = [...new Set([...(out[key] ?? []), ...files, ...css])];
  };
  const out: Record<string, string[]> = {};
  for (const [key, modules] of Object.entries(hints)) {
    const ids = modules.map((m) => (m.startsWith('\0') ? m : resolve(root, m)));
    // A '*' key stands for every text its '*' module has a chunk for.
    const pattern = ids.find((id) => id.includes('*'));
    const stars = pattern ? starValues(pattern, chunks) : [''];
    if (stars.length === 0) throw new Error(`route hints: no chunk for ${pattern} (${key})`);
    for (const star of stars) {
      for (const id of ids) {
        const chunk = chunkFor(id.replace('*', star));
        if (!chunk) throw new Error(`route hints: no chunk for ${id} (${key})`);
        // A module without '*' is the same for every text: listed once, under the '*' key itself
        // (the script looks it up for any second segment), not once per lesson.
        add(pattern && !id.includes('*') ? key : key.replace('*', star), chunk);
      }
    }
  }
  return out;
}

/** The texts that `pattern`'s '*' takes in the bundle's chunks. */
function starValues(pattern: string, chunks: readonly ChunkInfo[]): string[] {
  const [head, tail] = pattern.split('*') as [string, string];
  return chunks.flatMap((c) => {
    const id = c.facadeModuleId;
    return id && id.startsWith(head) && id.endsWith(tail)
      ? [id.slice(head.length, id.length - tail.length)]
      : [];
  });
}

/** fileName and every chunk it statically imports, minus those in `seen` (which it extends). */
function closure(fileName: string, byFile: Map<string, ChunkInfo>, seen: Set<string>): Set<string> {
  const found = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    found.add(f);
    for (const i of byFile.get(f)?.imports ?? []) visit(i);
  };
  visit(fileName);
  return found;
}

/**
 * The inline script: the route keys of the current hash, then a module script per chunk and a
 * style preload per stylesheet.
 * Plain ES5 with no dependencies, so it runs before anything else has loaded.
 */
export function hintScript(files: Record<string, string[]>, base: string): string {
  return `(function(){var m=${JSON.stringify(files)},b=${JSON.stringify(base)},p=location.hash.replace(/^#\\/?/,'').split(/[?#]/)[0].split('/'),k=[p[0],p[0]+'/'+(p[1]||''),p[1]?p[0]+'/*':''],d={},i,j,f,l,g;for(i=0;i<k.length;i++){g=Object.prototype.hasOwnProperty.call(m,k[i])?m[k[i]]:[];for(j=0;j<g.length;j++){f=g[j];if(d[f])continue;d[f]=1;if(/\\.css$/.test(f)){l=document.createElement('link');l.rel='preload';l.as='style';l.href=b+f}else{l=document.createElement('script');l.type='module';l.crossOrigin='';l.src=b+f}document.head.appendChild(l)}}})()`;
}

export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

export function routeHintsPlugin(hints: RouteHints): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'lp-route-hints',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const chunks = Object.values(ctx.bundle).flatMap((o) =>
          o.type === 'chunk'
            ? [
                {
                  fileName: o.fileName,
                  facadeModuleId: o.facadeModuleId,
                  moduleIds: o.moduleIds,
                  imports: o.imports,
                  css: [...(o.viteMetadata?.importedCss ?? [])],
                  isEntry: o.isEntry,
                },
              ]
            : [],
        );
        const script = hintScript(hintFiles(hints, chunks, root), base);
        const policy = "script-src 'self'";
        if (!html.includes(policy))
          throw new Error(`route hints: index.html's Content-Security-Policy has no "${policy}"`);
        return html
          .replace(policy, `${policy} ${cspHash(script)}`)
          .replace('</head>', `  <script>${script}</script>\n  </head>`);
      },
    },
  };
}
