// The questionnaire as a team uses it: four org shapes clicked through,
// keyboard-only answering, clearing answers, hostile text, timings.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPage, openSite } from "./harness.mjs";

/** The fields of an encoded message: `<byte length>:<text>`, one after another. */
function readFields(message) {
  const bytes = Buffer.from(message, "utf8");
  const fields = [];
  for (let at = 0; at < bytes.length; ) {
    const colon = bytes.indexOf(":", at);
    const length = Number(bytes.subarray(at, colon).toString());
    fields.push(bytes.subarray(colon + 1, colon + 1 + length).toString());
    at = colon + 1 + length;
  }
  return fields;
}

const pattern = (page) => page.getByTestId("rec-pattern").textContent();

/** Waits until the recommendation reflects `answered` answers and shows `expected`. */
async function expectPanel(page, expected, answered) {
  await page.waitForFunction(
    ([want, count]) => {
      const shown = document.querySelector("[data-testid=rec-pattern]")?.textContent;
      const progress = document.querySelector(".rec__progress")?.textContent ?? "";
      return shown === want && (count === undefined || progress.startsWith(`${count} of 11`));
    },
    [expected, answered],
    { timeout: 5000 },
  ).catch(() => {});
  assert.equal(await pattern(page), expected);
  if (answered !== undefined) {
    assert.match(await page.locator(".rec__progress").textContent(), new RegExp(`^${answered} of 11`));
  }
}

async function addTarget(page, kind, name) {
  const index = await page.locator(".target-row").count();
  await page.getByRole("group", { name: "Add a deploy target" }).getByRole("button", { name: `+ ${kind}` }).click();
  const input = page.locator(`#target-${index}-name`);
  await input.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), `target-${index}-name`, "focus moves to the new target's name");
  if (name) await input.fill(name);
}

