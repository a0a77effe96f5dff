// Runs anywhere. A piece of guide text: the i18n message key the panel looks up (public/_locales;
// test/unit/recipes/messages.test.ts keeps them in step) and the English default shown when a locale lacks it.
import * as z from 'zod/mini';

// Extension i18n message names allow ASCII letters, digits, "_" and "@"; we keep one lowercase style.
export const MessageKey = z.string().check(z.regex(/^guide_[a-z0-9_]+$/, 'message key must look like guide_lowercase_words'));

export const Message = z.strictObject({
  key: MessageKey,
  en: z.string().check(z.minLength(1, 'English default text is empty')),
});
export type Message = z.infer<typeof Message>;
