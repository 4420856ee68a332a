// Checks of the release build in dist/: the size budget, the
// Content-Security-Policy, Subresource Integrity, the scanner's hashed files.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { filesUnder } from "../../scripts/files.mjs";

const DIST = process.env.PUSHPULL_DIST ?? "dist";
const budget = JSON.parse(readFileSync(new URL("./budget.json", import.meta.url), "utf8"));
const html = readFileSync(join(DIST, "index.html"), "utf8");

/** Every `<link>` and `<script>` tag of a page with its attributes (quoted or not, as minified). */
function tags(page = html) {
  return [...page.matchAll(/<(link|script)\b([^>]*)>/g)].map(([tag, name, attributes]) => {
    const attrs = {};
    for (const [, key, double, single, bare] of attributes.matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[key] = double ?? single ?? bare ?? "";
    }
    return { tag, name, attrs };
  });
}

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * The files a first visit to `page` downloads: the page, its stylesheet, and
 * where the app starts at once (Decide and Record) the app's glue and wasm.
 * Home and the guide start the app only when the search is wanted.
 */
function firstVisitFiles(page, loadsApp) {
  const text = readFileSync(join(DIST, page), "utf8");
  // The loader names the glue and the wasm in its script; the rest are links.
  const started = [...text.matchAll(/(?:import\(|new Request\()"([^"]+\.(?:js|wasm))"/g)].map(([, href]) => href);
  const linked = [...tags(text).map(({ attrs }) => attrs.href ?? attrs.src ?? ""), ...started]
    .filter((href) => (loadsApp ? /\.(?:js|wasm|css)$/ : /\.css$/).test(href))
    .map((href) => href.split("/").pop());
  const present = new Set(readdirSync(DIST));
  return [page, ...[...new Set(linked)].filter((file) => present.has(file))];
}

describe("release build", () => {
  for (const [kind, { page, loads_app: loadsApp, brotli_bytes: limit }] of Object.entries(budget.pages)) {
    it(`keeps a first visit to ${kind} (${page}) within its budget (brotli -q 11)`, () => {
      const rows = firstVisitFiles(page, loadsApp).map((file) => {
        const bytes = readFileSync(join(DIST, file));
        return { file, raw: bytes.length, brotli: brotli(bytes) };
      });
      const total = rows.reduce((sum, row) => sum + row.brotli, 0);
      for (const row of rows) {
        console.log(`size: ${kind.padEnd(7)} ${row.file.padEnd(50)} ${String(row.raw).padStart(8)} B raw ${String(row.brotli).padStart(8)} B brotli`);
      }
      console.log(`size: ${kind} first visit ${total} B brotli (budget ${limit} B)`);
      assert.equal(rows.some((row) => row.file.endsWith(".wasm")), loadsApp, "the wasm is counted where the app starts");
      assert.equal(rows.some((row) => row.file.endsWith(".js")), loadsApp, "the JS glue is counted where the app starts");
      assert.ok(rows.some((row) => row.file.endsWith(".css")), "the CSS is counted");
      assert.ok(!rows.some((row) => row.file.includes("pushpull-scanner")), "the scanner is not part of a first visit");
      assert.ok(total <= limit, `${total} B exceeds the budget of ${limit} B`);
    });
  }

  it("carries a strict Content-Security-Policy that allows exactly its inline loader", async () => {
    const match = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    assert.ok(match, "a CSP meta tag is present");
    const policy = match[1];
    console.log(`csp: ${policy}`);
    assert.doesNotMatch(policy, /'unsafe-inline'/);
    assert.doesNotMatch(policy, /'unsafe-eval'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.match(policy, /style-src 'self'(;|$)/);
    assert.match(policy, /default-src 'self'/);
    const { createHash } = await import("node:crypto");
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
    assert.ok(inline.length > 0, "the Trunk loader is inline");
    for (const [, body] of inline) {
      const hash = createHash("sha256").update(body, "utf8").digest("base64");
      assert.ok(policy.includes(`'sha256-${hash}'`), "every inline script is allowed by its current hash");
    }
    assert.ok(html.indexOf("Content-Security-Policy") < html.indexOf("<script"), "the policy comes before any script");
    assert.doesNotMatch(html, /\sstyle="/, "no inline style attributes");
  });

  it("keeps Subresource Integrity on the stylesheet, the JS glue and the wasm", () => {
    const sheets = tags().filter(({ attrs }) => /\.css$/.test(attrs.href ?? ""));
    assert.ok(sheets.length >= 1);
    for (const { tag, attrs } of sheets) {
      assert.match(attrs.integrity ?? "", /^sha384-[A-Za-z0-9+/=]+$/, tag);
    }
    const importMap = JSON.parse(html.match(/<script type="importmap">([^<]*)<\/script>/)[1]);
    const glue = Object.entries(importMap.integrity);
    assert.equal(glue.length, 1, "the glue's integrity is in the import map");
    // Trunk writes its hash without leading zeros: 15 digits one build in 16.
    assert.match(glue[0][0], /pushpull-web-[0-9a-f]{12,16}\.js$/);
    assert.match(glue[0][1], /^sha384-[A-Za-z0-9+/=]+$/);
    assert.match(html, /new Request\("[^"]+_bg\.wasm", \{ integrity: "sha384-[A-Za-z0-9+/=]+" \}\)/, "the wasm request carries its integrity");
    assert.doesNotMatch(html, /rel="?(?:modulepreload|preload)"?/, "nothing is fetched ahead of the first paint");
  });

  it("ships a favicon and a 404 page for static hosts", () => {
    assert.ok(tags().some(({ attrs }) => attrs.rel === "icon" && attrs.href.startsWith("data:image/svg+xml,%3Csvg")), "a favicon, inline");
    const notFound = readFileSync(join(DIST, "404.html"), "utf8");
    assert.ok(!notFound.includes('id="prerendered"'), "the 404 page is the bare shell");
    assert.match(notFound, /<main id=/);
  });

  it("pre-renders home and every guide page into its HTML", () => {
    assert.match(html, /<div id="prerendered" data-route="">/);
    const overview = readFileSync(join(DIST, "docs", "overview.html"), "utf8");
    assert.match(overview, /<div id="prerendered" data-route="\/docs\/overview">/);
    assert.match(overview, /<title>Overview · PushPull<\/title>/);
    assert.match(overview, /<h1[^>]*>Overview<\/h1>/);
  });

  it("names the scanner's files by their content, and every page names its loader", () => {
    assert.ok(!readdirSync(DIST).some((file) => file.startsWith("pushpull-worker")), "no rules worker: the rules run in the app's wasm");
    const loader = html.match(/<meta name="?pushpull-scanner"? content="?([^"\s>]+)"?>/)?.[1];
    assert.match(loader ?? "", /^pushpull-scanner-[0-9a-f]{16}_loader\.js$/, "index.html names the hashed loader");
    const stem = loader.replace(/_loader\.js$/, "");
    const workerFiles = readdirSync(DIST).filter((file) => file.startsWith("pushpull-scanner")).sort();
    assert.deepEqual(workerFiles, [`${stem}.js`, `${stem}_bg.wasm`, loader].sort(), "no unhashed worker file is left");
    const shim = readFileSync(join(DIST, loader), "utf8");
    assert.ok(shim.includes(`"./${stem}.js"`) && shim.includes(`"./${stem}_bg.wasm"`), "the loader names the hashed glue and wasm");
    const wasm = readFileSync(join(DIST, `${stem}_bg.wasm`));
    const hash = createHash("sha256").update(readFileSync(join(DIST, `${stem}.js`))).update(wasm).digest("hex").slice(0, 16);
    assert.equal(stem, `pushpull-scanner-${hash}`, "the name is the content's hash");
    // Every page the site serves (content/ holds the guide's page bodies, fetched into a page).
    for (const page of filesUnder(DIST).filter((file) => file.endsWith(".html") && !file.startsWith("content/"))) {
      assert.ok(readFileSync(join(DIST, page), "utf8").includes(loader), `${page} names the same loader`);
    }
    // The timings the browser tests ask for are built only into their build (scripts/build --bench).
    const appWasm = readdirSync(DIST).find((file) => /^pushpull-web-[0-9a-f]+_bg\.wasm$/.test(file));
    const app = readFileSync(join(DIST, appWasm));
    assert.ok(!app.includes("Acme Platform") && !app.includes("pushpull_bench"), "the shipped app carries no bench code");
  });

  it("keeps every file it ships, and every page address, for offline use", () => {
    const worker = readFileSync(join(DIST, "sw.js"), "utf8");
    const kept = JSON.parse(worker.match(/FILES=(\[[^\]]*\])/)[1]);
    for (const file of filesUnder(DIST)) {
      if (file === "sw.js") continue;
      const address = file === "index.html" ? "./" : file === "404.html" ? file : file.replace(/\.html$/, "");
      assert.ok(kept.includes(address) || kept.includes(file), `${file} is kept offline`);
    }
    assert.ok(kept.includes("decide") && kept.includes("docs/overview"), "pages are kept by their addresses");
    assert.match(html, /navigator\.serviceWorker\.register\("sw\.js"\)/, "the page registers the worker");
  });
});
