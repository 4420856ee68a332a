// Real ADR tooling over PushPull's records: the four goldens and records
// the CLI writes from random answers. Run: `node --test tests/records/`
// (builds the CLI with cargo first; set CARGO_TARGET_DIR to reuse a build,
// RECORDS_SEED / RECORDS_COUNT to vary the random records).
//
// Checked for each record:
// - markdownlint-cli2 with MADR's docs/decisions settings reports nothing;
// - @mdx-js/mdx 3 compiles the body (front matter stripped, as Docusaurus does);
// - a safe renderer (micromark + GFM, raw HTML off, as react-markdown in
//   Backstage) shows no `pushpull-record` text;
// - adr-log 2.2.0 lists every record with its title (it takes the line
//   right after the front matter);
// - Backstage's published ADR parser (@backstage/plugin-adr-common 0.2.22,
//   `parseMadrWithFrontmatter`) reads status, date and decision-makers. Two
//   Backstage packages it declares but never loads are replaced by an empty
//   one (package.json `overrides`), which saves 100 MB of installs.
// - `pushpull check` reads every record back and finds that its pick still holds.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { compile } from "@mdx-js/mdx";
import backstageAdr from "@backstage/plugin-adr-common";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

const ROOT = resolve(import.meta.dirname, "../..");
const TARGET = resolve(ROOT, process.env.CARGO_TARGET_DIR ?? "target");
const BIN = join(TARGET, "debug", "pushpull");
const SEED = Number(process.env.RECORDS_SEED ?? 15);
const COUNT = Number(process.env.RECORDS_COUNT ?? 50);
const GOLDENS = ["startup", "platform", "regulated", "mixed"];
const OLD_FIXTURES = join(ROOT, "tests/fixtures/v2-comment-trailer");

// A small seeded generator, so a failing record can be written again.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  "Ana", "Bo Lindqvist", "Priya Raman (platform lead)", "Jean-Luc, Acme Inc.", "Zoë Ångström",
  "O'Neil", "山田 太郎", "<b>bold</b>", "a | b", "# not a heading", "[link](https://evil.example)",
  "{props.x}", "*stars* _under_", "1. first", "- dash", "\"quoted\" \\ back", "www.example.org",
  "x<!-- y -->z", "   padded   ", "tab\there", "end\u0000", "&amp; entity", "> quote", "`code`",
];
const TARGET_NAMES = [
  "Production EKS cluster", "Lambda functions", "Legacy billing on EC2", "On-prem VMware",
  "Cloud Run services", "Edge workers", "Batch jobs", ...NAMES,
];
const NOTES = [
  "We agreed quickly.",
  "Staging is non-production.\nA second region is planned for Q3.",
  "- looks like a list\n# looks like a heading\n\n  indented line  ",
  "Line with trailing spaces   \nand <script>alert(1)</script>",
  "{curly} and [brackets]\r\nsecond line",
];
const QUESTIONS = [
  "clusters", "non-production-clusters", "team-size", "compliance", "disaster-recovery", "targets",
  "imperative-steps", "ci-credential-concern", "gitops-tooling", "pipeline-owners", "split-documented",
];

