// Runs anywhere. Parser for Apple's password-rules language, the `passwordrules` attribute syntax
// (https://github.com/apple/password-manager-resources, tools/PasswordRulesParser.js, MIT):
//   minlength: 8; maxlength: 20; required: upper; required: digit, [!#$]; allowed: lower;
// Separate `required:` properties must each be satisfied; classes inside one property are
// alternatives. Stricter than Apple's parser, which logs and skips what it cannot read: a rule we
// half-understood would generate passwords the site rejects, so malformed input is a typed error.
// Never throws.
import { type CharClass, charSetOf, NAMED_CLASSES, type NamedClass, unionSets, ASCII_PRINTABLE } from './charset';
import type { PasswordRules, Requirement } from './model';
import { type Result, err, ok } from '../../result';

export type RulesErrorCode =
  | 'unknown-property'
  | 'unknown-class'
  | 'expected-colon'
  | 'expected-value'
  | 'expected-integer'
  | 'unterminated-class'
  | 'invalid-character'
  | 'unexpected-character';

export interface RulesError {
  code: RulesErrorCode;
  /** Index into the input where the problem starts. */
  position: number;
  message: string;
}

const PROPERTIES = ['required', 'allowed', 'max-consecutive', 'minlength', 'maxlength'] as const;
type Property = (typeof PROPERTIES)[number];

const isIdentChar = (c: string | undefined) => c !== undefined && /[A-Za-z-]/.test(c);
const isWhitespace = (c: string | undefined) => c !== undefined && ' \f\n\r\t'.includes(c);
// Printable: not a C0/C1 control or DEL. Apple's parser keeps printable ASCII only and silently
// drops the rest, but several German and Italian sites in its data list characters such as § ä £
// (axa.de, dkb.de, unito.it); dropping them would make check.ts call allowed characters forbidden.
const isPrintable = (c: string) => !/[\u0000-\u001f\u007f-\u009f]/u.test(c);

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  // A method, not a getter: TypeScript would keep narrowing a property across `pos++`.
  peek(): string | undefined {
    return this.text[this.pos];
  }
  get done(): boolean {
    return this.pos >= this.text.length;
  }
  skipSpace(): void {
    while (isWhitespace(this.peek())) this.pos++;
  }
  identifier(): string {
    const start = this.pos;
    while (isIdentChar(this.peek())) this.pos++;
    return this.text.slice(start, this.pos).toLowerCase();
  }
  fail(code: RulesErrorCode, message: string, position = this.pos): { ok: false; error: RulesError } {
    return err({ code, position, message });
  }
}

// `[...]`: printable characters; '-' only as the first character; ']' only as the last (written `]]`),
// as in Apple's parser.
function customClass(c: Cursor): Result<string, RulesError> {
  const start = c.pos;
  c.pos++; // '['
  let chars = '';
  for (;;) {
    const code = c.text.codePointAt(c.pos);
    const ch = code === undefined ? undefined : String.fromCodePoint(code);
    if (ch === undefined) return c.fail('unterminated-class', 'character class has no closing ]', start);
    if (ch === ']') {
      c.pos++;
      if (c.peek() === ']') {
        chars += ']';
        c.pos++;
      }
      return ok(chars);
    }
    if (!isPrintable(ch)) return c.fail('invalid-character', 'control characters cannot be in a character class');
    if (ch === '-' && c.pos !== start + 1) return c.fail('invalid-character', "'-' may only come first in a character class");
    chars += ch;
    c.pos += ch.length;
  }
}

function classList(c: Cursor): Result<CharClass[], RulesError> {
  const classes: CharClass[] = [];
  for (;;) {
    if (c.peek() === '[') {
      const custom = customClass(c);
      if (!custom.ok) return custom;
      // Apple drops an empty `[]`; so do we.
      if (custom.value) classes.push({ kind: 'custom', chars: custom.value });
    } else if (isIdentChar(c.peek())) {
      const start = c.pos;
      const name = c.identifier();
      if (!(NAMED_CLASSES as readonly string[]).includes(name)) return c.fail('unknown-class', `unknown class "${name}"`, start);
      classes.push({ kind: 'named', name: name as NamedClass });
    } else {
      return c.fail('expected-value', 'expected a class name or [characters]');
    }
    c.skipSpace();
    if (c.peek() !== ',') return ok(classes);
    c.pos++;
    c.skipSpace();
  }
}

function integer(c: Cursor): Result<number, RulesError> {
  const start = c.pos;
  while (/[0-9]/.test(c.peek() ?? '')) c.pos++;
  if (c.pos === start) return c.fail('expected-integer', 'expected a whole number');
  // Longer than any real limit; also keeps the number exact.
  if (c.pos - start > 6) return c.fail('expected-integer', 'number too large', start);
  return ok(Number(c.text.slice(start, c.pos)));
}

interface Raw {
  required: CharClass[][];
  allowed: CharClass[];
  maxConsecutive: number[];
  minLength: number[];
  maxLength: number[];
}

function property(c: Cursor, name: Property, raw: Raw): Result<void, RulesError> {
  if (name === 'required' || name === 'allowed') {
    const classes = classList(c);
    if (!classes.ok) return classes;
    if (name === 'required' && classes.value.length) raw.required.push(classes.value);
    if (name === 'allowed') raw.allowed.push(...classes.value);
    return ok(undefined);
  }
  const n = integer(c);
  if (!n.ok) return n;
  // Apple's parser ignores a zero (its values are truthiness-checked); a zero limit means nothing.
  if (n.value === 0) return ok(undefined);
  const key = name === 'max-consecutive' ? 'maxConsecutive' : name === 'minlength' ? 'minLength' : 'maxLength';
  raw[key].push(n.value);
  return ok(undefined);
}

export function parsePasswordRules(text: string): Result<PasswordRules, RulesError> {
  const c = new Cursor(text);
  const raw: Raw = { required: [], allowed: [], maxConsecutive: [], minLength: [], maxLength: [] };
  c.skipSpace();
  while (!c.done) {
    const start = c.pos;
    const name = c.identifier();
    if (!(PROPERTIES as readonly string[]).includes(name)) {
      return c.fail('unknown-property', name ? `unknown property "${name}"` : 'expected a property name', start);
    }
    if (c.peek() !== ':') return c.fail('expected-colon', `expected ':' after ${name}`);
    c.pos++;
    c.skipSpace();
    // An empty value ("required: ;") says nothing; Apple's parser skips it too.
    if (!c.done && c.peek() !== ';') {
      const done = property(c, name as Property, raw);
      if (!done.ok) return done;
      c.skipSpace();
    }
    if (c.done) break;
    if (c.peek() !== ';') return c.fail('unexpected-character', `unexpected "${c.peek()}"`);
    c.pos++;
    c.skipSpace();
  }
  return ok(canonical(raw));
}

function canonical(raw: Raw): PasswordRules {
  const required: Requirement[] = raw.required.map((classes) => ({ classes, set: charSetOf(classes) }));
  const named = raw.allowed.length || required.length;
  const allowed = named
    ? unionSets([charSetOf(raw.allowed), ...required.map((r) => r.set)])
    : { chars: ASCII_PRINTABLE, anyUnicode: false };
  return {
    required,
    allowed,
    maxConsecutive: raw.maxConsecutive.length ? Math.min(...raw.maxConsecutive) : null,
    minLength: raw.minLength.length ? Math.max(...raw.minLength) : null,
    maxLength: raw.maxLength.length ? Math.min(...raw.maxLength) : null,
  };
}
