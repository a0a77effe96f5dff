// The vault's capture key (vault/background/capture-key.ts) through the real vault, keyring and
// storage modules, with storage and alarms in memory: a vault made before capture keys existed
// gets one at its next unlock (the migration); what is sealed to it opens only while the vault is
// unlocked, across a master password change; a pair that does not open under the vault key is
// replaced; no private key is stored in the clear.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHeader } from '../../../src/vault/core/crypto/header';
import { newKdfParams } from '../../../src/vault/core/crypto/kdf-params';
import { openCapture, sealCapture } from '../../../src/keep/core/sealed-capture';
import { capture } from '../keep/fixtures';
vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));

const fake = await vi.hoisted(async () => {
  const { memoryArea } = await import('./memory-storage');
  const [local, session] = [memoryArea(), memoryArea()];
  const browser = {
    storage: { local, session },
    alarms: { create: async () => undefined, clear: async () => true },
  };
  return { local, session, browser };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const MASTER = 'correct horse battery';
const CAPTURE_KEY = 'vault:capture-key';
// PBKDF2 at its floor: the quickest derivation a stored header may ask for.
const kdf = () => newKdfParams('pbkdf2-sha256');

async function modules() {
  vi.resetModules();
  const vault = await import('../../../src/vault/background/vault');
  const keys = await import('../../../src/vault/background/capture-key');
  return { vault, keys };
}

/** A vault as one made before capture keys existed: a header, no `vault:capture-key`. */
async function oldVault(): Promise<void> {
  const { header } = await createHeader(MASTER, kdf(), 1);
  await fake.local.set({ 'vault:header': header });
}

beforeEach(() => {
  fake.local.map.clear();
  fake.session.map.clear();
});

// Each test derives the vault key from the master password a few times (PBKDF2, 600,000 rounds):
// seconds on a busy machine, more than vitest's default.
describe('the capture key', { timeout: 60_000 }, () => {
  it('is added to a vault made before it at the next unlock, and opens what it sealed only while unlocked', async () => {
    await oldVault();
    const { vault, keys } = await modules();
    expect(await keys.captureSealingKey()).toBeNull();
    expect(await vault.unlockVault(MASTER, Date.now())).toBeNull();
    const sealing = await keys.captureSealingKey();
    if (!sealing) throw new Error('no capture key after the unlock');
    const sealed = await sealCapture(capture({ currentPassword: 'Shop-Pass-1' }), sealing);
    const opening = await keys.captureOpeningKey(Date.now());
    if (!opening) throw new Error('unlocked, yet no opening key');
    expect(await openCapture(sealed, opening)).toMatchObject({ currentPassword: 'Shop-Pass-1' });
    await vault.lockVault();
    keys.forgetOpeningKey();
    expect(await keys.captureOpeningKey(Date.now())).toBeNull();
    // Stored: the public half in the clear, the private half sealed under the vault key.
    const stored = fake.local.map.get(CAPTURE_KEY) as { publicKey: string; privateKey: object };
    expect(Object.keys(stored).sort()).toEqual(['format', 'privateKey', 'publicKey']);
    expect(Object.keys(stored.privateKey).sort()).toEqual(['ct', 'id', 'iv', 'v']);
  });

  it('stays the same pair across unlocks, worker restarts and a master password change', async () => {
    await oldVault();
    let { vault, keys } = await modules();
    await vault.unlockVault(MASTER, Date.now());
    const before = fake.local.map.get(CAPTURE_KEY);
    const sealed = await sealCapture(capture({ newPassword: 'Next-Pass-2' }), (await keys.captureSealingKey()) as CryptoKey);
    await vault.lockVault();
    ({ vault, keys } = await modules());
    await vault.unlockVault(MASTER, Date.now());
    expect(fake.local.map.get(CAPTURE_KEY)).toEqual(before);
    expect(await (await import('../../../src/vault/background/master-password')).changeMasterPassword(MASTER, 'another master password', Date.now())).toBeNull();
    ({ vault, keys } = await modules());
    await vault.lockVault();
    expect(await vault.unlockVault('another master password', Date.now())).toBeNull();
    expect((fake.local.map.get(CAPTURE_KEY) as { publicKey: string }).publicKey).toBe((before as { publicKey: string }).publicKey);
    expect(await openCapture(sealed, (await keys.captureOpeningKey(Date.now())) as CryptoKey)).toMatchObject({ newPassword: 'Next-Pass-2' });
  });

  it('is replaced when it does not open under the vault key (another vault\'s, or a public half swapped beside it)', async () => {
    await oldVault();
    let { vault, keys } = await modules();
    await vault.unlockVault(MASTER, Date.now());
    const first = fake.local.map.get(CAPTURE_KEY) as { publicKey: string };
    const { generateSealingPair, exportPublicKey } = await import('../../../src/vault/core/crypto/sealed-box');
    await fake.local.set({ [CAPTURE_KEY]: { ...first, publicKey: await exportPublicKey((await generateSealingPair()).publicKey) } });
    await vault.lockVault();
    ({ vault, keys } = await modules());
    await vault.unlockVault(MASTER, Date.now());
    const second = fake.local.map.get(CAPTURE_KEY) as { publicKey: string };
    expect(second.publicKey).not.toBe(first.publicKey);
    const sealed = await sealCapture(capture(), (await keys.captureSealingKey()) as CryptoKey);
    expect(await openCapture(sealed, (await keys.captureOpeningKey(Date.now())) as CryptoKey)).toMatchObject({ currentPassword: 'Old-Pass-1' });
  });

  it('is made with a new vault', async () => {
    const { vault, keys } = await modules();
    await vault.createVault(MASTER, Date.now());
    expect(await keys.captureSealingKey()).not.toBeNull();
    expect(await keys.captureOpeningKey(Date.now())).not.toBeNull();
  });
});
