// Prints the evaluation as aligned text tables.
const pad = (s, n) => String(s).padStart(n);
const f3 = (x) => x.toFixed(3);
const f2 = (x) => x.toFixed(2);
const short = (n) => n.replace('verification-code', 'verif').replace('set-new-password', 'set-new').replace('change-password', 'change').replace('forgot-password', 'forgot');
/** The classes every per-source and per-language table shows, in this order. */
const MAIN = ['login', 'signup', 'change-password', 'forgot-password', 'verification-code', 'set-new-password', 'none'];

function classTable({ classes, macroF1 }) {
  console.log(`\n${'class'.padEnd(18)}${pad('precision', 10)}${pad('recall', 8)}${pad('F1', 8)}${pad('support', 9)}`);
  for (const [c, m] of Object.entries(classes)) {
    console.log(`${c.padEnd(18)}${pad(f3(m.precision), 10)}${pad(f3(m.recall), 8)}${pad(f3(m.f1), 8)}${pad(m.support, 9)}`);
  }
  console.log(`${'macro-F1'.padEnd(18)}${pad(f3(macroF1), 26)}`);
}

/** One line per group: pages, then F1 per class (with its support), '-' where the group has none. */
function groupTable(title, groups) {
  console.log(`\n${title}\n${''.padEnd(14)}${pad('pages', 6)}${MAIN.map((c) => pad(short(c), 13)).join('')}${pad('macro', 7)}`);
  for (const [name, g] of Object.entries(groups)) {
    const cells = MAIN.map((c) => { const m = g.classes[c]; return pad(m ? `${f3(m.f1)} (${m.support})` : '-', 13); });
    console.log(`${String(name).slice(0, 13).padEnd(14)}${pad(g.pages, 6)}${cells.join('')}${pad(f3(g.macroF1), 7)}`);
  }
}

function losoTable(loso) {
  groupTable('leave one source out: each source scored with weights tuned on the other two (goal: the mean F1 of login, signup, change, forgot, none)', loso);
  for (const [name, g] of Object.entries(loso)) {
    const moved = Object.entries(g.changed).map(([k, v]) => `${k}=${v}`).join(' ') || 'none';
    console.log(`  ${name}: held-out goal F1 ${f3(g.goalF1)} (shipped weights ${f3(g.shipped.goalF1)}; on ${g.trainedOn.join('+')} ${f3(g.trainGoalF1)}); weights moved: ${moved}`);
  }
}

function confusionTable({ names, matrix }) {
  console.log(`\nconfusion (rows: label, columns: predicted)\n${''.padEnd(10)}${names.map((n) => pad(short(n), 8)).join('')}`);
  for (const l of names) console.log(`${short(l).padEnd(10)}${names.map((p) => pad(matrix[l][p], 8)).join('')}`);
}

function rolesTable({ fields, credentialFields, roles }) {
  console.log(`\nfield roles: ${fields} labelled fields, ${credentialFields} with a credential role`);
  console.log(`${'role'.padEnd(18)}${pad('precision', 10)}${pad('recall', 8)}${pad('F1', 8)}${pad('support', 9)}`);
  for (const [r, m] of Object.entries(roles)) {
    console.log(`${r.padEnd(18)}${pad(f3(m.precision), 10)}${pad(f3(m.recall), 8)}${pad(f3(m.f1), 8)}${pad(m.support, 9)}`);
  }
}

function timingLines(t) {
  if (!t) { console.log('\ntiming: none (offline run: classified saved snapshots in Node)'); return; }
  console.log(`\ntiming per page (median / p95 over pages; each warm figure a loop of calls of at least ${t.loopMs} ms):`);
  console.log(`  snapshot + classification, as if both ran in the page:`);
  console.log(`    first call (module set-up and regex compile included): ${f2(t.firstMedianMs)} / ${f2(t.firstP95Ms)} ms  [goal p95 <= 16, median <= 4]`);
  console.log(`    warm: ${f2(t.medianMs)} / ${f2(t.p95Ms)} ms  [goal median <= 2, p95 <= 8]`);
  console.log(`    same page with its fields removed: ${t.noInputMedianMs.toFixed(3)} ms`);
  console.log(`  the page's share in the extension (the content script's snapshot; the background classifies):`);
  console.log(`    first call (compiling our code included): ${f2(t.page.firstMedianMs)} / ${f2(t.page.firstP95Ms)} ms  [goal p95 <= 16, median <= 4]`);
  if (t.page.firstByEval) console.log(`      (${t.page.firstByEval} pages stopped our script and were timed by evaluation, without the compile hint)`);
  console.log(`    warm: ${f2(t.page.medianMs)} / ${f2(t.page.p95Ms)} ms  [goal median <= 2, p95 <= 8]`);
  console.log(`    same page with its fields removed: ${t.page.noInputMedianMs.toFixed(3)} ms`);
  console.log(`  baseline input scan: ${t.baselineMedianMs.toFixed(3)} ms; whole warm / baseline ${t.ratio.toFixed(1)}x, page's share / baseline ${t.page.ratio.toFixed(1)}x`);
}

export function printReport(result, meta) {
  console.log(`\npages: ${result.pages}${meta.strict ? ' (strict: ambiguous pages dropped)' : ' (lenient: alt_labels accepted)'}, load errors: ${meta.errors}${meta.bundleBytes ? `, bundle: ${meta.bundleBytes} bytes minified (the page's: ${meta.pageBundleBytes})` : ''}`);
  classTable(result);
  confusionTable(result.confusion);
  groupTable('F1 per source, shipped weights (the rules were written with every source in view)', result.sources);
  if (result.loso) losoTable(result.loso);
  groupTable('F1 per language (pages whose language is known: the index, else <html lang>)', result.languages);
  rolesTable(result.roles);
  timingLines(result.timing);
}
