// Runs anywhere (no browser APIs). The vocabulary of detection: the classes a credential form can
// have, the roles of its fields, the page signals around it, and the report a page sends to the
// background. The report crosses a message boundary, so it is a zod schema; snapshots are plain
// TypeScript that snapshot-schema.ts checks where they cross to the background.
import * as z from 'zod/mini';
import { FIELD_ROLES, FORM_CLASSES, FORM_HOSTS, SIGNAL_KINDS } from './vocabulary';

export const FormClass = z.enum(FORM_CLASSES);
export type FormClass = z.infer<typeof FormClass>;

export const FieldRole = z.enum(FIELD_ROLES);
export type FieldRole = z.infer<typeof FieldRole>;

export const PageSignalKind = z.enum(SIGNAL_KINDS);
export type PageSignalKind = z.infer<typeof PageSignalKind>;

/** Where a form lives, for the popup and for fill rules (never fill across origins). */
export const FormHost = z.enum(FORM_HOSTS);
export type FormHost = z.infer<typeof FormHost>;

export const FieldReport = z.object({
  /** Index of the field inside its form snapshot (stable for one snapshot). */
  index: z.number(),
  role: FieldRole,
  confidence: z.number(),
  /** The field's maxlength attribute, when it has one: the generator must not exceed it. */
  maxLength: z.optional(z.number()),
});
export type FieldReport = z.infer<typeof FieldReport>;

export const FormReport = z.object({
  /** Stable key of the form within the page (survives re-detection of an unchanged form). */
  key: z.string(),
  class: FormClass,
  /** 0..1: how sure the classifier is of `class`. */
  confidence: z.number(),
  /** Human-readable reasons, in the order they were applied (debugging, test messages). */
  reasons: z.array(z.string()),
  fields: z.array(FieldReport),
  visible: z.boolean(),
  host: FormHost,
});
export type FormReport = z.infer<typeof FormReport>;

export const PageSignal = z.object({
  kind: PageSignalKind,
  /** Short visible text that triggered the signal (truncated), for the popup and debugging. */
  text: z.string(),
});
export type PageSignal = z.infer<typeof PageSignal>;

export const PageReport = z.object({
  url: z.string(),
  /** Class of the most prominent visible form, `none` without one. */
  pageClass: FormClass,
  forms: z.array(FormReport),
  signals: z.array(PageSignal),
  /**
   * The page's title and main headings (h1s, capped), which the guide's recipes recognise steps
   * by. Optional: a content script from before an update may still be sending reports without.
   */
  title: z.optional(z.string()),
  headings: z.optional(z.array(z.string())),
  /**
   * Visible texts of the page (headings, status messages, paragraphs near the main content), sent
   * only while a guide follows the tab: the guide reads what the page says from them
   * (core/recipes/says).
   */
  texts: z.optional(z.array(z.string())),
  /** Milliseconds the detection took (the page's snapshot + the background's classification). */
  ms: z.number(),
});
export type PageReport = z.infer<typeof PageReport>;

/**
 * The background's answer to a reported snapshot: its report, classified, or null when a newer
 * snapshot of the same frame overtook it (only the newest is classified) or the tab's document
 * changed; `seq` is the snapshot's, so the content script applies only the newest answer.
 */
export const Classified = z.object({
  seq: z.number(),
  /** Whether the report was kept as the tab's (its top frame's, for the document the tab shows). */
  stored: z.boolean(),
  report: z.nullable(PageReport),
});
export type Classified = z.infer<typeof Classified>;
