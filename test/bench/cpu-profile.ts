// V8 CPU profiles over the DevTools protocol, summed by function: where a figure's time goes
// (profile.bench.ts). A page is profiled through its own CDP session; the service worker through a
// page's session attached to the worker's target (playwright-core gives no session for workers),
// its messages relayed by Target.sendMessageToTarget.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface ProfileNode { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

/** What a profiler needs from a target: one command at a time. */
export interface Profiled {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
}

// Fine enough to see a 10 ms step in a few hundred milliseconds of work.
const SAMPLING_US = 100;

export async function startProfile(target: Profiled): Promise<void> {
  await target.send('Profiler.enable');
  await target.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await target.send('Profiler.start');
}

export async function stopProfile(target: Profiled): Promise<CpuProfile> {
  const { profile } = (await target.send('Profiler.stop')) as { profile: CpuProfile };
  return profile;
}

export function pageTarget(session: CDPSession): Profiled {
  return { send: (method, params) => session.send(method as never, params as never) };
}

/** The extension's service worker as a profiling target, through a session of `page`. */
export async function workerTarget(context: BrowserContext, page: Page, origin: string): Promise<Profiled & { detach(): Promise<void> }> {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const worker = targetInfos.findLast((t) => t.type === 'service_worker' && t.url.startsWith(origin));
  if (!worker) throw new Error('no service worker to profile');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const waiting = new Map<number, { done(value: unknown): void; fail(error: Error): void }>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const wait = reply.id === undefined ? undefined : waiting.get(reply.id);
    if (!wait || reply.id === undefined) return;
    waiting.delete(reply.id);
    if (reply.error) wait.fail(new Error(reply.error.message));
    else wait.done(reply.result);
  });
  return {
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((done, fail) => {
        waiting.set(id, { done, fail });
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(fail);
      });
    },
    detach: () => cdp.detach(),
  };
}

export interface FunctionTime {
  name: string;
  /** Time spent in the function itself. */
  selfMs: number;
  /** Time with the function anywhere on the stack (each sample counted once per function). */
  totalMs: number;
}

const labelOf = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) =>
  `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/\/[^/]+\//, '')}:${lineNumber + 1}` : ''}`.trim();

/** Self and total time per function, summed over profiles; the thread's idle time left out. */
export function functionTimes(profiles: readonly CpuProfile[]): { busyMs: number; functions: FunctionTime[] } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busyMs = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    profile.samples.forEach((sample, i) => {
      // A sample's time is the delta to the next sample.
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const leaf = byId.get(sample);
      // (program) is the engine's own work outside JavaScript (parsing, compiling, message
      // serialisation): busy time too. Only (idle) is not.
      if (!leaf || leaf.callFrame.functionName === '(idle)') return;
      busyMs += ms;
      const leafLabel = labelOf(leaf);
      self.set(leafLabel, (self.get(leafLabel) ?? 0) + ms);
      const seen = new Set<string>();
      for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) {
        const node = byId.get(id);
        if (!node || node.callFrame.functionName === '(root)') continue;
        const label = labelOf(node);
        if (seen.has(label)) continue;
        seen.add(label);
        total.set(label, (total.get(label) ?? 0) + ms);
      }
    });
  }
  const functions = [...total.entries()].map(([name, totalMs]) => ({ name, selfMs: self.get(name) ?? 0, totalMs }));
  return { busyMs, functions };
}

/** The top `count` functions by self and by total time, as lines of text with their share of the busy time. */
export function profileReport(title: string, profiles: readonly CpuProfile[], count = 15): string {
  const { busyMs, functions } = functionTimes(profiles);
  const line = (ms: number, name: string) => `  ${(ms / profiles.length).toFixed(1).padStart(7)} ms ${((100 * ms) / busyMs).toFixed(0).padStart(3)}%  ${name}`;
  const top = (key: 'selfMs' | 'totalMs') => [...functions].sort((a, b) => b[key] - a[key]).slice(0, count).map((f) => line(f[key], f.name));
  return [
    `${title}: ${(busyMs / profiles.length).toFixed(1)} ms busy per run (${profiles.length} runs; ms per run, share of busy time)`,
    ' by self time:',
    ...top('selfMs'),
    ' by total time:',
    ...top('totalMs'),
  ].join('\n');
}

/**
 * When, in ms from the profile's start, `name` was first and last seen on the stack: with the
 * profile started just before a message was sent, the first is the message's way in.
 */
export function spanOf(profile: CpuProfile, name: string): { firstMs: number; lastMs: number } | null {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  let at = 0;
  let span: { firstMs: number; lastMs: number } | null = null;
  profile.samples.forEach((sample, i) => {
    at += profile.timeDeltas[i] ?? 0;
    for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) {
      if (byId.get(id)?.callFrame.functionName !== name) continue;
      const ms = at / 1000;
      span = span ? { firstMs: span.firstMs, lastMs: ms } : { firstMs: ms, lastMs: ms };
      return;
    }
  });
  return span;
}

/** The last moment, in ms from the profile's start, the thread ran anything (a reply's send is near it). */
export function lastBusyMs(profile: CpuProfile): number {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  let at = 0;
  let last = 0;
  profile.samples.forEach((sample, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const name = byId.get(sample)?.callFrame.functionName;
    if (name !== '(idle)' && name !== '(program)' && name !== '(garbage collector)') last = at / 1000;
  });
  return last;
}
