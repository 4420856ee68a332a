// What each dependency adds to the first load, as a Markdown table.
//   node scripts/size-breakdown.mjs [--dist dist]
// Run after a release build. Needs twiggy (`cargo install twiggy`; not part
// of the test command). It sizes the functions and data of the app's wasm
// after wasm-bindgen but before wasm-opt (names still intact), groups them
// by crate, and shares the shipped wasm's brotli size out in those
// proportions; HTML, CSS and JS are measured directly.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { brotliCompressSync, constants } from "node:zlib";

const { values } = parseArgs({ options: { dist: { type: "string", default: "dist" } } });
const CARGO_WASM = "target/wasm32-unknown-unknown/release/pushpull-web.wasm";
const OUT = "target/size";
const RAW_WASM = join(OUT, "pushpull-web_bg.wasm");
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The crate an item belongs to, from its demangled name. */
function crateOf(name) {
  if (name.startsWith("data segment")) return "strings and tables (.rodata)";
  if (/^(?:code|import|export|table|elem|type|global|memory|wasm-bindgen)\b|^"/.test(name)) return "wasm structure";
  const path = name.replace(/\[[0-9a-f]+\]/g, "").replace(/^<+/, "").replace(/^(?:impl |dyn |&(?:mut )?)/, "");
  const crate = path.match(/^([A-Za-z_][A-Za-z0-9_]*)::/)?.[1];
  if (!crate) return "other (shims, glue, unnamed)";
  if (["core", "alloc", "std"].includes(crate)) return "Rust std (core, alloc, std)";
  if (["pushpull", "pushpull_web"].includes(crate)) return "pushpull (this app)";
  return crate;
}

execFileSync("wasm-bindgen", [CARGO_WASM, "--out-dir", OUT, "--target", "web"], { stdio: "inherit" });
const csv = execFileSync("twiggy", ["top", "-n", "1000000", "--format", "csv", RAW_WASM], { maxBuffer: 1 << 28 }).toString();
const sizes = new Map();
for (const line of csv.split("\n").slice(1)) {
  const match = line.match(/^(.*),(\d+),[\d.]+,[^,]*,[^,]*$/);
  if (!match) continue;
  const name = match[1].replace(/^"|"$/g, "").replace(/""/g, '"');
  if (/^custom section|function names|^Σ|^\.\.\. and/.test(name)) continue;
  const crate = crateOf(name);
  sizes.set(crate, (sizes.get(crate) ?? 0) + Number(match[2]));
}
const rawTotal = [...sizes.values()].reduce((a, b) => a + b, 0);

const files = readdirSync(values.dist);
const wasmFile = files.find((file) => /^pushpull-web-[0-9a-f]+_bg\.wasm$/.test(file));
const glue = files.find((file) => /^pushpull-web-[0-9a-f]+\.js$/.test(file));
const css = files.find((file) => file.endsWith(".css"));
const measured = (file) => brotli(readFileSync(join(values.dist, file)));
const wasmBrotli = measured(wasmFile);

const rows = [...sizes.entries()]
  .map(([crate, bytes]) => ({ crate, share: bytes / rawTotal }))
  .sort((a, b) => b.share - a.share);
const major = rows.filter((row) => row.share >= 0.01);
const minor = rows.filter((row) => row.share < 0.01);
const kb = (bytes) => (bytes / 1000).toFixed(1);

const lines = ["| Part of the first load | brotli KB | share of wasm code |", "|---|---:|---:|"];
for (const row of major) lines.push(`| wasm: ${row.crate} | ${kb(row.share * wasmBrotli)} | ${(row.share * 100).toFixed(1)}% |`);
const minorShare = minor.reduce((sum, row) => sum + row.share, 0);
lines.push(`| wasm: ${minor.length} smaller crates (${minor.map((row) => row.crate).slice(0, 6).join(", ")}, …) | ${kb(minorShare * wasmBrotli)} | ${(minorShare * 100).toFixed(1)}% |`);
const others = [
  ["JS glue (wasm-bindgen)", measured(glue)],
  ["CSS", measured(css)],
  ["HTML (home page, pre-rendered)", measured("index.html")],
];
for (const [label, bytes] of others) lines.push(`| ${label} | ${kb(bytes)} | |`);
const total = wasmBrotli + others.reduce((sum, [, bytes]) => sum + bytes, 0);
lines.push(`| **Total first load** | **${kb(total)}** | |`);
console.log(lines.join("\n"));
