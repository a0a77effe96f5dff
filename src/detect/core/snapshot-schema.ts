// Runs anywhere (the background checks reported snapshots with it). The schema of a page snapshot
// (snapshot-types.ts) as the content script sends it to be classified (`page/report`). Bounded by
// the content script's own caps (limits.ts): a page that makes the snapshot bigger than the
// content script ever would is refused with an error, never cut down into a snapshot that
// classifies as something else.
import * as z from 'zod/mini';
import { DEFAULT_LIMITS, SNAPSHOT_BOUNDS } from './limits';
import { FormHost } from './model';
import type * as Plain from './snapshot-types';

const { maxForms, maxFieldsPerForm, maxLinks, maxText } = DEFAULT_LIMITS;
const { maxItems, maxUrl } = SNAPSHOT_BOUNDS;

const text = z.string().check(z.maxLength(maxText));
const texts = z.array(text).check(z.maxLength(maxItems));
const count = z.number();

const FieldSnapshot = z.strictObject({
  tag: text, type: text, name: text, id: text,
  autocomplete: texts,
  placeholder: text, ariaLabel: text, label: text, className: text,
  maxLength: count, minLength: count,
  inputMode: text, pattern: text,
  valueLength: count,
  visible: z.boolean(), readOnly: z.boolean(), disabled: z.boolean(),
});

const LinkSnapshot = z.strictObject({ text, href: text });

const FormSnapshot = z.strictObject({
  key: text, host: FormHost, isFormElement: z.boolean(), visible: z.boolean(),
  area: count, order: count, top: count,
  id: text, name: text, className: text, action: text,
  fields: z.array(FieldSnapshot).check(z.maxLength(maxFieldsPerForm)),
  buttons: texts, headings: texts,
  links: z.array(LinkSnapshot).check(z.maxLength(maxItems)),
  text,
  passwordsEqual: z.optional(z.boolean()),
  truncated: z.boolean(),
});

export const PageSnapshot = z.strictObject({
  url: z.string().check(z.maxLength(maxUrl)),
  title: text,
  headings: texts,
  forms: z.array(FormSnapshot).check(z.maxLength(maxForms)),
  links: z.array(LinkSnapshot).check(z.maxLength(maxLinks)),
  messages: texts,
  captchaHints: texts,
  texts: z.optional(texts),
});

// The schema and the plain types describe one shape: neither may drift from the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const formsAgree: Same<z.infer<typeof FormSnapshot>, Plain.FormSnapshot> = true;
const pagesAgree: Same<z.infer<typeof PageSnapshot>, Plain.PageSnapshot> = true;
void formsAgree; void pagesAgree;
