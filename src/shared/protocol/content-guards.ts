// Runs anywhere (used by the content script). Hand-written guards for the few shapes the content
// script receives: the reply envelope, the replies to its messages, and the background's commands.
// zod/mini would cost the content script (loaded into every page) about 16 KB for these flat
// shapes. The guards are as strict as the zod schemas they stand for, and like zod they return a
// copy holding only the declared keys; a unit test holds each to its schema on valid and invalid
// samples. The tables below are typed against the protocol's own (messages.ts, commands.ts), so a
// content message or a command without its guard, or with a guard of another shape, does not
// compile; only types cross over, so zod stays out of the content script.
import type { TabCommandKind, TabCommandOf } from './commands';
import type { ContentMessage, ResponseOf } from './messages';
import { ERROR_CODES, fail, type ErrorCode, type Reply } from './reply-codes';
import { arrayGuard, isRecord, nullableGuard, objectGuard, stringGuard, type Guard } from './guard';
import type { Classified, FieldReport, FormReport, PageReport, PageSignal } from '../../detect/core/model';
import type { SubmitReply } from '../../keep/core/submit-request';
import { FIELD_ROLES, FORM_CLASSES, FORM_HOSTS, SIGNAL_KINDS } from '../../detect/core/vocabulary';

export const isHello = objectGuard<{ tabId: number; frameId: number; top: boolean; guided: boolean }>({ tabId: 'number', frameId: 'number', top: 'boolean', guided: 'boolean' });
export const isKept = objectGuard<{ kept: boolean }>({ kept: 'boolean' });
const anyString = stringGuard(() => true);
const strings = arrayGuard(anyString);
const isFieldReport = objectGuard<FieldReport>({ index: 'number', role: FIELD_ROLES, confidence: 'number' }, false, { maxLength: 'number' });
const isFormReport = objectGuard<FormReport>({
  key: 'string', class: FORM_CLASSES, confidence: 'number', reasons: strings, fields: arrayGuard(isFieldReport), visible: 'boolean', host: FORM_HOSTS,
});
const isPageSignal = objectGuard<PageSignal>({ kind: SIGNAL_KINDS, text: 'string' });
export const isPageReport = objectGuard<PageReport>(
  { url: 'string', pageClass: FORM_CLASSES, forms: arrayGuard(isFormReport), signals: arrayGuard(isPageSignal), ms: 'number' },
  false, { title: 'string', headings: strings, texts: strings },
);
const isSubmittedField = objectGuard<{ index: number; role: FieldReport['role'] }>({ index: 'number', role: FIELD_ROLES });
/** The answer to a submit (keep/core/submit-request.ts `SubmitReply`). */
export const isSubmitReply = objectGuard<SubmitReply>({ kept: 'boolean', form: nullableGuard(objectGuard<NonNullable<SubmitReply['form']>>({ key: 'string', fields: arrayGuard(isSubmittedField) })) });
/** The background's classification of a reported snapshot (detect/core/model.ts `Classified`). */
export const isClassified = objectGuard<Classified>({ seq: 'number', stored: 'boolean', report: nullableGuard(isPageReport) });

/** The guard of the reply to every message a content script may send. */
export const contentReplyGuards = {
  'content/hello': isHello,
  'page/report': isClassified,
  'keep/submit': isSubmitReply,
  'keep/observe': isKept,
} as const satisfies { [T in ContentMessage]: Guard<ResponseOf<T>> };

const fillFields = { username: 'string', password: 'string', pageUrl: 'string' } as const;

/** The guard of every command the background sends a tab (commands.ts's TAB_COMMANDS). */
export const tabCommandGuards = {
  fill: objectGuard<TabCommandOf<'fill'>>({ kind: ['fill'], ...fillFields }),
  'fill-generated': objectGuard<TabCommandOf<'fill-generated'>>({ kind: ['fill-generated'], ...fillFields }),
  'keep-prompt': objectGuard<TabCommandOf<'keep-prompt'>>({ kind: ['keep-prompt'] }),
  'guide-panel': objectGuard<TabCommandOf<'guide-panel'>>({ kind: ['guide-panel'] }),
} as const satisfies { [K in TabCommandKind]: Guard<TabCommandOf<K>> };

const isReplyError = objectGuard<{ code: ErrorCode; message: string }>({ code: ERROR_CODES, message: 'string' });

/** The envelope, then the value, as reply.ts's readReply does with zod. */
export function readGuardedReply<T>(type: string, raw: unknown, guard: Guard<T>): Reply<T> {
  if (!isRecord(raw)) return fail('bad-reply', `"${type}": the background sent no valid reply`);
  if (raw.ok === false) {
    const error = isReplyError(raw.error);
    return error ? { ok: false, error } : fail('bad-reply', `"${type}": the background sent no valid reply`);
  }
  if (raw.ok !== true) return fail('bad-reply', `"${type}": the background sent no valid reply`);
  const value = guard(raw.value);
  return value === undefined ? fail('bad-reply', `"${type}" reply: not the expected shape`) : { ok: true, value };
}
