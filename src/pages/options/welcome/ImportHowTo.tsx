// Runs in: the options page (first run and import). How to get a CSV out of each browser and
// password manager the import reads (tidy/core/csv/formats.ts; Edge writes Chrome's format), a few
// words each, opened one at a time, and a reminder that the exported file holds every password
// in plain text.
import { t } from '../../../shared/platform/i18n';

// Product names, the same in every language.
const SOURCES = [
  ['chrome', 'Chrome'],
  ['edge', 'Microsoft Edge'],
  ['firefox', 'Firefox'],
  ['bitwarden', 'Bitwarden'],
  ['onepassword', '1Password'],
  ['keepassxc', 'KeePassXC'],
  ['protonpass', 'Proton Pass'],
  ['latchkey', 'Latchkey'],
] as const;

export function ImportHowTo() {
  return (
    <section aria-labelledby="howto-heading" data-testid="import-howto">
      <h2 id="howto-heading">{t('howToHeading')}</h2>
      <ul class="plain howto-list">
        {SOURCES.map(([id, name]) => (
          <li key={id}>
            <details data-testid={`howto-${id}`}>
              <summary>{name}</summary>
              <p class="small-text">{t(`howTo_${id}`)}</p>
            </details>
          </li>
        ))}
      </ul>
      <p class="warning small-text">{t('howToDeleteAfter')}</p>
    </section>
  );
}
