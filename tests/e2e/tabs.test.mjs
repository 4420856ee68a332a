// Several tabs on one browser's saved work: a change in one shows in the
// others, no answer is lost when tabs change at nearly the same time, tabs
// do not echo each other's saves, and damaged data from another tab never
// wipes this tab's work.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { openPage, openSite } from "./harness.mjs";

const KEY = "pushpull.session";

/** Another tab in the same browser context (same storage), watched for errors. */
async function openTab(first, path = "decide", ready = "#clusters-input") {
  const page = await first.context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") first.seen.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => first.seen.pageErrors.push(String(error)));
  await page.goto(first.page.url().replace(/[^/]*$/, path));
  await page.locator(ready).waitFor();
  return page;
}

/** Waits until the input `id` in `page` holds `value`, then checks it. */
async function expectValue(page, id, value, why) {
  await page
    .waitForFunction(([id, value]) => document.getElementById(id)?.value === value, [id, value], { timeout: 5000 })
    .catch(() => {});
  assert.equal(await page.locator(`#${id}`).inputValue(), value, why);
}

/**
 * Types `value` into the input `id` as one change (set and announced in a
 * single task), so two tabs can be changed at the same moment without
 * Playwright's select-then-type racing the other tab's redraw.
 */
const enter = (page, id, value) =>
  page.evaluate(([id, value]) => {
    const input = document.getElementById(id);
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, [id, value]);

/** How often this page has written the saved work so far. */
const writes = (page) => page.evaluate(() => window.__sessionWrites ?? 0);

describe("several tabs", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("shows a change made in one tab in the other, and a third tab has both", async () => {
    const tab = await openPage(site);
    await tab.context.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name, value) {
        if (name === key) window.__sessionWrites = (window.__sessionWrites ?? 0) + 1;
        return setItem.call(this, name, value);
      };
    }, KEY);
    await tab.visit("decide");
    const one = tab.page;
    await one.locator("#clusters-input").waitFor();
    const two = await openTab(tab);

    await one.locator("#clusters-input").fill("12");
    await expectValue(two, "clusters-input", "12", "tab 2 shows tab 1's cluster count without a reload");
    await two.getByLabel("Engineers who ship to production").fill("8");
    await expectValue(one, "team-size-input", "8", "tab 1 shows tab 2's team size");
    await expectValue(one, "clusters-input", "12", "and keeps its own cluster count");

    const three = await openTab(tab);
    assert.equal(await three.locator("#clusters-input").inputValue(), "12");
    assert.equal(await three.locator("#team-size-input").inputValue(), "8");

    const counts = [await writes(one), await writes(two), await writes(three)];
    await one.waitForTimeout(700);
    assert.deepEqual([await writes(one), await writes(two), await writes(three)], counts, "tabs do not echo each other's saves");
    assert.ok(counts[0] + counts[1] <= 6, `${counts} writes for two edits`);
    assert.equal(counts[2], 0, "opening a tab writes nothing");
    await tab.screenshot("tabs-two-answers");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("keeps every answer when two tabs change at nearly the same time", async () => {
    const tab = await openPage(site);
    await tab.visit("decide");
    const one = tab.page;
    await one.locator("#clusters-input").waitFor();
    const two = await openTab(tab);
    for (const [clusters, team] of [["3", "40"], ["30", "4"], ["7", "9"]]) {
      await Promise.all([enter(one, "clusters-input", clusters), enter(two, "team-size-input", team)]);
      for (const page of [one, two]) {
        await expectValue(page, "clusters-input", clusters, "the cluster count is kept");
        await expectValue(page, "team-size-input", team, "the team size is kept");
      }
    }
    const three = await openTab(tab);
    assert.equal(await three.locator("#clusters-input").inputValue(), "7");
    assert.equal(await three.locator("#team-size-input").inputValue(), "9");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("keeps the record's details in step too", async () => {
    const tab = await openPage(site);
    await tab.visit("record");
    const one = tab.page;
    await one.locator("#record-organisation").waitFor();
    const two = await openTab(tab, "record", "#record-organisation");
    await one.locator("#record-organisation").fill("Acme Platform");
    await expectValue(two, "record-organisation", "Acme Platform", "tab 2's record form shows tab 1's organisation");
    await two.locator("#record-title").fill("Deploy with Argo CD");
    await expectValue(one, "record-title", "Deploy with Argo CD", "tab 1's record form shows tab 2's title");
    assert.equal(await one.locator("#record-organisation").inputValue(), "Acme Platform");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("sets damaged data from another tab aside and keeps this tab's work", async () => {
    const tab = await openPage(site);
    await tab.visit("decide");
    const one = tab.page;
    await one.locator("#clusters-input").fill("5");
    const two = await openTab(tab);
    const broken = "pushpull-session/2\nv=1&c=%%%broken\n";
    await two.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, broken]);

    const notice = one.getByTestId("storage-notice");
    await notice.waitFor({ timeout: 5000 });
    assert.match(await notice.textContent(), /could not be read: it is damaged/);
    assert.equal(await one.locator("#clusters-input").inputValue(), "5", "this tab's work stays");
    await tab.screenshot("tabs-damaged-data-notice");
    assert.equal(await one.evaluate(() => localStorage.getItem("pushpull.session.unreadable")), broken);
    await expectValue(two, "clusters-input", "5", "the other tab gets the work back");
    const three = await openTab(tab);
    assert.equal(await three.locator("#clusters-input").inputValue(), "5");
    assert.equal(await three.getByTestId("storage-notice").count(), 0, "what is stored is readable again");
    await tab.close();
  });
});
