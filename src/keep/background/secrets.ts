// Runs in: background. Keep's captured passwords go into storage.session sealed to the vault's
// capture key (vault/capture-key.ts) and come out only while the vault is unlocked: after a lock
// no password is readable in storage, and a capture taken while locked is opened on unlock.
import type { Capture } from '../core/capture';
import { openCapture, sealCapture, type SealedCapture } from '../core/sealed-capture';
import { captureOpeningKey, captureSealingKey } from '../../vault/background/capture-key';

/** The capture as Keep stores it, or null when there is no vault key to seal it to (no vault yet). */
export async function sealForKeep(capture: Capture): Promise<SealedCapture | null> {
  const key = await captureSealingKey();
  return key ? sealCapture(capture, key) : null;
}

/** The capture with its passwords while the vault is unlocked; null while locked or when it does not open. */
export async function openForKeep(sealed: SealedCapture, now: number): Promise<Capture | null> {
  const key = await captureOpeningKey(now);
  return key ? openCapture(sealed, key) : null;
}
