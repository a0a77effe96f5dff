// Runs in: the options page. Choose a file with the labelled file input (keyboard and screen
// readers), or drop one on the zone around it.
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../shared/platform/i18n';

interface FileChooserProps {
  disabled: boolean;
  inputRef: Ref<HTMLInputElement>;
  onFile(file: File): void;
}

export function FileChooser({ disabled, inputRef, onFile }: FileChooserProps) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer?.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div class={`drop-zone${over ? ' over' : ''}`} data-testid="import-drop"
      onDragOver={(event) => { event.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
      <label for="import-file">{t('importChoose')}</label>
      <input id="import-file" ref={inputRef} type="file" accept=".csv,.json,.1pux,text/csv,application/json" disabled={disabled}
        data-testid="import-file" aria-describedby="import-file-help"
        onChange={(event) => { const file = event.currentTarget.files?.[0]; if (file) onFile(file); }} />
      <p id="import-file-help" class="muted small-text">{t('importChooseHelp')}</p>
    </div>
  );
}
