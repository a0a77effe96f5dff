// A background worker for unit tests: the real handlers (dispatch, vault, settings, import, Keep)
// over storage in memory that outlives it, as storage.local and storage.session outlive a stopped
// service worker. A worker can be told to stop after its Nth storage write: the write that would
// come next is never made, and from then on every call it makes to the browser never settles, as
// for a worker the browser has killed (its timers may still fire; they reach nothing).
// startWorker() is a new worker instance: fresh modules (vi.resetModules), the same storage.
import { vi } from 'vitest';
import type { Reply } from '../../../src/shared/protocol/reply';
import type { Sender } from '../../../src/shared/protocol/sender';
import type { Entry } from '../../../src/vault/core/entry';
import { memoryArea, type MemoryArea } from './memory-storage';

export interface Storage {
  local: MemoryArea;
  session: MemoryArea;
  /** storage.sync: the tests play the sync engine by copying it from one computer's to another's. */
  sync: MemoryArea;
}

export const newStorage = (): Storage => ({ local: memoryArea(), session: memoryArea(), sync: memoryArea() });

/** A copy to start several runs from the same stored state. */
export function copyStorage(from: Storage): Storage {
  const to = newStorage();
  for (const [key, value] of from.local.map) to.local.map.set(key, structuredClone(value));
  for (const [key, value] of from.session.map) to.session.map.set(key, structuredClone(value));
  for (const [key, value] of from.sync.map) to.sync.map.set(key, structuredClone(value));
  return to;
}

export const OPTIONS: Sender = {
  kind: 'extension', origin: 'chrome-extension://latchkey', url: 'chrome-extension://latchkey/src/pages/options/index.html', tabId: undefined, frameId: undefined,
};
export const contentOf = (tabId: number, url: string): Sender => ({ kind: 'content', origin: new URL(url).origin, url, tabId, frameId: 0 });

export type Send = (type: string, payload: unknown, sender?: Sender) => Promise<Reply<unknown>>;

export interface Worker {
  send: Send;
  /** Storage writes (set or remove, either area) this worker made. */
  writes(): number;
  /** Resolves when the worker stops at its write limit. */
  stopped: Promise<void>;
  isStopped(): boolean;
}

const never = () => new Promise<never>(() => undefined);

export interface WorkerOptions {
  stopAfterWrites?: number;
  /** When the worker started, as the background's status reports it. */
  startedAt?: number;
  /** The manifest's version. */
  version?: string;
  /** Sees every command sent to a tab (the content script fills whatever it is asked to). */
  onTabCommand?: (tabId: number, command: unknown) => void;
}

export async function startWorker(storage: Storage, options: WorkerOptions = {}): Promise<Worker> {
  let writes = 0;
  let dead = false;
  let stop = () => undefined as void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const area = (memory: MemoryArea) => ({
    get: (keys: string | string[] | null) => (dead ? never() : memory.get(keys)),
    set: (items: Record<string, unknown>) => write(() => memory.set(items)),
    remove: (keys: string | string[]) => write(() => memory.remove(keys)),
  });
  const write = (apply: () => Promise<void>): Promise<void> => {
    if (dead) return never();
    if (options.stopAfterWrites !== undefined && writes >= options.stopAfterWrites) {
      dead = true;
      stop();
      return never();
    }
    writes++;
    return apply();
  };
  const alive = <T>(value: T) => (dead ? never() : Promise.resolve(value));
  const browser = {
    storage: { local: area(storage.local), session: area(storage.session), sync: area(storage.sync), onChanged: { addListener: () => undefined } },
    alarms: { create: () => alive(undefined), clear: () => alive(true), onAlarm: { addListener: () => undefined } },
    runtime: { id: 'latchkey', getManifest: () => ({ version: options.version ?? '0' }), getURL: (path: string) => `chrome-extension://latchkey/${path.replace(/^\//, '')}` },
    // A content script that fills whatever it is asked to.
    tabs: {
      sendMessage: (tabId: number, command: unknown) => {
        options.onTabCommand?.(tabId, command);
        return alive({ filled: true, reason: 'filled' });
      },
    },
  };
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: browser }));
  const { dispatch } = await import('../../../src/shared/protocol/dispatch');
  const { createHandlers } = await import('../../../src/background/handlers');
  const handlers = createHandlers(options.startedAt ?? 0);
  return {
    send: (type, payload, sender = OPTIONS) => dispatch(handlers, { type, payload }, sender),
    writes: () => writes,
    stopped,
    isStopped: () => dead,
  };
}

/** The value of a reply, or a thrown error naming what failed. */
export function valueOf<T>(reply: Reply<unknown>, what: string): T {
  if (!reply.ok) throw new Error(`${what}: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}

/**
 * A vault made with a real master password and `entries()` written through the real write queue
 * (their ids and dates as given): tests start a worker over a copy of it (copyStorage), unlocked.
 */
export async function vaultWith(master: string, entries: () => Entry[]): Promise<Storage> {
  const made = newStorage();
  const worker = await startWorker(made);
  valueOf(await worker.send('vault/create', { password: master }), 'create');
  const { changeEntries } = await import('../../../src/vault/background/entry-writes');
  await changeEntries(Date.now(), () => ({ put: entries(), result: undefined }));
  return made;
}
