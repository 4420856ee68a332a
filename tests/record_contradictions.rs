#![cfg(not(target_arch = "wasm32"))]
//! Every combination of the answers that shape a record, written with a
//! tool named or not (matching or differing from the one in use) and owners
//! named or not: the record never contradicts its pick, its answers or its
//! owners. Checked on the record's facts (typed) where they exist, and on
//! its text for what only the text can show.

mod common;

use pushpull::core::engine::answers::Answers;
use pushpull::core::engine::choices::{GitOpsTooling, OwnerCoverage, Regime};
use pushpull::core::engine::decision::{evaluate, Decision};
use pushpull::core::engine::pattern::Deployer;
use pushpull::core::engine::{Pattern, QuestionId};
use pushpull::core::record::details::{NamedTool, Owner, RecordDetails};
use pushpull::core::record::facts::Action;
use pushpull::core::record::import::import;
use pushpull::core::record::options;
use pushpull::core::record::writer::{record_facts, write, RecordInput};
use pushpull::core::site_url::SiteUrl;

/// Which tool the details name, relative to the one in use.
#[derive(Clone, Copy, Debug)]
enum ToolNamed {
    No,
    Matching,
    Differing,
}

fn named(a: &Answers, which: ToolNamed) -> Option<NamedTool> {
    let in_use = match a.gitops_tooling {
        Some(GitOpsTooling::ArgoCd) => NamedTool::ArgoCd,
        _ => NamedTool::Flux,
    };
    let other = match in_use {
        NamedTool::ArgoCd => NamedTool::Flux,
        NamedTool::Flux => NamedTool::ArgoCd,
    };
    match which {
        ToolNamed::No => None,
        ToolNamed::Matching => Some(in_use),
        ToolNamed::Differing => Some(other),
    }
}

fn has_score(text: &str) -> bool {
    // "(7 to 3)": an internal tally leaking into the prose.
    text.match_indices('(').any(|(i, _)| {
        let rest = &text[i + 1..];
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with(" to ") && {
            let after = &rest[digits + 4..];
            let more = after.chars().take_while(char::is_ascii_digit).count();
            more > 0 && after[more..].starts_with(')')
        }
    })
}

/// The text with every `](…)` link target dropped: addresses are not prose.
fn without_link_targets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        out.push_str(&rest[..=i]);
        rest = &rest[i + 2..];
        rest = rest.find(')').map_or("", |j| &rest[j + 1..]);
    }
    out.push_str(rest);
    out
}

const BORROWED: &[&str] = &[
    "gitops tools focus on kubernetes",
    "procedural control flow",
    "most production organisations end up here",
    "the we use both sprawl",
    "\"we use both\" sprawl",
];

