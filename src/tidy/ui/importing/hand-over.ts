// Runs in: the options page. Hands a file's text to the background as a blob: URL of our own
// origin (tidy/core/importing/import-source.ts says why not as text in the message), and revokes
// the URL once the background has answered: by then it has read the file or given up on it.
import { FILE_UNREACHABLE, type ImportSource } from '../../core/importing/import-source';
import type { PreviewReply } from '../../core/importing/transfer-schema';
import type { Reply } from '../../../shared/protocol/reply';

export async function handOver(text: string, ask: (source: ImportSource) => Promise<Reply<PreviewReply>>): Promise<Reply<PreviewReply>> {
  const file = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  try {
    const reply = await ask({ file });
    // The background could not read our blob (a browser that keeps them apart): the slow way.
    if (reply.ok && reply.value.failure?.code === FILE_UNREACHABLE) return await ask({ text });
    return reply;
  } finally {
    URL.revokeObjectURL(file);
  }
}
