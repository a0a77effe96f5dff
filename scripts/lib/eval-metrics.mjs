// Precision, recall, F1 per class, macro-F1 over the classes present in the labels, a confusion
// matrix, and percentiles. Plain functions over { label, predicted } rows.

export function percentile(values, p) {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

export const median = (values) => {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function scoreClasses(rows) {
  const labels = [...new Set(rows.map((r) => r.label))].sort();
  const classes = {};
  for (const c of labels) {
    const tp = rows.filter((r) => r.label === c && r.predicted === c).length;
    const predicted = rows.filter((r) => r.predicted === c).length;
    const support = rows.filter((r) => r.label === c).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    classes[c] = { precision, recall, f1, support };
  }
  const f1s = Object.values(classes).map((c) => c.f1);
  return { classes, macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0 };
}

export function confusion(rows) {
  const names = [...new Set(rows.flatMap((r) => [r.label, r.predicted]))].sort();
  const matrix = Object.fromEntries(names.map((l) => [l, Object.fromEntries(names.map((p) => [p, 0]))]));
  for (const r of rows) matrix[r.label][r.predicted]++;
  return { names, matrix };
}

/** The same scores per value of `key(row)`, for groups of at least `min` pages. */
export function scoreBy(rows, key, min = 1) {
  const groups = new Map();
  for (const r of rows) {
    const k = key(r);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(r);
  }
  const out = {};
  for (const [k, rs] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    if (rs.length >= min) out[k] = { pages: rs.length, ...scoreClasses(rs) };
  }
  return out;
}

export const ROLES = ['username', 'email', 'phone', 'current-password', 'new-password', 'confirm-password', 'one-time-code'];

/**
 * Precision and recall per field role over labelled fields { roles, predicted }: a prediction is
 * right when it is one of the field's accepted roles; a field counts towards the support of its
 * first accepted role. 'none' (no credential role) is scored like a role.
 */
export function scoreRoles(fields) {
  const roles = {};
  for (const r of [...ROLES, 'none']) {
    const predicted = fields.filter((f) => f.predicted === r);
    const tpPredicted = predicted.filter((f) => f.roles.includes(r)).length;
    const own = fields.filter((f) => f.roles[0] === r);
    const tpOwn = own.filter((f) => f.roles.includes(f.predicted)).length;
    const precision = predicted.length ? tpPredicted / predicted.length : 0;
    const recall = own.length ? tpOwn / own.length : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (own.length || predicted.length) roles[r] = { precision, recall, f1, support: own.length };
  }
  const credential = fields.filter((f) => f.roles[0] !== 'none').length;
  return { fields: fields.length, credentialFields: credential, roles };
}
