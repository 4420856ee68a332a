// Lighthouse over a release build: serves DIR with compression (like a real
// static host), audits four pages with the mobile preset (simulated
// throttling), takes the median of several runs and prints a Markdown table.
//   node scripts/lighthouse.mjs [--dist dist] [--runs 3] [--min 95] [--json target/lighthouse/summary.json] [--pages Decide,Record]
// Exits 1 when any category score on any page is below --min (or below the
// page's lower Performance floor, `performanceMin`), listing the audits that
// cost points. Chromium comes from CHROME_PATH (default
// /usr/bin/chromium); nothing is ever downloaded.
import { mkdir, stat, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
// A dependency of lighthouse (not listed in package.json): npm hoists it.
import { launch } from "chrome-launcher";
import { filesUnder } from "./files.mjs";
import { startServer } from "./static-server.mjs";

const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox"];

/**
 * The pages audited; `lcpTarget` (seconds) is informational, not a gate.
 * `performanceMin` lowers the Performance floor for a page that cannot yet
 * reach `--min`: Decide and Record start the whole app (one wasm), and the
 * start's long tasks put their medians at 92-99 on a 2-CPU machine, with
 * single runs from 82 to 100. The goal stays 100 (issue 17).
 */
export const PAGES = [
  { name: "Home", path: "", slug: "home" },
  { name: "Docs", path: "docs/overview", slug: "docs-overview", lcpTarget: 0.8 },
  { name: "Decide", path: "decide", slug: "decide", lcpTarget: 1.1, performanceMin: 90 },
  { name: "Record", path: "record", slug: "record", performanceMin: 90 },
];

/** The lowest score a page's category may have, given the run's `min`. */
function floorFor(pageName, category, min) {
  const page = PAGES.find(({ name }) => name === pageName);
  return category === "performance" && page?.performanceMin != null ? Math.min(min, page.performanceMin) : min;
}

export const CATEGORIES = [
  { id: "performance", label: "Performance" },
  { id: "accessibility", label: "Accessibility" },
  { id: "best-practices", label: "Best Practices" },
  { id: "seo", label: "SEO" },
];

/** Metric audits reported per page, with their unit in the summary. */
const METRICS = {
  fcp: { audit: "first-contentful-paint", unit: "s" },
  lcp: { audit: "largest-contentful-paint", unit: "s" },
  tbt: { audit: "total-blocking-time", unit: "ms" },
  cls: { audit: "cumulative-layout-shift", unit: "" },
  tti: { audit: "interactive", unit: "s" },
};

/** Audits that carry no pass/fail score, so never count as failing. */
const UNSCORED = new Set(["notApplicable", "informative", "manual", "error"]);

const log = (message) => process.stderr.write(`lighthouse: ${message}\n`);

/**
 * Requests every file once with brotli accepted, so the server's one-off
 * quality-11 compression (about a second for the wasm) never lands inside a
 * measured run; checks that each audited page answers 200 on the way.
 */
async function warmUp(baseUrl, dist) {
  const headers = { "accept-encoding": "gzip, deflate, br" };
  for (const file of filesUnder(dist)) {
    await (await fetch(new URL(file, baseUrl), { headers })).arrayBuffer();
  }
  for (const page of PAGES) {
    const response = await fetch(new URL(page.path, baseUrl), { headers });
    await response.arrayBuffer();
    if (response.status !== 200) {
      throw new Error(`${page.name} (/${page.path}) answers ${response.status}, not 200: is it in ${dist}?`);
    }
  }
}

/** One Lighthouse run in a fresh Chromium (fresh profile, nothing cached). */
async function auditOnce(url) {
  const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: "error",
      output: "json",
      onlyCategories: CATEGORIES.map(({ id }) => id),
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    for (const warning of lhr.runWarnings ?? []) log(`warning (${url}): ${warning}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/** Category scores 0–100 and the metrics (seconds, milliseconds, unitless). */
function digest(lhr) {
  const scores = Object.fromEntries(
    CATEGORIES.map(({ id }) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)]),
  );
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, { audit, unit }]) => {
      const value = lhr.audits[audit]?.numericValue ?? null;
      return [key, value == null ? null : unit === "s" ? value / 1000 : value];
    }),
  );
  return { scores, metrics };
}

/**
 * The median run by performance score, as Lighthouse's docs on variability
 * recommend; equal scores are ordered by LCP, and with an even number of runs
 * the lower middle (the worse one) is taken.
 */
function medianIndex(lhrs) {
  const order = lhrs
    .map((lhr, index) => ({ index, ...digest(lhr) }))
    .sort((a, b) => b.scores.performance - a.scores.performance || a.metrics.lcp - b.metrics.lcp);
  return order[Math.ceil((order.length - 1) / 2)].index;
}

/** CSS selectors (and snippets) of the elements an audit points at. */
function elementsOf(details, found = []) {
  if (!details || typeof details !== "object") return found;
  if (details.type === "node" && (details.selector || details.snippet)) {
    found.push({ selector: details.selector ?? "", snippet: details.snippet ?? "", label: details.nodeLabel ?? "" });
    return found;
  }
  for (const value of Array.isArray(details) ? details : Object.values(details)) elementsOf(value, found);
  return found;
}

/** The scored audits of a category that did not pass, heaviest first. */
function failingAudits(lhr, categoryId, limit = 8) {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  return category.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && !UNSCORED.has(audit.scoreDisplayMode))
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score)
    .slice(0, limit)
    .map(({ ref, audit }) => ({
      id: audit.id,
      title: audit.title,
      displayValue: audit.displayValue ?? "",
      score: audit.score,
      weight: ref.weight,
      elements: elementsOf(audit.details).slice(0, 5),
    }));
}

/**
 * Waits (at most `maxSeconds`) for the one-minute load average to fall below
 * half the CPUs, so the audits do not measure the test run that came before
 * them. Resolves to the load average it starts measuring at.
 */
async function settle({ maxSeconds = 120, pollSeconds = 5 } = {}) {
  const calm = availableParallelism() / 2;
  const started = Date.now();
  let load = loadavg()[0];
  if (load <= calm) return load;
  log(`waiting for the machine to settle: load average ${load.toFixed(1)}, measuring below ${calm.toFixed(1)} (at most ${maxSeconds} s)`);
  while (load > calm && Date.now() - started < maxSeconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, pollSeconds * 1000));
    load = loadavg()[0];
  }
  log(`load average ${load.toFixed(1)} after ${Math.round((Date.now() - started) / 1000)} s`);
  return load;
}

/**
 * Runs Lighthouse `runs` times on each page of `dist` and writes the summary
 * (to `json`) and each page's median LHR (next to it). Resolves to the summary:
 * { pages: [{ name, url, scores, metrics, runs, lhr, audits, lcpElement }], failures, ok, ... }.
 */
export async function runLighthouse({ dist = "dist", runs = 3, min = 95, json = "target/lighthouse/summary.json", only = null } = {}) {
  if (!(await stat(dist).catch(() => null))?.isDirectory()) throw new Error(`no build at ${dist}: run scripts/build first`);
  const outDir = dirname(json);
  await mkdir(outDir, { recursive: true });
  const started = Date.now();
  // Simulated throttling scales the CPU time it observes, so a busy machine
  // (a parallel cargo build) shows up as extra TBT and a lower Performance.
  const load = await settle();
  if (load > availableParallelism()) {
    log(`warning: load average ${load.toFixed(1)} on ${availableParallelism()} CPU(s): TBT and Performance will read pessimistic`);
  }
  const server = await startServer({ dir: dist, port: 0, compress: true });
  const pages = [];
  let lighthouseVersion = null;
  try {
    await warmUp(server.url, dist);
    for (const page of PAGES.filter(({ name }) => only == null || only.includes(name))) {
      const url = new URL(page.path, server.url).href;
      const lhrs = [];
      for (let run = 1; run <= runs; run++) {
        const runStarted = Date.now();
        const lhr = await auditOnce(url);
        const { scores } = digest(lhr);
        log(`${page.name} run ${run}/${runs}: ${CATEGORIES.map(({ id }) => scores[id]).join("/")} (${((Date.now() - runStarted) / 1000).toFixed(1)} s)`);
        lhrs.push(lhr);
      }
      const median = lhrs[medianIndex(lhrs)];
      lighthouseVersion = median.lighthouseVersion;
      const lhrPath = join(outDir, `${page.slug}.json`);
      await writeFile(lhrPath, JSON.stringify(median));
      const audits = Object.fromEntries(
        CATEGORIES.filter(({ id }) => (median.categories[id]?.score ?? 1) < 1).map(({ id }) => [id, failingAudits(median, id)]),
      );
      pages.push({
        name: page.name,
        path: `/${page.path}`,
        url,
        lcpTarget: page.lcpTarget ?? null,
        ...digest(median),
        lcpElement: elementsOf(median.audits["largest-contentful-paint-element"]?.details)[0] ?? null,
        runs: lhrs.map(digest),
        lhr: lhrPath,
        audits,
      });
    }
  } finally {
    await server.close();
  }

  const failures = pages.flatMap((page) =>
    CATEGORIES.filter(({ id }) => page.scores[id] == null || page.scores[id] < floorFor(page.name, id, min)).map(({ id, label }) => ({
      page: page.name,
      category: id,
      label,
      score: page.scores[id],
      floor: floorFor(page.name, id, min),
    })),
  );
  const summary = {
    lighthouse: lighthouseVersion,
    chrome: CHROME_PATH,
    formFactor: "mobile",
    throttling: "simulate",
    dist,
    runs,
    min,
    seconds: Math.round((Date.now() - started) / 1000),
    loadAverage: Number(load.toFixed(2)),
    ok: failures.length === 0,
    failures,
    notes: offTarget(pages),
    pages,
  };
  await writeFile(json, `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

/** Metrics off their targets (LCP per page, TBT 0, CLS 0): informational. */
function offTarget(pages) {
  const notes = [];
  for (const page of pages) {
    const { lcp, tbt, cls } = page.metrics;
    if (page.lcpTarget != null && lcp > page.lcpTarget) notes.push(`${page.name}: LCP ${lcp.toFixed(2)} s > ${page.lcpTarget} s`);
    if (tbt > 0) notes.push(`${page.name}: TBT ${Math.round(tbt)} ms > 0 ms`);
    if (cls > 0) notes.push(`${page.name}: CLS ${cls.toFixed(3)} > 0`);
  }
  return notes;
}

/** A number with `digits` decimals and a unit, or a dash when missing. */
const fixed = (value, digits, unit = "") => (value == null ? "–" : `${value.toFixed(digits)}${unit}`);

/** The summary as Markdown: the table, then what to look at. */
export function formatSummary(summary) {
  const lines = [
    `| Page | Performance | Accessibility | Best Practices | SEO | FCP | LCP | TBT | CLS | TTI | Perf (all runs) |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|`,
  ];
  for (const page of summary.pages) {
    const { fcp, lcp, tbt, cls, tti } = page.metrics;
    lines.push(
      `| ${page.name} \`${page.path}\` | ${CATEGORIES.map(({ id }) => page.scores[id] ?? "–").join(" | ")} | ` +
        `${fixed(fcp, 2, " s")} | ${fixed(lcp, 2, " s")} | ${fixed(tbt, 0, " ms")} | ${fixed(cls, 3)} | ${fixed(tti, 2, " s")} | ` +
        `${page.runs.map((run) => run.scores.performance).join(" / ")} |`,
    );
  }
  lines.push(
    "",
    `Lighthouse ${summary.lighthouse}, mobile, simulated throttling; median of ${summary.runs} run(s) per page; ` +
      `${summary.seconds} s; load average ${summary.loadAverage} at the start.`,
  );

  const pagesWithAudits = summary.pages.filter((page) => Object.keys(page.audits).length);
  if (pagesWithAudits.length) {
    lines.push("", "## Audits that cost points (median run)");
    for (const page of pagesWithAudits) {
      for (const [category, audits] of Object.entries(page.audits)) {
        lines.push("", `**${page.name}: ${CATEGORIES.find(({ id }) => id === category).label} ${page.scores[category]}**`);
        for (const audit of audits) {
          const value = audit.displayValue ? ` — ${audit.displayValue}` : "";
          lines.push(`- \`${audit.id}\` ${audit.title}${value} (score ${audit.score}, weight ${audit.weight})`);
          for (const element of audit.elements) lines.push(`  - \`${element.selector}\` ${element.snippet}`);
        }
      }
    }
  }
  if (summary.notes.length) {
    lines.push("", "## Metrics off target (informational)");
    for (const page of summary.pages) {
      if (page.lcpElement && summary.notes.some((note) => note.startsWith(`${page.name}: LCP`))) {
        lines.push(`- ${page.name}: LCP element \`${page.lcpElement.selector}\` ${page.lcpElement.snippet}`);
      }
    }
    for (const note of summary.notes) lines.push(`- ${note}`);
  }
  if (summary.failures.length) {
    lines.push("", "## Below the floor");
    for (const failure of summary.failures) lines.push(`- ${failure.page}: ${failure.label} ${failure.score ?? "(no score)"} (floor ${failure.floor})`);
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: "string", default: "dist" },
      runs: { type: "string", default: "3" },
      min: { type: "string", default: "95" },
      json: { type: "string", default: "target/lighthouse/summary.json" },
      pages: { type: "string" },
    },
  });
  const runs = Number(values.runs);
  const min = Number(values.min);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  if (!Number.isFinite(min)) throw new Error(`--min must be a number, not ${values.min}`);
  const only = values.pages?.split(",");
  const summary = await runLighthouse({ dist: values.dist, runs, min, json: values.json, only });
  console.log(formatSummary(summary));
  log(`summary written to ${values.json}; median reports in ${dirname(values.json)}/`);
  process.exitCode = summary.ok ? 0 : 1;
}
