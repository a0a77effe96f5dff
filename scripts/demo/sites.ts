// The demo shops for `npm start`: the E2E fixture server (same sites, same certificate, same
// host names) plus the answers a real shop's server would give that the E2E tests set up per
// test: a sign-in that succeeds, the well-known change-password redirect, the clickjacking page's
// sign-in. The start page is https://start.test:PORT/ (test/fixtures/sites/start.test).
import type { ServerResponse } from 'node:http';
import { startFixtureServer, type FixtureServer, type FixtureServerOptions } from '../../test/e2e/harness/server';

const redirect = (res: ServerResponse, status: number, to: string) => void res.writeHead(status, { location: to }).end();

export async function startDemoSites(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const server = await startFixtureServer(options);
  // Sign-ins succeed with any password (a demo shop has no accounts): the page after a POST that
  // shows no sign-in form is what tells Latchkey it worked.
  server.route('dsers.com', 'POST', '/session', (_req, res) => redirect(res, 303, '/account.html'));
  server.route('shop.test', 'POST', '/session', (_req, res) => redirect(res, 303, '/account.html'));
  server.route('evil.test', 'POST', '/session', (_req, res) => redirect(res, 303, '/clickjack-signed-in.html'));
  // "Change password" from the popup: the W3C well-known URL, checked as the note asks (a resource
  // that must not exist answers 404, so the redirect is the site's own).
  server.route('dsers.com', 'GET', '/.well-known/change-password', (_req, res) => redirect(res, 302, '/guide-account.html'));
  server.route('dsers.com', 'GET', '/.well-known/resource-that-should-not-exist-whose-status-code-should-not-be-200', (_req, res) =>
    void res.writeHead(404, { 'access-control-allow-origin': '*' }).end(),
  );
  return server;
}
