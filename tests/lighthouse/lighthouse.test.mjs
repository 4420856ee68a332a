// Lighthouse gate over a release build: every category on every audited page
// scores at least 95 (mobile preset, simulated throttling, median of 3 runs),
// except the Performance of Decide and Record, whose floor is lower
// (`performanceMin` in scripts/lighthouse.mjs says why).
// Needs a build in $PUSHPULL_DIST (default dist/) and Chromium at CHROME_PATH
// (default /usr/bin/chromium). Takes about two minutes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { formatSummary, runLighthouse } from "../../scripts/lighthouse.mjs";

const DIST = process.env.PUSHPULL_DIST ?? "dist";
const MIN = 95;

test(
  `Lighthouse scores ≥ ${MIN} on every page of ${DIST}`,
  {
    timeout: 15 * 60 * 1000,
    skip: existsSync(DIST) ? false : `no build at ${DIST}: run scripts/build (or set PUSHPULL_DIST) first`,
  },
  async (t) => {
    const summary = await runLighthouse({ dist: DIST, runs: 3, min: MIN });
    for (const line of formatSummary(summary).split("\n")) t.diagnostic(line);
    assert.equal(summary.pages.length, 4, "four pages were audited");
    const low = summary.failures.map(({ page, label, score, floor }) => `${page} ${label} ${score} (floor ${floor})`);
    assert.deepEqual(low, [], `scores below their floor (details in target/lighthouse/summary.json)`);
  },
);
