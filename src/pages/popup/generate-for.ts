// Runs in: the action popup, loaded when the entry form opens (the site rules are data the popup
// does not need to open). The site's own password rules (Latchkey's, then Apple's
// shared data) when known, else the classes the user ticked; never longer than the page's field.
import { generatePassword, rulesFromClasses, type GeneratorClass } from '../../shared/passwords/rules/generate';
import { rulesForHost } from '../../shared/passwords/rules/lookup';

export type Generated =
  | { ok: true; password: string; domain: string | null; cappedByField: boolean }
  | { ok: false; detail: string };

export interface GenerateRequest {
  length: number;
  classes: readonly GeneratorClass[];
  /** maxlength of the page's password field, if the detected form has one. */
  fieldMaxLength?: number;
}

/** The domain whose own rules decide the characters, or null when the user's classes do. */
export function rulesDomain(host: string): string | null {
  return host ? rulesForHost(host)?.domain ?? null : null;
}

export function generateFor(host: string, request: GenerateRequest): Generated {
  const site = host ? rulesForHost(host) : null;
  const rules = site?.rules ?? rulesFromClasses(request.classes);
  const result = generatePassword(rules, { length: request.length, fieldMaxLength: request.fieldMaxLength });
  if (!result.ok) return { ok: false, detail: result.error.detail };
  const cappedByField = request.fieldMaxLength !== undefined && result.value.length === request.fieldMaxLength && request.length > request.fieldMaxLength;
  return { ok: true, password: result.value, domain: site?.domain ?? null, cappedByField };
}
