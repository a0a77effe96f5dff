// How each manager writes its CSV export, for the property test: its header, which column holds
// what, how it quotes, and which fields it carries. A writer is a spec of the file, not a copy of
// the manager's code: the columns are the ones real exports have (test/fixtures/csv/real).
export interface Login {
  name: string;
  urls: string[];
  username: string;
  password: string;
  notes: string;
  totp: string;
}

type Cell = (login: Login) => string;

export interface Dialect {
  id: string;
  /** The format the import should recognise. */
  format: string;
  header: readonly string[];
  cells: readonly Cell[];
  /** 'all': every cell quoted (Firefox, KeePassXC, 1Password 4); 'needed': only cells that must be. */
  quote: 'all' | 'needed';
  /** Fields the format carries; the others come back empty. */
  carries: { name: boolean; notes: boolean; totp: boolean; extraUrls: boolean };
  /** When the format keeps one URL, it keeps the first. */
}

const empty: Cell = () => '';
const fixed = (value: string): Cell => () => value;
const first: Cell = (l) => l.urls[0] ?? '';
const all = (separator: string): Cell => (l) => l.urls.join(separator);
const rest: Cell = (l) => (l.urls.length > 1 ? JSON.stringify(l.urls.slice(1)) : '');

function dialect(id: string, format: string, quote: Dialect['quote'], columns: [string, Cell][], carries: Partial<Dialect['carries']>): Dialect {
  return {
    id,
    format,
    header: columns.map(([name]) => name),
    cells: columns.map(([, cell]) => cell),
    quote,
    carries: { name: false, notes: false, totp: false, extraUrls: false, ...carries },
  };
}

const n: Cell = (l) => l.name;
const u: Cell = (l) => l.username;
const p: Cell = (l) => l.password;
const o: Cell = (l) => l.notes;
const t: Cell = (l) => l.totp;

