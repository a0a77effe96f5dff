// Runs in: the guide page. One line of the new-password checklist in words.
import { charRanges } from '../core/char-ranges';
import type { CheckItem } from '../core/checklist';
import type { CharClass } from '../../shared/passwords/rules/charset';
import { t } from '../../shared/platform/i18n';

const CLASS_KEYS: Partial<Record<string, string>> = {
  upper: 'guideClassUpper', lower: 'guideClassLower', digit: 'guideClassDigit', special: 'guideClassSpecial',
  'ascii-printable': 'guideClassAny', unicode: 'guideClassAny',
};

function className(c: CharClass): string {
  if (c.kind === 'custom') return t('guideClassOneOf', c.chars);
  return t(CLASS_KEYS[c.name] ?? 'guideClassAny');
}

export function checkLabel(item: CheckItem, allowedChars: string): string {
  switch (item.kind) {
    case 'min-length':
      return t('guideRuleMin', String(item.min));
    case 'max-length':
      return t('guideRuleMax', String(item.max));
    case 'required':
      return t('guideRuleRequired', item.classes.map(className).join(' / '));
    case 'allowed':
      return item.forbidden.length > 0 ? t('guideRuleForbidden', item.forbidden.join(' ')) : t('guideRuleAllowed', charRanges(allowedChars));
    case 'max-consecutive':
      return t('guideRuleConsecutive', String(item.max));
    case 'confirm':
      return t('guideRuleConfirm');
  }
}
