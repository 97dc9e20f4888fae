/**
 * A minimal static file server for checks of a built site (no dependencies): paths stay inside
 * the root, directories serve their index.html, missing files the site's 404 page. With `gzip`
 * it compresses text as a real host would, and it keeps a log of the bytes it sent.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
};
/** Pagefind's index files and WASM are stored gzip-compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.csv', '.txt']);

export interface Served {
  path: string;
  raw: number;
  sent: number;
}

export interface StaticServer {
  url: string;
  /** Every response, in order: path, file size and bytes sent. */
  log: Served[];
  close(): Promise<void>;
}

export async function serveStatic(
  rootDir: string,
  options: { gzip?: boolean } = {},
): Promise<StaticServer> {
  const root = resolve(rootDir);
  const log: Served[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = resolve(root, `.${normalize(decodeURIComponent(url.pathname))}`);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
    const found = await readFile(file).catch(() => undefined);
    const body = found ?? (await readFile(join(root, '404.html')).catch(() => Buffer.alloc(0)));
    const ext = found ? extname(file) : '.html';
    const gzip =
      options.gzip &&
      COMPRESSIBLE.has(ext) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding']));
    const sent = gzip ? gzipSync(body) : body;
    res.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': sent.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(sent);
    log.push({ path: url.pathname, raw: found ? body.length : 0, sent: found ? sent.length : 0 });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
