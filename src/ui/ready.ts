// Runs in: extension pages. Pages that load state asynchronously mark themselves ready, so tests
// (and screen readers, via aria-busy) wait on a fact instead of a sleep (TOOLCHAIN.md).
export function markReady(): void {
  document.documentElement.dataset.ready = 'true';
  document.body.removeAttribute('aria-busy');
}