fn check(a: &Answers, d: &Decision, which: ToolNamed, owners_named: bool, note: bool, n: usize) {
    let mut details = RecordDetails {
        organisation: "Acme".into(),
        date: "2026-11-27".into(),
        gitops_tool: named(a, which),
        ..RecordDetails::default()
    };
    if owners_named {
        details.owners = d
            .split
            .iter()
            .map(|r| Owner {
                what: r.what.clone(),
                name: "Team Blue".into(),
            })
            .collect();
    }
    if note {
        details.set_note(QuestionId::GitopsTooling, "It fits how the team works.");
    }
    let input = RecordInput {
        answers: a,
        decision: d,
        details: &details,
        site_url: Some(&site()),
    };
    let f = record_facts(&input);
    let text = write(&input);
    let body = &without_link_targets(&text[..text.find("### Answers").unwrap()]);
    let lower = body.to_lowercase();
    let ctx = || format!("{a:?} {which:?} owners={owners_named}\n{body}");

    // The pick and the tool.
    let gitops = d.pattern.is_some_and(Pattern::uses_gitops);
    if !gitops {
        assert!(f.tool.is_none(), "{}", ctx());
        assert!(!body.contains("GitOps ("), "{}", ctx());
    }
    if let Some(tool) = f.tool {
        assert!(
            !f.actions
                .iter()
                .any(|x| matches!(x, Action::PickTool { .. })),
            "{}",
            ctx()
        );
        for asks in [
            "still to be named",
            "consolidate",
            "name argo cd or flux",
            "which of argo cd and flux stays",
            "pick argo cd",
        ] {
            assert!(
                !lower.contains(asks),
                "names {tool:?} but asks {asks:?}: {}",
                ctx()
            );
        }
        let other = match tool {
            NamedTool::ArgoCd => "GitOps (Flux)",
            NamedTool::Flux => "GitOps (Argo CD)",
        };
        assert!(!body.contains(other), "{}", ctx());
        // A tool that replaces one in use says so, and how to move.
        let replaced = match a.gitops_tooling {
            Some(GitOpsTooling::ArgoCd) => tool != NamedTool::ArgoCd,
            Some(GitOpsTooling::Flux) => tool != NamedTool::Flux,
            Some(t) => t.both(),
            None => false,
        };
        let migrates = f
            .actions
            .iter()
            .any(|x| matches!(x, Action::Migrate { to, .. } if *to == tool));
        assert_eq!(migrates, replaced, "{}", ctx());
        if replaced {
            assert!(body.contains("already in use"), "{}", ctx());
            let because = if note {
                "already in use: It fits"
            } else {
                "already in use, because"
            };
            assert!(
                body.contains(because),
                "no reason for the change: {}",
                ctx()
            );
        }
    } else if gitops && a.gitops_tooling != Some(GitOpsTooling::BothSplit) {
        assert!(
            f.actions
                .iter()
                .any(|x| matches!(x, Action::PickTool { .. })),
            "{}",
            ctx()
        );
    }
    if f.migrating_from().is_some() {
        assert!(f.tool.is_some());
    }

    // Steps and regimes appear only when answered.
    let steps = a.imperative().unwrap_or_default();
    let said = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    assert!(steps.migrations || !said(&["migration"]), "{}", ctx());
    assert!(
        steps.traffic_shifts || !said(&["traffic shift", "canar", "blue-green"]),
        "{}",
        ctx()
    );
    assert!(
        steps.other_orchestration || !said(&["cross-system", "ordered steps"]),
        "{}",
        ctx()
    );
    let regimes = a.regimes().unwrap_or_default();
    for r in Regime::ALL.into_iter().filter(|&r| r != Regime::Other) {
        assert!(
            regimes.contains(r) || !body.contains(r.label()),
            "{}",
            ctx()
        );
    }
    assert!(regimes.any() || !lower.contains("audit store"), "{}", ctx());
    let clusters = a.all_clusters().unwrap_or(0);
    assert!(
        clusters > 1 || !body.contains("ApplicationSets"),
        "{}",
        ctx()
    );
    assert!(
        f.hub().is_some() || !body.contains("Argo CD hub"),
        "{}",
        ctx()
    );

    // Ownership is stated one way.
    let all_owned = a.pipeline_owners == Some(OwnerCoverage::All);
    let asks_owners: Vec<&Vec<String>> = f
        .actions
        .iter()
        .filter_map(|x| match x {
            Action::NameOwners(rows) => Some(rows),
            _ => None,
        })
        .collect();
    assert!(asks_owners.len() <= 1);
    assert!(
        body.matches("Name an owning team").count() <= 1,
        "{}",
        ctx()
    );
    if owners_named {
        assert!(asks_owners.is_empty(), "{}", ctx());
        assert!(!body.contains("| — |"), "{}", ctx());
    }
    if all_owned {
        assert!(body.contains("Every deploy pipeline has an owning team."));
        for rows in &asks_owners {
            for what in rows.iter() {
                let row = f.rows.iter().find(|r| &r.what == what).unwrap();
                assert_eq!(row.deployed_by, Deployer::GitOps, "{}", ctx());
            }
        }
    } else {
        assert!(!body.contains("Every deploy pipeline has an owning team"));
    }
    // (The chosen option's own title may say its tool is still to be named.)
    let unnamed = options::GITOPS_UNNAMED.to_lowercase();
    assert!(
        !lower.replace(&unnamed, "").contains("to be named"),
        "{}",
        ctx()
    );

    // No internals, no borrowed sentences.
    assert!(!lower.contains("unanswered"), "{}", ctx());
    assert!(!has_score(body), "{}", ctx());
    for phrase in BORROWED {
        assert!(!lower.contains(phrase), "{phrase}: {}", ctx());
    }

    // And the record still reads back as holding.
    if n.is_multiple_of(64) {
        let imported = import(&text).unwrap();
        assert!(!imported.drifted(), "{}", ctx());
    }
}

#[test]
fn no_record_contradicts_its_pick_answers_or_owners() {
    // Every combination of these seven; pipeline owners, compliance,
    // recovery and the written split rotate through their values along the
    // way (owners against owners named or not: all eight pairs).
    let qs = [
        QuestionId::Clusters,
        QuestionId::NonProductionClusters,
        QuestionId::TeamSize,
        QuestionId::Targets,
        QuestionId::ImperativeSteps,
        QuestionId::CiCredentialConcern,
        QuestionId::GitopsTooling,
    ];
    let rotating = [
        (QuestionId::PipelineOwners, 2),
        (QuestionId::Compliance, 1),
        (QuestionId::DisasterRecovery, 3),
        (QuestionId::SplitDocumented, 7),
    ];
    let start = std::time::Instant::now();
    let written = std::sync::atomic::AtomicUsize::new(0);
    let n = common::par_for_each_combination(&qs, |n, a| {
        let mut a = a.clone();
        for (q, stride) in rotating {
            let space = common::space(q);
            (space[(n / stride) % space.len()])(&mut a);
        }
        // A regime other than SOC 2 now and then, several at once too.
        if n.is_multiple_of(5) && a.regimes().is_some() {
            a.compliance = Some(pushpull::core::engine::choices::Regimes::of(&[
                Regime::PciDss,
                Regime::Iso27001,
            ]));
        }
        // Every naming for a pick that runs a controller; one, in turn,
        // for the others (where no tool may show at all).
        let d = evaluate(&a);
        let all = [ToolNamed::No, ToolNamed::Matching, ToolNamed::Differing];
        let namings = if d.pattern.is_some_and(Pattern::uses_gitops) {
            &all[..]
        } else {
            &all[n % 3..=n % 3]
        };
        for &which in namings {
            check(&a, &d, which, n.is_multiple_of(2), n.is_multiple_of(3), n);
            written.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    });
    eprintln!(
        "{n} answer sets, {written:?} records in {:?}",
        start.elapsed()
    );
    assert!(n >= 25_000);
}

fn site() -> SiteUrl {
    SiteUrl::parse("https://pushpull.example.org").unwrap()
}
