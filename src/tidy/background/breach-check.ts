// Runs in: background. The online exposed-password check (tidy/core/health/breach.ts), a batch per ask
// of the options page ('health/breach'), which asks again while passwords are left and stops at
// the first failure: no loop of its own, nothing runs when no page asks. Only the first 5
// characters of each password's SHA-1 leave the machine, with padding asked for; a failed answer
// (timeout, 429, anything that is not a range answer) marks nothing and says why.
import { BREACH_HOST_PERMISSION, hashParts, parseRange, type BreachFailure, type BreachStatus } from '../core/health/breach';
import { hasHostPermission } from '../../shared/platform/permissions';
import { createSerialQueue } from '../../shared/serial-queue';
import { readSettings } from '../../settings/background/settings';
import { unlocked } from '../../vault/background/vault';
import { breachesOf, forgetBreaches, storeBreaches, type BreachCache } from './breach-cache';
import { passwordsOf } from './vault-passwords';

/** Passwords checked per ask: a few seconds of requests, so the page shows progress. */
const PER_ASK = 40;
/** Requests in flight at once. */
const PARALLEL = 4;
/** Past this, an answer counts as lost (the page says so; the next ask tries again). */
export const BREACH_TIMEOUT_MS = 8000;

async function sha1Hex(password: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(password)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The range answer for one prefix: suffix -> times seen, or why there is none. */
async function fetchRange(prefix: string): Promise<Map<string, number> | BreachFailure> {
  try {
    // The API's address is fixed at build time (vite.config.ts); nothing at run time can change it.
    const response = await fetch(`${__BREACH_RANGE_URL__}${prefix}`, {
      headers: { 'Add-Padding': 'true' },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(BREACH_TIMEOUT_MS),
    });
    if (response.status === 429) return 'rate-limited';
    if (!response.ok) return 'unavailable';
    return parseRange(await response.text()) ?? 'garbage';
  } catch (error) {
    return error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'unavailable';
  }
}

function statusOf(online: boolean, passwords: ReadonlySet<string>, cache: BreachCache, failure: BreachFailure | null, checkedNow = 0): BreachStatus {
  let checked = 0;
  let found = 0;
  for (const password of passwords) {
    const count = cache.get(password);
    if (count === undefined) continue;
    checked++;
    if (count > 0) found++;
  }
  return { online, checked, unchecked: passwords.size - checked, found, checkedNow, failure };
}

// One check at a time: a second page (or a page that asked again after a vault change) waits for
// the first and then finds those passwords checked, instead of asking the API for them twice.
const serial = createSerialQueue();

/** Checks the next batch of unchecked passwords; answers where the check stands. */
export function checkBreaches(now: number): Promise<BreachStatus> {
  return serial('breach', () => checkBatch(now));
}

async function checkBatch(now: number): Promise<BreachStatus> {
  const [settings, vault] = await Promise.all([readSettings(), unlocked(now)]);
  const cache = await breachesOf(vault);
  const passwords = passwordsOf(vault);
  if (!settings.onlineBreachCheck) return statusOf(false, passwords, cache, 'off');
  if (!(await hasHostPermission(BREACH_HOST_PERMISSION))) return statusOf(true, passwords, cache, 'no-permission');

  const batch: string[] = [];
  for (const password of passwords) {
    if (cache.get(password) !== undefined) continue;
    batch.push(password);
    if (batch.length === PER_ASK) break;
  }
  const byPrefix = new Map<string, { password: string; suffix: string }[]>();
  for (const password of batch) {
    const { prefix, suffix } = hashParts(await sha1Hex(password));
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), { password, suffix }]);
  }
  const prefixes = [...byPrefix.keys()];
  let failure: BreachFailure | null = null;
  let checkedNow = 0;
  const worker = async () => {
    for (let prefix = prefixes.shift(); prefix !== undefined && failure === null; prefix = prefixes.shift()) {
      const answer = await fetchRange(prefix);
      if (typeof answer === 'string') {
        failure ??= answer;
        return;
      }
      for (const { password, suffix } of byPrefix.get(prefix) ?? []) {
        cache.set(password, answer.get(suffix) ?? 0);
        checkedNow++;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (checkedNow > 0) await storeBreaches(vault);
  return statusOf(true, passwords, cache, failure, checkedNow);
}

/** The check was turned off: what it found is forgotten (and no longer counts in the report). */
export function forgetBreachResults(now: number): Promise<BreachStatus> {
  return serial('breach', () => forget(now));
}

async function forget(now: number): Promise<BreachStatus> {
  const vault = await unlocked(now).catch(() => null);
  await forgetBreaches(vault);
  const passwords = vault ? passwordsOf(vault) : new Set<string>();
  return { online: false, checked: 0, unchecked: passwords.size, found: 0, checkedNow: 0, failure: 'off' };
}
