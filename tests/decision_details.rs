#![cfg(not(target_arch = "wasm32"))]
//! Details of a decision: anchors, answers behind rules, tool pick,
//! split, obligations, conflict texts, speed.

mod common;

use common::table::neutral;
use common::{k8s, serverless, vm};
use pushpull::core::engine::answers::{
    Answers, Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, Regime, Regimes,
};
use pushpull::core::engine::decision::evaluate;
use pushpull::core::engine::ToolPick;

#[test]
fn rules_cite_the_brief_anchors() {
    let anchor = |answers: Answers, id: &str| {
        evaluate(&answers)
            .fired
            .into_iter()
            .find(|f| f.id == id)
            .map(|f| f.anchor)
            .unwrap_or_else(|| panic!("{id} did not fire"))
    };
    let a = Answers::default;
    assert_eq!(
        anchor(
            Answers {
                production_clusters: Some(1),
                team_size: Some(3),
                ..a()
            },
            "single-cluster-small-team"
        ),
        "/docs/how-to-pick#rule-single-cluster-small-team"
    );
    assert_eq!(
        anchor(
            Answers {
                production_clusters: Some(3),
                ..a()
            },
            "multi-cluster"
        ),
        "/docs/how-to-pick#rule-multi-cluster-or-compliance"
    );
    assert_eq!(
        anchor(
            Answers {
                production_clusters: Some(30),
                ..a()
            },
            "many-clusters"
        ),
        "/docs/gitops-wins#multi-cluster"
    );
    assert_eq!(
        anchor(
            Answers {
                compliance: Some(Regimes::one(Regime::Iso27001)),
                ..a()
            },
            "compliance"
        ),
        "/docs/gitops-wins#compliance"
    );
    assert_eq!(
        anchor(
            Answers {
                targets: Some(vec![k8s("a"), vm("b")]),
                ..a()
            },
            "mixed-workloads"
        ),
        "/docs/how-to-pick#rule-mixed-workloads"
    );
    assert_eq!(
        anchor(
            Answers {
                production_clusters: Some(0),
                ..a()
            },
            "no-kubernetes"
        ),
        "/docs/how-to-pick#rule-no-kubernetes"
    );
    assert_eq!(
        anchor(
            Answers {
                imperative_steps: Some(ImperativeSteps::MIGRATIONS),
                ..a()
            },
            "imperative-steps"
        ),
        "/docs/how-to-pick#weigh-imperative-steps"
    );
    assert_eq!(
        anchor(
            Answers {
                disaster_recovery: Some(DisasterRecovery::Minutes),
                ..a()
            },
            "disaster-recovery"
        ),
        "/docs/gitops-wins#disaster-recovery"
    );
    assert_eq!(
        anchor(
            Answers {
                ci_credential_concern: Some(Concern::High),
                ..a()
            },
            "ci-credentials"
        ),
        "/docs/how-to-pick#weigh-dr-and-credentials"
    );
}

#[test]
fn fired_rules_carry_the_answers_behind_them() {
    let d = evaluate(&Answers {
        production_clusters: Some(1),
        team_size: Some(4),
        ..Answers::default()
    });
    assert_eq!(
        d.fired[0].because,
        ["one production cluster", "a team of 4"]
    );
    assert!(
        d.rationale
            .contains("one production cluster and a team of 4"),
        "{}",
        d.rationale
    );
}

#[test]
fn gitops_tool_follows_what_is_in_use() {
    let tool = |t: Option<GitOpsTooling>| {
        evaluate(&Answers {
            production_clusters: Some(3),
            gitops_tooling: t,
            ..Answers::default()
        })
        .gitops_tool
    };
    assert_eq!(tool(None), Some(ToolPick::Either));
    assert_eq!(tool(Some(GitOpsTooling::None_)), Some(ToolPick::Either));
    assert_eq!(tool(Some(GitOpsTooling::ArgoCd)), Some(ToolPick::ArgoCd));
    assert_eq!(tool(Some(GitOpsTooling::Flux)), Some(ToolPick::Flux));
    assert_eq!(
        tool(Some(GitOpsTooling::BothOverlapping)),
        Some(ToolPick::ConsolidateOnOne)
    );
    let pipeline = evaluate(&Answers {
        production_clusters: Some(0),
        gitops_tooling: Some(GitOpsTooling::ArgoCd),
        ..Answers::default()
    });
    assert_eq!(pipeline.gitops_tool, None);
}

