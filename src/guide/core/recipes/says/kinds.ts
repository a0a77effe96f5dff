// Runs anywhere. What a page says to the person in front of it, in the words a recovery or change
// flow uses: the password was changed, something was sent (an email, a link, a code), the code was
// wrong, the link or code has expired, or the site stopped taking attempts for a while. Recipes
// recognise steps by these (recognise-schema.ts `says`) and the guide answers the problems with a
// next action. Schemas only: the recipe schema imports this without the phrase tables.
import * as z from 'zod/mini';

export const PageSays = z.enum(['password-changed', 'sent', 'code-wrong', 'expired', 'too-many-attempts']);
export type PageSays = z.infer<typeof PageSays>;

/** The kinds that are a problem to solve before going on, most pressing first. */
export const Problem = z.enum(['too-many-attempts', 'expired', 'code-wrong']);
export type Problem = z.infer<typeof Problem>;
