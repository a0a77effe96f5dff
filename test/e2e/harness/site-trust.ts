// How a browser is pointed at the fixture server and told to trust it, for the E2E launchers and
// for `npm start` alike: the fixture host names resolve to 127.0.0.1, and the one certificate the
// server presents is accepted for them. Nothing wider: no blanket "ignore certificate errors",
// no trusted CA that could vouch for other sites.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureTls } from './certificate';
import { FIXTURE_HOSTS } from './hosts';

export interface SiteTrust {
  /** The fixture server's https port. */
  port: number;
  tls: Pick<FixtureTls, 'spki' | 'fingerprint'>;
}

/**
 * Chromium: resolve the fixture hosts locally and accept a chain that contains exactly this
 * public key (the switch is honoured only with --user-data-dir, which every launch here sets).
 */
export function chromiumSiteArgs(sites: SiteTrust | undefined): string[] {
  return [
    `--host-resolver-rules=${FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
    ...(sites ? [`--ignore-certificate-errors-spki-list=${sites.tls.spki}`] : []),
    // Some fixture pages are plain http on purpose (what may not happen on an insecure page).
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
  ];
}

/**
 * Firefox prefs: the fixture hosts resolve to 127.0.0.1; http pages stay http. Firefox refuses
 * certificate exceptions for hosts on its built-in HSTS preload list (www.amazon.com is), so the
 * profile does without that list: it only ever visits the fixture server.
 */
export const FIREFOX_SITE_PREFS = {
  'network.dns.localDomains': FIXTURE_HOSTS.join(','),
  'dom.security.https_first': false,
  'dom.security.https_only_mode': false,
  'network.stricttransportsecurity.preloadlist': false,
} as const;

/**
 * Firefox: a certificate exception for each fixture host on this port, for this certificate's
 * fingerprint only, written where the profile keeps the exceptions a user adds from the
 * "Accept the risk" button (the file format of Firefox's own certificate override service).
 */
export function trustInFirefoxProfile(profileDir: string, sites: SiteTrust): void {
  const SHA256_OID = 'OID.2.16.840.1.101.3.4.2.1';
  const lines = [
    '# PSM Certificate Override Settings file',
    '# This is a generated file!  Do not edit.',
    ...FIXTURE_HOSTS.map((host) => `${host}:${sites.port}:\t${SHA256_OID}\t${sites.tls.fingerprint}\t`),
  ];
  writeFileSync(join(profileDir, 'cert_override.txt'), `${lines.join('\n')}\n`);
}
