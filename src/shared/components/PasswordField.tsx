// Runs in: extension pages. A labelled password input with a show/hide toggle.
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';

interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  autocomplete: 'current-password' | 'new-password' | 'off';
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

export function PasswordField({ id, label, value, onInput, autocomplete, describedBy, inputRef, autoFocus }: PasswordFieldProps) {
  const [shown, setShown] = useState(false);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="password-row">
        <input id={id} ref={inputRef} type={shown ? 'text' : 'password'} value={value} autocomplete={autocomplete}
          spellcheck={false} autoFocus={autoFocus} aria-describedby={describedBy}
          onInput={(e) => onInput(e.currentTarget.value)} />
        <button type="button" class="secondary small" aria-pressed={shown} aria-controls={id}
          data-testid={`${id}-toggle`} onClick={() => setShown(!shown)}>
          {shown ? t('passwordHide') : t('passwordShow')}
        </button>
      </div>
    </div>
  );
}
