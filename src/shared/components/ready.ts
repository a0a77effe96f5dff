// Runs in: extension pages. Pages that load state asynchronously mark themselves ready, so tests
// (and screen readers, via aria-busy) wait on a fact instead of a sleep (TOOLCHAIN.md). The first
// time also leaves a performance mark, which the benchmarks read as "open to interactive".
export const READY_MARK = 'latchkey:ready';

export function markReady(): void {
  if (document.documentElement.dataset.ready !== 'true') performance.mark(READY_MARK);
  document.documentElement.dataset.ready = 'true';
  document.body.removeAttribute('aria-busy');
}
