// Runs anywhere. A capture as Keep stores it (storage.session, keep/core/state.ts): everything the
// background needs to judge the submit and show the offer stays readable (site, username, form,
// time), and the passwords are sealed to the vault's capture key (vault/core/crypto/sealed-box.ts), so
// a capture taken while the vault is locked is kept for "save on unlock" and no password is
// readable in storage after a lock. Only the unlocked vault holds the key that opens them.
import * as z from 'zod/mini';
import { openSealed, SealedBox, sealTo } from '../../vault/core/crypto/sealed-box';
import { Capture } from './capture';

export const SealedCapture = z.extend(z.omit(Capture, { currentPassword: true, newPassword: true }), {
  /** The capture's passwords, sealed; null when it has none (a forgot step, a first login step). */
  secret: z.nullable(SealedBox),
});
export type SealedCapture = z.infer<typeof SealedCapture>;

const Secret = z.object({ currentPassword: z.nullable(z.string()), newPassword: z.nullable(z.string()) });

// Bound to the capture's id: a sealed secret moved to another capture does not open.
const context = (id: string) => `keep-capture:${id}`;

export async function sealCapture(capture: Capture, recipient: CryptoKey): Promise<SealedCapture> {
  const { currentPassword, newPassword, ...rest } = capture;
  const secret = currentPassword === null && newPassword === null
    ? null
    : await sealTo(recipient, context(capture.id), JSON.stringify({ currentPassword, newPassword }));
  return { ...rest, secret };
}

/** The capture with its passwords, or null when its secret does not open with this key (another vault's, changed). */
export async function openCapture(sealed: SealedCapture, privateKey: CryptoKey): Promise<Capture | null> {
  const { secret, ...rest } = sealed;
  if (secret === null) return { ...rest, currentPassword: null, newPassword: null };
  const opened = await openSealed(privateKey, context(sealed.id), secret);
  if (!opened.ok) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(opened.value);
  } catch {
    return null;
  }
  const passwords = Secret.safeParse(parsed);
  return passwords.success ? { ...rest, ...passwords.data } : null;
}
