// A small static file server that behaves like a plain static host: no
// rewrites, `404.html` for unknown paths, optional brotli/gzip. Used by
// `scripts/serve` and by the browser tests.
//   node scripts/static-server.mjs --dir dist [--port 8080] [--base /sub/] [--compress]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest", ".txt", ".md"]);

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts the server; resolves to { url, close, serve }. `base` is like "/"
 * or "/sub/". `serve(dir)` switches to another folder, as a deploy would.
 */
export async function startServer({ dir, port = 0, base = "/", compress = false, host = "127.0.0.1" }) {
  let root = resolve(dir);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const cache = new Map();

  async function body(path, encoding) {
    const key = `${path}|${encoding}`;
    if (!cache.has(key)) {
      const raw = await readFile(path);
      cache.set(
        key,
        encoding === "br"
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : encoding === "gzip"
            ? gzipSync(raw, { level: 9 })
            : raw,
      );
    }
    return cache.get(key);
  }

  async function locate(pathname) {
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return null;
    const relative = decodeURIComponent(pathname.slice(prefix.length - 1));
    const candidate = normalize(join(root, relative));
    if (candidate !== root && !candidate.startsWith(root + sep)) return null;
    for (const path of [candidate, `${candidate}.html`, join(candidate, "index.html")]) {
      if (await isFile(path)) return path;
    }
    return null;
  }

  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url, "http://localhost");
      let path = await locate(pathname);
      let status = 200;
      if (!path) {
        status = 404;
        path = join(root, "404.html");
        if (!(await isFile(path))) {
          response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
          return;
        }
      }
      const type = TYPES[extname(path)] ?? "application/octet-stream";
      const accepts = String(request.headers["accept-encoding"] ?? "");
      const encoding = !compress || !COMPRESSIBLE.has(extname(path))
        ? "identity"
        : accepts.includes("br")
          ? "br"
          : accepts.includes("gzip")
            ? "gzip"
            : "identity";
      const headers = { "content-type": type, "cache-control": "no-cache", vary: "accept-encoding" };
      if (encoding !== "identity") headers["content-encoding"] = encoding;
      const payload = await body(path, encoding);
      headers["content-length"] = payload.length;
      response.writeHead(status, headers);
      response.end(request.method === "HEAD" ? undefined : payload);
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
  await new Promise((done) => server.listen(port, host, done));
  const url = `http://${host}:${server.address().port}${prefix}`;
  return {
    url,
    serve(dir) {
      root = resolve(dir);
      cache.clear();
    },
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const { url } = await startServer({
    dir: option("dir", "dist"),
    port: Number(option("port", 8080)),
    base: option("base", "/"),
    compress: args.includes("--compress"),
  });
  console.log(`PushPull is being served at ${url}  (Ctrl+C stops it)`);
}
