// `npm start` after the build and the display check (scripts/start.mjs): the demo shops, then the
// browser. Everything it starts, `stop` ends, in the reverse order.
import { openChromium, openFirefox, type DemoBrowser } from './browsers';
import { startDemoSites } from './sites';

export interface Demo {
  startUrl: string;
  browser: DemoBrowser;
  stop(): Promise<void>;
}

export async function startDemo(options: { firefox: boolean; headless: boolean }): Promise<Demo> {
  const server = await startDemoSites();
  const startUrl = `${server.origin('start.test')}/`;
  try {
    const open = options.firefox ? openFirefox : openChromium;
    const browser = await open({ server, startUrl, headless: options.headless });
    return {
      startUrl,
      browser,
      async stop() {
        await browser.stop();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
