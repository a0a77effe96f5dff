// A throwaway certificate authority and one server certificate for every fixture host, made in
// memory once per E2E run (test/e2e/global-setup.ts hands it to every file) or when a process
// outside a run first needs them, and never written to the repository: nothing to keep secret,
// nothing that outlives the run. The browsers are told to trust exactly this server key
// (chromium.ts, firefox.ts), not the CA and not certificate errors in general.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { inject } from 'vitest';
import { FIXTURE_HOSTS } from './hosts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureTls: FixtureTls;
  }
}

export interface FixtureTls {
  /** PEM of the CA, for Node clients (`https.get(url, { ca })`). */
  ca: string;
  /** PEM chain the server presents: the host certificate, then the CA. */
  cert: string;
  /** PEM of the host certificate's private key. */
  key: string;
  /** base64 SHA-256 of the host certificate's public key: Chromium's `--ignore-certificate-errors-spki-list`. */
  spki: string;
  /** SHA-256 fingerprint of the host certificate, colon-separated upper-case hex (Firefox's certificate overrides). */
  fingerprint: string;
}

const DAY_MS = 86_400_000;
/** Well inside the 398 days browsers accept for a server certificate; a run needs hours. */
const VALID_DAYS = 30;
const RSA_BITS = 2048;
const SERIAL_BYTES = 16;

function keyPair(): { publicKey: forge.pki.PublicKey; privateKey: forge.pki.PrivateKey; pem: string } {
  // Node's own generator: forge's pure-JavaScript one takes seconds for a 2048-bit key.
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: RSA_BITS });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  return {
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
    privateKey: forge.pki.privateKeyFromPem(pem),
    pem,
  };
}

function certificate(subject: string, publicKey: forge.pki.PublicKey, extensions: object[]): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  // Positive: the top bit clear, as DER integers for serials must be.
  cert.serialNumber = `01${randomBytes(SERIAL_BYTES).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - DAY_MS);
  cert.validity.notAfter = new Date(Date.now() + VALID_DAYS * DAY_MS);
  cert.publicKey = publicKey;
  cert.setSubject([{ name: 'commonName', value: subject }]);
  cert.setExtensions(extensions);
  return cert;
}

function make(): FixtureTls {
  const caKeys = keyPair();
  const ca = certificate('Latchkey fixture CA (throwaway)', caKeys.publicKey, [
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  ca.setIssuer(ca.subject.attributes);
  ca.sign(caKeys.privateKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());

  const hostKeys = keyPair();
  const host = certificate(FIXTURE_HOSTS[0], hostKeys.publicKey, [
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: FIXTURE_HOSTS.map((value) => ({ type: 2, value })) },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() },
  ]);
  host.setIssuer(ca.subject.attributes);
  host.sign(caKeys.privateKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());

  const der = (cert: forge.pki.Certificate) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  const spkiDer = Buffer.from(forge.asn1.toDer(forge.pki.publicKeyToAsn1(hostKeys.publicKey)).getBytes(), 'binary');
  const caPem = forge.pki.certificateToPem(ca);
  return {
    ca: caPem,
    cert: `${forge.pki.certificateToPem(host)}${caPem}`,
    key: hostKeys.pem,
    spki: createHash('sha256').update(spkiDer).digest('base64'),
    fingerprint: createHash('sha256').update(der(host)).digest('hex').toUpperCase().replace(/(..)(?!$)/g, '$1:'),
  };
}

let made: FixtureTls | undefined;

/** The run's certificate where the E2E run made one, else undefined (benchmarks, scripts). */
function provided(): FixtureTls | undefined {
  try {
    return inject('fixtureTls');
  } catch {
    return undefined; // not inside a vitest worker
  }
}

/**
 * The same certificate for the whole run: the servers present it, the browsers trust it. Its two
 * 2048-bit keys and forge's signatures took 0.7-1.3 s here, once per E2E file before.
 */
export function fixtureTls(): FixtureTls {
  made ??= provided() ?? make();
  return made;
}
