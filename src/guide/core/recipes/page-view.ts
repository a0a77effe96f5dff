// Runs anywhere. What the engine sees of a page: the URL, the detector's report, and the page's
// title, main headings and (while a guide follows the tab) visible texts, which recipes read for
// what the page says and for their keywords. The title and headings travel in the report, and
// callers may also pass them beside it.
import type { PageReport } from '../../../detect/core/model';
import { pageSays, type Said } from './says/page-says';

export interface PageView {
  url: string;
  report: PageReport;
  title?: string;
  headings?: string[];
}

/** The texts a person reads on the page: title, headings, visible texts and the texts behind signals. */
export function pageTexts(page: PageView): string[] {
  const { report } = page;
  const texts = [page.title ?? report.title ?? '', ...(page.headings ?? report.headings ?? []), ...(report.texts ?? []), ...report.signals.map((s) => s.text)];
  return [...new Set(texts.filter((t) => t !== ''))];
}

// One reading per page view: every step of a flow asks.
const said = new WeakMap<PageView, Said[]>();

/** What the page says (says/kinds.ts), each with the sentence it was read in. */
export function saysOf(page: PageView): Said[] {
  let found = said.get(page);
  if (!found) {
    found = pageSays(pageTexts(page));
    said.set(page, found);
  }
  return found;
}

/** The URL parsed, or null when the page reports something unparsable (never throws). */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
