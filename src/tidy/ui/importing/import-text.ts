// Runs in: the options page. Translations of what the import and restore report: file-level
// failures, row problems, conflict reasons and format names. Tables are total over the core's
// codes, so a new code without a message does not compile.
import type { BackupError } from '../../core/backup/format';
import type { CsvFormatId } from '../../core/csv/formats';
import type { EncryptedSource, ImportError } from '../../core/csv/import-error';
import type { RowProblemCode } from '../../core/csv/import-row';
import type { WinnerReason } from '../../core/importing/preview';
import type { ImportFailure } from '../../core/importing/summary';
import { t } from '../../../shared/platform/i18n';

const FAILURES: Record<ImportError['code'] | BackupError | 'unreadable', string> = {
  'too-large': 'importFailTooLarge',
  'too-many-rows': 'importFailTooManyRows',
  empty: 'importFailEmpty',
  binary: 'importFailBinary',
  'not-utf8': 'importFailNotUtf8',
  html: 'importFailHtml',
  'unterminated-quote': 'importFailUnterminatedQuote',
  'missing-column': 'importFailMissingColumn',
  'conflicting-columns': 'importFailConflictingColumns',
  spreadsheet: 'importFailSpreadsheet',
  archive: 'importFailArchive',
  // Said per source and per separator (below): the fix differs.
  encrypted: 'importFailEncryptedPgp',
  'one-pif': 'importFailOnePif',
  xml: 'importFailXml',
  json: 'importFailJson',
  'wrong-separator': 'importFailSeparatorSemicolon',
  'no-header': 'importFailNoHeader',
  unreadable: 'importFailUnreadable',
  'not-a-backup': 'restoreFailNotBackup',
  'newer-version': 'restoreFailNewer',
  malformed: 'restoreFailMalformed',
  'weak-params': 'restoreFailWeak',
  'wrong-password': 'restoreFailWrongPassword',
  tampered: 'restoreFailTampered',
};

const ENCRYPTED: Record<EncryptedSource, string> = {
  bitwarden: 'importFailEncryptedBitwarden',
  keepass: 'importFailEncryptedKeepass',
  pgp: 'importFailEncryptedPgp',
};

function failureKey(failure: ImportFailure): string | undefined {
  const param = failure.params?.[0] ?? '';
  if (failure.code === 'encrypted') return (ENCRYPTED as Record<string, string | undefined>)[param] ?? FAILURES.encrypted;
  if (failure.code === 'wrong-separator') return param === 'tab' ? 'importFailSeparatorTab' : 'importFailSeparatorSemicolon';
  return (FAILURES as Record<string, string | undefined>)[failure.code];
}

export function failureText(failure: ImportFailure): string {
  const key = failureKey(failure);
  return key ? t(key, failure.params ?? []) : t('errorGeneric', failure.message);
}

const ROWS: Record<RowProblemCode, string> = {
  'no-password': 'importRowNoPassword',
  'no-url': 'importRowNoUrl',
  'bad-url': 'importRowBadUrl',
  'field-count': 'importRowFieldCount',
  'malformed-quotes': 'importRowMalformedQuotes',
  'bad-field': 'importRowBadField',
  'newer-version': 'importRowNewerVersion',
  'android-app': 'importRowAndroidApp',
  'not-a-login': 'importRowNotLogin',
  'empty-item': 'importRowEmptyItem',
};

export const rowProblemText = (code: string | undefined, fallback: string): string => {
  const key = code === undefined ? undefined : (ROWS as Record<string, string | undefined>)[code];
  return key ? t(key) : fallback;
};

const WHY: Record<WinnerReason, string> = {
  'incoming-newer': 'importWhyIncomingNewer',
  'existing-newer': 'importWhyExistingNewer',
  'dates-unknown': 'importWhyDatesUnknown',
  'incoming-is-old-password': 'importWhyOldPassword',
};

export const winnerReasonText = (why: string | undefined): string =>
  t((WHY as Record<string, string | undefined>)[why ?? ''] ?? 'importWhyDatesUnknown');

// Product names are not translated.
const FORMATS: Record<Exclude<CsvFormatId, 'guessed'>, string> = {
  latchkey: 'Latchkey CSV',
  bitwarden: 'Bitwarden (CSV)',
  'bitwarden-json': 'Bitwarden (JSON)',
  protonpass: 'Proton Pass',
  firefox: 'Firefox',
  keepassxc: 'KeePassXC',
  keepass: 'KeePass',
  '1password8': '1Password 8',
  '1password-1pux': '1Password (1PUX)',
  '1password6': '1Password 6 or 7',
  '1password4': '1Password 4',
  safari: 'Safari or Apple Passwords',
  lastpass: 'LastPass',
  dashlane: 'Dashlane',
  nordpass: 'NordPass',
  roboform: 'RoboForm',
  keeper: 'Keeper',
  enpass: 'Enpass',
  synology: 'Synology C2 Password',
  chrome: 'Chrome or Edge',
};

export function formatName(format: string): string {
  if (format === 'backup') return t('importFormatBackup');
  if (format === 'guessed') return t('importFormatGuessed');
  return (FORMATS as Record<string, string | undefined>)[format] ?? format;
}
