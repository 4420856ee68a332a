// The rules worker when things go wrong: it cannot load (a flaky network, a
// proxy that blocks it), or the site was deployed anew while a page was open.
// The page says so in plain words, keeps the answers, and recovers.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SCREENSHOTS, SUB_PATH_DIST, openPage, openSite } from "./harness.mjs";
import { filesUnder } from "../../scripts/files.mjs";

const WORKER_FILES = /pushpull-worker[^/]*\.(?:js|wasm)$/;
const LOADER = /^(pushpull-worker(?:-[0-9a-f]{16})?)_loader\.js$/;

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
  assert.ok(loader, `${dir} has a worker loader`);
  const old = loader.match(LOADER)[1];
  const renamed = `pushpull-worker-${"f".repeat(16)}`;
  for (const file of readdirSync(next).filter((file) => /^(?:\.js|_bg\.wasm|_loader\.js)$/.test(file.slice(old.length)) && file.startsWith(old))) {
    renameSync(join(next, file), join(next, file.replace(old, renamed)));
  }
  for (const file of filesUnder(next).filter((file) => /\.(?:html|js)$/.test(file))) {
    const text = readFileSync(join(next, file), "utf8");
    if (text.includes(old)) writeFileSync(join(next, file), text.replaceAll(old, renamed));
  }
  return { dir: next, worker: renamed };
}

async function answerClusters(page, count) {
  await page.locator("#clusters-input").fill(String(count));
}

async function waitForPick(page, pattern, answered) {
  await page.waitForFunction(
    ([want, count]) =>
      document.querySelector("[data-testid=rec-pattern]")?.textContent === want &&
      (document.querySelector(".rec__progress")?.textContent ?? "").startsWith(`${count} of 11`),
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
    await page.locator(".rec-column").screenshot({ path: `${SCREENSHOTS}/worker-notice-decide-panel.png` });

    // The rest of the page keeps working.
    await page.getByLabel("SOC 2").check();
    await page.locator("#q-compliance .question__state", { hasText: "Answered" }).waitFor();
    assert.equal(await page.locator("#clusters-input").inputValue(), "40");

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
    await page.locator(".record-page").screenshot({ path: `${SCREENSHOTS}/worker-notice-record-top.png` });

    await page.unroute(WORKER_FILES);
    await notice.getByRole("button", { name: "Retry" }).click();
    await page.locator("#record-organisation").fill("After Retry Ltd");
    await page.waitForFunction(
      () => document.querySelector("[data-testid=record-preview]")?.textContent.includes("After Retry Ltd runs two production clusters"),
      null,
      { timeout: 10000 },
    );
    assert.equal(await notice.count(), 0);
    assert.deepEqual(unexpected(await tab.problems()), []);
    await tab.close();
  });

  it("a worker that stops after it started is noticed, and Retry starts a working one", async () => {
    const tab = await openPage(site, { serviceWorkers: "block" });
    const { page } = tab;
    await tab.visit("");
    // The real worker's Ready, so that a stand-in passes the build check.
    const ready = await page.evaluate(async () => {
      const loader = document.querySelector('meta[name="pushpull-worker"]').content;
      const worker = new Worker(new URL(loader, document.baseURI));
      const first = await new Promise((resolve) => (worker.onmessage = (event) => resolve(event.data)));
      worker.terminate();
      return first;
    });
    const breaks = `postMessage(${JSON.stringify(ready)}); onmessage = () => { throw new Error("the worker broke"); };`;
    const LOADER_FILE = /pushpull-worker-[0-9a-f]{16}_loader\.js$/;
    await page.route(LOADER_FILE, (route) => route.fulfill({ contentType: "text/javascript", body: breaks }));
    await page.goto(site.url("decide"));
    const notice = page.getByTestId("worker-notice");
    await notice.waitFor({ timeout: 10000 });
    assert.match(await notice.textContent(), /stopped\. Your answers are kept\./);
    await page.unroute(LOADER_FILE);
    await answerClusters(page, 12);
    await notice.getByRole("button", { name: "Retry" }).click();
    await waitForPick(page, "GitOps", 1);
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
    // A second tab, opened before the deploy, on a page without the worker,
    // whose search was used (so the app runs there and navigates in-app).
    const reader = await context.newPage();
    await reader.goto(site.url("docs/overview"));
    await reader.locator("#site-search").focus();
    await reader.waitForFunction(() => window.wasmBindings !== undefined);
    // A third, never searched: the guide reads without the app.
    const plain = await context.newPage();
    await plain.goto(site.url("docs/overview"));
    await plain.locator("h1").waitFor();

    site.deploy(next.dir);

    await page.getByLabel("Engineers who ship to production").fill("120");
    await waitForPick(page, "GitOps", 2);
    assert.equal(await page.getByTestId("worker-notice").count(), 0, "the open page keeps working with its own worker");

    await reader.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decide" }).click();
    const notice = reader.getByTestId("worker-notice");
    await notice.waitFor({ timeout: 10000 });
    assert.match(await notice.textContent(), /^PushPull was updated; reload to continue\./);
    await reader.locator(".rec-column").screenshot({ path: `${SCREENSHOTS}/worker-notice-updated.png` });
    assert.equal(await reader.locator("#clusters-input").inputValue(), "40", "the answers are still on the page");

    // Its Decide link is a plain page load: the new build, no notice.
    await plain.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decide" }).click();
    await waitForPick(plain, "GitOps", 2);
    assert.equal(await plain.getByTestId("worker-notice").count(), 0);

    const loaded = [];
    reader.on("request", (request) => loaded.push(request.url()));
    await notice.getByRole("button", { name: "Reload" }).click();
    await waitForPick(reader, "GitOps", 2);
    assert.equal(await reader.getByLabel("Engineers who ship to production").inputValue(), "120", "the answers survive the reload");
    assert.ok(loaded.some((url) => url.includes(next.worker)), "the reloaded page starts the new build's worker");
    assert.deepEqual(unexpected(await tab.problems()), []);
    await tab.close();
  });
});

