// One account rule: import, the health report and Keep must agree on whether two usernames are
// one account, or an import makes a "new" entry that Keep then offers to update (and the report
// calls a duplicate what the import called new).
import { describe, expect, it } from 'vitest';
import { decideOffer } from '../../../src/keep/core/offer';
import { findDuplicates } from '../../../src/tidy/core/health/duplicates';
import { createIdentity } from '../../../src/tidy/core/importing/identity';
import { previewImport } from '../../../src/tidy/core/importing/preview';
import { createEntry, type Entry } from '../../../src/vault/core/entry';
import { capture, T0 } from '../keep/fixtures';

const ORIGIN = 'https://www.shop.test';
const PASSWORD = 'Same-Pass-1';
const stored = (id: string, username: string): Entry =>
  createEntry({ id, site: { origins: [ORIGIN], match: 'site' }, username, password: PASSWORD }, T0 - 86_400_000);

/** Import: a row for `typed` against an entry for `saved` is the same login, not a new one. */
const importSays = (saved: string, typed: string): boolean =>
  previewImport([stored('e', saved)], [{ kind: 'login', row: 2, origins: [ORIGIN], username: typed, password: PASSWORD, notes: '', name: '', totp: '' }], T0)
    .items[0]?.class === 'identical';
/** Health: the two entries are reported as duplicates. */
const healthSays = (saved: string, typed: string): boolean => findDuplicates([stored('a', saved), stored('b', typed)], createIdentity()).length === 1;
/** Keep: a login as `typed` with the stored password offers nothing new. */
const keepSays = (saved: string, typed: string): boolean =>
  decideOffer(capture({ username: typed, currentPassword: PASSWORD }), [stored('e', saved)], [], T0).kind === 'nothing';

describe('one account, whoever asks', () => {
  it.each([
    ['composed and decomposed é', 'jos\u00e9@mail.test', 'jose\u0301@mail.test', true],
    ['decomposed capital É and composed é', 'JOSE\u0301@mail.test', 'jos\u00e9@mail.test', true],
    ['case', 'Shopper@Mail.test', 'shopper@mail.test', true],
    ['spaces around', ' shopper@mail.test\t', 'shopper@mail.test', true],
    ['all three at once', ' Jos\u00e9@Mail.test ', 'jose\u0301@mail.test', true],
    ['another accent', 'jos\u00e9@mail.test', 'jos\u00e8@mail.test', false],
    ['another account', 'ann@mail.test', 'bob@mail.test', false],
    ['a space inside', 'ann smith', 'annsmith', false],
  ])('%s', (_name, saved, typed, same) => {
    expect({ import: importSays(saved, typed), health: healthSays(saved, typed), keep: keepSays(saved, typed) })
      .toEqual({ import: same, health: same, keep: same });
  });
});
