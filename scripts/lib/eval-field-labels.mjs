// Field labels from a corpus index entry, as { form, selector, roles } for the page probe.
// Two sources of labels:
// - `forms[].field_roles` (our own fixture corpus): { "<css selector>": role or [roles] }, scoped to
//   the entry's <form> index when `form` is given;
// - `forms[].field_types` (Formasaurus): its field-type code per field name. Formasaurus has no
//   current/new split, so its plain password code takes the role its form's class implies.
// DuckDuckGo's annotations are counts per form, not per field, so they label nothing here.

const CODE_ROLES = {
  us: ['username'],
  ue: ['username', 'email'], // "username or email"
  e1: ['email'],
  e2: ['email', 'none'], // "email confirmation": no credential role of its own
  ph: ['phone'],
  p2: ['confirm-password'],
};

function passwordRoles(formLabel) {
  if (formLabel === 'login') return ['current-password'];
  if (formLabel === 'signup') return ['new-password'];
  return ['current-password', 'new-password'];
}

const cssString = (s) => `"${s.replace(/["\\]/g, '\\$&')}"`;

export function fieldLabels(entry) {
  const out = [];
  for (const f of entry.forms ?? []) {
    if (f.label?.startsWith('unlabeled') || f.label === 'unannotated') continue;
    for (const [selector, roles] of Object.entries(f.field_roles ?? {})) {
      out.push({ ...(f.form === undefined ? {} : { form: f.form }), selector, roles: Array.isArray(roles) ? roles : [roles] });
    }
    for (const [name, code] of Object.entries(f.field_types ?? {})) {
      const roles = code === 'p1' ? passwordRoles(f.label) : CODE_ROLES[code] ?? ['none'];
      out.push({ form: f.form, selector: `[name=${cssString(name)}]`, roles });
    }
  }
  return out;
}
