// Offline use: once the site has loaded, its service worker keeps a copy, and
// a workshop room with no network can still read the guide, answer the
// questionnaire (the rules run in the app, whose wasm comes from that copy)
// and open the record.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { BASE, openPage, openSite } from "./harness.mjs";

describe("offline use", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("keeps the guide, Decide and Record working once the network is gone", async () => {
    const tab = await openPage(site);
    const { page, context } = tab;
    await tab.visit("docs/overview");
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(new URL(scope).pathname, BASE, "the worker covers the sub-path only");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await site.stopServer();
    await context.setOffline(true);
    const unreachable = await page.evaluate(() => fetch("not-in-the-copy.txt").then(() => "answered", () => "failed"));
    assert.equal(unreachable, "failed", "the network really is gone");
    // That probe's own failure is the one error expected here.
    tab.seen.consoleErrors.splice(0);

    const reloaded = await page.goto(site.url("docs/how-to-pick"));
    assert.ok(reloaded.ok(), "a guide page opens from the saved copy");
    assert.equal(await page.locator("h1").textContent(), "How to pick");
    await page.waitForFunction(() => document.querySelector("#site-search"));
    await page.getByRole("navigation", { name: "Documentation" }).getByRole("link", { name: "Glossary" }).click();
    await page.waitForURL(`**${BASE}docs/glossary`);
    await page.locator(".prose h2").first().waitFor();
    assert.equal(await page.locator("h1").textContent(), "Glossary");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decide" }).click();
    await page.waitForURL(`**${BASE}decide`);
    await page.locator("#clusters-input").fill("40");
    await page.waitForFunction(
      () => document.querySelector(".rec__progress")?.textContent.startsWith("1 of 11"),
      null,
      { timeout: 5000 },
    );
    await page.goto(site.url("record"));
    // The page's own heading (the record's preview below it has one too).
    await page.getByRole("heading", { level: 1, name: "Decision record" }).waitFor();
    await page.goto(site.url("docs/no-such-page"));
    await page.getByTestId("not-found").waitFor();
    await tab.screenshot("offline-not-found");

    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });
});
