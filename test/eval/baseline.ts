// Runs in: the evaluation page. The cheapest thing a detector must do anyway: enumerate inputs and
// ask the browser whether each is visible. Detection time is reported as a ratio to this.
export function baselineScan(doc: Document): number {
  let visible = 0;
  for (const el of Array.from(doc.querySelectorAll('input,select,textarea'))) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && el.checkVisibility()) visible++;
  }
  return visible;
}
