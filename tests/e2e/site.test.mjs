// The app shell as a user meets it on a static host under a sub-path:
// navigation, deep links, the 404 page, docs anchors, accessibility, and no
// errors, CSP violations, foreign requests or cookies anywhere.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { BASE, openPage, openSite } from "./harness.mjs";

const ROUTES = ["", "docs", "docs/overview", "decide", "record"];
/** What shows that the app has drawn a route, beyond its pre-rendered HTML. */
const APP_DRAWN = { decide: ".question", record: "#record-preview h1" };

describe("site shell under a sub-path", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("navigates between the main sections with the header links", async () => {
    const tab = await openPage(site);
    await tab.visit("");
    const { page } = tab;
    assert.equal(await page.title(), "PushPull");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Docs" }).click();
    await page.waitForURL(`**${BASE}docs/overview`);
    assert.equal(await page.locator("h1").textContent(), "Overview");
    assert.equal(await page.title(), "Overview · PushPull");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decide" }).click();
    await page.waitForURL(`**${BASE}decide`);
    assert.equal(await page.title(), "Decide · PushPull");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Record" }).click();
    await page.waitForURL(`**${BASE}record`);
    assert.equal(await page.title(), "Record · PushPull");
    await page.getByRole("link", { name: "PushPull" }).first().click();
    await page.waitForURL(`**${BASE}`);
    assert.match(await page.locator("h1").textContent(), /Push from CI, or pull from git/);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("reloads deep links, including a heading fragment, on a host without rewrites", async () => {
    const tab = await openPage(site);
    const response = await tab.visit("docs/overview#trust-direction");
    assert.equal(response.status(), 200);
    const { page } = tab;
    await page.locator("#trust-direction").waitFor();
    assert.ok(await page.locator("#trust-direction").isVisible());
    const { top, scrolledToEnd } = await page.locator("#trust-direction").evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      scrolledToEnd: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight,
    }));
    assert.ok(top < 300 || scrolledToEnd, `the fragment's heading is scrolled into view (top ${top})`);
    await page.reload();
    await page.locator("#trust-direction").waitFor();
    assert.equal(await page.locator("h1").textContent(), "Overview");
    for (const path of ["decide", "record", "docs"]) {
      const reloaded = await tab.visit(path);
      assert.equal(reloaded.status(), 200, `${path} is served directly`);
    }
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("shows a real not-found page for unknown paths and unknown docs pages", async () => {
    const tab = await openPage(site);
    for (const path of ["no/such/page", "docs/no-such-page"]) {
      await tab.visit(path);
      await tab.page.getByTestId("not-found").waitFor();
      assert.equal(await tab.page.title(), "Page not found · PushPull");
    }
    assert.deepEqual(await tab.problems({ allowMissingDocument: true }), []);
    await tab.close();
  });

  it("keeps every internal link in the rendered docs under the site base", async () => {
    const tab = await openPage(site);
    await tab.visit("docs/overview");
    const hrefs = await tab.page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const internal = hrefs.filter((href) => !/^[a-z]+:/i.test(href));
    assert.ok(internal.length > 3);
    for (const href of internal) {
      assert.ok(href.startsWith(BASE), `${href} starts with ${BASE}`);
    }
    await tab.close();
  });

  it("gives every docs heading a visible link to itself and lists it in the table of contents", async () => {
    const tab = await openPage(site);
    await tab.visit("docs/overview");
    const { page } = tab;
    const headings = await page.locator(".prose h2, .prose h3").evaluateAll((nodes) =>
      nodes.map((h) => ({ id: h.id, anchor: h.querySelector("a.heading-anchor")?.getAttribute("href") })),
    );
    assert.ok(headings.length >= 2);
    for (const { id, anchor } of headings) {
      assert.ok(id, "heading has an id");
      assert.equal(anchor, `${BASE}docs/overview#${id}`);
    }
    const tocLinks = await page.getByRole("navigation", { name: "On this page" }).locator("a").count();
    assert.equal(tocLinks, headings.length);
    await page.locator(".prose h2 a.heading-anchor").last().click();
    await page.waitForURL(/#/);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("passes axe (WCAG 2.2 AA) on every route, light and dark", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const tab = await openPage(site, { colorScheme });
      for (const path of [...ROUTES, "no/such/page"]) {
        await tab.visit(path);
        await tab.page.locator("h1").first().waitFor();
        assert.deepEqual(await tab.axeViolations(), [], `${path || "home"} in ${colorScheme}`);
      }
      await tab.close();
    }
  });

  it("looks right on desktop and phone, light and dark (screenshots for a person)", async () => {
    for (const viewport of ["desktop", "phone"]) {
      for (const colorScheme of ["light", "dark"]) {
        const tab = await openPage(site, { viewport, colorScheme });
        for (const path of ROUTES) {
          await tab.visit(path);
          // The heading is pre-rendered: wait for what the app draws.
          await tab.page.locator(APP_DRAWN[path] ?? "#site-search").first().waitFor();
          const width = await tab.page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= tab.page.viewportSize().width, `${path || "home"} has no sideways scroll on ${viewport} (${width}px)`);
          await tab.screenshot(`shell-${(path || "home").replace(/\//g, "-")}-${viewport}-${colorScheme}`);
        }
        assert.deepEqual(await tab.problems(), []);
        await tab.close();
      }
    }
  });
});