#[test]
fn hybrid_split_and_obligations() {
    use pushpull::core::engine::obligations::ObligationId;
    use pushpull::core::engine::pattern::Deployer;
    let d = evaluate(&Answers {
        production_clusters: Some(2),
        targets: Some(vec![k8s("EKS"), serverless("Lambda"), vm("EC2")]),
        imperative_steps: Some(ImperativeSteps::MIGRATIONS),
        ..Answers::default()
    });
    let rows: Vec<(&str, Deployer)> = d
        .split
        .iter()
        .map(|r| (r.what.as_str(), r.deployed_by))
        .collect();
    assert_eq!(
        rows,
        [
            ("EKS", Deployer::GitOps),
            ("Lambda", Deployer::Pipeline),
            ("EC2", Deployer::Pipeline),
            ("Image build and manifest update", Deployer::Pipeline),
            ("Database migrations", Deployer::Pipeline),
        ]
    );
    let obligations: Vec<ObligationId> = d.obligations.iter().map(|o| o.id).collect();
    assert_eq!(
        obligations,
        [
            ObligationId::NamedGitopsToolPerCluster,
            ObligationId::NamedOwnerPerPipeline,
            ObligationId::DocumentedSplit,
            ObligationId::DocumentedDriver,
        ]
    );
    assert!(
        d.obligations[0].text.contains("each of the 2 clusters"),
        "{}",
        d.obligations[0].text
    );
}

#[test]
fn nothing_answered_says_what_to_answer_first() {
    use pushpull::core::engine::QuestionId;
    let d = evaluate(&Answers::default());
    assert_eq!(d.missing, [QuestionId::Clusters, QuestionId::Targets]);
    assert_eq!(d.answered, 0);
    assert_eq!(d.total_questions, 11);
}

#[test]
fn conflicts_say_which_way_and_why() {
    let d = evaluate(&Answers {
        disaster_recovery: Some(DisasterRecovery::Minutes),
        ..neutral()
    });
    let text = &d.conflicts[0].text;
    assert!(text.contains("the pick is pipeline deploys"), "{text}");
    assert!(
        text.contains("carry more weight: one production cluster and a team of 4"),
        "{text}"
    );
    assert!(!text.contains("3 to 2"), "no internal scores: {text}");
    let tie = evaluate(&Answers {
        disaster_recovery: Some(DisasterRecovery::Minutes),
        ci_credential_concern: Some(Concern::Moderate),
        ..neutral()
    });
    assert!(
        tie.conflicts[0].text.contains("tie"),
        "{}",
        tie.conflicts[0].text
    );
}

#[test]
fn rule_table_is_well_formed() {
    use pushpull::core::engine::anchors;
    use pushpull::core::engine::rules::RULES;
    let mut seen = std::collections::HashSet::new();
    for r in RULES {
        assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
        assert!(anchors::ALL.contains(&r.source_anchor), "{} anchor", r.id);
        assert!(!r.title.is_empty() && r.summary.ends_with('.'), "{}", r.id);
        assert!(!r.reads.is_empty(), "{}", r.id);
    }
}

#[test]
fn evaluate_is_fast() {
    // A generous bound so it holds in debug builds on a busy machine; in
    // release a decision takes a few microseconds.
    let a = Answers {
        production_clusters: Some(3),
        targets: Some(vec![k8s("EKS"), serverless("Lambda")]),
        imperative_steps: Some(ImperativeSteps::ALL_KINDS),
        gitops_tooling: Some(GitOpsTooling::BothOverlapping),
        ..neutral()
    };
    let start = std::time::Instant::now();
    for _ in 0..100 {
        std::hint::black_box(evaluate(std::hint::black_box(&a)));
    }
    let per = start.elapsed() / 100;
    assert!(
        per < std::time::Duration::from_millis(1),
        "{per:?} per decision"
    );
}
