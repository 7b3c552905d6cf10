// A small static server for build/web: correct MIME types (application/wasm for streaming
// compilation), no caching of the HTML shell, and the widget's Content-Security-Policy. Listens
// on the loopback addresses only (IPv4 and IPv6), so both http://localhost:PORT and
// http://127.0.0.1:PORT answer and nothing is exposed to the network.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.otf': 'font/otf',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'";
// Only the embed page may be framed, by any site (a deployment may list its clinics instead of *);
// every other page only by the widget's own origin, so no other site can overlay the full app.
const FRAME_APP = "; frame-ancestors 'self'";
const FRAME_EMBED = '; frame-ancestors *';

// embed-demo.html plays a clinic's page, whose own CSP must let the widget in: embed.js in
// script-src and the iframe in frame-src (README "Embedding on a clinic's website"). The widget is
// this same server under its other loopback name, so both names are listed with the port asked for.
function clinicDemoCsp(hostHeader) {
  const m = /:(\d+)$/.exec(hostHeader || '');
  const port = m ? `:${m[1]}` : '';
  const widget = `http://localhost${port} http://127.0.0.1${port}`;
  return `default-src 'self'; script-src 'self' ${widget}; frame-src ${widget}; object-src 'none'; ` +
    "base-uri 'none'; form-action 'none'";
}

export function createStaticServer(root, { csp = true } = {}) {
  const base = resolve(root);
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const ext = extname(file);
      const headers = {
        'Content-Type': TYPES[ext] || 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        // The shell and service worker must be fresh so updates are seen; the rest revalidates.
        'Cache-Control': ext === '.html' || path.endsWith('sw.js') ? 'no-cache' : 'public, max-age=0, must-revalidate',
      };
      if (csp && ext === '.html') {
        const embed = path.endsWith('/embedded.html');
        headers['Content-Security-Policy'] = path.endsWith('/embed-demo.html')
          ? clinicDemoCsp(req.headers.host) + FRAME_APP
          : CSP + (embed ? FRAME_EMBED : FRAME_APP);
        if (!embed) headers['X-Frame-Options'] = 'SAMEORIGIN';
      }
      // A validator, so revalidation costs no body: the service worker's install revalidates what
      // the page has just downloaded (304) instead of downloading it a second time.
      headers.ETag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const known = (req.headers['if-none-match'] || '').split(',').map((t) => t.trim().replace(/^W\//, ''));
      if (known.includes(headers.ETag)) {
        delete headers['Content-Type'];
        res.writeHead(304, headers).end();
        return;
      }
      const body = await readFile(file);
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Server error');
    }
  });
}

// Starts one server per loopback address. Resolves to a close() function.
export async function serveLoopback(root, port, options) {
  const servers = [];
  for (const host of ['127.0.0.1', '::1']) {
    const server = createStaticServer(root, options);
    const ok = await new Promise((done) => {
      server.once('error', () => done(false));
      server.listen(port, host, () => done(true));
    });
    if (ok) servers.push(server);
  }
  if (!servers.length) throw new Error(`could not listen on port ${port}`);
  return () => Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || 'build/web';
  const port = Number(process.env.PORT || process.argv[3] || 8080);
  await serveLoopback(root, port);
  console.log(`Painlink is served at http://localhost:${port}/ and http://127.0.0.1:${port}/ (Ctrl+C stops)`);
}
