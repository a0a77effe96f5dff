// Runs in: the background and our pages. zxcvbn-ts's dictionaries from the one gzipped file the
// build packs (shared/passwords/strength-settings.ts says why one file), read with fetch (packaged, never
// web-accessible), unzipped by the browser's own DecompressionStream and parsed, not cast.
import browser from 'webextension-polyfill';
import { ZXCVBN_DATA_FILE, ZxcvbnPacked, unpackZxcvbnData, type ZxcvbnData } from '../passwords/strength-settings';

export async function readZxcvbnData(): Promise<ZxcvbnData> {
  const response = await fetch(browser.runtime.getURL(ZXCVBN_DATA_FILE));
  if (!response.ok || !response.body) throw new Error(`${ZXCVBN_DATA_FILE}: ${response.status}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  return unpackZxcvbnData(ZxcvbnPacked.parse(JSON.parse(text)));
}
