// A workshop as a facilitator runs it: participants answer on their own
// devices and send links; the facilitator merges them, settles the
// disputes, takes notes, presents one question at a time on a projector,
// and the record carries all of it.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { openPage, openSite } from "./harness.mjs";

/** Answers the questionnaire in a fresh context and returns the share link. */
async function participantLink(site, answer) {
  const tab = await openPage(site);
  await tab.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await tab.visit("decide");
  await answer(tab.page);
  await tab.page.getByRole("button", { name: "Copy share link" }).click();
  await tab.page.getByText(/Copied a link of/).waitFor();
  const link = await tab.page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(await tab.problems(), []);
  await tab.close();
  return link;
}

describe("workshop mode", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("merges two participants' links, shows their disagreement and records the agreed answer", async () => {
    const ana = await participantLink(site, async (page) => {
      await page.locator("#clusters-input").fill("3");
      await page.getByLabel("SOC 2").check();
    });
    const bo = await participantLink(site, async (page) => {
      await page.locator("#clusters-input").fill("12");
      await page.getByLabel("SOC 2").check();
    });

    const tab = await openPage(site);
    const { page } = tab;
    await tab.visit("decide");
    await page.getByText("Workshop: merge participants' answers").click();
    await page.getByLabel("Participants' links").fill(`Ana: ${ana}\nBo ${bo}\nnot a link at all`);
    await page.getByRole("button", { name: "Add participants" }).click();
    await page.getByText(/Added Ana, Bo\. Line 3 has no PushPull share link/).waitFor();
    assert.equal(await page.getByLabel("Participants' links").inputValue(), `Ana: ${ana}\nBo ${bo}\nnot a link at all`, "a line with a problem stays for fixing");

    const clusters = page.getByTestId("votes-clusters");
    await clusters.getByText("Participants disagree").waitFor();
    assert.match(await clusters.textContent(), /3 production clusters.*Ana.*12 production clusters.*Bo/s);
    assert.match(await page.getByTestId("votes-compliance").textContent(), /SOC 2 in scope.*Ana, Bo/s);
    assert.equal(await page.getByTestId("votes-compliance").getByText("Participants disagree").count(), 0);
    assert.match(await page.getByTestId("disputed-summary").textContent(), /Disputed \(1\):.*Production clusters/s);
    await tab.screenshot("workshop-merged-desktop-light");
    await page.getByTestId("participants-list").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "target/screenshots/workshop-merged-viewport-light.png" });

    // The facilitator settles both questions from the participants' answers.
    await clusters.getByRole("button", { name: "Use this answer: 12 production clusters" }).click();
    await page.waitForFunction(() => document.querySelector("#clusters-input")?.value === "12");
    await clusters.getByText("✓ agreed answer").waitFor();
    await page.getByTestId("votes-compliance").getByRole("button", { name: /Use this/ }).click();
    await page.waitForFunction(() => document.querySelector("#regime-soc2")?.checked);

    // Notes, then owners on the Record page.
    await page.getByTestId("question-clusters").getByText("Discussion notes").click();
    await page.getByTestId("question-clusters").getByLabel("Discussion notes").fill("Bo counts the <b>staging</b> clusters too.\n# not a heading");
    assert.deepEqual(await tab.axeViolations(), []);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Record" }).click();
    const preview = page.getByTestId("record-preview");
    await preview.getByRole("heading", { name: "Participants" }).waitFor();
    const text = await preview.textContent();
    assert.match(text, /2 people answered.*Ana, Bo/s);
    assert.match(text, /Production clusters: 3 production clusters \(Ana\); 12 production clusters \(Bo\); agreed: 12 production clusters/);
    assert.match(text, /Bo counts the <b>staging<\/b> clusters too\.\s*# not a heading/);
    assert.equal(await preview.locator("b").count(), 0, "notes stay text");
    await page.getByLabel(/Who runs the GitOps tool for Kubernetes/).fill("Platform team");
    await preview.getByRole("cell", { name: "Platform team" }).waitFor();
    await tab.screenshot("workshop-record-desktop-light");

    // Everything survives a reload.
    await page.reload();
    await page.getByTestId("record-preview").getByRole("heading", { name: "Participants" }).waitFor();
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("presents one question at a time on a projector, driven by the keyboard", async () => {
    const tab = await openPage(site, { viewport: "projector" });
    const { page } = tab;
    await tab.visit("decide");
    await page.getByRole("button", { name: "Projector view" }).click();
    await page.getByText("Question 1 of 11").waitFor();
    assert.equal(await page.locator(".question:visible").count(), 1);
    assert.equal(await page.locator(".site-header").isVisible(), false);
    await page.getByTestId("recommendation").waitFor({ state: "visible" });

    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.getByText("Question 3 of 11").waitFor();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.getByText(/Question 5 of 11 · Compliance regimes/).waitFor();
    await page.keyboard.press("1");
    await page.waitForFunction(() => document.querySelector("#regime-soc2")?.checked);
    await page.keyboard.press("ArrowLeft");
    await page.getByText("Question 4 of 11").waitFor();
    await page.keyboard.press("ArrowRight");
    await page.getByTestId("recommendation").getByText("GitOps", { exact: false }).first().waitFor();
    await page.screenshot({ path: "target/screenshots/projector-1920x1080-light.png" });
    assert.deepEqual(await tab.axeViolations(), []);

    await page.keyboard.press("Escape");
    await page.locator(".site-header").waitFor({ state: "visible" });
    assert.ok((await page.locator(".question:visible").count()) === 11);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();

    const dark = await openPage(site, { viewport: "projector", colorScheme: "dark" });
    await dark.visit("decide");
    await dark.page.getByRole("button", { name: "Projector view" }).click();
    await dark.page.getByText("Question 1 of 11").waitFor();
    await dark.page.getByTestId("recommendation").locator(".rec__pattern, .loading").first().waitFor();
    await dark.page.screenshot({ path: "target/screenshots/projector-1920x1080-dark.png" });
    assert.deepEqual(await dark.axeViolations(), []);
    await dark.close();
  });

  it("says so when storage is full, and keeps working", async () => {
    const tab = await openPage(site);
    const { page } = tab;
    await tab.context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await tab.visit("decide");
    await page.locator("#clusters-input").fill("4");
    const notice = page.getByTestId("storage-notice");
    await notice.first().waitFor();
    assert.match(await notice.first().textContent(), /could not be saved/);
    await page.getByTestId("recommendation").getByText(/GitOps|Pipeline|Hybrid/).first().waitFor();
    await tab.close();
  });
});
