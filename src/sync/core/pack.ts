// Runs anywhere. The synced vault as storage.sync items, every one of them sealed under the vault key
// except the header, which is public by design (the salt and KDF parameters; vault/core/crypto/header.ts):
// - `s:h`: the vault header, so another computer unlocks with the same master password;
// - `s:c<i>`: the compressed state (wire.ts) cut into pieces, each AES-GCM sealed with the
//   generation, the writer, its index and the count as associated data, so a piece relabelled as
//   another generation or moved to another slot does not open. The labels are also written in the
//   clear in front ("<gen>.<writer>.<count>.<sealed>"), so a reader tells a piece of another write
//   (still being delivered: wait) from one that does not open under its own labels (tampered);
// - `s:m`: the manifest, sealed too: the generation, the writer and a hash of every piece. A reader
//   applies nothing until every piece it names is there and matches, so the sync engine delivering
//   items one by one never shows the other computer a partial vault, and pieces of two computers
//   writing the same generation at once are never mixed.
import * as z from 'zod/mini';
import { fromUtf8, randomBytes, utf8 } from '../../vault/core/crypto/bytes';
import { keyOpensHeader, parseHeader, type HeaderError, type VaultHeader } from '../../vault/core/crypto/header';
import { type Result, err, ok } from '../../shared/result';
import { itemBytes, MAX_ITEMS, QUOTA_BYTES, QUOTA_BYTES_PER_ITEM } from './limits';
import { ReplicaId, type SyncState, type Version } from './replica-state';
import { fromDenseText, toDenseText } from './dense-text';
import { stateFromWire, stateToWire } from './wire';
import { HISTORY_STEPS, trimHistory } from './trim';

export const HEADER_ITEM = 's:h';
export const MANIFEST_ITEM = 's:m';
export const PIECE_PREFIX = 's:c';
export const pieceItem = (index: number) => `${PIECE_PREFIX}${index}`;
/** Every item this format writes: what turning sync off removes. */
export const isSyncItem = (key: string) => key === HEADER_ITEM || key === MANIFEST_ITEM || key.startsWith(PIECE_PREFIX);

const IV_BYTES = 12;
const TAG_BYTES = 16;
const HASH_BYTES = 16;
// Room in an item for its key ("s:c" and up to three digits), its labels and the quotes of the JSON string.
const ITEM_OVERHEAD = 48;
/** Sealed bytes per piece: their dense text (dense-text.ts: 2 characters per 13 bits) fills an item. */
const PIECE_SEALED_BYTES = Math.floor(((QUOTA_BYTES_PER_ITEM - ITEM_OVERHEAD) / 2) * 13 / 8) - 1;
const PIECE_PLAIN_BYTES = PIECE_SEALED_BYTES - IV_BYTES - TAG_BYTES;
const COMPRESSION: CompressionFormat = 'deflate-raw';

const Manifest = z.object({
  g: z.int().check(z.positive()),
  w: ReplicaId,
  h: z.array(z.string()).check(z.minLength(1), z.maxLength(MAX_ITEMS)),
});
const SealedManifest = z.object({ g: z.int().check(z.positive()), w: ReplicaId, s: z.string() });

const PIECE_LABELS = /^(\d{1,15})\.([A-Za-z0-9_-]{1,16})\.(\d{1,3})\.(.+)$/s;
const pieceAad = (gen: number, writer: string, index: number, count: number) => utf8(`latchkey:sync:piece:v1:${gen}:${writer}:${index}:${count}`);
const manifestAad = (gen: number, writer: string) => utf8(`latchkey:sync:manifest:v1:${gen}:${writer}`);

async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

async function seal(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, aad: Uint8Array<ArrayBuffer>): Promise<string> {
  const iv = randomBytes(IV_BYTES);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: TAG_BYTES * 8 }, key, plain));
  const out = new Uint8Array(IV_BYTES + ct.length);
  out.set(iv);
  out.set(ct, IV_BYTES);
  return toDenseText(out);
}

async function open(key: CryptoKey, sealed: string, aad: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | null> {
  const bytes = fromDenseText(sealed);
  if (!bytes || bytes.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES), additionalData: aad, tagLength: TAG_BYTES * 8 },
      key,
      bytes.slice(IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

async function hashOf(text: string): Promise<string> {
  return toDenseText(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text))).slice(0, HASH_BYTES));
}

export interface Packed {
  /** Every item to write, header and manifest included. */
  items: Record<string, string | VaultHeader | z.infer<typeof SealedManifest>>;
  /** What the browser counts against the quota for them (and `reserve`). */
  bytes: number;
  /** Whether they fit Chrome's quota (bytes and item count). */
  fits: boolean;
  /**
   * Null: every history item is in the copy. Otherwise the copy has at most `keep` per entry
   * (trim.ts) and leaves `left` out, which stay on the computers that hold them.
   */
  history: { keep: number; left: number } | null;
}

/**
 * The state sealed as generation `gen` written by `writer`: whole if it fits the quota beside
 * `reserve` bytes of other items, else with the fewest history items left out that fits (trim.ts).
 * Over the quota even with one history item per entry: the last try, `fits` false.
 */
export async function packState(key: CryptoKey, header: VaultHeader, state: SyncState, gen: number, writer: string, reserve = 0): Promise<Packed> {
  let packed = await packWhole(key, header, state, gen, writer, reserve);
  if (packed.fits) return { ...packed, history: null };
  for (const keep of HISTORY_STEPS) {
    const trimmed = trimHistory(state, keep);
    if (trimmed.left === 0) continue;
    packed = await packWhole(key, header, trimmed.state, gen, writer, reserve);
    if (packed.fits) return { ...packed, history: { keep, left: trimmed.left } };
  }
  return { ...packed, history: null };
}

