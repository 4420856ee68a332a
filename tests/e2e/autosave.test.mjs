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
    await page.locator("#clusters-input").fill("7");
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

  it("loads work saved by the previous release (saved state v1, answers v1)", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("decide");
    await page.evaluate(() => localStorage.setItem("pushpull.session", "pushpull-session/1\nv=1&c=4&t=9&co=pci&cc=l&go=both&sd=y&w=1&wo=Old%20Org"));
    await page.reload();
    await page.locator("#clusters-input").waitFor();
    assert.equal(await page.locator("#clusters-input").inputValue(), "4");
    assert.equal(await page.getByLabel("PCI DSS").isChecked(), true);
    assert.equal(await page.locator("#ci-credential-concern-0").isChecked(), true, "v1 'low' reads as an accepted risk");
    assert.equal(await page.locator("#gitops-tooling-4").isChecked(), true);
    assert.equal(await page.locator("#split-documented-0").isChecked(), true);
    assert.equal(await page.getByTestId("storage-notice").count(), 0, "no complaint about the old format");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("sets damaged saved work aside, says so, and carries on", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("");
    // Once the home page's app has started (it mounts the search box last),
    // it has read and saved its state: the damage below is left for Decide.
    await page.waitForFunction(() => document.querySelector("#site-search"));
    await page.evaluate(() => localStorage.setItem("pushpull.session", "pushpull-session/1\nv=1&c=%%%broken"));
    await page.goto(site.url("decide"));
    const notice = page.getByTestId("storage-notice");
    await notice.waitFor();
    assert.match(await notice.textContent(), /could not be restored: it is damaged/);
    assert.match(await notice.textContent(), /kept aside/);
    assert.equal(await page.evaluate(() => localStorage.getItem("pushpull.session.unreadable")), "pushpull-session/1\nv=1&c=%%%broken");
    await page.locator("#clusters-input").fill("2");
    await page.reload();
    await page.locator("#clusters-input").waitFor();
    assert.equal(await page.locator("#clusters-input").inputValue(), "2", "new work is saved again");
    assert.equal(await page.getByTestId("storage-notice").count(), 0);
    await tab.close();
  });
});

describe("share links and starting over", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("copies a share link that a fresh browser opens, and asks before replacing local work", async () => {
    const tab = await openPage(site);
    await tab.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const { page } = tab;
    await tab.visit("decide");
    await page.locator("#clusters-input").fill("40");
    await page.getByLabel("SOC 2").check();
    await page.getByRole("button", { name: "Copy share link" }).click();
    await page.getByText(/Copied a link of/).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /\/decide#v=2&c=40&co=soc2$/);
    assert.ok(link.length <= 256, `${link.length} characters`);

    const fresh = await openPage(site);
    await fresh.page.goto(link);
    await fresh.page.getByText("Loaded the answers from the link.").waitFor();
    assert.equal(await fresh.page.locator("#clusters-input").inputValue(), "40");

    await fresh.page.locator("#clusters-input").fill("2");
    await fresh.page.goto(site.url("record"));
    await fresh.page.goto(link);
    await fresh.page.getByText(/This link carries 2 answers/).waitFor();
    assert.equal(await fresh.page.locator("#clusters-input").inputValue(), "2", "nothing is replaced before the user says yes");
    await fresh.page.getByRole("button", { name: "Keep my answers" }).click();
    assert.equal(await fresh.page.locator("#clusters-input").inputValue(), "2");
    await fresh.page.goto(site.url("record"));
    await fresh.page.goto(link);
    await fresh.page.getByRole("button", { name: "Replace with the link's answers" }).click();
    await fresh.page.waitForFunction(() => document.querySelector("#clusters-input")?.value === "40");
    assert.deepEqual(await fresh.problems(), []);
    await fresh.close();
    await tab.close();
  });

  it("starts a new decision only after a confirmation", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("decide");
    await page.locator("#clusters-input").fill("5");
    await page.getByRole("button", { name: "Start a new decision" }).click();
    await page.getByRole("button", { name: "Cancel" }).click();
    assert.equal(await page.locator("#clusters-input").inputValue(), "5");
    await page.getByRole("button", { name: "Start a new decision" }).click();
    await page.getByRole("button", { name: "Clear everything" }).click();
    await page.waitForFunction(() => document.querySelector("#clusters-input")?.value === "");
    await page.reload();
    await page.locator("#clusters-input").waitFor();
    assert.equal(await page.locator("#clusters-input").inputValue(), "");
    await tab.close();
  });
});
