// Runs in: extension pages. Dates as the user reads them (browser locale and time zone); stored
// times are epoch milliseconds (vault/core/entry.ts).
import { t } from '../../shared/platform/i18n';

const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const formatDate = (ms: number | null): string => (ms === null ? t('dateNever') : format.format(ms));
