// Serves the fixture sites on 127.0.0.1. The Host header picks the site folder:
// http://shop.test:PORT/login.html -> test/fixtures/sites/shop.test/login.html.
// Scenario routes (POST handlers, status codes) can be added per test with `route`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const SITES = resolve(import.meta.dirname, '../../fixtures/sites');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface FixtureServer {
  port: number;
  /** `http://HOST:PORT` for a fixture host. */
  origin(host: string): string;
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
  const root = join(SITES, host);
  let file = normalize(join(root, decodeURIComponent(pathname)));
  if (!file.startsWith(root)) return void res.writeHead(403).end('forbidden');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, RouteHandler>();
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const handler = routes.get(`${host} ${req.method} ${url.pathname}`);
    if (handler) {
      void readBody(req).then((body) => handler(req, res, body));
      return;
    }
    serveFile(host, url.pathname, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: (host) => `http://${host}:${port}`,
    route: (host, method, path, handler) => void routes.set(`${host} ${method} ${path}`, handler),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
