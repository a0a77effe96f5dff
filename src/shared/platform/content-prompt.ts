// Runs in: content script. The in-page prompt's two ties to the extension: the background's
// "show the prompt" command, and the URL of the prompt page to frame.
import type { GuideCommand, PromptCommand } from '../protocol/commands';
import { onBackgroundCommand } from './content-commands';
import { nativeApi } from './native-api';

/**
 * Calls `show` when our background (never another tab's page or extension) asks for `kind` (the
 * Keep prompt, or the guide panel); dies with `signal`.
 */
export function onPromptCommand(signal: AbortSignal, show: () => void, kind: (PromptCommand | GuideCommand)['kind'] = 'keep-prompt'): void {
  onBackgroundCommand(signal, (raw) => {
    // The command is one literal with no payload: comparing it is its whole schema (and keeps
    // zod's literal parser out of the content script's budget).
    const command: Partial<PromptCommand | GuideCommand> | null = typeof raw === 'object' ? (raw as Partial<PromptCommand | GuideCommand> | null) : null;
    if (command?.kind === kind) show();
  });
}

/**
 * The prompt page's URL (or the guide page's, src/guide/ui/index.html), and the origins its document may have. Chrome answers the per-session
 * dynamic URL for a resource listed with `use_dynamic_url` (a page cannot probe a fixed URL to
 * learn Latchkey is installed), then serves the document from the extension's own origin; Firefox
 * has one moz-extension:// origin per install.
 */
export function promptPage(path = 'src/keep/ui/prompt/index.html'): { url: string; origins: string[] } {
  const runtime = nativeApi().runtime;
  const url = runtime.getURL(path);
  const originOf = (u: string) => u.slice(0, u.indexOf('/', u.indexOf('//') + 2));
  return { url, origins: [originOf(url), originOf(runtime.getURL('/'))] };
}
