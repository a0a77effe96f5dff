// Runs anywhere. Passwords that break their site's published rules (Apple's password-rules data
// and ours, rules/lookup.ts): too long for the site, a character it refuses, a class it requires.
// Such a password was probably saved wrong, or the site changed its rules; the next login or
// change will be refused. Memoised per host: a vault has far fewer hosts than entries.
import { checkPassword } from '../../../shared/passwords/rules/check';
import { mayHaveRules, rulesForHost, type SiteRules } from '../../../shared/passwords/rules/lookup';

export type RulesCheck = (host: string, password: string) => boolean;

/** A checker for one report: true when the password breaks the rules published for `host`. */
export function createRulesCheck(): RulesCheck {
  const byHost = new Map<string, SiteRules | null>();
  return (host, password) => {
    let rules = byHost.get(host);
    if (rules === undefined) {
      rules = mayHaveRules(host) ? rulesForHost(host) : null;
      byHost.set(host, rules);
    }
    return rules !== null && checkPassword(password, rules.rules).length > 0;
  };
}