async function packWhole(key: CryptoKey, header: VaultHeader, state: SyncState, gen: number, writer: string, reserve: number): Promise<Omit<Packed, 'history'>> {
  const compressed = await through(utf8(JSON.stringify(stateToWire(state))), new CompressionStream(COMPRESSION));
  const count = Math.max(1, Math.ceil(compressed.length / PIECE_PLAIN_BYTES));
  const items: Packed['items'] = { [HEADER_ITEM]: header };
  const hashes: string[] = [];
  for (let i = 0; i < count; i++) {
    const sealed = await seal(key, compressed.slice(i * PIECE_PLAIN_BYTES, (i + 1) * PIECE_PLAIN_BYTES), pieceAad(gen, writer, i, count));
    const piece = `${gen}.${writer}.${count}.${sealed}`;
    items[pieceItem(i)] = piece;
    hashes.push(await hashOf(piece));
  }
  const manifest = utf8(JSON.stringify({ g: gen, w: writer, h: hashes }));
  items[MANIFEST_ITEM] = { g: gen, w: writer, s: await seal(key, manifest, manifestAad(gen, writer)) };
  const bytes = Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), reserve);
  return { items, bytes, fits: bytes <= QUOTA_BYTES && Object.keys(items).length <= MAX_ITEMS };
}

/**
 * Why synced items were not applied. 'incomplete': a piece is missing or from another write (the
 * sync engine may still be delivering; not an attack); 'replayed': an authentic generation older
 * than one already applied; 'tampered': an item does not open under the vault key or does not
 * parse; 'other-key': the synced vault is another master password's; 'header': the synced header
 * itself is refused (the KDF floors, as for a stored one).
 */
export type UnpackError =
  | { code: 'absent' }
  | { code: 'incomplete' }
  | { code: 'replayed'; gen: number }
  | { code: 'tampered'; item: string }
  | { code: 'other-key' }
  | { code: 'header'; error: HeaderError };

/** The synced header, checked as a stored one is (format, KDF floors). */
export function readSyncedHeader(items: Readonly<Record<string, unknown>>): Result<VaultHeader, UnpackError> {
  if (!(HEADER_ITEM in items)) return err({ code: 'absent' });
  const header = parseHeader(items[HEADER_ITEM]);
  return header.ok ? header : err({ code: 'header', error: header.error });
}

export interface Unpacked {
  state: Map<string, readonly Version[]>;
  gen: number;
  writer: string;
}

/**
 * The synced state, if every item is there, authentic and of a generation not older than
 * `lastGen` (the newest this computer applied). Never throws.
 */
export async function unpackItems(key: CryptoKey, items: Readonly<Record<string, unknown>>, lastGen: number): Promise<Result<Unpacked, UnpackError>> {
  const header = readSyncedHeader(items);
  if (!header.ok) return header;
  if (!(await keyOpensHeader(key, header.value))) return err({ code: 'other-key' });
  if (!(MANIFEST_ITEM in items)) return err({ code: 'absent' });
  const sealedManifest = SealedManifest.safeParse(items[MANIFEST_ITEM]);
  if (!sealedManifest.success) return err({ code: 'tampered', item: MANIFEST_ITEM });
  const { g: gen, w: writer, s } = sealedManifest.data;
  const manifestBytes = await open(key, s, manifestAad(gen, writer));
  const manifestText = manifestBytes && fromUtf8(manifestBytes);
  const manifest = manifestText === null ? null : Manifest.safeParse(safeJson(manifestText));
  if (!manifest?.success || manifest.data.g !== gen || manifest.data.w !== writer) return err({ code: 'tampered', item: MANIFEST_ITEM });
  if (gen < lastGen) return err({ code: 'replayed', gen });
  const hashes = manifest.data.h;
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  for (const [i, hash] of hashes.entries()) {
    const piece = items[pieceItem(i)];
    if (piece === undefined) return err({ code: 'incomplete' });
    const labels = typeof piece === 'string' ? PIECE_LABELS.exec(piece) : null;
    if (!labels) return err({ code: 'tampered', item: pieceItem(i) });
    const [, pieceGen = '', pieceWriter = '', pieceCount = '', sealed = ''] = labels;
    const plain = await open(key, sealed, pieceAad(Number(pieceGen), pieceWriter, i, Number(pieceCount)));
    if (!plain) return err({ code: 'tampered', item: pieceItem(i) });
    // An authentic piece of another write: the sync engine has not delivered this one's yet.
    if (Number(pieceGen) !== gen || pieceWriter !== writer || Number(pieceCount) !== hashes.length) return err({ code: 'incomplete' });
    // Of this very write, yet not what its manifest names: one write seals each piece once.
    if ((await hashOf(piece as string)) !== hash) return err({ code: 'tampered', item: pieceItem(i) });
    pieces.push(plain);
  }
  const joined = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    joined.set(piece, at);
    at += piece.length;
  }
  let text: string | null;
  try {
    text = fromUtf8(await through(joined, new DecompressionStream(COMPRESSION)));
  } catch {
    text = null;
  }
  const state = text === null ? null : stateFromWire(safeJson(text));
  if (!state?.ok) return err({ code: 'tampered', item: MANIFEST_ITEM });
  return ok({ state: state.value, gen, writer });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