describe("talking to the worker", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  /** The kind of every message the page has posted to a worker so far. */
  const posted = (page) =>
    page.evaluate(() =>
      window.__posted.map((message) => {
        const length = message.match(/^(\d+):/);
        return length ? message.slice(length[0].length, length[0].length + Number(length[1])) : message.split("\n")[0];
      }),
    );
  const count = (kinds, kind) => kinds.filter((k) => k === kind).length;

  it("sends one decide per change, one record request on opening Record, and waits for a pause in typing", async () => {
    const tab = await openPage(site, { serviceWorkers: "block" });
    const { page, context } = tab;
    await context.addInitScript(() => {
      window.__posted = [];
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (message, ...rest) {
        window.__posted.push(String(message));
        return post.call(this, message, ...rest);
      };
    });
    await tab.visit("decide");
    const progress = (answered) =>
      page.waitForFunction((n) => (document.querySelector(".rec__progress")?.textContent ?? "").startsWith(`${n} of 11`), answered, {
        timeout: 5000,
      });
    await progress(0);
    await answerClusters(page, 3);
    await progress(1);
    await page.getByLabel("Database migrations").check();
    await progress(2);
    assert.equal(count(await posted(page), "decide"), 3, "the opening answers, then one per change");

    const before = (await posted(page)).length;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Record" }).click();
    await page.locator("#record-organisation").waitFor();
    await page.getByTestId("record-preview").locator("h1").waitFor();
    assert.deepEqual((await posted(page)).slice(before), ["record"], "opening Record evaluates the answers once");

    await page.locator("#record-organisation").pressSequentially("Northwind", { delay: 15 });
    await page.waitForFunction(
      () => document.querySelector("[data-testid=record-preview]")?.textContent.includes("Northwind runs three production clusters"),
      null,
      { timeout: 5000 },
    );
    const typed = count((await posted(page)).slice(before), "record") - 1;
    assert.ok(typed >= 1 && typed <= 2, `nine keystrokes wrote the record ${typed} time(s)`);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });
});

