// Runs anywhere. Which class wordings a form carries, by where they appear. Buttons and headings
// speak for the form itself; id/class/action are written by developers and are a bit noisier;
// the form's own text and the page title/h1 are context, trusted least.
import { matches, normalize } from './keyword-match';
import { CLASS_WORDS, PASSWORD_WORDS } from './keywords';
import type { FormClass } from './model';
import type { FormSnapshot } from './snapshot-types';

/** The page's title and h1s. The URL is left out on purpose: it would let path words decide. */
export interface PageContext {
  title: string;
  headings: string[];
}

/** Per-class wording scores, plus `password`: how strongly the form talks about passwords. */
export type WordScores = Record<FormClass | 'password', number>;

const CLASSES = Object.keys(CLASS_WORDS) as FormClass[];

export function formWords(form: FormSnapshot, page?: PageContext): WordScores {
  // A button asking a question ("Forgot email?") is a link styled as a button, not the form's action.
  const asks = (b: string) => /\?\s*$/.test(b);
  const buttons = normalize(form.buttons.filter((b) => !asks(b)).join(' | '));
  const headings = normalize(form.headings.join(' | '));
  const attrs = normalize([form.id, form.name, form.className, form.action].join(' | '));
  const text = normalize([form.text, ...form.buttons.filter(asks)].join(' | '));
  const context = page ? normalize([page.title, ...page.headings].join(' | ')) : '';
  const out = {} as WordScores;
  for (const c of [...CLASSES, 'password' as const]) {
    const re = c === 'password' ? PASSWORD_WORDS : CLASS_WORDS[c];
    out[c] = (matches(re, buttons) ? 3 : 0) + (matches(re, headings) ? 2 : 0)
      + (matches(re, attrs) ? 1.5 : 0) + (matches(re, text) ? 0.5 : 0) + (matches(re, context) ? 1 : 0);
  }
  return out;
}

/** Credential classes the page's title and h1 name (`none` words are left out: "search" in a title says little). */
export function namedClasses(page: PageContext): Set<FormClass> {
  const text = normalize([page.title, ...page.headings].join(' | '));
  return new Set(CLASSES.filter((c) => c !== 'none' && matches(CLASS_WORDS[c], text)));
}
