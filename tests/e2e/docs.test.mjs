// The guide as a reader uses it: sidebar, previous/next, search by keyboard,
// diagrams with text alternatives, and a clear message when a page fails.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { BASE, openPage, openSite } from "./harness.mjs";

const PAGES = [
  "overview",
  "gitops-wins",
  "pipeline-wins",
  "hybrid",
  "how-to-pick",
  "secrets",
  "promotion",
  "topology",
  "progressive-delivery",
  "cloud-resources",
  "supply-chain",
  "migration",
  "glossary",
  "sources",
];

describe("the guide", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("reads front to back with the next links, and the sidebar marks the current page", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("docs/overview");
    for (const slug of PAGES.slice(1)) {
      await page.getByRole("navigation", { name: "Previous and next page" }).getByRole("link", { name: /Next/ }).click();
      await page.waitForURL(`**${BASE}docs/${slug}`);
      await page.locator(".prose h2").first().waitFor();
      const current = await page.getByRole("navigation", { name: "Documentation" }).locator('[aria-current="page"]').getAttribute("href");
      assert.equal(current, `${BASE}docs/${slug}`);
    }
    assert.equal(await page.getByRole("link", { name: /Next/ }).count(), 0, "the last page has no next link");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("searches across all pages by keyboard alone: / focuses, arrows pick, Enter opens", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("");
    // The page is pre-rendered; the search box arrives with the app.
    await page.locator("#site-search").waitFor();
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "site-search");
    await page.keyboard.type("ApplicationSet cluster generator");
    const options = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
    await options.first().waitFor();
    assert.ok((await options.count()) >= 1);
    await page.keyboard.press("ArrowDown");
    assert.equal(await options.first().getAttribute("aria-selected"), "true");
    const href = await options.first().locator("a").getAttribute("href");
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${href}`);
    assert.match(href, new RegExp(`^${BASE}docs/[a-z-]+#[a-z0-9-]+$`));
    const id = href.split("#")[1];
    await page.locator(`[id="${id}"]`).waitFor();
    await page.keyboard.press("/");
    await page.keyboard.type("zzqqxx");
    await page.getByRole("listbox", { name: "Search results" }).getByText("No matches").waitFor();
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#site-search").inputValue(), "");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("gives every diagram a title and a text alternative", async () => {
    const tab = await openPage(site);
    const found = [];
    for (const slug of ["overview", "hybrid", "promotion", "topology"]) {
      await tab.visit(`docs/${slug}`);
      await tab.page.locator(".prose h2").first().waitFor();
      const diagrams = await tab.page.locator("figure.diagram svg").evaluateAll((svgs) =>
        svgs.map((svg) => ({
          role: svg.getAttribute("role"),
          title: svg.querySelector("title")?.textContent ?? "",
          desc: svg.querySelector("desc")?.textContent ?? "",
        })),
      );
      found.push(...diagrams);
    }
    assert.ok(found.length >= 5, "push, pull, hybrid bridge, promotion flow and topology diagrams");
    for (const diagram of found) {
      assert.equal(diagram.role, "img");
      assert.ok(diagram.title.length > 5 && diagram.desc.length > 60, diagram.title);
    }
    await tab.close();
  });

  it("says so, and offers a retry, when a page body cannot be fetched", async () => {
    // Without the offline worker, whose saved copy would answer instead.
    const tab = await openPage(site, { serviceWorkers: "block" });
    const { page } = tab;
    await page.route("**/content/hybrid.html", (route) => route.abort());
    await tab.visit("docs/overview");
    // Once the search has started the app, links between pages are in-app
    // navigations that fetch the page body.
    await page.locator("#site-search").focus();
    await page.waitForFunction(() => window.wasmBindings !== undefined);
    await page.locator(".docs-sidebar a[href$='/docs/hybrid'], nav a[href$='/docs/hybrid']").first().click();
    await page.getByRole("alert").getByText("This page could not be loaded.").waitFor();
    await page.unroute("**/content/hybrid.html");
    await page.getByRole("button", { name: "Try again" }).click();
    await page.locator(".prose h2").first().waitFor();
    await tab.close();
  });

  it("downloads no wasm on a guide page until the search is wanted, then answers the first keystroke", async () => {
    const tab = await openPage(site, { serviceWorkers: "block" });
    const { page } = tab;
    const app = [];
    page.on("request", (request) => {
      if (/pushpull-(web|scanner)[^/]*\.(js|wasm)$/.test(request.url())) app.push(request.url());
    });
    for (const path of ["", "docs/overview"]) {
      await tab.visit(path);
      await page.waitForLoadState("networkidle");
      await page.locator("h1").first().waitFor();
      assert.deepEqual(app, [], `${path || "home"} loads no app code`);
    }
    // The skip link stays on the page (the <base> would send it home).
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
    assert.match(page.url(), /\/docs\/overview$/);
    assert.equal(await page.getByRole("navigation", { name: "Main" }).locator('[aria-current="page"]').textContent(), "Docs");

    // The first keystroke starts the app; what is typed meanwhile is kept.
    await page.locator("#site-search").focus();
    const started = Date.now();
    await page.keyboard.type("drift");
    const options = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
    await options.first().waitFor();
    const ms = Date.now() - started;
    console.log(`search: first keystroke on a guide page without the app answered in ${ms} ms (app, index and results)`);
    assert.equal(await page.locator("#site-search").inputValue(), "drift");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "site-search");
    assert.ok(app.some((url) => url.endsWith("_bg.wasm")), "the app loaded for the search");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("reads without JavaScript: the guide is pre-rendered", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url("docs/hybrid"));
    assert.ok((await page.locator("main .prose h2").count()) > 2);
    assert.equal(await page.locator("#site-search").isVisible(), false, "the search box needs JavaScript, so it is not offered");
    assert.match(await page.locator("main > noscript .notice").textContent(), /^The guide reads without JavaScript/);
    assert.ok(await page.locator("main > noscript .notice").isVisible());
    await page.goto(site.url(""));
    assert.ok(await page.locator("main h1").isVisible());
    await context.close();
  });

  it("passes axe on every page and looks right in every theme and width", async () => {
    for (const viewport of ["desktop", "phone"]) {
      for (const colorScheme of ["light", "dark"]) {
        const tab = await openPage(site, { viewport, colorScheme });
        for (const slug of PAGES) {
          await tab.visit(`docs/${slug}`);
          await tab.page.locator(".prose h2").first().waitFor();
          if (viewport === "desktop") {
            assert.deepEqual(await tab.axeViolations(), [], `${slug} in ${colorScheme}`);
          }
          const width = await tab.page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= tab.page.viewportSize().width, `${slug} has no sideways scroll on ${viewport} (${width}px)`);
          await tab.screenshot(`docs-${slug}-${viewport}-${colorScheme}`);
        }
        assert.deepEqual(await tab.problems(), []);
        await tab.close();
      }
    }
  });
});
