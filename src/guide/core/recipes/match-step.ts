// Runs anywhere. Does one step's recogniser hold on a page? Every criterion the step names must
// hold; the confidence grows with the evidence (a URL and a page class together beat a class
// alone), and each satisfied criterion leaves a reason for debugging and test messages.
import type { PageView } from './page-view';
import { pageTexts, parseUrl, saysOf } from './page-view';
import { compilePhrase, phraseHolds, sentence, sentences, type CompiledPhrase } from './says/phrase';
import type { Step } from './step-schema';
import { urlMatches } from './url-pattern';

export interface StepMatch {
  stepId: string;
  confidence: number;
  reasons: string[];
}

// How much each kind of evidence is worth on its own; combined as independent evidence
// (1 - product of misses), so more criteria give more confidence but never 1.
// What the page says is worth a little less than its form: "we sent you a code" is also written
// above the code form it leads to.
const WEIGHT = { url: 0.6, pageClass: 0.5, forms: 0.45, signals: 0.3, withoutSignals: 0.05, says: 0.45, withoutSays: 0.05, fields: 0.2, keywords: 0.25 };

// A recipe keyword is its words, each the start of a word in one sentence ("verify now" holds in
// "Now verify your account"; "способ" in "Выберите способы подтверждения").
const keywordPhrases = new Map<string, CompiledPhrase>();
function keywordPhrase(keyword: string): CompiledPhrase {
  let phrase = keywordPhrases.get(keyword);
  if (!phrase) {
    phrase = compilePhrase(sentence(keyword).tokenList.map((w) => `${w}*`));
    keywordPhrases.set(keyword, phrase);
  }
  return phrase;
}

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
  if (r.forms) {
    const shown = report.forms.find((f) => f.visible && r.forms?.includes(f.class));
    if (!shown) return null;
    met('forms', `a ${shown.class} form is shown`);
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
  if (r.says || r.withoutSays) {
    const said = saysOf(page);
    if (r.says) {
      const hit = said.find((s) => r.says?.includes(s.kind));
      if (!hit) return null;
      met('says', `page says ${hit.kind}: "${hit.sentence}"`);
    }
    if (r.withoutSays) {
      if (said.some((s) => r.withoutSays?.includes(s.kind))) return null;
      met('withoutSays', `page says none of ${r.withoutSays.join(', ')}`);
    }
  }
  if (r.keywords) {
    const read = sentences(pageTexts(page));
    const word = r.keywords.find((k) => read.some((s) => phraseHolds(s, keywordPhrase(k))));
    if (word === undefined) return null;
    met('keywords', `text mentions "${word}"`);
  }
  return { stepId: step.id, confidence: Math.round((1 - miss) * 1000) / 1000, reasons };
}
