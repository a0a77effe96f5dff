import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { build as bundle, type ChunkingContext } from 'rolldown';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEnglish from '@zxcvbn-ts/language-en';
import { recipeBuildError } from './src/guide/core/recipes/load';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ZXCVBN_DATA_FILE, packZxcvbnData } from './src/shared/passwords/strength-settings';
import { RECIPE_ISSUES } from './src/guide/recipes/index';
import { KEYWORD_TABLES } from './src/detect/core/keyword-sources';
import baseManifest from './manifest.json' with { type: 'json' };

// One manifest, two builds: `vite build --mode chrome` and `vite build --mode firefox`.
// crxjs does not convert the background between browsers (TOOLCHAIN.md): Chrome needs a module
// service worker, Firefox MV3 needs `background.scripts` and a gecko id.
type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'latchkey@latchkey.dev';
export const BREACH_RANGE_URL = 'https://api.pwnedpasswords.com/range/';

// Clearing the clipboard after a copy: Chrome's worker has no clipboard and uses an offscreen
// document; Firefox's background page writes the clipboard itself. Chrome caps storage.local at
// 10 MB without unlimitedStorage, and 10,000 entries already take 6.3 MB (npm run bench seeds
// them): a bigger vault would stop saving. Firefox has no such cap for extensions.
const TARGET_PERMISSIONS: Record<Target, string[]> = { chrome: ['offscreen', 'unlimitedStorage'], firefox: ['clipboardWrite'] };

function manifestFor(target: Target): ManifestV3Export {
  const { background, permissions, web_accessible_resources: framed, ...common } = baseManifest;
  // The in-page prompt and guide (the only web-accessible pages, DESIGN.md rule 6). Chrome serves it under a
  // per-session dynamic id, so a page cannot probe a fixed URL to learn Latchkey is installed;
  // Firefox already gives every install its own random moz-extension:// host.
  const webAccessible = target === 'chrome' ? framed.map((entry) => ({ ...entry, use_dynamic_url: true })) : framed;
  const rest = { ...common, web_accessible_resources: webAccessible, permissions: [...permissions, ...TARGET_PERMISSIONS[target]] };
  if (target === 'chrome') return { ...rest, background } as ManifestV3Export;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 142 is the first version that knows data_collection_permissions (web-ext lint).
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

// zxcvbn-ts's dictionaries as one gzipped file that the background and the pages fetch on first
// use (a Chrome service worker may not import() a chunk; shared/passwords/strength-settings.ts says why).
function zxcvbnDataFile(): Plugin {
  return {
    name: 'latchkey-zxcvbn-data',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: ZXCVBN_DATA_FILE, source: gzipSync(JSON.stringify(packZxcvbnData(zxcvbnCommon, zxcvbnEnglish)), { level: 9 }) });
    },
  };
}

// The shipped message tables keep what the browser and shared/i18n-format.ts read: each
// message and its placeholders' contents. The translators' descriptions and examples, and the
// indentation, stay in public/_locales: they were 45% of each table's bytes, seven tables per
// build, and a page that reads a table itself (shared/platform/english-fallback.ts) parses less.
function lightLocales(outDir: string): Plugin {
  type Entry = { message: string; placeholders?: Record<string, { content: string }> };
  return {
    name: 'latchkey-light-locales',
    // After Vite has copied public/ into the build.
    closeBundle() {
      const root = resolve(outDir, '_locales');
      for (const locale of readdirSync(root)) {
        const file = resolve(root, locale, 'messages.json');
        const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
        const light = Object.fromEntries(
          Object.entries(table).map(([key, { message, placeholders }]) => [
            key,
            placeholders
              ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, { content }]) => [name, { content }])) }
              : { message },
          ]),
        );
        writeFileSync(file, JSON.stringify(light));
      }
    },
  };
}

// A recipe file with a wrong field fails the build, naming the recipe, the field and the problem
// (the guide would otherwise leave that recipe out at run time: guide/core/recipes/load.ts).
function recipesChecked(): Plugin {
  return {
    name: 'latchkey-recipes',
    buildStart() {
      const error = recipeBuildError(RECIPE_ISSUES);
      if (error) this.error(error);
    },
  };
}

// Scripts a page runs before its main module, each bundled on its own as a classic script under
// a fixed name that the page's index.html names first in its head. A module script, even async,
// ran only after the page's other modules were compiled (its own imports, fetched one after the
// other, and the main thread busy with the rest): the popup asked for its first screen about when
// main.tsx could have. A classic script runs as soon as it is fetched, while the parser is still
// in the head. The popup's asks the background for its first screen (src/pages/popup/first-request.ts)
// and leaves the request where main.tsx picks it up.
const EARLY_SCRIPTS = [{ entry: 'src/pages/popup/early.ts', fileName: 'src/pages/popup/early.js' }];

function earlyScripts(): Plugin {
  return {
    name: 'latchkey-early-scripts',
    async generateBundle() {
      for (const { entry, fileName } of EARLY_SCRIPTS) {
        const out = await bundle({ input: resolve(import.meta.dirname, entry), write: false, output: { format: 'iife', minify: true }, logLevel: 'silent' });
        const code = out.output[0]?.code;
        if (!code) this.error(`${entry}: nothing bundled`);
        this.emitFile({ type: 'asset', fileName, source: code });
      }
    },
  };
}