function generate(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const maybe = (p, value) => (random() < p ? value() : undefined);
  const some = (list, max) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(list));
  const answers = { schema_version: 2 };
  const set = (key, value) => value !== undefined && (answers[key] = value);
  set("production_clusters", maybe(0.75, () => pick([0, 1, 1, 2, 3, 5, 12, 40])));
  set("non_production_clusters", maybe(0.6, () => pick([0, 1, 2, 4])));
  set("team_size", maybe(0.7, () => pick([1, 3, 6, 10, 11, 35, 200])));
  set("compliance", maybe(0.6, () => [...new Set(some(["soc2", "pci-dss", "hipaa", "iso27001", "other"], 3))]));
  set("disaster_recovery", maybe(0.6, () => pick(["best-effort", "hours", "minutes"])));
  set("targets", maybe(0.7, () => {
    const n = 1 + Math.floor(random() * 4);
    const names = [...new Set(Array.from({ length: n }, () => pick(TARGET_NAMES)))];
    return names.map((name) => ({ name, kind: pick(["kubernetes", "serverless", "vm", "on-prem", "other"]) }));
  }));
  set("imperative_steps", maybe(0.6, () => ({
    migrations: random() < 0.5, traffic_shifts: random() < 0.4, other_orchestration: random() < 0.3,
  })));
  set("ci_credential_concern", maybe(0.6, () => pick(["accepted", "isolated", "short-lived", "moderate", "high"])));
  set("gitops_tooling", maybe(0.6, () => pick(["none", "argo-cd", "flux", "both-split", "both-overlapping"])));
  set("pipeline_owners", maybe(0.5, () => pick(["all", "some", "none"])));
  set("split_documented", maybe(0.5, () => pick(["yes", "partly", "no"])));

  const year = pick([2025, 2026, 2027, 2028]);
  const date = random() < 0.15 ? `${year}-02-29`.replace(/^(2025|2026|2027)-02-29$/, "$1-02-28")
    : `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  const details = {
    organisation: pick(["Lumen Labs", "Northwind <Logistics>", "Acme {Corp}", "Ünïcørn GmbH", ""]),
    title: random() < 0.3 ? `Deploy ${pick(NAMES)}` : "",
    status: pick(["proposed", "accepted", "accepted", "rejected", "deprecated", "superseded"]),
    date,
    decision_makers: [...new Set(some(NAMES, 3))],
    consulted: [...new Set(some(NAMES, 2))],
    informed: [...new Set(some(NAMES, 2))],
    number: 1 + Math.floor(random() * 120),
    notes: [...new Set(some(QUESTIONS, 3))].map((question) => ({ question, text: pick(NOTES) })),
    owners: (answers.targets ?? []).filter(() => random() < 0.5).map((t) => ({ what: t.name, name: pick(NAMES) })),
    participants: Array.from({ length: random() < 0.3 ? 1 + Math.floor(random() * 3) : 0 }, (_, i) => ({
      name: `${pick(NAMES)} ${i}`,
      answers: { production_clusters: pick([1, 2, 3]), team_size: pick([5, 20]) },
    })),
  };
  if (random() < 0.3) details.gitops_tool = pick(["argo-cd", "flux"]);
  return { answers, details };
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20, ...options });
}

/// The front matter's text and the body after it.
function split(text) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(match, "the record opens with front matter");
  return { front: match[1], body: text.slice(match[0].length) };
}

const { parseMadrWithFrontmatter } = backstageAdr;
// Backstage turns `date` into a date in the reader's time zone (README,
// Works with); the test reads it as a reader in UTC does.
process.env.TZ = "UTC";

const oneYearAfter = (date) => {
  const [y, m, d] = date.split("-");
  return `${Number(y) + 1}-${m}-${m === "02" && d === "29" ? "28" : d}`;
};

let dir;
/** @type {{name: string, text: string, input?: object}[]} */
const records = [];

before(() => {
  const build = run("cargo", ["build", "--quiet", "--bin", "pushpull"], {
    env: { ...process.env, CARGO_TARGET_DIR: TARGET },
    stdio: ["ignore", "inherit", "inherit"],
  });
  assert.equal(build.status, 0, "cargo build --bin pushpull");
  dir = mkdtempSync(join(tmpdir(), "pushpull-records-"));
  for (const name of GOLDENS) {
    records.push({ name: `golden-${name}.md`, text: readFileSync(join(ROOT, `tests/golden/${name}.md`), "utf8") });
  }
  const random = rng(SEED);
  for (let i = 0; i < COUNT; i++) {
    // The first is a record with nothing answered and no details.
    const input = i === 0 ? { answers: { schema_version: 2 }, details: { date: "2026-11-27" } } : generate(random);
    const answersFile = join(dir, `answers-${i}.json`);
    const detailsFile = join(dir, `details-${i}.json`);
    writeFileSync(answersFile, JSON.stringify(input.answers, null, 2));
    writeFileSync(detailsFile, JSON.stringify(input.details, null, 2));
    const out = run(BIN, ["decide", "--answers", answersFile, "--format", "md", "--details", detailsFile, "--site-url", "https://pushpull.example.org"]);
    assert.equal(out.status, 0, `record ${i} (seed ${SEED}): ${out.stderr}\n${JSON.stringify(input)}`);
    records.push({ name: `random-${String(i).padStart(3, "0")}.md`, text: out.stdout, input });
  }
  for (const r of records) writeFileSync(join(dir, r.name), r.text);
});

after(() => {
  if (dir && !process.env.RECORDS_KEEP) rmSync(dir, { recursive: true, force: true });
  else if (dir) console.log(`records kept in ${dir}`);
});

describe(`records (${GOLDENS.length} goldens + ${COUNT} random, seed ${SEED})`, () => {
  it("markdownlint-cli2 with MADR's settings reports no error", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => join(dir, f));
    assert.equal(files.length, records.length);
    const lint = run(join(ROOT, "node_modules/.bin/markdownlint-cli2"), ["--config", join(ROOT, "tests/records/.markdownlint.yml"), ...files]);
    assert.equal(lint.status, 0, `${lint.stdout}\n${lint.stderr}`);
    assert.match(lint.stdout + lint.stderr, new RegExp(`Linting: ${files.length} file`));
  });

  it("MDX 3 compiles every record", async () => {
    for (const { name, text } of records) {
      await assert.doesNotReject(compile(split(text).body), `${name} compiles as MDX`);
    }
  });

  it("a renderer with raw HTML off shows no embedded answers", () => {
    for (const { name, text } of records) {
      const html = micromark(split(text).body, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
      assert.doesNotMatch(html, /pushpull-record/, name);
      assert.match(html, /<h1>/, name);
      // Every golden has a "Who deploys what" table; GFM must see it as one.
      if (name.startsWith("golden")) assert.match(html, /<table>/, name);
    }
  });

  it("adr-log 2.2 lists every record under its number with its title", () => {
    const logDir = join(dir, "adr-log");
    mkdirSync(logDir);
    records.forEach(({ text }, i) => writeFileSync(join(logDir, `${String(i + 1).padStart(4, "0")}-record.md`), text));
    const log = run("node", [join(ROOT, "node_modules/adr-log/cli.js"), "-d", logDir], { env: { ...process.env, NO_COLOR: "1" } });
    assert.equal(log.status, 0, log.stderr);
    const listed = new Map([...log.stdout.matchAll(/^\* \[ADR-(\d{4})\]\(\d{4}-record\.md\) - (.*)$/gm)].map((m) => [Number(m[1]), m[2]]));
    assert.equal(listed.size, records.length, log.stdout);
    records.forEach(({ name, text }, i) => {
      const heading = split(text).body.split("\n")[0].slice(2);
      assert.ok(listed.get(i + 1)?.length, `${name}: adr-log found a title`);
      assert.equal(listed.get(i + 1), heading.replace(/^\d+\. /, ""), name);
    });
  });

  it("the first line after the front matter is the # title, and the answers are the last line", () => {
    for (const { name, text } of records) {
      const { body } = split(text);
      assert.match(body.split("\n")[0], /^# \S/, name);
      assert.match(text, /\n\n\[\/\/\]: # "pushpull-record v=2&[A-Za-z0-9_.~%=&,]*"\n$/, name);
      assert.doesNotMatch(text, / +$/m, `${name} has no trailing spaces`);
      assert.doesNotMatch(text, /^\|-/m, `${name}: table delimiter rows are spaced`);
    }
  });

  it("Backstage's ADR parser reads status, date and decision-makers; review-by is a year on", () => {
    for (const { name, text, input } of records) {
      const parsed = parseMadrWithFrontmatter(text);
      assert.match(parsed.status, /^(proposed|accepted|rejected|deprecated|superseded( by ADR-\d{4})?)$/, name);
      assert.match(parsed.date, /^\d{4}-\d{2}-\d{2}$/, name);
      assert.ok(Array.isArray(parsed.attributes["decision-makers"]), name);
      assert.match(parsed.content, /^# /, name);
      const reviewBy = parsed.attributes["review-by"];
      const review = reviewBy instanceof Date ? reviewBy.toISOString().slice(0, 10) : String(reviewBy);
      assert.equal(review, oneYearAfter(parsed.date), name);
      assert.ok(text.includes(`review this record by ${review}`), `${name}: the front matter and the text agree`);
      if (input) {
        assert.equal(parsed.status, input.details.status ?? "proposed", name);
        assert.equal(parsed.date, input.details.date, name);
        // The writer turns control characters in YAML strings into spaces.
        const asWritten = (names) => names.map((n) => n.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " "));
        assert.deepEqual(parsed.attributes["decision-makers"], asWritten(input.details.decision_makers ?? []), name);
      }
    }
  });

  it("pushpull check reads every record back, and each still holds", () => {
    const files = records.map((r) => join(dir, r.name));
    // Random records have random statuses and dates: some are superseded
    // or past review, which check reports without failing.
    const check = run(BIN, ["check", "--format", "json", ...files]);
    assert.equal(check.status, 0, check.stdout + check.stderr);
    const report = JSON.parse(check.stdout);
    assert.equal(report.records.length, files.length);
    for (const record of report.records) {
      assert.ok(["holds", "overdue", "superseded"].includes(record.state), JSON.stringify(record));
      assert.equal(record.recorded_choice, record.current_choice, record.file);
    }
    assert.ok(report.summary.holds > 0, check.stdout);
  });

  it("control: the old comment trailer is what broke MDX and showed as text", async () => {
    for (const name of GOLDENS) {
      const { body } = split(readFileSync(join(OLD_FIXTURES, `${name}.md`), "utf8"));
      await assert.rejects(compile(body), /Unexpected character `!`/, name);
      assert.match(micromark(body), /&lt;!-- pushpull-record/, name);
    }
  });
});
