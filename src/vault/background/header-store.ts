// Runs in: background. The vault header (KDF parameters and key check,
// vault/core/crypto/header.ts) as stored: raw in storage.local, parsed by whoever reads it.
import { readKey, writeTogether } from '../../shared/platform/local-records';
import { RAW_KEYS } from '../../shared/storage/items';

const HEADER = RAW_KEYS.local.vaultHeader;

/** The stored header, unparsed; undefined when there is no vault. */
export const readHeader = (): Promise<unknown> => readKey(HEADER);

export const writeHeader = (header: unknown): Promise<void> => writeTogether({ [HEADER]: header });

/** The header as one of the values of a write that changes it with the records (a re-key). */
export const headerValue = (header: unknown): Record<string, unknown> => ({ [HEADER]: header });
