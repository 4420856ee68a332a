#![cfg(not(target_arch = "wasm32"))]
//! The sentences the Decide panel shows (and the record repeats) read as a
//! person wrote them: checked over a few hundred generated answer sets.
//!
//! `cargo test --test panel_sentences -- --nocapture` prints a sample.

use pushpull::core::engine::answers::{Answers, Target, TargetKind};
use pushpull::core::engine::choices::{
    Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage, Regime, Regimes,
    SplitWritten,
};
use pushpull::core::engine::decision::{evaluate, Decision};

/// A small deterministic PRNG (xorshift64*), so every run checks the same
/// answer sets.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn maybe<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        let i = self.below(all.len() + 1);
        all.get(i).copied()
    }

    fn flag(&mut self) -> bool {
        self.next() & 1 == 1
    }
}

const NAMES: [(&str, TargetKind); 8] = [
    ("EKS prod", TargetKind::Kubernetes),
    ("GKE", TargetKind::Kubernetes),
    ("Kubernetes cluster", TargetKind::Kubernetes),
    ("Lambda", TargetKind::Serverless),
    ("Serverless functions", TargetKind::Serverless),
    ("Billing on EC2", TargetKind::Vm),
    ("Data centre", TargetKind::OnPrem),
    ("Mainframe", TargetKind::Other),
];

fn answers(rng: &mut Rng) -> Answers {
    let counts = [0u32, 1, 2, 3, 5, 9, 10, 12, 40];
    let teams = [1u32, 4, 10, 11, 25, 200];
    let regimes = if rng.below(3) == 0 {
        None
    } else {
        Some(Regimes::of(
            &Regime::ALL
                .into_iter()
                .filter(|_| rng.below(3) == 0)
                .collect::<Vec<_>>(),
        ))
    };
    let targets = match rng.below(3) {
        0 => None,
        _ => {
            let n = rng.below(4);
            let mut list: Vec<Target> = Vec::new();
            for _ in 0..n {
                let (name, kind) = NAMES[rng.below(NAMES.len())];
                if !list.iter().any(|t| t.name == name) {
                    list.push(Target::new(name, kind));
                }
            }
            Some(list)
        }
    };
    let steps = if rng.flag() {
        Some(ImperativeSteps {
            migrations: rng.flag(),
            traffic_shifts: rng.flag(),
            other_orchestration: rng.flag(),
        })
    } else {
        None
    };
    Answers {
        production_clusters: rng.maybe(&counts),
        non_production_clusters: rng.maybe(&counts),
        team_size: rng.maybe(&teams),
        compliance: regimes,
        disaster_recovery: rng.maybe(&DisasterRecovery::ALL),
        targets,
        imperative_steps: steps,
        ci_credential_concern: rng.maybe(&Concern::ALL),
        gitops_tooling: rng.maybe(&GitOpsTooling::ALL),
        pipeline_owners: rng.maybe(&OwnerCoverage::ALL),
        split_documented: rng.maybe(&SplitWritten::ALL),
        ..Answers::default()
    }
}

/// Every sentence of prose the panel shows for `d`, with where it came from.
fn sentences(d: &Decision) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("strength", d.strength_reason.clone()),
        ("rationale", d.rationale.clone()),
    ];
    out.extend(d.conflicts.iter().map(|c| ("conflict", c.text.clone())));
    out.extend(d.flips.iter().map(|f| ("flip", f.change.clone())));
    out.extend(d.warnings.iter().map(|w| ("warning", w.text.clone())));
    out.extend(d.split.iter().map(|r| ("split", r.note.clone())));
    out
}

/// What is wrong with one sentence, if anything.
fn problems(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let lower = text.to_lowercase();
    if lower.contains("unanswered") {
        out.push("says \"unanswered\"".to_string());
    }
    if text.contains("()") || text.contains("( )") {
        out.push("empty parentheses".to_string());
    }
    if !text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '"')
    {
        out.push("does not start with a capital".to_string());
    }
    if !(text.ends_with('.') || text.ends_with(".)")) {
        out.push("does not end with a period".to_string());
    }
    let words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    for pair in words.windows(2) {
        if pair[0] == pair[1] && pair[0].parse::<u32>().is_err() {
            out.push(format!("doubled word \"{}\"", pair[0]));
        }
    }
    // Internal scores: "7 to 3", "(4 each)", "weigh 3". A range of
    // things ("2 to 9 production clusters") is fine.
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let number = |s: &str| {
        let digits = s.trim_matches(|c: char| !c.is_ascii_digit());
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
    };
    for (i, w) in tokens.windows(3).enumerate() {
        if number(w[0]) && w[1] == "to" && number(w[2]) {
            let noun = tokens.get(i + 3).copied().unwrap_or("");
            let counted = ["production", "non-production", "engineers", "clusters"]
                .iter()
                .any(|n| noun.starts_with(n));
            if !counted || w[2].ends_with(|c: char| !c.is_ascii_digit()) {
                out.push(format!("a score \"{} to {}\"", w[0], w[2]));
            }
        }
    }
    for w in tokens.windows(2) {
        if w[0].starts_with("weigh") && number(w[1]) {
            out.push(format!("a score \"{} {}\"", w[0], w[1]));
        }
    }
    if lower.contains(" each)") || lower.contains(" each,") {
        out.push("a score \"each\"".to_string());
    }
    for awkward in [
        " 0 production cluster",
        " 0 non-production cluster",
        " 0 engineers",
        "team of 0",
        " 1 production clusters",
        " 1 clusters",
        "  ",
        " ,",
        " .",
        "..",
        ",.",
        "with with",
        "no no ",
        "instead of no answer",
        "answering no ",
    ] {
        if format!(" {lower}").contains(awkward) {
            out.push(format!("awkward \"{awkward}\""));
        }
    }
    out
}

