// Serves the fixture sites on 127.0.0.1, over https with the fixture certificate (certificate.ts)
// and, on a second port, over plain http for the tests of what may not happen on an insecure
// page. The Host header picks the site folder:
// https://shop.test:PORT/login.html -> test/fixtures/sites/shop.test/login.html.
// Scenario routes (POST handlers, status codes) can be added per test with `route`; they answer
// on both ports.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fixtureTls, type FixtureTls } from './certificate';
import { FIXTURE_HOSTS } from './hosts';

const SITES = resolve(import.meta.dirname, '../../fixtures/sites');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
};
const KNOWN_HOSTS: ReadonlySet<string> = new Set(FIXTURE_HOSTS);

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface FixtureServer {
  /** The https port. */
  port: number;
  /** The plain http port. */
  httpPort: number;
  /** The certificate the https port presents, for the browsers to trust. */
  tls: FixtureTls;
  /** `https://HOST:PORT` for a fixture host. */
  origin(host: string): string;
  /** `http://HOST:HTTP_PORT`: the same site, insecure. */
  httpOrigin(host: string): string;
  route(host: string, method: string, path: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, failed) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', failed);
  });
}

function serveFile(host: string, pathname: string, res: ServerResponse): void {
  if (!KNOWN_HOSTS.has(host)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no such fixture site');
  const root = join(SITES, host);
  let file = normalize(join(root, decodeURIComponent(pathname)));
  if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end('forbidden');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
}

const listen = (server: Server, port: number, host: string) =>
  new Promise<number>((done, failed) => {
    server.once('error', failed);
    server.listen(port, host, () => done((server.address() as AddressInfo).port));
  });

export interface FixtureServerOptions {
  /** Fixed ports (0: any free port, the default). */
  port?: number;
  httpPort?: number;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const routes = new Map<string, RouteHandler>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'https://fixture.invalid');
    const handler = routes.get(`${host} ${req.method} ${url.pathname}`);
    if (handler) {
      void readBody(req).then((body) => handler(req, res, body));
      return;
    }
    serveFile(host, url.pathname, res);
  };
  const tls = fixtureTls();
  const secure = createHttpsServer({ key: tls.key, cert: tls.cert }, handle);
  const plain = createHttpServer(handle);
  const port = await listen(secure, options.port ?? 0, '127.0.0.1');
  const httpPort = await listen(plain, options.httpPort ?? 0, '127.0.0.1');
  const close = (server: Server) =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  return {
    port,
    httpPort,
    tls,
    origin: (host) => `https://${host}:${port}`,
    httpOrigin: (host) => `http://${host}:${httpPort}`,
    route: (host, method, path, handler) => void routes.set(`${host} ${method} ${path}`, handler),
    close: async () => void (await Promise.all([close(secure), close(plain)])),
  };
}
