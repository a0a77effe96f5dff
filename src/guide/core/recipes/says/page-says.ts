// Runs anywhere. What a page says (kinds.ts), read from its texts sentence by sentence in every
// language of tables.ts. A sentence with a negation of its own language never says a positive
// kind: "Your password could not be changed" is not a success.
import { PageSays } from './kinds';
import { compileGroup, compilePhrase, groupHolds, phraseHolds, sentences, type CompiledPhrase } from './phrase';
import { LANGUAGES } from './tables';

const POSITIVE: ReadonlySet<PageSays> = new Set(['password-changed', 'sent']);

export interface Said {
  kind: PageSays;
  /** The sentence that says it, for reasons and test messages. */
  sentence: string;
  lang: string;
}

interface Compiled { lang: string; not: ReturnType<typeof compileGroup>; phrases: [PageSays, CompiledPhrase[]][] }

let compiled: Compiled[] | undefined;

function tables(): Compiled[] {
  compiled ??= LANGUAGES.map((l) => ({
    lang: l.lang,
    not: compileGroup(l.not),
    phrases: PageSays.options.map((kind): [PageSays, CompiledPhrase[]] => [kind, (l.phrases[kind] ?? []).map(compilePhrase)]),
  }));
  return compiled;
}

/** Each kind the texts say, once, with the first sentence that says it, in PageSays order. */
export function pageSays(texts: readonly string[]): Said[] {
  const found = new Map<PageSays, Said>();
  for (const s of sentences(texts)) {
    for (const table of tables()) {
      const negated = groupHolds(s, table.not);
      for (const [kind, phrases] of table.phrases) {
        if (found.has(kind) || (negated && POSITIVE.has(kind))) continue;
        if (phrases.some((p) => phraseHolds(s, p))) found.set(kind, { kind, sentence: s.text.trim().slice(0, 120), lang: table.lang });
      }
    }
  }
  return PageSays.options.flatMap((k) => found.get(k) ?? []);
}
