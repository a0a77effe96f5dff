// Runs anywhere. Which class wordings a form carries, by where they appear. Buttons and headings
// speak for the form itself; id/class/action are written by developers and are a bit noisier;
// the form's own text and the page title/h1 are context, trusted least.
import { matches, normalize } from './keyword-match';
import { CLASS_WORDS, PASSWORD_WORDS } from './keywords';
import type { FormClass } from './model';
import type { FormSnapshot } from './snapshot-types';
import { CLASS_WEIGHTS, type ClassWeights } from './weights';

/** The page's title and h1s. The URL is left out on purpose: it would let path words decide. */
export interface PageContext {
  title: string;
  headings: string[];
}

/** Per-class wording scores, plus `password`: how strongly the form talks about passwords. */
export type WordScores = Record<FormClass | 'password', number>;

const CLASSES = Object.keys(CLASS_WORDS) as FormClass[];
type Scored = FormClass | 'password';
const SCORED: readonly Scored[] = [...CLASSES, 'password'];
const wordsOf = (c: Scored) => (c === 'password' ? PASSWORD_WORDS : CLASS_WORDS[c]);

// The page's title and h1s are the same for every form on the page: match them once per page
// (a page can have 40 forms), keyed by the context object classifyPage makes for that page.
const contextHits = new WeakMap<PageContext, Set<Scored>>();

function pageHits(page: PageContext): Set<Scored> {
  let hits = contextHits.get(page);
  if (!hits) {
    const text = normalize([page.title, ...page.headings].join(' | '));
    hits = new Set(SCORED.filter((c) => matches(wordsOf(c), text)));
    contextHits.set(page, hits);
  }
  return hits;
}

export function formWords(form: FormSnapshot, page?: PageContext, k: ClassWeights = CLASS_WEIGHTS): WordScores {
  // A button asking a question ("Forgot email?") is a link styled as a button, not the form's action.
  const asks = (b: string) => /\?\s*$/.test(b);
  const buttons = normalize(form.buttons.filter((b) => !asks(b)).join(' | '));
  const headings = normalize(form.headings.join(' | '));
  const attrs = normalize([form.id, form.name, form.className, form.action].join(' | '));
  const text = normalize([form.text, ...form.buttons.filter(asks)].join(' | '));
  const context = page ? pageHits(page) : undefined;
  const out = {} as WordScores;
  for (const c of SCORED) {
    const re = wordsOf(c);
    out[c] = (matches(re, buttons) ? k.button : 0) + (matches(re, headings) ? k.heading : 0)
      + (matches(re, attrs) ? k.attrs : 0) + (matches(re, text) ? k.text : 0) + (context?.has(c) ? k.page : 0);
  }
  return out;
}

/** Credential classes the page's title and h1 name (`none` words are left out: "search" in a title says little). */
export function namedClasses(page: PageContext): Set<FormClass> {
  const hits = pageHits(page);
  return new Set(CLASSES.filter((c) => c !== 'none' && hits.has(c)));
}
