// Shared set-up for the browser tests: the built site on a plain static
// server under a sub-path, the system Chromium, and a watch on everything a
// page does that a user would call a bug or a privacy leak.
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { startServer } from "../../scripts/static-server.mjs";

export const BASE = "/pushpull/";
export const SUB_PATH_DIST = process.env.PUSHPULL_DIST_SUB ?? "target/dist-sub";
export const SCREENSHOTS = "target/screenshots";
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 740 },
  projector: { width: 1920, height: 1080 },
};

/** Starts the static server and the browser once per test file. */
export async function openSite({ dir = SUB_PATH_DIST, base = BASE } = {}) {
  const server = await startServer({ dir, base });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: (path = "") => server.url + path.replace(/^\//, ""),
    origin: new URL(server.url).origin,
    browser,
    /** Takes the site off the network, as a pulled cable would. */
    stopServer: () => server.close(),
    /** Serves another build from now on, as a deploy would. */
    deploy: (dir) => server.serve(dir),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh browser context (no storage shared with other tests) and a page
 * whose console errors, uncaught exceptions, CSP violations and requests are
 * recorded.
 */
export async function openPage(
  site,
  { viewport = "desktop", colorScheme = "light", acceptDownloads = false, serviceWorkers = "allow", javaScriptEnabled = true } = {},
) {
  const context = await site.browser.newContext({
    viewport: VIEWPORTS[viewport],
    colorScheme,
    acceptDownloads,
    serviceWorkers,
    javaScriptEnabled,
  });
  const seen = { consoleErrors: [], pageErrors: [], requests: [] };
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  context.on("request", (request) => seen.requests.push(request.url()));
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") seen.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => seen.pageErrors.push(String(error)));

  return {
    context,
    page,
    seen,
    /** Loads a site path and waits until the app has rendered into it. */
    async visit(path) {
      const response = await page.goto(site.url(path));
      await page.waitForSelector("main#main", { state: "attached" });
      return response;
    },
    /** Everything a user would call a bug or a leak, as a list of strings. */
    async problems({ allowMissingDocument = false } = {}) {
      const problems = [];
      const errors = seen.consoleErrors.filter(
        (text) => !(allowMissingDocument && /status of 404/.test(text)),
      );
      problems.push(...errors.map((text) => `console error: ${text}`));
      problems.push(...seen.pageErrors.map((text) => `uncaught: ${text}`));
      const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      problems.push(...violations.map((text) => `CSP violation: ${text}`));
      for (const url of seen.requests) {
        const { origin, protocol } = new URL(url);
        if (origin !== site.origin && protocol !== "data:" && protocol !== "blob:") {
          problems.push(`request to another origin: ${url}`);
        }
      }
      const cookies = await context.cookies();
      problems.push(...cookies.map((cookie) => `cookie set: ${cookie.name}`));
      return problems;
    },
    async axeViolations() {
      const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      return result.violations.map(
        (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
      );
    },
    async screenshot(name) {
      await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
    },
    close: () => context.close(),
  };
}
