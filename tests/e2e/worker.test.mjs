// The rules worker when things go wrong: it cannot load (a flaky network, a
// proxy that blocks it), or the site was deployed anew while a page was open.
// The page says so in plain words, keeps the answers, and recovers.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SUB_PATH_DIST, openPage, openSite } from "./harness.mjs";
import { filesUnder } from "../../scripts/files.mjs";

const WORKER_FILES = /pushpull-worker[^/]*\.(?:js|wasm)$/;
const LOADER = /^pushpull-worker-([0-9a-f]{16})_loader\.js$/;

/** Only the failures these tests cause on purpose may reach the console. */
const unexpected = (problems) =>
  problems.filter((text) => !/Failed to load resource|net::ERR_FAILED|status of 404/.test(text));

/**
 * A copy of `dir` as the next deploy would leave it: the worker's files
 * under new names (their old ones gone), and every page naming the new loader.
 */
function nextBuild(dir) {
  const next = mkdtempSync(join(tmpdir(), "pushpull-next-"));
  cpSync(dir, next, { recursive: true });
  const loader = readdirSync(next).find((file) => LOADER.test(file));
  assert.ok(loader, `${dir} has a hashed worker loader`);
  const old = `pushpull-worker-${loader.match(LOADER)[1]}`;
  const renamed = `pushpull-worker-${"f".repeat(16)}`;
  for (const file of readdirSync(next).filter((file) => file.startsWith(old))) {
    renameSync(join(next, file), join(next, file.replace(old, renamed)));
  }
  for (const file of filesUnder(next).filter((file) => /\.(?:html|js)$/.test(file))) {
    const text = readFileSync(join(next, file), "utf8");
    if (text.includes(old)) writeFileSync(join(next, file), text.replaceAll(old, renamed));
  }
  return { dir: next, worker: renamed };
}

async function answerClusters(page, count) {
  await page.getByLabel("Kubernetes clusters").fill(String(count));
}

async function waitForPick(page, pattern, answered) {
  await page.waitForFunction(
    ([want, count]) =>
      document.querySelector("[data-testid=rec-pattern]")?.textContent === want &&
      (document.querySelector(".rec__progress")?.textContent ?? "").startsWith(`${count} of 10`),
    [pattern, answered],
    { timeout: 10000 },
  );
}

describe("a worker that cannot load", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("Decide says so, keeps the answers and the form working, and recovers on Retry", async () => {
    const tab = await openPage(site, { serviceWorkers: "block" });
    const { page } = tab;
    await page.route(WORKER_FILES, (route) => route.abort());
    await tab.visit("decide");
    await answerClusters(page, 40);
    const notice = page.getByTestId("worker-notice");
    await notice.waitFor({ timeout: 10000 });
    assert.match(await notice.textContent(), /did not load .*Your answers are kept\./);
    assert.equal(await page.getByText("Working out the recommendation…").isVisible(), false, "no promise of a result that will not come");
    await tab.screenshot("worker-notice-decide");

    // The rest of the page keeps working.
    await page.getByLabel("SOC 2").check();
    await page.locator("#q-compliance .question__state", { hasText: "Answered" }).waitFor();
    assert.equal(await page.getByLabel("Kubernetes clusters").inputValue(), "40");

    await page.unroute(WORKER_FILES);
    await notice.getByRole("button", { name: "Retry" }).click();
    await waitForPick(page, "GitOps", 2);
    assert.equal(await notice.count(), 0, "the notice goes once the worker answers");
    assert.deepEqual(unexpected(await tab.problems()), []);
    await tab.close();
  });

  it("Record says so, and writes the record after Retry", async () => {
    const tab = await openPage(site, { serviceWorkers: "block" });
    const { page } = tab;
    await tab.visit("decide");
    await answerClusters(page, 2);
    await page.route(WORKER_FILES, (route) => route.abort());
    // A fresh page load: the worker is started anew, and blocked.
    await tab.visit("record");
    const notice = page.getByTestId("worker-notice");
    await notice.waitFor({ timeout: 10000 });
    assert.match(await notice.textContent(), /the record cannot be worked out right now/);
    assert.equal(await page.getByText("Writing the record…").isVisible(), false);
    await tab.screenshot("worker-notice-record");

    await page.unroute(WORKER_FILES);
    await notice.getByRole("button", { name: "Retry" }).click();
    await page.locator("#record-organisation").fill("After Retry Ltd");
    await page.waitForFunction(
      () => document.querySelector("[data-testid=record-preview]")?.textContent.includes("After Retry Ltd deploys to 2 clusters"),
      null,
      { timeout: 10000 },
    );
    assert.equal(await notice.count(), 0);
    assert.deepEqual(unexpected(await tab.problems()), []);
    await tab.close();
  });

  it("a worker of another build at the same address is refused, with a reload", async () => {
    const tab = await openPage(site, { serviceWorkers: "block" });
    const { page } = tab;
    // Ready, protocol 2, build "0000000000000000" (length-prefixed fields).
    await page.route(/pushpull-worker-[0-9a-f]{16}_loader\.js$/, (route) =>
      route.fulfill({ contentType: "text/javascript", body: 'postMessage("5:ready1:216:0000000000000000")' }),
    );
    await tab.visit("decide");
    const notice = page.getByTestId("worker-notice");
    await notice.waitFor({ timeout: 10000 });
    assert.match(await notice.textContent(), /^PushPull was updated; reload to continue\./);
    assert.equal(await notice.getByRole("button", { name: "Reload" }).count(), 1);
    await tab.close();
  });
});

describe("a deploy while a page is open", () => {
  let site;
  let next;
  before(async () => {
    site = await openSite();
    next = nextBuild(SUB_PATH_DIST);
  });
  after(async () => {
    await site?.close();
    if (next) rmSync(next.dir, { recursive: true, force: true });
  });

  it("an open Decide keeps its own worker; a page that starts one later asks for a reload, and the answers survive it", async () => {
    const tab = await openPage(site, { serviceWorkers: "block" });
    const { page, context } = tab;
    await tab.visit("decide");
    await answerClusters(page, 40);
    await waitForPick(page, "GitOps", 1);
    // A second tab, opened before the deploy, on a page without the worker.
    const reader = await context.newPage();
    await reader.goto(site.url("docs/overview"));
    await reader.locator("h1").waitFor();

    site.deploy(next.dir);

    await page.getByLabel("Engineers who deploy").fill("120");
    await waitForPick(page, "GitOps", 2);
    assert.equal(await page.getByTestId("worker-notice").count(), 0, "the open page keeps working with its own worker");

    await reader.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decide" }).click();
    const notice = reader.getByTestId("worker-notice");
    await notice.waitFor({ timeout: 10000 });
    assert.match(await notice.textContent(), /^PushPull was updated; reload to continue\./);
    await reader.screenshot({ path: "target/screenshots/worker-notice-updated.png", fullPage: true });
    assert.equal(await reader.getByLabel("Kubernetes clusters").inputValue(), "40", "the answers are still on the page");

    const loaded = [];
    reader.on("request", (request) => loaded.push(request.url()));
    await notice.getByRole("button", { name: "Reload" }).click();
    await waitForPick(reader, "GitOps", 2);
    assert.equal(await reader.getByLabel("Engineers who deploy").inputValue(), "120", "the answers survive the reload");
    assert.ok(loaded.some((url) => url.includes(next.worker)), "the reloaded page starts the new build's worker");
    assert.deepEqual(unexpected(await tab.problems()), []);
    await tab.close();
  });
});
