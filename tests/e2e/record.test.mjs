// The decision record as an org uses it: fill in the details, download the
// Markdown, load it back in a fresh browser, see drift, reject foreign files.
// Files are chosen once the input is enabled: it waits for the app, as a
// user would.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { BASE, SCREENSHOTS, openPage, openSite } from "./harness.mjs";

async function answerMixedEstate(page) {
  await page.locator("#clusters-input").fill("3");
  for (const kind of ["Kubernetes", "Serverless"]) {
    const index = await page.locator(".target-row").count();
    await page.getByRole("group", { name: "Add a deploy target" }).getByRole("button", { name: `+ ${kind}` }).click();
    await page.locator(`#target-${index}-name`).waitFor();
  }
  await page.locator("#target-1-name").fill('Lambda <b>"fns"</b> | # x');
  await page.locator("#gitops-tooling-4").check();
}

async function waitForRecord(page, text) {
  await page.waitForFunction(
    (wanted) => document.querySelector("[data-testid=record-preview]")?.textContent.includes(wanted),
    text,
    { timeout: 5000 },
  );
}

describe("the decision record", () => {
  let site;
  let downloaded;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("previews the record as the answers and details change, and downloads it", async () => {
    const tab = await openPage(site, { acceptDownloads: true });
    const { page } = tab;
    await tab.visit("decide");
    await answerMixedEstate(page);
    await page.getByRole("link", { name: "Write the decision record" }).click();
    await page.waitForURL(`**${BASE}record`);
    await page.locator("#record-organisation").waitFor();
    await page.locator("#record-organisation").fill("Northwind <Logistics>");
    await page.locator("#record-decision-makers").fill("Priya Raman, Tom Okafor");
    await page.locator("#record-status").selectOption("accepted");
    await waitForRecord(page, "Northwind <Logistics> runs three production clusters");
    const preview = page.getByTestId("record-preview");
    assert.match(await preview.locator("h1").textContent(), /Kubernetes, CI pipelines for the rest/);
    assert.match(await preview.textContent(), /Chosen option: "Hybrid: GitOps for Kubernetes, pipelines for the rest"/);
    assert.equal(await preview.locator("b, script, img").count(), 0, "user text stays text in the preview");
    assert.match(await page.getByTestId("record-file-name").textContent(), /^0001-[a-z0-9-]+\.md$/);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .md" }).click()]);
    assert.match(download.suggestedFilename(), /^0001-[a-z0-9-]+\.md$/);
    downloaded = readFileSync(await download.path(), "utf8");
    assert.match(downloaded, /^---\nstatus: accepted\ndate: \d{4}-\d{2}-\d{2}\ndecision-makers: \["Priya Raman", "Tom Okafor"\]/);
    assert.match(downloaded, /\n## Decision Outcome\n/);
    assert.match(downloaded, /Lambda \\<b\\>"fns"\\<\/b\\> \\\| \\# x/, "hostile target names are escaped in the Markdown");
    assert.match(downloaded, /\n\[\/\/\]: # "pushpull-record v=2&[^"\n]*"\n$/);
    writeFileSync(`${SCREENSHOTS}/downloaded-record.md`, downloaded);
    await page.getByTestId("record-status").getByText(/Downloaded 0001-/).waitFor();
    await tab.screenshot("record-desktop-light");
    await page.emulateMedia({ media: "print" });
    await tab.screenshot("record-print");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("loads a downloaded record back into a fresh browser, answers and details intact", async () => {
    const tab = await openPage(site, { colorScheme: "dark" });
    const { page } = tab;
    await tab.visit("record");
    await page.locator("#record-file:enabled").setInputFiles({ name: "0001-record.md", mimeType: "text/markdown", buffer: Buffer.from(downloaded) });
    await page.getByTestId("record-status").getByText(/Record loaded/).waitFor();
    assert.match(await page.getByTestId("record-status").textContent(), /still pick the recorded option/);
    await waitForRecord(page, "Northwind <Logistics>");
    assert.equal(await page.locator("#record-organisation").inputValue(), "Northwind <Logistics>");
    assert.equal(await page.locator("#record-decision-makers").inputValue(), "Priya Raman, Tom Okafor");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decide" }).click();
    await page.locator("#clusters-input").waitFor();
    assert.equal(await page.locator("#clusters-input").inputValue(), "3");
    assert.equal(await page.locator("#target-1-name").inputValue(), 'Lambda <b>"fns"</b> | # x');
    await tab.screenshot("record-imported-decide-dark");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("loads a record committed by the previous release (answers schema v1)", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("record");
    const v1 = readFileSync("tests/fixtures/v1/records/mixed.md", "utf8");
    assert.match(v1, /pushpull-record v=1&/);
    await page.locator("#record-file:enabled").setInputFiles({ name: "0007-v1.md", mimeType: "text/markdown", buffer: Buffer.from(v1) });
    await page.getByTestId("record-status").getByText(/Record loaded/).waitFor();
    assert.match(await page.getByTestId("record-status").textContent(), /still pick the recorded option.*earlier version of PushPull.*production clusters/);
    assert.equal(await page.locator("#record-organisation").inputValue(), "Northwind Logistics");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decide" }).click();
    await page.locator("#clusters-input").waitFor();
    assert.equal(await page.locator("#clusters-input").inputValue(), "3", "v1's one cluster count becomes the production count");
    assert.equal(await page.locator("#non-production-clusters-input").inputValue(), "", "and the new question is left open");
    assert.equal(await page.locator("#gitops-tooling-4").isChecked(), true, "v1 'both' reads as both with no agreed line");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("loads a record dropped onto the page", async () => {
    const tab = await openPage(site);
    await tab.visit("record");
    await tab.page.locator("#drop-zone").waitFor();
    await tab.page.locator("#record-file:enabled").waitFor(); // the app listens
    const dataTransfer = await tab.page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "dropped.md", { type: "text/markdown" }));
      return transfer;
    }, downloaded);
    await tab.page.dispatchEvent("#drop-zone", "drop", { dataTransfer });
    await tab.page.getByTestId("record-status").getByText(/Record loaded/).waitFor();
    assert.equal(await tab.page.locator("#record-organisation").inputValue(), "Northwind <Logistics>");
    await tab.close();
  });

  it("says when today's rules pick differently from the record", async () => {
    const tab = await openPage(site);
    await tab.visit("record");
    const drifted = downloaded.replace(/Chosen option: "[^"]+"/, 'Chosen option: "Pipeline deploy"');
    await tab.page.locator("#record-file:enabled").setInputFiles({ name: "old.md", mimeType: "text/markdown", buffer: Buffer.from(drifted) });
    await tab.page.getByTestId("record-status").getByText(/today's rules pick "Hybrid/).waitFor();
    await tab.close();
  });

  it("rejects files that are not ours, or damaged, and keeps the current answers", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("decide");
    await page.locator("#clusters-input").fill("12");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Record" }).click();
    await page.locator("#record-file").waitFor();
    for (const [name, text, message] of [
      ["other-adr.md", "# Use PostgreSQL\n\nWe chose it.", /not a PushPull decision record/],
      ["damaged.md", downloaded.replaceAll("&c=3&", "&c=lots&"), /damaged/],
      ["binary.md", "\u0000\u0001\u0002", /not a PushPull decision record/],
    ]) {
      await page.locator("#record-file:enabled").setInputFiles({ name, mimeType: "text/markdown", buffer: Buffer.from(text) });
      await page.getByTestId("record-status").getByText(message).waitFor();
      assert.match(await page.getByTestId("record-status").textContent(), /unchanged/);
    }
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decide" }).click();
    await page.locator("#clusters-input").waitFor();
    assert.equal(await page.locator("#clusters-input").inputValue(), "12");
    await tab.close();
  });

  it("copies the Markdown, and passes axe in light and dark on desktop and phone", async () => {
    const tab = await openPage(site);
    await tab.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await tab.visit("record");
    await waitForRecord(tab.page, "Decision Outcome");
    await tab.page.getByRole("button", { name: "Copy Markdown" }).click();
    await tab.page.getByTestId("record-status").getByText(/Copied/).waitFor();
    assert.match(await tab.page.evaluate(() => navigator.clipboard.readText()), /^---\nstatus: /);
    await tab.close();
    for (const viewport of ["desktop", "phone"]) {
      for (const colorScheme of ["light", "dark"]) {
        const view = await openPage(site, { viewport, colorScheme });
        await view.visit("record");
        await waitForRecord(view.page, "Context and Problem Statement");
        assert.deepEqual(await view.axeViolations(), [], `${viewport} ${colorScheme}`);
        const width = await view.page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= view.page.viewportSize().width, `no sideways scroll on ${viewport} (${width}px)`);
        await view.screenshot(`record-${viewport}-${colorScheme}`);
        await view.close();
      }
    }
  });
});

describe("the record's link back to the site", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("opens the answers it carries, and refuses a tampered link without touching local answers", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("decide#v=1&c=12&co=pci&tg=k~Fleet");
    await page.getByText("Loaded the answers from the link.").waitFor();
    assert.match(await page.getByText("Loaded the answers from the link.").textContent(), /earlier version of PushPull/, "a v1 link says its cluster count was migrated");
    assert.equal(await page.locator("#clusters-input").inputValue(), "12");
    assert.equal(await page.locator("#target-0-name").inputValue(), "Fleet");
    await page.goto(site.url("record"));
    await page.goto(site.url("decide#v=1&c=oops"));
    await page.getByText(/could not be read/).waitFor();
    assert.match(await page.getByRole("status").filter({ hasText: "could not" }).textContent(), /unchanged/);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });
});
