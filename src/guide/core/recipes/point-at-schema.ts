// Runs anywhere. Which element the guide points at, as an ordered fallback list: the panel tries
// each target in turn and points at the first one present (a site that renames a button still gets
// a pointer at the field by role, or none: the instruction alone still guides).
import * as z from 'zod/mini';
import { FieldRole, PageSignalKind } from '../../../detect/core/model';
import { looksLikeMarkup } from './point-at-guard';

export const PointAt = z.discriminatedUnion('by', [
  /** A field of this role in the page's main form (detector's field report). */
  z.strictObject({ by: z.literal('role'), role: FieldRole }),
  /** A link or button whose text contains any of these (case-insensitive), in several languages. */
  z.strictObject({
    by: z.literal('text'),
    element: z.enum(['link', 'button', 'any']),
    texts: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  }),
  /** The element that triggered this page signal (e.g. the "Forgot password?" link). */
  z.strictObject({ by: z.literal('signal'), signal: PageSignalKind }),
  /** A CSS selector: the most fragile target, so recipes list it after role and text. */
  z.strictObject({
    by: z.literal('css'),
    selector: z.string().check(z.minLength(1), z.refine((s) => !looksLikeMarkup(s), 'not a CSS selector')),
  }),
]);
export type PointAt = z.infer<typeof PointAt>;
