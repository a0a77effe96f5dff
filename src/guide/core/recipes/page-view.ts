// Runs anywhere. What the engine sees of a page: the URL, the detector's report, and the page's
// title and main headings for keyword fallbacks (PageReport does not carry them; the content
// script has them in its PageSnapshot and sends them with the guide's request).
import type { PageReport } from '../../../detect/core/model';

export interface PageView {
  url: string;
  report: PageReport;
  title?: string;
  headings?: string[];
}

/** Lowercased texts keywords are looked for in: title, headings, and the texts behind signals. */
export function pageTexts(page: PageView): string[] {
  const texts = [page.title ?? '', ...(page.headings ?? []), ...page.report.signals.map((s) => s.text)];
  return texts.filter((t) => t !== '').map((t) => t.toLowerCase());
}

/** The URL parsed, or null when the page reports something unparsable (never throws). */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
