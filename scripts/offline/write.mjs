// Offline use: writes `sw.js` into the built site with the list of every
// file to keep (route pages by the address a browser asks for) and returns
// the inline script that registers it. Release builds only.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { filesUnder } from "../files.mjs";

export const WORKER_FILE = "sw.js";

// Registered after `load` so that it never competes with the first paint.
// `register` resolves "sw.js" against <base>, so sub-paths work.
export const REGISTER_SCRIPT =
  'if("serviceWorker"in navigator)addEventListener("load",()=>navigator.serviceWorker.register("sw.js").catch(()=>{}))';

/**
 * Writes the worker into `staging`. `routes` are the app's page addresses
 * ("" for home, "decide", "docs/overview", …), each written as `<route>.html`.
 */
export async function writeServiceWorker(staging, routes) {
  const pageFiles = new Set(["index.html", ...routes.filter(Boolean).map((route) => `${route}.html`)]);
  const files = filesUnder(staging).filter((path) => path !== WORKER_FILE && !pageFiles.has(path));
  const urls = ["./", ...routes.filter(Boolean), ...files];
  const version = createHash("sha256");
  for (const path of [...pageFiles, ...files].sort()) {
    version.update(path).update(readFileSync(join(staging, path)));
  }
  const template = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "service-worker.js"), "utf8");
  const source = template
    .replace('"__VERSION__"', JSON.stringify(version.digest("hex").slice(0, 16)))
    .replace("__FILES__", JSON.stringify(urls));
  const { minify } = await import("terser");
  const { code } = await minify(source, { compress: true, mangle: true });
  writeFileSync(join(staging, WORKER_FILE), code);
  return urls.length;
}