describe("the Decide page", () => {
  let site;
  before(async () => {
    site = await openSite();
  });
  after(async () => site?.close());

  it("starts with nothing answered and no pick, and says what to answer first", async () => {
    const tab = await openPage(site);
    await tab.visit("decide");
    const { page } = tab;
    await expectPanel(page, "Not enough answers yet", 0);
    assert.match(await page.locator(".rec__progress").textContent(), /0 of 11 questions answered/);
    assert.equal(await page.getByText("Not answered yet").count(), 11);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("picks pipeline deploys for a small startup on one cluster", async () => {
    const tab = await openPage(site);
    await tab.visit("decide");
    const { page } = tab;
    await page.locator("#clusters-input").fill("1");
    await page.getByLabel("Engineers who ship to production").fill("6");
    await addTarget(page, "Kubernetes", "Production EKS cluster");
    await expectPanel(page, "Pipeline deploy", 3);
    const why = await page.getByTestId("rec-why").textContent();
    assert.match(why, /One production cluster, small team/i);
    assert.match(why, /one production cluster/);
    const flips = await page.getByTestId("rec-flips").textContent();
    assert.match(flips, /With two or more production clusters rather than one production cluster, the pick would be GitOps\./);
    assert.match(await page.getByTestId("rec-announcement").textContent(), /Recommendation: Pipeline deploy/);
    await tab.screenshot("decide-startup-desktop-light");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("picks GitOps with Argo CD for a 40-cluster platform already on Argo CD", async () => {
    const tab = await openPage(site, { colorScheme: "dark" });
    await tab.visit("decide");
    const { page } = tab;
    await page.locator("#clusters-input").fill("40");
    await page.getByLabel("Engineers who ship to production").fill("120");
    await page.getByLabel("SOC 2").check();
    await page.getByLabel("Argo CD", { exact: true }).check();
    await page.locator("#pipeline-owners-1").check();
    await expectPanel(page, "GitOps with Argo CD", 5);
    assert.equal(await page.getByTestId("rec-strength").textContent(), "Strong");
    assert.match(await page.getByTestId("rec-warnings").textContent(), /owning team/i);
    await tab.screenshot("decide-platform-desktop-dark");
    assert.deepEqual(await tab.axeViolations(), []);
    await tab.close();
  });

  it("picks GitOps with Flux for a PCI-regulated production cluster, and explains the tension", async () => {
    const tab = await openPage(site);
    await tab.visit("decide");
    const { page } = tab;
    await page.locator("#clusters-input").fill("1");
    await page.getByLabel("Engineers who ship to production").fill("8");
    await page.getByLabel("PCI DSS").check();
    await page.getByLabel("Flux", { exact: true }).check();
    await expectPanel(page, "GitOps with Flux", 4);
    assert.match(await page.locator(".rec").textContent(), /Tensions in your answers/);
    await page.getByRole("group", { name: /compliance regimes audit/ }).getByRole("button", { name: /Clear answer/ }).click();
    await expectPanel(page, "Pipeline deploy", 3);
    await tab.close();
  });

  it("picks a hybrid for a mixed estate and warns about running both GitOps tools", async () => {
    const tab = await openPage(site, { viewport: "phone" });
    await tab.visit("decide");
    const { page } = tab;
    await page.locator("#clusters-input").fill("3");
    await addTarget(page, "Kubernetes", "EKS clusters");
    await addTarget(page, "Serverless", "Lambda functions");
    await addTarget(page, "VMs / EC2", "Legacy billing on EC2");
    await page.locator("#gitops-tooling-4").check();
    await expectPanel(page, "Hybrid", 3);
    assert.match(await page.getByTestId("rec-warnings").textContent(), /Argo CD and Flux both run/i);
    const split = await page.locator(".rec table").textContent();
    assert.match(split, /Lambda functions\s*CI pipeline/);
    assert.match(split, /EKS clusters\s*GitOps controller/);
    await tab.screenshot("decide-mixed-phone-light");
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("says what the record says, for each of the four example records", async () => {
    for (const name of ["startup", "platform", "regulated", "mixed"]) {
      const record = readFileSync(`tests/golden/${name}.md`, "utf8");
      const link = record.match(/\/decide#(v=2[^)\s]*)/)[1];
      const chosen = record.match(/Chosen option: "([^"]+)"/)[1];
      const triggers = [...record.split("### Revisit when")[1].split("###")[0].matchAll(/^\* (With .*)$/gm)].map((m) => m[1]);
      const tab = await openPage(site, { colorScheme: name === "platform" ? "dark" : "light" });
      await tab.visit(`decide#${link}`);
      const { page } = tab;
      await page.getByText("Loaded the answers from the link.").waitFor();
      await page.waitForFunction(() => !/Not enough/.test(document.querySelector("[data-testid=rec-pattern]")?.textContent ?? "Not enough"));
      const headline = await pattern(page);
      assert.ok(chosen.startsWith(headline), `${name}: the panel says "${headline}", the record chose "${chosen}"`);
      const flips = triggers.length ? await page.getByTestId("rec-flips").textContent() : "";
      for (const trigger of triggers) {
        assert.ok(flips.includes(trigger), `${name}: the panel's "what would change it" lacks the record's "${trigger}"`);
      }
      await tab.screenshot(`decide-example-${name}`);
      assert.deepEqual(await tab.problems(), []);
      await tab.close();
    }
  });

  it("picks pipelines when nothing runs on Kubernetes", async () => {
    const tab = await openPage(site);
    await tab.visit("decide");
    await tab.page.locator("#clusters-input").fill("0");
    await addTarget(tab.page, "Serverless", "Lambda");
    await expectPanel(tab.page, "Pipeline deploy", 2);
    await tab.close();
  });

  it("can be answered by keyboard alone", async () => {
    const tab = await openPage(site);
    await tab.visit("decide");
    const { page } = tab;
    await page.locator("#clusters-input").focus();
    await page.keyboard.type("12");
    await expectPanel(page, "GitOps", 1);
    await page.locator("#disaster-recovery-0").focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.locator("#disaster-recovery-1").isChecked(), true, "arrow keys move through a radio group");
    await page.keyboard.press("Tab");
    assert.match(await page.evaluate(() => document.activeElement.textContent), /Clear answer/);
    await page.keyboard.press("Enter");
    await page.locator("#q-disaster-recovery .question__state", { hasText: "Not answered yet" }).waitFor();
    assert.equal(await page.locator("#disaster-recovery-1").isChecked(), false, "the answer's Clear button works from the keyboard");
    assert.equal(await page.evaluate(() => document.activeElement.id), "q-disaster-recovery", "focus stays on the question");
    await page.locator("#regime-soc2").focus();
    await page.keyboard.press("Space");
    assert.equal(await page.getByLabel("SOC 2").isChecked(), true, "a regime ticks from the keyboard");
    await page.locator("#regime-iso").focus();
    await page.keyboard.press("Space");
    assert.equal(await page.getByLabel("SOC 2").isChecked(), true, "several regimes stay ticked together");
    await tab.close();
  });

  it("keeps hostile or huge target names as plain text", async () => {
    const tab = await openPage(site);
    await tab.visit("decide");
    const { page } = tab;
    const hostile = '<img src=x onerror="window.__owned=1"># Heading | pipe ``` fence';
    await addTarget(page, "Kubernetes", hostile);
    await addTarget(page, "Serverless", "x".repeat(10_000));
    const names = await page.locator(".target-row input[type=text]").evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.equal(names[0], hostile);
    assert.equal(names[1].length, 120, "names are capped");
    assert.equal(await page.evaluate(() => window.__owned), undefined);
    await page.waitForFunction(() => /# Heading \| pipe/.test(document.querySelector(".rec")?.textContent ?? ""), null, { timeout: 5000 });
    assert.equal(await page.locator(".rec img").count(), 0);
    assert.deepEqual(await tab.problems(), []);
    await tab.close();
  });

  it("evaluates the rules, writes the record and codes links quickly in the browser", async () => {
    const tab = await openPage(site);
    await tab.visit("decide");
    // Ask the core in the page as the app does: one encoded request, one
    // encoded reply (length-prefixed fields, `core::protocol::wire`). The
    // bench build exports the entry. The guide's search index goes along,
    // for search at 1× and 10× its size.
    await tab.page.waitForFunction(() => typeof window.wasmBindings?.pushpull_bench === "function");
    const reply = await tab.page.evaluate(async () => {
      const index = await (await fetch(new URL("content/search-index.tsv", document.baseURI))).text();
      const indexBytes = new TextEncoder().encode(index).length;
      return window.wasmBindings.pushpull_bench(`5:bench3:250${indexBytes}:${index}`);
    });
    const [kind, ...fields] = readFields(reply);
    assert.equal(kind, "timings");
    const lines = [];
    while (fields.length > 0) {
      const name = fields.shift();
      const count = Number(fields.shift());
      lines.push([name, fields.splice(0, count)]);
    }
    const p95 = {};
    for (const [name, list] of lines) {
      const times = list.map((micros) => Number(micros) / 1000).sort((a, b) => a - b);
      const at = (p) => times[Math.round((times.length - 1) * p)];
      p95[name] = at(0.95);
      console.log(
        `timing: ${name.padEnd(9)} over ${times.length} runs in the browser: p50 ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${times.at(-1).toFixed(3)} ms`,
      );
    }
    // How the work grows (merged participants, targets in a record with 50
    // notes, the guide's size for search): reported against the 5 ms goal,
    // not asserted.
    const growth = ["merge-1", "merge-10", "merge-100", "record-1", "record-10", "record-50", "search-1", "search-10"];
    assert.deepEqual(Object.keys(p95), ["evaluate", "record", "encode", "decode", ...growth]);
    console.log(`growth: ${growth.map((name) => `${name} p95 ${p95[name].toFixed(3)} ms`).join(", ")} (goal: at most 5 ms at the largest size)`);
    assert.ok(p95.evaluate <= 1, `rule evaluation p95 ${p95.evaluate} ms (at most 1 ms)`);
    assert.ok(p95.record <= 5, `record rendering p95 ${p95.record} ms (at most 5 ms)`);
    assert.ok(p95.encode <= 5 && p95.decode <= 5, `link encoding ${p95.encode} ms, decoding ${p95.decode} ms`);
    await tab.close();
  });

  it("looks right on desktop and phone, light and dark, half answered", async () => {
    for (const viewport of ["desktop", "phone"]) {
      for (const colorScheme of ["light", "dark"]) {
        const tab = await openPage(site, { viewport, colorScheme });
        await tab.visit("decide");
        const { page } = tab;
        await page.locator("#clusters-input").fill("3");
        await addTarget(page, "Kubernetes");
        await addTarget(page, "Serverless");
        await page.getByLabel("ISO 27001").check();
        await expectPanel(page, "Hybrid", 3);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= page.viewportSize().width, `no sideways scroll on ${viewport} (${width}px)`);
        assert.deepEqual(await tab.axeViolations(), [], `${viewport} ${colorScheme}`);
        await tab.screenshot(`decide-${viewport}-${colorScheme}`);
        await tab.close();
      }
    }
  });
});
