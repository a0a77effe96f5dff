// Runs anywhere. The password rules for a host: Latchkey's own (overrides.ts) then Apple's
// password-rules.json (MIT, data/LICENSE.md), first for the exact host (Apple lists some, e.g.
// account.samsung.com), then for its registrable domain.
import rawAppleRules from './data/password-rules.json';
import type { PasswordRules } from './model';
import { latchkeyRules } from './overrides';
import { parsePasswordRules } from './parse';
import { registrableDomain } from '../../../vault/core/match/site';

export interface SiteRules {
  /** The key the rules were found under (the host or its registrable domain). */
  domain: string;
  source: 'latchkey' | 'apple';
  text: string;
  rules: PasswordRules;
}

const appleRules = rawAppleRules as Record<string, { 'password-rules'?: unknown } | undefined>;
const parsed = new Map<string, PasswordRules | null>();

function parseCached(text: string): PasswordRules | null {
  if (!parsed.has(text)) {
    const result = parsePasswordRules(text);
    // Unreadable data gives "no rules" (generic generator), never a crash; a unit test keeps
    // every shipped rule readable.
    parsed.set(text, result.ok ? result.value : null);
  }
  return parsed.get(text) ?? null;
}

function at(domain: string): SiteRules | null {
  const own = Object.hasOwn(latchkeyRules, domain) ? latchkeyRules[domain] : undefined;
  const apple = Object.hasOwn(appleRules, domain) ? appleRules[domain]?.['password-rules'] : undefined;
  const [source, text] = own !== undefined ? (['latchkey', own] as const) : (['apple', apple] as const);
  if (typeof text !== 'string') return null;
  const rules = parseCached(text);
  return rules ? { domain, source, text, rules } : null;
}

/**
 * False when no rules can exist for `host`: rules are keyed by a host or a registrable domain,
 * both suffixes of the host, so if no suffix has an entry the public-suffix parse can be skipped
 * (the health report asks for thousands of hosts, most without rules).
 */
export function mayHaveRules(host: string): boolean {
  let name = host.toLowerCase().replace(/\.$/, '');
  for (;;) {
    if (Object.hasOwn(latchkeyRules, name) || Object.hasOwn(appleRules, name)) return true;
    const dot = name.indexOf('.');
    if (dot === -1) return false;
    name = name.slice(dot + 1);
  }
}

export function rulesForHost(host: string): SiteRules | null {
  const name = host.toLowerCase().replace(/\.$/, '');
  const site = registrableDomain(name);
  return at(name) ?? (site && site !== name ? at(site) : null);
}
