// Runs in: background. Commands to a tab's top frame (protocol/commands.ts's TAB_COMMANDS; the
// content script answers them through content-commands.ts).
import browser from 'webextension-polyfill';
import { TAB_COMMANDS, type TabCommand, type TabReplyOf } from '../protocol/commands';

/**
 * Sends a command to the top frame of a tab and parses the reply against the table. Undefined when
 * nobody answers, the answer fails its schema, or the command expects no answer: a tab without our
 * content script (or one that is closing) just does not act on it.
 */
export async function sendTabCommand<C extends TabCommand>(tabId: number, command: C): Promise<TabReplyOf<C['kind']> | undefined> {
  const schema = TAB_COMMANDS[command.kind].reply;
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, command, { frameId: 0 });
    if (schema === null) return undefined;
    const parsed = schema.safeParse(reply);
    return parsed.success ? (parsed.data as TabReplyOf<C['kind']>) : undefined;
  } catch {
    return undefined;
  }
}