// How the extension pages' shared code is cut into files. Left to itself, Rolldown split it into
// a chunk per set of pages sharing a module: the popup loaded 12 scripts and 2 style sheets, and
// on this machine each extension file costs the browser process a request of its own (about
// 20 ms apiece while a page opens, side by side but on two cores). Three groups instead: what the
// background also runs (zod, the polyfill, the protocol, platform wrappers); what the popup runs
// when it opens and other pages share (Preact, strings, the list and unlock components); and the
// rest that pages share (the guide's and the Keep prompt's UI, the in-page decision gate, the
// password rules, the options page's shell). The popup opens on every click of the toolbar button
// and evaluates every module of every file it loads, so it loads only the first two; the other
// pages load one file more. The worker never evaluates UI code. Modules one page alone uses stay
// in its own entry; the popup's early script is bundled apart (above).
const POPUP_PAGE = /src[\\/]pages[\\/]popup[\\/]index\.html$/;
const STYLE_SHEET = /\.css(\?|$)/;
const PAGE_MODULE = /node_modules[\\/]preact[\\/]|src[\\/](pages[\\/]|[a-z]+[\\/]ui[\\/]|shared[\\/](components[\\/]|platform[\\/]i18n|i18n-format))|preload-helper/;

/** Whether the popup imports this module, directly or through others, at open (not on first use). */
function popupImports(id: string, ctx: ChunkingContext): boolean {
  const seen = new Set<string>();
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (POPUP_PAGE.test(next)) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(ctx.getModuleInfo(next)?.importers ?? []));
  }
  return false;
}

const codeSplitting = {
  groups: [
    {
      // Not the table of messages (shared/protocol/messages.ts): pages import it on their first send
      // (shared/platform/messaging.ts), so it stays a chunk of its own that they do not evaluate at start.
      name: 'shared',
      priority: 2,
      minShareCount: 2,
      test: (id: string) => /node_modules[\\/](zod|webextension-polyfill)[\\/]|src[\\/](shared[\\/](platform[\\/](?!i18n)|protocol[\\/](?!messages\.))|detect[\\/]core[\\/]password-limit)/.test(id),
    },
    {
      debugName: 'pages',
      // A test sees only the id; a name function sees the module graph. Null leaves the module
      // to the next group.
      name: (id: string, ctx: ChunkingContext) => (popupImports(id, ctx) ? 'pages' : null),
      priority: 1,
      minShareCount: 2,
      // Not style sheets: a sheet two pages share (the framed prompt's, with its transparent body,
      // is the review window's too) would otherwise style every page.
      test: (id: string) => PAGE_MODULE.test(id) && !STYLE_SHEET.test(id),
    },
    {
      name: 'more-pages',
      priority: 0,
      minShareCount: 2,
      test: (id: string) => PAGE_MODULE.test(id) && !STYLE_SHEET.test(id),
    },
  ],
};

export default defineConfig(({ mode }) => {
  if (mode !== 'chrome' && mode !== 'firefox') {
    throw new Error(`vite.config.ts: build with --mode chrome or --mode firefox (got "${mode}")`);
  }
  const target: Target = mode;
  return {
    plugins: [
      recipesChecked(),
      preact(),
      zxcvbnDataFile(),
      earlyScripts(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // A standalone IIFE content script: no dynamic-import loader, so no content-script
        // chunks listed in web_accessible_resources for any page to probe (DESIGN.md rule 6).
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      lightLocales(resolve(import.meta.dirname, 'dist', target)),
    ],
    define: {
      __TARGET__: JSON.stringify(target),
      // Have I Been Pwned's range API (tidy/core/health/breach.ts). Only the E2E suite builds with
      // another address, its own copy of the extension pointed at the fixture server's stand-in
      // (test/e2e/breach.e2e.ts): the shipped build has no way to change it.
      __BREACH_RANGE_URL__: JSON.stringify(BREACH_RANGE_URL),
      // The detector's keyword tables as the regex sources they become (detect/core/keyword-sources.ts),
      // written into the bundle as a literal: the background, which classifies every page's
      // snapshot, would otherwise carry thirteen languages' word lists and merge them when it
      // starts. The content script carries none (it only reads the page).
      __KEYWORD_TABLES__: JSON.stringify(KEYWORD_TABLES),
    },
    build: {
      outDir: resolve(import.meta.dirname, 'dist', target),
      emptyOutDir: true,
      target: target === 'chrome' ? 'chrome120' : 'firefox128',
      sourcemap: false,
      minify: true,
      // Both browsers preload modules natively (Chrome 66, Firefox 115): no polyfill file per page.
      modulePreload: { polyfill: false },
      rollupOptions: {
        output: { codeSplitting },
        // Pages the manifest does not name: the guide, the prompt, Chrome's offscreen document.
        input: {
          // The guide page, framed in the shop's page (web-accessible), and the guide
          // for a tab in a window of its own (not web-accessible: no website may load it).
          guide: resolve(import.meta.dirname, 'src/guide/ui/index.html'),
          'guide-window': resolve(import.meta.dirname, 'src/guide/ui/window.html'),
          // The Keep prompt, framed by the content script. crxjs copies
          // web_accessible_resources as they are, so without this it would ship unbuilt.
          prompt: resolve(import.meta.dirname, 'src/keep/ui/prompt/index.html'),
          // Where the in-page card sends a decision it may not take in the page (not web-accessible).
          review: resolve(import.meta.dirname, 'src/pages/review/index.html'),
          ...(target === 'chrome' ? { offscreen: resolve(import.meta.dirname, 'src/pages/offscreen/clipboard.html') } : {}),
        },
      },
    },
  };
});
