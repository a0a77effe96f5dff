// Runs in: background. At most one snapshot per frame classified at a time, and only the newest
// waits its turn: a page that changes without pause (a hostile one, or a busy SPA) makes its
// content script report at the debounce's pace, and each report that arrives while one is being
// classified replaces the one that was waiting, which is answered null at once. A snapshot older
// than the one running or waiting (by the content script's sequence number) is answered null too.
// A frame's new document starts afresh (`forget`, on its hello): its numbers start again at 1.

interface Waiting {
  seq: number;
  job: () => Promise<unknown>;
  settle: (result: { value: unknown } | { error: unknown } | null) => void;
}

interface Frame {
  running: number;
  waiting: Waiting | null;
}

export interface NewestOnly {
  /** Runs `job` when the frame's turn comes; null when a newer snapshot of the frame overtook it. */
  run<T>(frame: string, seq: number, job: () => Promise<T>): Promise<T | null>;
  forget(frame: string): void;
  forgetTab(tabId: number): void;
}

export function newestOnly(): NewestOnly {
  const frames = new Map<string, Frame>();

  const start = (key: string, frame: Frame, next: Waiting): void => {
    frame.running = next.seq;
    void next.job().then((value) => next.settle({ value }), (error: unknown) => next.settle({ error })).finally(() => {
      const after = frame.waiting;
      frame.waiting = null;
      if (after) start(key, frame, after);
      else if (frames.get(key) === frame) frames.delete(key);
    });
  };

  return {
    run<T>(key: string, seq: number, job: () => Promise<T>): Promise<T | null> {
      return new Promise<T | null>((resolve, reject) => {
        const settle: Waiting['settle'] = (result) => {
          if (result === null) resolve(null);
          else if ('error' in result) reject(result.error);
          else resolve(result.value as T);
        };
        const entry: Waiting = { seq, job, settle };
        const frame = frames.get(key);
        if (!frame) {
          const fresh: Frame = { running: seq, waiting: null };
          frames.set(key, fresh);
          return start(key, fresh, entry);
        }
        if (seq <= frame.running || (frame.waiting && seq <= frame.waiting.seq)) return settle(null);
        frame.waiting?.settle(null);
        frame.waiting = entry;
      });
    },
    forget: (key) => void frames.delete(key),
    forgetTab: (tabId) => {
      for (const key of frames.keys()) if (key.startsWith(`${tabId}:`)) frames.delete(key);
    },
  };
}
