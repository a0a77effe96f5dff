// @vitest-environment happy-dom
// The content script carries the ASCII and accented-Latin keyword lists and asks the background
// for a script's lists when a page is written in it (detect/content/keyword-loader.ts). The fixture
// corpus's Cyrillic, CJK, Hangul and Arabic pages must come out exactly as with every list at hand,
// after one request per script; without the loaded lists some of them come out differently, so
// the comparison means something.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { keywordScript } from '../../../src/detect/background/keyword-scripts';
import { classifyWithWords, keywordLoader } from '../../../src/detect/content/keyword-loader';
import { snapshotPage } from '../../../src/detect/content/snapshot';
import { classifyPage } from '../../../src/detect/core/classify';
import { keywordLists } from '../../../src/detect/core/keyword-lists';
import { SHIPPED_SOURCES, takeUnmetScripts, type LoadableScript } from '../../../src/detect/core/keyword-match';
import { KEYWORD_TABLES } from '../../../src/detect/core/keyword-sources';
import type { PageReport } from '../../../src/detect/core/model';
import type { PageSnapshot } from '../../../src/detect/core/snapshot-types';
import { isKeywordScript, readGuardedReply } from '../../../src/shared/protocol/content-guards';
import type { sendFromContent } from '../../../src/shared/platform/content-messaging';

const DIR = join(__dirname, '../../fixtures/detect-corpus');
const LOADED = new Set(['RU', 'ZH', 'JA', 'KO', 'AR']);
const entries = (JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as { file: string; language: string }[]).filter((e) => LOADED.has(e.language));

async function snapshotOf(file: string): Promise<PageSnapshot> {
  const window = new Window({ url: `https://shop.test/${file}` });
  window.document.write(readFileSync(join(DIR, file), 'utf8'));
  const doc = window.document as unknown as Document;
  // No layout in happy-dom: a rendered element gets one ordinary box (as in detect-corpus.test.ts).
  Object.assign(doc, { elementsFromPoint: () => [] });
  const box = (w: number) => ({ left: 10, top: 10, right: 10 + w, bottom: 10 + w / 5, width: w, height: w / 5, x: 10, y: 10 });
  Object.defineProperty(window.HTMLElement.prototype, 'getBoundingClientRect', {
    configurable: true,
    value(this: HTMLElement) { return this.checkVisibility() ? box(200) : box(0); },
  });
  const snapshot = snapshotPage(doc);
  await window.happyDOM.close();
  return snapshot;
}

const classOf = (r: Omit<PageReport, 'ms'>) => JSON.stringify({ page: r.pageClass, forms: r.forms.map((f) => [f.class, f.fields.map((x) => x.role)]) });

/** The background's answer, through the content script's guard, as sendFromContent reads it. */
function backgroundSend(asked: string[], refuse = false): typeof sendFromContent {
  return (async (type: string, payload: { script: LoadableScript }) => {
    asked.push(payload.script);
    const raw = refuse ? { ok: false, error: { code: 'unavailable', message: 'gone' } } : { ok: true, value: keywordScript(payload.script) };
    return readGuardedReply(type, raw, isKeywordScript);
  }) as typeof sendFromContent;
}

const classified = (snapshot: PageSnapshot, load: ReturnType<typeof keywordLoader>) =>
  new Promise<string>((resolve) => classifyWithWords(() => classifyPage(snapshot), load, (r) => resolve(classOf(r))));

describe('keyword lists loaded on demand', () => {
  it('classify the non-Latin fixture pages as with every list, one request per script', async () => {
    expect(entries.length).toBeGreaterThan(50);
    const pages = await Promise.all(entries.map(async (e) => ({ file: e.file, snapshot: await snapshotOf(e.file) })));
    const whole = pages.map((p) => classOf(classifyPage(p.snapshot)));

    // The content script's tables: every list cut to the sources it ships.
    for (const sources of keywordLists(KEYWORD_TABLES)) (sources as string[]).length = SHIPPED_SOURCES;
    takeUnmetScripts();
    const cut = pages.map((p) => classOf(classifyPage(p.snapshot)));
    expect(cut.filter((c, i) => c !== whole[i]).length).toBeGreaterThan(0);
    expect(takeUnmetScripts().sort()).toEqual([1, 2, 3, 4]);

    // A refused request leaves the page classified with what it has, and is not repeated.
    const refusedAsks: string[] = [];
    const refusing = keywordLoader(backgroundSend(refusedAsks, true));
    const ru = pages.find((p) => p.file.includes('/ru/')) ?? pages[0]!;
    expect(await classified(ru.snapshot, refusing)).toBe(cut[pages.indexOf(ru)]);
    expect(await classified(ru.snapshot, refusing)).toBe(cut[pages.indexOf(ru)]);
    expect(refusedAsks).toEqual(['cyrillic']);

    const asked: string[] = [];
    const load = keywordLoader(backgroundSend(asked));
    const loaded = await Promise.all(pages.map((p) => classified(p.snapshot, load)));
    expect(loaded).toEqual(whole);
    expect(asked.sort()).toEqual(['arabic', 'cjk', 'cyrillic', 'hangul']);
  });
});
