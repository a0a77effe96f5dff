// Runs anywhere. Does one step's recogniser hold on a page? Every criterion the step names must
// hold; the confidence grows with the evidence (a URL and a page class together beat a class
// alone), and each satisfied criterion leaves a reason for debugging and test messages.
import type { PageView } from './page-view';
import { pageTexts, parseUrl } from './page-view';
import type { Step } from './step-schema';
import { urlMatches } from './url-pattern';

export interface StepMatch {
  stepId: string;
  confidence: number;
  reasons: string[];
}

// How much each kind of evidence is worth on its own; combined as independent evidence
// (1 - product of misses), so more criteria give more confidence but never 1.
const WEIGHT = { url: 0.6, pageClass: 0.5, signals: 0.3, withoutSignals: 0.05, fields: 0.2, keywords: 0.25 };

export function matchStep(step: Step, page: PageView): StepMatch | null {
  const r = step.recognise;
  const reasons: string[] = [];
  let miss = 1;
  const met = (kind: keyof typeof WEIGHT, reason: string) => {
    miss *= 1 - WEIGHT[kind];
    reasons.push(reason);
  };
  const { report } = page;
  if (r.url) {
    const url = parseUrl(page.url);
    const hit = url ? r.url.find((p) => urlMatches(p, url)) : undefined;
    if (!hit) return null;
    met('url', `url matches ${hit.path ?? hit.glob ?? ''}`);
  }
  if (r.pageClass) {
    if (!r.pageClass.includes(report.pageClass)) return null;
    met('pageClass', `page class is ${report.pageClass}`);
  }
  const kinds = new Set(report.signals.map((s) => s.kind));
  if (r.signals) {
    if (!r.signals.every((k) => kinds.has(k))) return null;
    met('signals', `signals ${r.signals.join(', ')}`);
  }
  if (r.withoutSignals) {
    if (r.withoutSignals.some((k) => kinds.has(k))) return null;
    met('withoutSignals', `no ${r.withoutSignals.join(', ')}`);
  }
  if (r.fields) {
    const main = report.forms.filter((f) => f.class === report.pageClass && f.visible);
    const roles = new Set(main.flatMap((f) => f.fields.map((x) => x.role)));
    if (!r.fields.every((role) => roles.has(role))) return null;
    met('fields', `fields ${r.fields.join(', ')}`);
  }
  if (r.keywords) {
    const texts = pageTexts(page);
    const word = r.keywords.find((k) => texts.some((t) => t.includes(k)));
    if (word === undefined) return null;
    met('keywords', `text mentions "${word}"`);
  }
  return { stepId: step.id, confidence: Math.round((1 - miss) * 1000) / 1000, reasons };
}
