// Runs anywhere. Password rules Latchkey knows better than Apple's data, checked before it.
// Each one cites what the site itself says.

export const latchkeyRules: Record<string, string> = {
  // AliExpress's reset and change pages require letters and digits with at least one capital and
  // one number, 6 to 20 characters (DESIGN.md "Who uses it"; ../shared/seeds/002: "at least 1
  // capital letter and 1 number"). Apple's entry for aliexpress.com allows those classes but
  // requires none, so a generated all-lowercase password would be refused.
  'aliexpress.com': 'minlength: 6; maxlength: 20; required: upper; required: digit; allowed: lower;',
  'aliexpress.ru': 'minlength: 6; maxlength: 20; required: upper; required: digit; allowed: lower;',
  'aliexpress.us': 'minlength: 6; maxlength: 20; required: upper; required: digit; allowed: lower;',
};
