// Runs in: the guide page. A recipe message in the user's language: the locale's text for its
// key, else the English default the recipe carries (a key added to a recipe before the locales).
import type { Message } from '../core/recipes/message';
import { t } from '../../shared/platform/i18n';

export function messageText(message: Message): string {
  const text = t(message.key);
  return text === '' || text === message.key ? message.en : text;
}
