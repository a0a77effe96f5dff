import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { formatMessage } from '../../../src/shared/i18n-format';

describe('formatMessage (the English fallback for i18n.getMessage)', () => {
  it('fills named placeholders from positional substitutions', () => {
    expect(formatMessage(english.searchCount, ['42'])).toBe('Found: 42');
    expect(formatMessage(english.popupOnThisPage, ['sign-in form'])).toBe('On this page: sign-in form');
  });

  it('leaves a message without placeholders alone and reads $$ as $', () => {
    expect(formatMessage({ message: 'Costs $$5' }, [])).toBe('Costs $5');
    expect(formatMessage(english.popupHeading, [])).toBe('Latchkey');
  });

  it('empties a placeholder with no substitution, like the browser', () => {
    expect(formatMessage(english.searchCount, [])).toBe('Found: ');
  });
});