#[test]
fn panel_sentences_read_as_written_by_a_person() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut failures = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut samples = Vec::new();
    let sets = 400;
    let wanted: usize = std::env::var("PANEL_SAMPLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(25);
    for i in 0..sets {
        let a = answers(&mut rng);
        let d = evaluate(&a);
        for (kind, text) in sentences(&d) {
            for p in problems(&text) {
                failures.push(format!("{kind}: {p}: {text}"));
            }
            if seen.insert(text.clone()) && (wanted > 25 || i % 7 == 0) && samples.len() < wanted {
                samples.push(format!("[{kind}] {text}"));
            }
        }
    }
    for s in &samples {
        println!("{s}\n");
    }
    failures.sort();
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} badly written sentences, e.g.:\n{}",
        failures.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_checks_catch_what_they_are_meant_to() {
    assert!(!problems("The answers weigh 7 to 3 for this pattern.").is_empty());
    assert!(!problems("the pick would be GitOps.").is_empty());
    assert!(!problems("Compliance is unanswered.").is_empty());
    assert!(!problems("It is the the pick.").is_empty());
    assert!(!problems("With 0 production clusters, it changes.").is_empty());
    assert!(!problems("Nothing here ()").is_empty());
    assert!(problems("With 2 to 9 production clusters, the pick would be GitOps.").is_empty());
}

/// Phrases of the source article (or too close to it) that the site must
/// say in its own words. Matched case-insensitively, across line breaks
/// and comment markers.
const LIFTED: &[&str] = &[
    "procedural control flow",
    "GitOps tools focus on Kubernetes",
    "we use both",
    "most production organisations end up here",
    "most production orgs land here",
    "the only sane shape",
    "auditors love GitOps",
    "bolt awkwardly onto other surfaces",
    "adds complexity without operational benefit",
    "adds operational cost without clear benefit",
    "the operational cost outweighs the benefit",
    "the standard pattern at any meaningful scale",
    "the common shape that covers most workflows",
    "scales naturally and produces the audit trail",
    "catches drifted defaults that nobody owns",
    "mixed-mode confusion is the failure mode",
    "catches stalled pipelines that nobody owns",
    "the cluster reconstructs itself",
    "mixed workloads end up hybrid by necessity",
    "the two models invert the trust direction",
    "the pick is shape-driven",
];

/// Files another change owns that still carry a lifted phrase; each entry
/// is a file and the phrase it may still hold until that change lands.
const PENDING: &[(&str, &str)] = &[("src/core/record/options.rs", "we use both")];

fn normalised(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.trim_start();
        let line = line
            .strip_prefix("//!")
            .or_else(|| line.strip_prefix("///"))
            .or_else(|| line.strip_prefix("//"))
            .or_else(|| line.strip_prefix("* "))
            .unwrap_or(line);
        out.push_str(line.trim_end_matches('\\'));
        out.push(' ');
    }
    let lower = out.to_lowercase().replace("\\\"", "\"");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "md" || e == "json")
        {
            out.push(path);
        }
    }
}

#[test]
fn src_and_the_golden_records_use_their_own_words() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    files(&root.join("src"), &mut all);
    files(&root.join("tests/golden"), &mut all);
    assert!(all.len() > 20, "found the sources");
    let mut found = Vec::new();
    for path in all {
        let text = normalised(&std::fs::read_to_string(&path).unwrap());
        let rel = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        for phrase in LIFTED {
            if text.contains(&phrase.to_lowercase()) && !PENDING.contains(&(rel.as_str(), *phrase))
            {
                found.push(format!("{rel}: \"{phrase}\""));
            }
        }
    }
    assert!(
        found.is_empty(),
        "phrases lifted from the source article:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_own_words_check_sees_through_line_breaks() {
    let text = normalised("//! GitOps \"adds complexity without\n//!    operational benefit\"");
    assert!(text.contains("adds complexity without operational benefit"));
}
