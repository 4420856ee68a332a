// Fill from a repository: a folder read in the browser, scanned in the
// worker, its report shown, and only unanswered questions filled, each
// marked with a link to its evidence. Nothing leaves the browser.
// The folder is picked once the picker is enabled: the pre-rendered page
// keeps it disabled until the app listens, and a user waits for it too.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { openPage, openSite } from "./harness.mjs";

const FOLDER = "tests/fixtures/repos/both-tools-mixed";
const FILLED = ["clusters", "targets", "gitops-tooling", "pipeline-owners"];
const FINDINGS = ["both-tools", "mixed-mode", "pipeline-without-owner", "ci-holds-cluster-credentials"];

/** Picks the fixture folder and waits for the worker's report. */
async function scanFolder(page) {
  await page.locator("#scan-folder:enabled").setInputFiles(FOLDER);
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
    const scanners = [];
    page.on("request", (request) => {
      if (request.method() !== "GET") sent.push(`${request.method()} ${request.url()}`);
      if (/pushpull-scanner-[0-9a-f]{16}/.test(request.url())) scanners.push(request.url());
    });
    await tab.visit("decide");
    await page.getByRole("heading", { name: "Fill from a repository" }).waitFor();
    assert.match(await page.getByTestId("repo-scan").textContent(), /read in this browser; nothing is uploaded/);
    // Typed before the scan: a question the repo cannot answer.
    await page.getByLabel("Engineers who ship to production").fill("6");
    await page.waitForFunction(() => /^1 of/.test(document.querySelector(".rec__progress")?.textContent ?? ""));
    assert.deepEqual(scanners, [], "the scanner loads only when a folder is picked");

    await scanFolder(page);
    assert.ok(scanners.some((url) => url.endsWith("_bg.wasm")), "the scanner loaded for the scan");
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

  it("scans a dropped folder like a picked one, skips dependencies, and lists the files it did not read", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    // Playwright cannot drop a real folder, so the browser's entries API
    // (webkitGetAsEntry) is replaced by one over the fixture's files; its
    // folders give their entries two at a time, as real ones give batches.
    const files = readdirSync(FOLDER, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = relative(FOLDER, join(entry.parentPath, entry.name));
        return [path, readFileSync(join(FOLDER, path), "utf8")];
      });
    files.push(["web/node_modules/left-pad/deploy.yml", "steps:\n  - run: kubectl apply -f x\n"]);
    files.push(["dumps/state.json", "x".repeat(1024 * 1024 + 1)]);
    await page.addInitScript((tree) => {
      const entry = (path, node) => {
        const name = path.split("/").pop();
        if (typeof node === "string") {
          return { isFile: true, isDirectory: false, name, fullPath: `/${path}`, file: (ok) => ok(new File([node], name)) };
        }
        const children = Object.entries(node).map(([child, sub]) => entry(`${path}/${child}`, sub));
        return {
          isFile: false,
          isDirectory: true,
          name,
          fullPath: `/${path}`,
          createReader: () => {
            let at = 0;
            return { readEntries: (ok) => setTimeout(() => ok(children.slice(at, (at += 2)))) };
          },
        };
      };
      DataTransferItem.prototype.webkitGetAsEntry = () => entry("repo", tree);
    }, treeOf(files));
    await tab.visit("decide");
    await page.getByRole("heading", { name: "Fill from a repository" }).waitFor();
    // The pre-rendered page enables its picker (and listens for drops) once the app is there.
    await page.locator("#scan-folder:not([disabled])").waitFor();
    await page.getByTestId("scan-drop").evaluate((zone) => {
      const transfer = new DataTransfer();
      transfer.items.add("repo", "text/plain");
      zone.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: transfer }));
      zone.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    });
    await page.waitForFunction(() => document.querySelector("#scan-status")?.textContent.startsWith("Scanned"));
    const report = page.getByTestId("scan-report");
    const findings = await report.locator("[data-finding]").evaluateAll((items) => items.map((li) => li.dataset.finding));
    assert.deepEqual(findings.sort(), [...FINDINGS].sort());
    for (const key of FILLED) assert.match(await mark(page, key).textContent(), /From the repo/, key);
    const text = await report.textContent();
    assert.doesNotMatch(text, /node_modules/, "dependencies are not read");
    assert.match(text, /Not read/);
    assert.match(text, /dumps\/state\.json: 1048577 bytes, more than the 1 MiB read per file/);
    assert.match(await page.getByTestId("scan-status").textContent(), /1 file was not read: see the report's end/);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("says so when the scanner cannot load or is of another build, and keeps the answers", async () => {
    for (const [body, said] of [
      [null, /^The scanner did not load or stopped, so nothing was filled in\. Your answers are unchanged/],
      // Ready, protocol 2, build "0000000000000000" (length-prefixed fields).
      ['postMessage("5:ready1:216:0000000000000000")', /^PushPull was updated since this page opened: reload it/],
    ]) {
      const tab = await openPage(site, { serviceWorkers: "block" });
      const { page } = tab;
      await page.route(/pushpull-scanner-[0-9a-f]{16}_loader\.js$/, (route) =>
        body ? route.fulfill({ contentType: "text/javascript", body }) : route.fulfill({ status: 404, body: "gone" }),
      );
      await tab.visit("decide");
      await page.getByLabel("Engineers who ship to production").fill("6");
      await page.locator("#scan-folder:enabled").setInputFiles(FOLDER);
      await page.waitForFunction(() => !/^(Reading|Scanning)/.test(document.querySelector("#scan-status")?.textContent ?? "Reading"), null, { timeout: 20000 });
      assert.match(await page.getByTestId("scan-status").textContent(), said);
      assert.equal(await page.locator("#team-size-input").inputValue(), "6");
      assert.equal(await page.locator(".from-repo").count(), 0, "nothing was filled");
      // The rules are unaffected: they still answer.
      await page.waitForFunction(() => /^1 of/.test(document.querySelector(".rec__progress")?.textContent ?? ""));
      await tab.close();
    }
  });

  it("times a 1,000-file folder in the browser (reported, not asserted)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pushpull-scan-"));
    try {
      const repo = join(dir, "repo");
      for (let i = 0; i < 1000; i++) {
        const folder = join(repo, "apps", `app-${Math.floor(i / 20)}`);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, `deploy-${i}.yaml`), generated(i));
      }
      const tab = await openPage(site);
      const { page } = tab;
      await tab.visit("decide");
      await page.getByRole("heading", { name: "Fill from a repository" }).waitFor();
      const started = Date.now();
      await page.locator("#scan-folder:enabled").setInputFiles(repo);
      await page.waitForFunction(() => document.querySelector("#scan-status")?.textContent.startsWith("Scanned"), null, { timeout: 60000 });
      const ms = Date.now() - started;
      console.log(`scan: 1,000 files picked, read, scanned and drawn in the browser in ${ms} ms`);
      assert.match(await page.getByTestId("scan-report").textContent(), /Deploy targets/);
      await tab.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A nested object of folders (objects) and files (text) from [path, text] pairs. */
function treeOf(files) {
  const tree = {};
  for (const [path, text] of files) {
    const parts = path.split("/");
    let node = tree;
    for (const part of parts.slice(0, -1)) node = node[part] ??= {};
    node[parts.at(-1)] = text;
  }
  return tree;
}

/** One generated manifest: mostly Deployments, some Argo CD Applications and Jobs. */
function generated(i) {
  if (i % 50 === 0) {
    return `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app-${i}\n  namespace: argocd\nspec:\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: app-${i}\n  source:\n    repoURL: https://git.example.org/apps.git\n    path: apps/app-${i}\n`;
  }
  const kind = i % 10 === 0 ? "Job" : "Deployment";
  return `apiVersion: ${kind === "Job" ? "batch/v1" : "apps/v1"}\nkind: ${kind}\nmetadata:\n  name: svc-${i}\n  namespace: team-${i % 7}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.org/svc-${i}:1.${i}\n`.repeat(2).replace(/\n(?=apiVersion)/, "\n---\n");
}
