// Fill from a repository: a folder read in the browser, scanned in the
// worker, its report shown, and only unanswered questions filled, each
// marked with a link to its evidence. Nothing leaves the browser.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { openPage, openSite } from "./harness.mjs";

const FOLDER = "tests/fixtures/repos/both-tools-mixed";
const FILLED = ["clusters", "targets", "gitops-tooling", "pipeline-owners"];
const FINDINGS = ["both-tools", "mixed-mode", "pipeline-without-owner", "ci-holds-cluster-credentials"];

/** Picks the fixture folder and waits for the worker's report. */
async function scanFolder(page) {
  await page.locator("#scan-folder").setInputFiles(FOLDER);
  await page.getByTestId("scan-report").waitFor({ timeout: 10000 });
  await page.waitForFunction(() => document.querySelector("#scan-status")?.textContent.startsWith("Scanned"));
}

const mark = (page, key) => page.getByTestId(`from-repo-${key}`);

describe("Fill from a repository", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("shows the report, fills only unanswered questions with links to their evidence, and uploads nothing", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    const sent = [];
    page.on("request", (request) => {
      if (request.method() !== "GET") sent.push(`${request.method()} ${request.url()}`);
    });
    await tab.visit("decide");
    await page.getByRole("heading", { name: "Fill from a repository" }).waitFor();
    assert.match(await page.getByTestId("repo-scan").textContent(), /read in this browser; nothing is uploaded/);
    // Typed before the scan: a question the repo cannot answer.
    await page.getByLabel("Engineers who ship to production").fill("6");

    await scanFolder(page);
    const report = page.getByTestId("scan-report");
    const findings = await report.locator("[data-finding]").evaluateAll((items) => items.map((li) => li.dataset.finding));
    assert.deepEqual(findings.sort(), [...FINDINGS].sort());
    assert.match(await report.textContent(), /\.github\/workflows\/hotfix\.yml:\d+/);
    assert.ok((await report.locator("code").count()) > 4, "evidence is shown as code");

    for (const key of FILLED) {
      const slot = mark(page, key);
      assert.match(await slot.textContent(), /From the repo/, key);
      const href = await slot.getByRole("link").getAttribute("href");
      assert.equal(href, `/pushpull/decide#scan-source-${key}`);
      assert.equal(await report.locator(`#scan-source-${key}`).count(), 1, `${key} has its evidence in the report`);
      assert.match(await page.locator(`#q-${key} .question__state`).textContent(), /^Answered/, key);
    }
    assert.equal(await page.locator("#clusters-input").inputValue(), "1");
    assert.equal(await page.locator(".target-row").count(), 1);
    assert.equal(await page.locator("#team-size-input").inputValue(), "6", "the typed answer is kept");
    assert.equal(await mark(page, "team-size").textContent(), "", "no mark on the user's own answer");
    assert.match(await page.getByTestId("scan-status").textContent(), /filled 4 unanswered questions/);

    // The evidence link stays on the page and lands on the report's entry.
    await mark(page, "clusters").getByRole("link").click();
    await page.waitForFunction(() => location.hash === "#scan-source-clusters");
    assert.equal(await report.locator("#scan-source-clusters").count(), 1);
    assert.equal(await mark(page, "clusters").locator(".from-repo").count(), 1);

    // Accept keeps the answer and drops the mark; Clear takes it back.
    await mark(page, "targets").getByRole("button", { name: /^Accept/ }).click();
    await page.waitForFunction(() => !document.querySelector("#from-repo-targets .from-repo"));
    assert.equal(await page.locator(".target-row").count(), 1);
    await mark(page, "pipeline-owners").getByRole("button", { name: /^Clear/ }).click();
    await page.waitForFunction(() => !document.querySelector("#from-repo-pipeline-owners .from-repo"));
    assert.match(await page.locator("#q-pipeline-owners .question__state").textContent(), /Not answered yet/);
    assert.equal(await page.locator("#q-pipeline-owners input:checked").count(), 0);

    assert.deepEqual(await tab.problems(), []);
    assert.deepEqual(sent, [], "no request carries anything out");
    assert.deepEqual(await tab.axeViolations(), []);
    await tab.screenshot("decide-scan-desktop-light");
    await page.getByTestId("repo-scan").screenshot({ path: "target/screenshots/decide-scan-report.png" });
    await page.locator("#q-clusters").screenshot({ path: "target/screenshots/decide-scan-mark.png" });
    await tab.close();
  });

  it("keeps an answer the repo would have given, unmarked, and unmarks one changed by hand", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("decide");
    await page.locator("#clusters-input").fill("3");
    await scanFolder(page);
    assert.equal(await page.locator("#clusters-input").inputValue(), "3");
    assert.equal(await mark(page, "clusters").textContent(), "");
    assert.match(await mark(page, "gitops-tooling").textContent(), /From the repo/);
    assert.match(await page.getByTestId("scan-status").textContent(), /filled 3 unanswered questions.*Kept your 1 answered one/);
    // Changed by hand, a filled answer is the user's own: its mark goes.
    await page.locator("#target-0-name").fill("payments-prod");
    await page.waitForFunction(() => !document.querySelector("#from-repo-targets .from-repo"));
    assert.match(await mark(page, "gitops-tooling").textContent(), /From the repo/);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });
});
