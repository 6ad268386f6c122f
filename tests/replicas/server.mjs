/**
 * Serves our replicas of the official pages under their real hostnames: the browser maps each official host to
 * this server (Chromium --host-resolver-rules; Firefox uses this server as its HTTP proxy, see
 * tests/e2e/firefox/launch.ts), and the Host header picks the site folder. Every request is logged, so tests can prove the extension sent nothing.
 *
 *   node tests/replicas/server.mjs [port]     (default 4580; 0 picks a free port)
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITES = fileURLToPath(new URL('./sites/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.jsp': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const CONTROL_HOSTS = new Set(['127.0.0.1', 'localhost']);

export function startReplicaServer(port = 4580) {
  /** @type {{host: string, method: string, path: string, body?: string}[]} */
  const log = [];
  const server = createServer(async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'http://x');
    if (CONTROL_HOSTS.has(host)) return control(url, res, log);
    const body = await readBody(req);
    log.push({ host, method: req.method ?? 'GET', path: url.pathname + url.search, ...(body && { body }) });
    if (req.method === 'POST')
      return send(
        res,
        200,
        TYPES['.html'],
        `<!doctype html><meta charset="utf-8"><title>已提交</title><pre id="payload">${escapeHtml(body)}</pre>`,
      );
    const file = await resolveFile(host, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), csp(file));
  });
  // As Firefox's proxy for https too: a tunnel request is logged (its host only, the rest is encrypted) and refused.
  server.on('connect', (req, socket) => {
    log.push({ host: (req.url ?? '').replace(/:\d+$/, '').toLowerCase(), method: 'CONNECT', path: '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, port: server.address().port, log })),
  );
}

function control(url, res, log) {
  if (url.pathname === '/__log') return send(res, 200, 'application/json', JSON.stringify(log));
  if (url.pathname === '/__reset') {
    log.length = 0;
    return send(res, 200, 'text/plain', 'ok');
  }
  send(res, 200, 'text/plain; charset=utf-8', 'yibao-helper replica server');
}

async function resolveFile(host, pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [
    join(SITES, host, safe),
    join(SITES, host, safe, 'index.html'),
    join(SITES, host, safe, 'index.csp.html'),
  ]) {
    if (!candidate.startsWith(join(SITES, host))) return undefined;
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/** A page named `*.csp.html` (also when served as a folder's index) gets a strict Content-Security-Policy. */
function csp(file) {
  return file.endsWith('.csp.html')
    ? { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" }
    : {};
}

function readBody(req) {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });
}

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { port } = await startReplicaServer(Number(process.argv[2] ?? process.env.REPLICA_PORT ?? 4580));
  console.log(`replica server on http://127.0.0.1:${port}/`);
}
