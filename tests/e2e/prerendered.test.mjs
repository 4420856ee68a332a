// Decide is pre-rendered with its whole questionnaire and Record with its
// details form: both are there at first paint, what is given before the
// app starts is kept, the pages read with JavaScript off, and saved work
// shows without a flash of the empty form. A file dropped before the app
// listens does not replace the page.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { openPage, openSite } from "./harness.mjs";

const APP_WASM = /pushpull-web-[0-9a-f]+_bg\.wasm$/;
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Holds the app's wasm back for `ms`, as a slow connection would. */
async function slowApp(page, ms) {
  await page.route(APP_WASM, async (route) => {
    await delay(ms);
    await route.continue();
  });
}

const appStarted = (page) => page.evaluate(() => window.wasmBindings !== undefined);
const progress = (page) => page.locator(".rec__progress").textContent();

/** Without JavaScript: the page's own notice only, and no dead search box. */
async function assertOneNoScriptNotice(page) {
  const notices = await page.locator("main .notice").evaluateAll((all) => all.filter((n) => n.checkVisibility()).map((n) => n.textContent));
  assert.equal(notices.length, 1, `one notice says what needs JavaScript: ${JSON.stringify(notices)}`);
  assert.equal(await page.locator("#site-search").isVisible(), false, "the search box needs JavaScript");
}

