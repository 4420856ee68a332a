// How long a first visit to Decide takes to show its first recommendation,
// and what it downloads, for one or more release builds side by side
// (issue 17 chose one wasm over the app + a rules worker with it; README,
// "One wasm or two").
//   node scripts/first-recommendation.mjs [--runs 5] DIST [DIST ...]
// Each run is a fresh browser profile on a throttled phone-like link
// (150 ms round trip, 1.6 Mbit/s down, CPU slowed 4x, as Lighthouse's
// mobile preset simulates). It reports, as medians: the first paint, when
// the app's wasm started (`wasmBindings` appears), when the panel first
// shows a recommendation, the main thread's blocking time (long tasks over
// 50 ms, as TBT counts them) and the bytes transferred. Not a test:
// it prints a Markdown table for the README.
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { startServer } from "./static-server.mjs";

const { values, positionals } = parseArgs({
  options: { runs: { type: "string", default: "5" } },
  allowPositionals: true,
});
if (positionals.length === 0) {
  console.error("usage: node scripts/first-recommendation.mjs [--runs 5] DIST [DIST ...]");
  process.exit(2);
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

async function measure(browser, url) {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // Requests from the page and from its workers (the page's own CDP
  // session would miss the workers').
  const sizes = [];
  page.on("requestfinished", (request) => sizes.push(request.sizes().then((s) => s.responseBodySize)));
  await page.addInitScript(() => {
    window.__marks = { blocking: 0 };
    // Main-thread blocking as TBT counts it: each long task's time over 50 ms.
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.__marks.blocking += Math.max(0, task.duration - 50);
    }).observe({ type: "longtask", buffered: true });
    const look = () => {
      const now = performance.now();
      if (window.__marks.app === undefined && window.wasmBindings !== undefined) window.__marks.app = now;
      const panel = document.querySelector("[data-testid=rec-pattern], .rec__progress");
      if (panel) {
        window.__marks.recommendation = now;
        return;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__marks.recommendation !== undefined, null, { timeout: 60000 });
  await page.waitForTimeout(1000); // long tasks that end after it still count
  const marks = await page.evaluate(() => ({
    ...window.__marks,
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
  }));
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { ...marks, bytes };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
console.log("| build | first paint | app started | first recommendation | main thread blocked | transferred (brotli) |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const dist of positionals) {
  const server = await startServer({ dir: dist, compress: true });
  await measure(browser, `${server.url}decide`); // warms the server's compression cache
  const runs = [];
  for (let run = 0; run < Number(values.runs); run++) runs.push(await measure(browser, `${server.url}decide`));
  const ms = (key) => `${Math.round(median(runs.map((r) => r[key])))} ms`;
  console.log(`| ${dist} | ${ms("paint")} | ${ms("app")} | ${ms("recommendation")} | ${ms("blocking")} | ${median(runs.map((r) => r.bytes)).toLocaleString("en")} B |`);
  await server.close();
}
await browser.close();
