// Prints the evaluation as aligned text tables.
const pad = (s, n) => String(s).padStart(n);
const f3 = (x) => x.toFixed(3);

export function printReport({ classes, macroF1 }, { names, matrix }, timing, meta) {
  console.log(`\npages: ${meta.pages}${meta.strict ? ' (strict: ambiguous pages dropped)' : ' (lenient: alt_labels accepted)'}, load errors: ${meta.errors}, bundle: ${meta.bundleBytes} bytes minified`);
  console.log(`\n${'class'.padEnd(18)}${pad('precision', 10)}${pad('recall', 8)}${pad('F1', 8)}${pad('support', 9)}`);
  for (const [c, m] of Object.entries(classes)) {
    console.log(`${c.padEnd(18)}${pad(f3(m.precision), 10)}${pad(f3(m.recall), 8)}${pad(f3(m.f1), 8)}${pad(m.support, 9)}`);
  }
  console.log(`${'macro-F1'.padEnd(18)}${pad(f3(macroF1), 26)}`);
  const short = (n) => n.replace('verification-code', 'verif').replace('set-new-password', 'set-new').replace('change-password', 'change').replace('forgot-password', 'forgot');
  console.log(`\nconfusion (rows: label, columns: predicted)\n${''.padEnd(10)}${names.map((n) => pad(short(n), 8)).join('')}`);
  for (const l of names) console.log(`${short(l).padEnd(10)}${names.map((p) => pad(matrix[l][p], 8)).join('')}`);
  console.log(`\ntiming per page: detection median ${timing.medianMs.toFixed(2)} ms, p95 ${timing.p95Ms.toFixed(2)} ms; ` +
    `baseline median ${timing.baselineMedianMs.toFixed(3)} ms; ratio ${timing.ratio.toFixed(1)}x`);
  console.log('  (per page: the median of 5 runs in the page; the first of them compiles the code and regexes,');
  console.log(`  as the content script does once per page load: first run median ${meta.firstRun.medianMs.toFixed(2)} ms, p95 ${meta.firstRun.p95Ms.toFixed(2)} ms)`);
}