describe("pre-rendered Decide", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("keeps what was typed and ticked before the app started", async () => {
    const tab = await openPage(site, { serviceWorkers: "block", viewport: "phone" });
    const { page } = tab;
    await slowApp(page, 3000);
    await page.goto(site.url("decide"), { waitUntil: "commit" });
    const questions = page.locator("#questionnaire .question");
    await questions.first().waitFor();
    assert.ok((await questions.count()) >= 11, "every question is in the page");
    assert.equal(await appStarted(page), false, "the app has not started yet");
    const present = page.getByRole("button", { name: "Projector view" });
    assert.equal(await present.isDisabled(), true, "a button waits for the app");
    await page.getByLabel("Engineers who ship to production").fill("6");
    await page.getByLabel("SOC 2").check();
    await page.getByLabel("Argo CD", { exact: true }).check();
    assert.equal(await appStarted(page), false, "all three went in before the app started");

    await page.waitForFunction(() => /^3 of/.test(document.querySelector(".rec__progress")?.textContent ?? ""), null, { timeout: 15000 });
    assert.equal(await page.locator("#team-size-input").inputValue(), "6");
    assert.equal(await page.getByLabel("SOC 2").isChecked(), true);
    assert.equal(await page.getByLabel("Argo CD", { exact: true }).isChecked(), true);
    assert.equal(await present.isDisabled(), false, "and works once it is there");
    assert.equal(await page.locator("[data-until-app]").count(), 0);
    assert.match(await page.locator("#q-team-size .question__state").textContent(), /^Answered/);
    // And they are the session's answers: saved, and still there after a reload.
    await page.unroute(APP_WASM);
    await page.reload();
    await page.waitForFunction(() => /^3 of/.test(document.querySelector(".rec__progress")?.textContent ?? ""), null, { timeout: 15000 });
    assert.equal(await page.locator("#team-size-input").inputValue(), "6");
    assert.match(await progress(page), /^3 of 11/);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("shows the questionnaire with JavaScript off, and says what needs it", async () => {
    const tab = await openPage(site, { javaScriptEnabled: false });
    const { page } = tab;
    await tab.visit("decide");
    assert.ok((await page.locator("#questionnaire .question").count()) >= 11);
    await page.getByLabel("Engineers who ship to production").fill("4");
    const panel = page.getByTestId("recommendation");
    assert.match(await panel.textContent(), /The recommendation, the rule trace and the record need JavaScript and WebAssembly/);
    assert.equal(await panel.locator(".loading").isVisible(), false, "nothing claims to be working");
    for (const name of ["Copy share link", "Projector view"]) {
      assert.equal(await page.getByRole("button", { name }).isVisible(), false, `${name} is hidden: it needs JavaScript`);
    }
    assert.equal(await page.getByTestId("repo-scan").isVisible(), false);
    assert.equal(await page.getByRole("group", { name: "Add a deploy target" }).isVisible(), false);
    assert.equal(await page.locator("#clear-clusters").isVisible(), false);
    await assertOneNoScriptNotice(page);
    // The questions sit under the intro, in the first column, as with the app.
    const intro = await page.locator(".decide__intro").boundingBox();
    const form = await page.locator("#questionnaire").boundingBox();
    assert.ok(Math.abs(form.x - intro.x) < 2 && form.y > intro.y, `questions at ${form.x},${form.y}; intro at ${intro.x},${intro.y}`);
    await tab.screenshot("decide-no-javascript");
    await tab.close();
  });

  it("draws saved answers without showing the empty form first", async () => {
    const tab = await openPage(site, { serviceWorkers: "block" });
    const { page } = tab;
    await tab.visit("decide");
    await page.getByLabel("Engineers who ship to production").fill("9");
    await page.waitForFunction(() => /^1 of/.test(document.querySelector(".rec__progress")?.textContent ?? ""));
    await delay(600); // the save follows the change

    await slowApp(page, 1500);
    // Each paint before the app starts: whether the form was visible, and empty.
    await page.addInitScript(() => {
      window.__emptyFormShown = false;
      const look = () => {
        const form = document.getElementById("questionnaire");
        const input = document.getElementById("team-size-input");
        if (form && input && getComputedStyle(form).visibility !== "hidden" && input.value === "") window.__emptyFormShown = true;
        if (window.wasmBindings === undefined) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.reload({ waitUntil: "commit" });
    await page.locator("#questionnaire .question").first().waitFor({ state: "attached" });
    await page.waitForFunction(() => document.getElementById("team-size-input")?.value === "9", null, { timeout: 15000 });
    assert.equal(await page.evaluate(() => window.__emptyFormShown), false, "no frame showed the empty form");
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("restoring")), false);
    assert.equal(await page.locator("#questionnaire").isVisible(), true);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });
});

describe("pre-rendered Record", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("keeps the details typed before the app started, and writes them into the record", async () => {
    const tab = await openPage(site, { serviceWorkers: "block", viewport: "phone" });
    const { page } = tab;
    await slowApp(page, 3000);
    await page.goto(site.url("record"), { waitUntil: "commit" });
    await page.locator("#record-organisation").waitFor();
    assert.equal(await appStarted(page), false, "the app has not started yet");
    const download = page.getByRole("button", { name: "Download .md" });
    assert.equal(await download.isDisabled(), true, "a button waits for the app");
    assert.equal(await page.locator("#record-file").isDisabled(), true, "so does loading a record");
    await page.locator("#record-decision-makers").fill("Early <Bird>");
    await page.locator("#record-status").selectOption("accepted");
    assert.equal(await appStarted(page), false, "both went in before the app started");

    await page.waitForFunction(
      () => document.querySelector("[data-testid=record-preview]")?.textContent.includes("Early <Bird>"),
      null,
      { timeout: 15000 },
    );
    assert.equal(await page.locator("#record-decision-makers").inputValue(), "Early <Bird>");
    assert.equal(await page.locator("#record-status").inputValue(), "accepted");
    assert.match(await page.locator("#record-date").inputValue(), /^\d{4}-\d{2}-\d{2}$/, "today, as without pre-rendering");
    assert.equal(await download.isDisabled(), false, "and works once it is there");
    assert.equal(await page.locator("[data-until-app]").count(), 0);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("shows the details form with JavaScript off, and says what needs it", async () => {
    const tab = await openPage(site, { javaScriptEnabled: false });
    const { page } = tab;
    await tab.visit("record");
    await page.locator("#record-organisation").fill("Readable");
    const preview = page.getByTestId("record-preview");
    assert.match(await preview.textContent(), /Writing the record, its preview and its download, and loading a record back, need JavaScript and WebAssembly/);
    assert.equal(await preview.locator(".loading").isVisible(), false, "nothing claims to be working");
    assert.equal(await page.getByRole("button", { name: "Download .md" }).isVisible(), false);
    assert.equal(await page.getByTestId("record-file-name").isVisible(), false);
    await assertOneNoScriptNotice(page);
    await tab.screenshot("record-no-javascript");
    await tab.close();
  });

  it("draws saved details without showing the empty form first", async () => {
    const tab = await openPage(site, { serviceWorkers: "block" });
    const { page } = tab;
    await tab.visit("record");
    await page.locator("#record-decision-makers").fill("Saved Maker");
    await page.waitForFunction(() => document.querySelector("[data-testid=record-preview]")?.textContent.includes("Saved Maker"));
    await delay(600); // the save follows the change

    await slowApp(page, 1500);
    await page.addInitScript(() => {
      window.__emptyFormShown = false;
      const look = () => {
        const form = document.getElementById("record-form");
        const input = document.getElementById("record-decision-makers");
        if (form && input && getComputedStyle(form).visibility !== "hidden" && input.value === "") window.__emptyFormShown = true;
        if (!input || input.value === "") requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.reload({ waitUntil: "commit" });
    await page.waitForFunction(() => document.getElementById("record-decision-makers")?.value === "Saved Maker", null, { timeout: 15000 });
    assert.equal(await page.evaluate(() => window.__emptyFormShown), false, "no frame showed the empty form");
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("restoring")), false);
    assert.equal(await page.locator("#record-form").isVisible(), true);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });
});

describe("early drops", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("keeps a file dropped before the app listens from replacing the page", async () => {
    const tab = await openPage(site, { serviceWorkers: "block" });
    const { page } = tab;
    await slowApp(page, 3000);
    await page.goto(site.url("decide"), { waitUntil: "commit" });
    await page.locator("#questionnaire .question").first().waitFor();
    assert.equal(await appStarted(page), false);
    const prevented = await page.evaluate(() =>
      ["dragover", "drop"].map((type) => {
        const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() });
        document.getElementById("scan-drop")?.dispatchEvent(event) ?? document.body.dispatchEvent(event);
        return event.defaultPrevented;
      }),
    );
    assert.deepEqual(prevented, [true, true], "the browser's default (opening the file) is cancelled");
    await tab.close();
  });
});
