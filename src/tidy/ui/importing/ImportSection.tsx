// Runs in: the options page, while the vault is unlocked. Import a CSV export or restore an
// encrypted backup: read the file here, preview in the background (nothing written),
// decide conflicts, commit in one write, then forget the file. The page holds the file's text
// only until the background has read it (hand-over.ts); the passwords stay in the background's preview.
import { useRef, useState } from 'preact/hooks';
import { looksLikeBackup } from '../../core/backup/format';
import type { ImportFailure, PreviewSummary } from '../../core/importing/summary';
import { t } from '../../../shared/platform/i18n';
import { send } from '../../../shared/platform/messaging';
import { BackupPassword } from './BackupPassword';
import type { Winner } from './ConflictList';
import { FileChooser } from './FileChooser';
import { handOver } from './hand-over';
import { failureText } from './import-text';
import { PreviewView } from './PreviewView';
import { readImportFile } from './read-file';
import './transfer.css';

type Stage =
  | { kind: 'choose' }
  | { kind: 'password'; name: string }
  | { kind: 'preview'; preview: PreviewSummary }
  | { kind: 'done'; written: number; total: number; previewId: string };

interface ImportSectionProps { onImported(): void }

export function ImportSection({ onImported }: ImportSectionProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const backupText = useRef<string | null>(null);

  const fail = (failure: ImportFailure | string) => setMessage({ error: true, text: typeof failure === 'string' ? failure : failureText(failure) });
  const reset = () => {
    backupText.current = null;
    if (input.current) input.current.value = '';
    setStage({ kind: 'choose' });
  };
  async function forget(previewId: string | null, notice: boolean) {
    if (previewId) await send('import/forget', { previewId });
    reset();
    setMessage(notice ? { error: false, text: t('importForgotten') } : null);
  }
  async function preview(run: () => ReturnType<typeof send<'import/preview'>>) {
    setBusy(true);
    const reply = await run();
    setBusy(false);
    if (!reply.ok) return fail(t('errorGeneric', reply.error.message));
    if (reply.value.failure) return fail(reply.value.failure);
    backupText.current = null;
    if (reply.value.preview) setStage({ kind: 'preview', preview: reply.value.preview });
  }
  async function onFile(file: File) {
    // Another file replaces the one previewed: the background forgets the first.
    if (stage.kind === 'preview') await send('import/forget', { previewId: stage.preview.previewId });
    reset();
    setMessage(null);
    const read = await readImportFile(file);
    if (!read.ok) return fail(read.failure);
    if (looksLikeBackup(read.text)) {
      backupText.current = read.text;
      return setStage({ kind: 'password', name: file.name });
    }
    await preview(() => handOver(read.text, (source) => send('import/preview', source)));
  }
  async function restore(password: string) {
    const text = backupText.current;
    if (text === null) return reset();
    setMessage(null);
    await preview(() => handOver(text, (source) => send('import/backup-preview', { ...source, password })));
  }
  async function commit(previewId: string, choices: Record<string, Winner>) {
    setBusy(true);
    const reply = await send('import/commit', { previewId, choices });
    setBusy(false);
    if (!reply.ok) return fail(t('errorGeneric', reply.error.message));
    setMessage(null);
    setStage({ kind: 'done', ...reply.value, previewId });
    onImported();
  }

  return (
    <section class="transfer" aria-labelledby="import-heading" data-testid="import-section" aria-busy={busy}>
      <h2 id="import-heading">{t('importHeading')}</h2>
      <FileChooser disabled={busy} inputRef={input} onFile={(file) => void onFile(file)} />
      <p role="alert" class="error" data-testid="import-failure">{message?.error ? message.text : ''}</p>
      <p role="status" class="ok" data-testid="import-notice">{message && !message.error ? message.text : ''}</p>
      {busy && <p class="muted" data-testid="import-busy">{t('importWorking')}</p>}
      {stage.kind === 'password' && (
        <BackupPassword name={stage.name} busy={busy} onSubmit={(password) => void restore(password)} onCancel={() => void forget(null, false)} />
      )}
      {stage.kind === 'preview' && (
        <PreviewView key={stage.preview.previewId} preview={stage.preview} busy={busy}
          onCommit={(choices) => void commit(stage.preview.previewId, choices)} onCancel={() => void forget(stage.preview.previewId, true)} />
      )}
      {stage.kind === 'done' && (
        <div data-testid="import-result" data-written={stage.written} data-total={stage.total}>
          <p class="ok">{t('importDone', [String(stage.written), String(stage.total)])}</p>
          <button type="button" data-testid="import-forget" onClick={() => void forget(stage.previewId, true)}>{t('importForget')}</button>
        </div>
      )}
    </section>
  );
}
