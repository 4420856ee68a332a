// Work survives a reload; saved work that cannot be read is set aside with a
// clear notice, and the app stays usable.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { openPage, openSite } from "./harness.mjs";

describe("saving work in the browser", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("keeps answers and record details across a reload", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("decide");
    await page.getByLabel("Kubernetes clusters").fill("7");
    await page.getByLabel("HIPAA").check();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Record" }).click();
    await page.locator("#record-organisation").fill("Saved Org");
    await page.reload();
    await page.locator("#record-organisation").waitFor();
    assert.equal(await page.locator("#record-organisation").inputValue(), "Saved Org");
    await page.goto(site.url("decide"));
    await page.locator("#clusters-input").waitFor();
    assert.equal(await page.locator("#clusters-input").inputValue(), "7");
    assert.equal(await page.getByLabel("HIPAA").isChecked(), true);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("sets damaged saved work aside, says so, and carries on", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("");
    await page.evaluate(() => localStorage.setItem("pushpull.session", "pushpull-session/1\nv=1&c=%%%broken"));
    await page.goto(site.url("decide"));
    const notice = page.getByTestId("storage-notice");
    await notice.waitFor();
    assert.match(await notice.textContent(), /could not be restored: it is damaged/);
    assert.match(await notice.textContent(), /kept aside/);
    assert.equal(await page.evaluate(() => localStorage.getItem("pushpull.session.unreadable")), "pushpull-session/1\nv=1&c=%%%broken");
    await page.getByLabel("Kubernetes clusters").fill("2");
    await page.reload();
    await page.locator("#clusters-input").waitFor();
    assert.equal(await page.locator("#clusters-input").inputValue(), "2", "new work is saved again");
    assert.equal(await page.getByTestId("storage-notice").count(), 0);
    await tab.close();
  });
});
