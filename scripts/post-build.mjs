// Trunk post_build hook: runs in the staging folder before it becomes dist/.
// 1. Release builds: one stylesheet, minified JS glue, the favicon inline,
//    the app started after the first paint, the offline worker registered.
//    All builds: the scanner worker's files named by a content hash, and
//    its loader named in the page (`<meta name="pushpull-scanner">`).
// 2. Adds a strict Content-Security-Policy whose script-src allows exactly
//    the inline scripts (by their sha256 hashes).
// 3. Writes a copy of the page for every route (`decide.html`,
//    `docs/overview.html`, …) so that a plain static host answers deep links
//    with 200, and `404.html`, which static hosts serve for unknown paths.
//    Home and the guide's pages carry their content, pre-rendered; Decide
//    and Record their opening.
// 4. Release builds: writes `sw.js`, which keeps all of it for offline use.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startAfterPaint } from "./start-after-paint.mjs";
import { REGISTER_SCRIPT, writeServiceWorker } from "./offline/write.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}

const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

// One stylesheet instead of four (the sources stay apart in style/): fewer
// requests, and brotli compresses them better together. Release builds only.
if (process.env.TRUNK_PROFILE === "release") {
  const sheets = [...html.matchAll(/<link\b[^>]*\bhref="?([^"\s>]+\.css)"?[^>]*>/g)];
  if (sheets.length > 1) {
    const css = sheets.map(([, href]) => readFileSync(join(staging, href.split("/").pop()), "utf8")).join("\n");
    const name = `site-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
    writeFileSync(join(staging, name), css);
    const href = sheets[0][1].replace(/[^/]+$/, name);
    const integrity = `sha384-${createHash("sha384").update(css, "utf8").digest("base64")}`;
    html = html.replace(sheets[0][0], `<link rel="stylesheet" href="${href}" integrity="${integrity}">`);
    for (const [tag] of sheets.slice(1)) {
      html = html.replace(tag, "");
    }
    for (const [, old] of sheets) {
      rmSync(join(staging, old.split("/").pop()));
    }
  }
}

// Trunk's own JS minifier fails on wasm-bindgen's glue, so minify it here
// (release builds only) and update its Subresource Integrity hash.
if (process.env.TRUNK_PROFILE === "release") {
  const { minify } = await import("terser");
  for (const file of readdirSync(staging).filter((name) => name.endsWith(".js"))) {
    const path = join(staging, file);
    const linked = html.includes(file);
    // The worker's glue is a classic script whose globals the loader uses.
    const { code } = await minify(readFileSync(path, "utf8"), { module: linked, compress: true, mangle: true });
    writeFileSync(path, code);
    if (!linked) continue;
    const integrity = `sha384-${createHash("sha384").update(code, "utf8").digest("base64")}`;
    const tag = new RegExp(`(<link[^>]*${file.replace(/[.]/g, "\\.")}[^>]*integrity=)("?)sha384-[A-Za-z0-9+/=]+\\2`);
    if (!tag.test(html)) {
      console.error(`post-build: no integrity attribute found for ${file}`);
      process.exit(1);
    }
    html = html.replace(tag, `$1$2${integrity}$2`);
  }
}

// The scanner's files get a content hash in their names, like the app's, and
// the page names its loader: a page open during a deploy then starts the
// scanner of its own build, or (its files gone) finds out and says so. It
// starts only when a folder is picked.
for (const name of ["pushpull-scanner"]) {
  const glue = `${name}.js`;
  const wasm = `${name}_bg.wasm`;
  const loader = `${name}_loader.js`;
  const hash = createHash("sha256")
    .update(readFileSync(join(staging, glue)))
    .update(readFileSync(join(staging, wasm)))
    .digest("hex")
    .slice(0, 16);
  const stem = `${name}-${hash}`;
  let shim = readFileSync(join(staging, loader), "utf8");
  for (const [from, to] of [[glue, `${stem}.js`], [wasm, `${stem}_bg.wasm`]]) {
    if (!shim.includes(`"./${from}"`)) {
      console.error(`post-build: the ${name} loader does not name ${from}`);
      process.exit(1);
    }
    shim = shim.replace(`"./${from}"`, `"./${to}"`);
    renameSync(join(staging, from), join(staging, to));
  }
  // A wasm that fails to load rejects a promise, which a worker keeps to
  // itself; thrown from a task it reaches the page's `onerror`.
  shim = shim.replace(/;?\s*$/, ".catch(e=>setTimeout(()=>{throw e}));");
  writeFileSync(join(staging, `${stem}_loader.js`), shim);
  rmSync(join(staging, loader));
  html = html.replace("</head>", `<meta name="${name}" content="${stem}_loader.js"></head>`);
}

// The favicon (a few hundred bytes) goes into the page itself: one request
// fewer before the first paint.
if (process.env.TRUNK_PROFILE === "release") {
  const icon = html.match(/<link\b(?=[^>]*\brel="?icon"?)[^>]*\bhref="?([^"\s>]+\.svg)"?[^>]*>/);
  if (icon) {
    const file = join(staging, icon[1].split("/").pop());
    const svg = readFileSync(file, "utf8").trim();
    html = html.replace(icon[0], `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,${encodeURIComponent(svg)}">`);
    rmSync(file);
  }
}

