// Runs in: the action popup, loaded on the first click of Generate (the site rules are ~60 kB of
// data the popup does not need to open). The site's own password rules (Latchkey's, then Apple's
// shared data) when known, else upper, lower, digits and symbols.
import { generatePassword, rulesFromClasses } from '../../core/rules/generate';
import { rulesForHost } from '../../core/rules/lookup';

export type Generated = { ok: true; password: string; domain: string | null } | { ok: false; detail: string };

export function generateFor(host: string, length: number): Generated {
  const site = host ? rulesForHost(host) : null;
  const result = generatePassword(site?.rules ?? rulesFromClasses(['upper', 'lower', 'digit', 'special']), { length });
  return result.ok ? { ok: true, password: result.value, domain: site?.domain ?? null } : { ok: false, detail: result.error.detail };
}
