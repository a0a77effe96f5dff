// Runs anywhere. How a step is recognised from what the detector reports. Every criterion a step
// names must hold (AND): the URL pattern, the page class, the page signals, what the page says
// (password changed, email sent...: says/, in every language the guide reads), and, for pages
// whose wording is the site's own (a "choose how to verify" page), keywords of the recipe.
import * as z from 'zod/mini';
import { FieldRole, FormClass, PageSignalKind } from '../../../detect/core/model';
import { PageSays } from './says/kinds';

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** A regular expression source matched (case-insensitive) against path + query + hash. */
export const PathRegex = z.string().check(z.minLength(1), z.refine(compiles, 'path is not a valid regular expression'));

/** `*` matches any run of characters; matched against host + path (+ query + hash), e.g. `*.ebay.*\/signin*`. */
const Glob = z.string().check(z.regex(/^[^\s]+$/, 'glob must not contain spaces'));

export const UrlPattern = z
  .strictObject({ path: z.optional(PathRegex), glob: z.optional(Glob) })
  .check(z.refine((p) => p.path !== undefined || p.glob !== undefined, 'a URL pattern needs `path` or `glob`'));
export type UrlPattern = z.infer<typeof UrlPattern>;

export const Recognise = z
  .strictObject({
    /** Any of these patterns. */
    url: z.optional(z.array(UrlPattern).check(z.minLength(1))),
    /** The page class (detector's most prominent form) is any of these. */
    pageClass: z.optional(z.array(FormClass).check(z.minLength(1))),
    /**
     * A visible form of any of these classes is on the page, whatever the page's class: a pop-up
     * over the page's own form (DSers asks for the email in a window over its login form).
     */
    forms: z.optional(z.array(FormClass).check(z.minLength(1))),
    /** Every one of these signals is on the page. */
    signals: z.optional(z.array(PageSignalKind).check(z.minLength(1))),
    /** None of these signals is on the page (a login page vs. the same page after a reset). */
    withoutSignals: z.optional(z.array(PageSignalKind).check(z.minLength(1))),
    /** The page's main form has a field of each of these roles. */
    fields: z.optional(z.array(FieldRole).check(z.minLength(1))),
    /** The page says any of these (says/: word sets in a sentence of its texts, in many languages). */
    says: z.optional(z.array(PageSays).check(z.minLength(1))),
    /** The page says none of these (a sign-in form vs. the same form with "password changed" above it). */
    withoutSays: z.optional(z.array(PageSays).check(z.minLength(1))),
    /** Any of these lowercase words, all of them in one sentence of the page's texts (says/phrase.ts). */
    keywords: z.optional(
      z.array(z.string().check(z.minLength(2), z.refine((w) => w === w.toLowerCase(), 'keywords are lowercase'))).check(z.minLength(1)),
    ),
  })
  .check(
    z.refine(
      (r) => r.url !== undefined || r.pageClass !== undefined || r.forms !== undefined || r.signals !== undefined || r.says !== undefined || r.keywords !== undefined,
      'recognise needs at least one of url, pageClass, forms, signals, says, keywords',
    ),
  );
export type Recognise = z.infer<typeof Recognise>;
