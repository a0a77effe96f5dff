// Runs anywhere. Which class wordings a form carries, by where they appear. Buttons and headings
// speak for the form itself; id/class/action are written by developers and are a bit noisier;
// the form's own text and the page title/h1 are context, trusted least.
import { matches, normalize } from './keyword-match';
import { CLASS_WORDS, PASSWORD_WORDS } from './keywords';
import type { FormClass } from './model';
import type { FormSnapshot } from './snapshot-types';

export interface PageContext {
  title: string;
  headings: string[];
  url: string;
}

/** Per-class wording scores, plus `password`: how strongly the form talks about passwords. */
export type WordScores = Record<FormClass | 'password', number>;

const CLASSES = Object.keys(CLASS_WORDS) as FormClass[];

export function formWords(form: FormSnapshot, page?: PageContext): WordScores {
  const buttons = normalize(form.buttons.join(' | '));
  const headings = normalize(form.headings.join(' | '));
  const attrs = normalize([form.id, form.name, form.className, form.action].join(' | '));
  const text = normalize(form.text);
  const context = page ? normalize([page.title, ...page.headings, page.url].join(' | ')) : '';
  const out = {} as WordScores;
  for (const c of [...CLASSES, 'password' as const]) {
    const re = c === 'password' ? PASSWORD_WORDS : CLASS_WORDS[c];
    out[c] = (matches(re, buttons) ? 3 : 0) + (matches(re, headings) ? 2 : 0)
      + (matches(re, attrs) ? 1.5 : 0) + (matches(re, text) ? 0.5 : 0) + (matches(re, context) ? 1 : 0);
  }
  return out;
}