export const DIALECTS: readonly Dialect[] = [
  dialect('chrome', 'chrome', 'needed', [['name', n], ['url', first], ['username', u], ['password', p], ['note', o]], { name: true, notes: true }),
  dialect('chrome-2021', 'chrome', 'needed', [['name', n], ['url', first], ['username', u], ['password', p]], { name: true }),
  dialect('firefox', 'firefox', 'all', [
    ['url', (l) => new URL(l.urls[0] ?? '').origin], ['username', u], ['password', p], ['httpRealm', empty], ['formActionOrigin', empty],
    ['guid', fixed('{4d998561-4071-425a-9584-68a74e58a7b7}')], ['timeCreated', fixed('1600000000000')], ['timeLastUsed', fixed('1600000000000')],
    ['timePasswordChanged', fixed('1600000000000')],
  ], {}),
  dialect('safari', 'safari', 'needed', [['Title', n], ['URL', first], ['Username', u], ['Password', p], ['Notes', o], ['OTPAuth', t]], { name: true, notes: true, totp: true }),
  dialect('bitwarden', 'bitwarden', 'needed', [
    ['folder', empty], ['favorite', empty], ['type', fixed('login')], ['name', n], ['notes', o], ['fields', empty], ['reprompt', fixed('0')],
    ['login_uri', all(',')], ['login_username', u], ['login_password', p], ['login_totp', t],
  ], { name: true, notes: true, totp: true, extraUrls: true }),
  dialect('bitwarden-org', 'bitwarden', 'needed', [
    ['collections', fixed('Shop')], ['type', fixed('login')], ['name', n], ['notes', o], ['fields', empty], ['reprompt', fixed('0')],
    ['login_uri', all(',')], ['login_username', u], ['login_password', p], ['login_totp', t],
  ], { name: true, notes: true, totp: true, extraUrls: true }),
  dialect('1password8', '1password8', 'all', [
    ['Title', n], ['Url', first], ['Username', u], ['Password', p], ['OTPAuth', t], ['Favorite', fixed('false')], ['Archived', fixed('false')], ['Tags', empty], ['Notes', o],
  ], { name: true, notes: true, totp: true }),
  dialect('1password6', '1password6', 'needed', [
    ['', empty], ['ainfo', u], ['autosubmit', fixed('Default')], ['Notes', o], ['Password', p], ['scope', empty], ['Type', fixed('Shop')],
    ['Title', n], ['URL', first], ['Username', u], ['uuid', empty], ['website', empty],
  ], { name: true, notes: true }),
  dialect('1password4', '1password4', 'all', [['title', n], ['notes', o], ['username', u], ['password', p], ['url', first]], { name: true, notes: true }),
  dialect('keepassxc', 'keepassxc', 'all', [
    ['Group', fixed('Root/Shops')], ['Title', n], ['Username', u], ['Password', p], ['URL', first], ['Notes', o], ['TOTP', t], ['Icon', fixed('0')],
    ['Last Modified', fixed('2024-03-01T10:00:00Z')], ['Created', fixed('2021-01-01T09:00:00Z')],
  ], { name: true, notes: true, totp: true }),
  dialect('keepassxc-2.5', 'keepassxc', 'all', [['Group', fixed('Root')], ['Title', n], ['Username', u], ['Password', p], ['URL', first], ['Notes', o]], { name: true, notes: true }),
  dialect('keepass', 'keepass', 'all', [['Account', n], ['Login Name', u], ['Password', p], ['Web Site', first], ['Comments', o]], { name: true, notes: true }),
  dialect('protonpass', 'protonpass', 'needed', [
    ['type', fixed('login')], ['name', n], ['url', all(', ')], ['email', empty], ['username', u], ['password', p], ['note', o], ['totp', t],
    ['createTime', fixed('1609459200')], ['modifyTime', fixed('1709459200')], ['vault', fixed('Personal')],
  ], { name: true, notes: true, totp: true, extraUrls: true }),
  dialect('protonpass-no-vault', 'protonpass', 'needed', [
    ['type', fixed('login')], ['name', n], ['url', all(', ')], ['email', empty], ['username', u], ['password', p], ['note', o], ['totp', t],
    ['createTime', fixed('1609459200')], ['modifyTime', fixed('1709459200')],
  ], { name: true, notes: true, totp: true, extraUrls: true }),
  dialect('protonpass-2023', 'protonpass', 'needed', [
    ['type', fixed('login')], ['name', n], ['url', all(', ')], ['username', u], ['password', p], ['note', o], ['totp', t],
    ['createTime', fixed('1609459200')], ['modifyTime', fixed('1709459200')], ['vault', fixed('Personal')],
  ], { name: true, notes: true, totp: true, extraUrls: true }),
  dialect('lastpass', 'lastpass', 'needed', [
    ['url', first], ['username', u], ['password', p], ['totp', t], ['extra', o], ['name', n], ['grouping', fixed('Shops')], ['fav', fixed('0')],
  ], { name: true, notes: true, totp: true }),
  dialect('dashlane', 'dashlane', 'needed', [
    ['username', u], ['username2', empty], ['username3', empty], ['title', n], ['password', p], ['note', o], ['url', first], ['category', empty], ['otpSecret', t],
  ], { name: true, notes: true, totp: true }),
  dialect('nordpass', 'nordpass', 'needed', [
    ['name', n], ['url', first], ['additional_urls', rest], ['username', u], ['password', p], ['note', o], ['cardholdername', empty], ['cardnumber', empty],
    ['cvc', empty], ['pin', empty], ['expirydate', empty], ['zipcode', empty], ['folder', empty], ['full_name', empty], ['phone_number', empty],
    ['email', empty], ['address1', empty], ['address2', empty], ['city', empty], ['country', empty], ['state', empty], ['type', fixed('password')],
    ['custom_fields', empty],
  ], { name: true, notes: true, extraUrls: true }),
  dialect('synology', 'synology', 'needed', [
    ['Display_Name', n], ['Login_Username', u], ['Login_Password', p], ['Login_URLs', first], ['Login_TOTP', t], ['Notes', o], ['Favorite', empty],
  ], { name: true, notes: true, totp: true }),
  dialect('roboform', 'roboform', 'needed', [
    ['Name', n], ['Url', first], ['MatchUrl', first], ['Login', u], ['Pwd', p], ['Note', o], ['Folder', fixed('/Shops')], ['RfFieldsV2', empty],
  ], { name: true, notes: true }),
];

const NEEDS_QUOTES = /[",\r\n]/;

export function quoteCell(value: string, quote: Dialect['quote']): string {
  return quote === 'all' || NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