if (process.env.TRUNK_PROFILE === "release") {
  try {
    html = startAfterPaint(html);
  } catch (error) {
    console.error(`post-build: ${error.message}`);
    process.exit(1);
  }
}

// Offline use: a small service worker keeps a copy of the site (release
// builds only, so that development builds are never served from a cache).
const offline = process.env.TRUNK_PROFILE === "release";
if (offline) {
  html = html.replace("</head>", `<script>${REGISTER_SCRIPT}</script></head>`);
}

const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
const hashes = inlineScripts.map(
  ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
);

export const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, "");
html = html.replace(/<meta charset="?utf-8"?>/i, (charset) => `${charset}${meta}`);
if (!html.includes(meta)) {
  console.error("post-build: could not place the CSP meta tag after <meta charset>");
  process.exit(1);
}

// The guide's page bodies and search index are static files, fetched on
// demand, rather than part of the wasm.
execFileSync("cargo", ["run", "--quiet", "--bin", "pushpull", "--", "export-docs", staging], {
  stdio: "inherit",
});

const contentDir = join(dirname(fileURLToPath(import.meta.url)), "..", "content");
const slugs = readdirSync(contentDir)
  .filter((file) => file.endsWith(".md"))
  .map((file) => readFileSync(join(contentDir, file), "utf8").match(/^slug:\s*(\S+)\s*$/m)?.[1])
  .filter(Boolean);
const routes = ["decide", "record", "docs", ...slugs.map((slug) => `docs/${slug}`)];

// Home and the guide are pre-rendered into their pages (same shell, title,
// description and content as the app draws), so they paint and read before
// any wasm arrives; the app then leaves that content in place.
const base = (html.match(/<base href="?([^"\s>]*)"?/)?.[1] ?? "/").replace(/\/$/, "");
const prerenderFile = join(staging, "prerender.json");
execFileSync("cargo", ["run", "--quiet", "--bin", "pushpull", "--", "export-pages", prerenderFile, base], {
  stdio: "inherit",
});
const exported = JSON.parse(readFileSync(prerenderFile, "utf8"));
const prerendered = new Map(exported.pages.map((page) => [page.route, page]));
rmSync(prerenderFile);

// Every page has the search box before the app arrives (the app takes over
// what was typed into it).
const searchRoot = /(<div\b(?=[^>]*\bid="?site-search-root"?)[^>]*>)(<\/div>)/;
if (!searchRoot.test(html)) {
  console.error("post-build: could not find the search box's place in the shell");
  process.exit(1);
}
html = html.replace(searchRoot, (_, open, close) => `${open}${exported.search_box}${close}`);

/** The shell with the header link of `route`'s section marked current. */
function markNav(page, route) {
  return page.replace(/<nav\b[^>]*>[\s\S]*?<\/nav>/, (nav) =>
    nav.replace(/<a\b([^>]*)>/g, (tag, attrs) => {
      const href = attrs.match(/\bhref="?([^"\s>]*)"?/)?.[1] ?? "";
      const section = attrs.match(/\bdata-section="?([^"\s>]*)"?/)?.[1];
      const current = route === `/${href}` || (section !== undefined && route.startsWith(section));
      return current ? `<a aria-current=page${attrs}>` : tag;
    }),
  );
}

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** The shell with a pre-rendered page for `route` in it, if there is one. */
function pageFor(route) {
  const page = prerendered.get(route);
  if (!page) return html;
  const filled = markNav(html, route)
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(/(<meta name="?description"? content=)("[^"]*"|[^\s>]+)/, `$1"${escapeHtml(page.description)}"`)
    .replace(/(<main\b[^>]*>)([\s\S]*?)(<\/main>)/, (_, open, inner, close) =>
      `${open}<div id="prerendered" data-route="${route}">${page.main}</div>${inner}${close}`);
  if (!filled.includes('id="prerendered"')) {
    console.error(`post-build: could not pre-render ${route || "/"}`);
    process.exit(1);
  }
  return filled;
}

writeFileSync(join(staging, "404.html"), html);
writeFileSync(indexPath, pageFor(""));
for (const route of routes) {
  const file = join(staging, `${route}.html`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, pageFor(`/${route}`));
}
const kept = offline ? await writeServiceWorker(staging, ["", ...routes]) : 0;
console.log(
  `post-build: CSP with ${hashes.length} script hash(es); 404.html and ${routes.length} route pages written, ${prerendered.size} pre-rendered` +
    (offline ? `; sw.js keeps ${kept} files offline` : ""),
);
