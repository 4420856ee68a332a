// Superseding a committed record on /record: the new record takes the next
// number and names the old one, and the old file comes back with only its
// status line changed, ready to commit alongside.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { SCREENSHOTS, openPage, openSite } from "./harness.mjs";

const OLD_NAME = "0007-flux-for-kubernetes-ci-pipelines-for-the-rest.md";
const OLD = readFileSync("tests/golden/mixed.md", "utf8");

async function recordSays(page, text) {
  await page.waitForFunction(
    (wanted) => document.querySelector("[data-testid=record-preview]")?.textContent.includes(wanted),
    text,
    { timeout: 5000 },
  );
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

describe("superseding a record", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("starts the next record from a loaded one and gives the old file back marked superseded", async () => {
    const tab = await openPage(site, { acceptDownloads: true });
    const { page } = tab;
    await tab.visit("record");
    await page.locator("#record-file:enabled").setInputFiles({ name: OLD_NAME, mimeType: "text/markdown", buffer: Buffer.from(OLD) });
    const panel = page.getByTestId("supersede-panel");
    await panel.getByText("Loaded ADR-0007 (Flux for Kubernetes, CI pipelines for the rest), status accepted.").waitFor();
    await panel.getByRole("button", { name: "Supersede this record" }).click();

    await page.getByTestId("record-status").getByText("Started ADR-0008, which supersedes ADR-0007.", { exact: false }).waitFor();
    await recordSays(page, "This record supersedes ADR-0007");
    assert.equal(await page.locator("#record-number").inputValue(), "8");
    assert.equal(await page.locator("#record-status").inputValue(), "proposed");
    assert.equal(await page.locator("#record-organisation").inputValue(), "Northwind Logistics", "the people and organisation carry over");
    await tab.screenshot("record-superseding");

    // A year on: the fleet grew. The answers change on Decide, the panel stays.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decide" }).click();
    await page.locator("#clusters-input").fill("12");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Record" }).click();
    await recordSays(page, "12 production clusters");

    const fresh = await download(page, "Download .md");
    assert.match(fresh.name, /^0008-[a-z0-9-]+\.md$/);
    assert.match(fresh.text, /^---\nstatus: proposed\n/);
    assert.ok(fresh.text.includes(`This record supersedes [ADR-0007](${OLD_NAME}) (Flux for Kubernetes, CI pipelines for the rest).`), fresh.text);
    assert.match(fresh.text, /\]\(https:\/\/pushpull\.example\.org\/pushpull\/decide#v=2&/, "links use the site address the build was given");

    const marked = await download(page, `Download ${OLD_NAME} marked superseded`);
    assert.equal(marked.name, OLD_NAME);
    assert.equal(marked.text, OLD.replace("\nstatus: accepted\n", "\nstatus: superseded by ADR-0008\n"), "only the status line changes");
    writeFileSync(`${SCREENSHOTS}/superseded-old-record.md`, marked.text);
    writeFileSync(`${SCREENSHOTS}/superseding-new-record.md`, fresh.text);

    // The marked file reads back as superseded.
    await page.locator("#record-file:enabled").setInputFiles({ name: OLD_NAME, mimeType: "text/markdown", buffer: Buffer.from(marked.text) });
    await panel.getByText("already superseded by ADR-0008", { exact: false }).waitFor();
    assert.equal(await page.locator("#record-status").inputValue(), "superseded");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("can be undone, and after a reload asks for the old file again", async () => {
    const tab = await openPage(site, { acceptDownloads: true });
    const { page } = tab;
    await tab.visit("record");
    await page.locator("#record-file:enabled").setInputFiles({ name: OLD_NAME, mimeType: "text/markdown", buffer: Buffer.from(OLD) });
    const panel = page.getByTestId("supersede-panel");
    await panel.getByRole("button", { name: "Supersede this record" }).click();
    await recordSays(page, "This record supersedes ADR-0007");
    await page.reload();
    await panel.getByText("load its file below", { exact: false }).waitFor();
    await recordSays(page, "This record supersedes ADR-0007");
    await panel.getByRole("button", { name: "Do not supersede" }).click();
    await page.getByTestId("record-status").getByText("no longer supersedes").waitFor();
    await page.waitForFunction(() => !document.querySelector("[data-testid=record-preview]")?.textContent.includes("supersedes ADR-0007"));
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });
});

describe("a site without a public address", () => {
  let site;
  before(async () => {
    site = await openSite({ dir: process.env.PUSHPULL_DIST ?? "dist", base: "/" });
  });
  after(async () => site?.close());

  it("writes records without links rather than links to this machine", async () => {
    const tab = await openPage(site, { acceptDownloads: true });
    const { page } = tab;
    await tab.visit("decide");
    await page.locator("#clusters-input").fill("40");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Record" }).click();
    await recordSays(page, "Decision Outcome");
    const record = await download(page, "Download .md");
    assert.doesNotMatch(record.text, /\]\(https?:/);
    assert.match(record.text, /load it on PushPull's Record page/);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });
});
