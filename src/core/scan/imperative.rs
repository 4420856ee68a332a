//! Imperative steps hidden in declarative files: migration Jobs, Argo CD
//! (and Helm) hooks, sync waves, and traffic shifts (Argo Rollouts canary or
//! blue-green strategies, Flagger canaries).

use super::kubernetes::KubeFacts;
use super::model::{Imperative, ImperativeKind, RepoFile};
use super::yaml_docs::YamlDoc;

/// Words in a Job's name, command or image that mean it migrates a schema.
const MIGRATION_WORDS: [&str; 8] = [
    "migrate",
    "migration",
    "flyway",
    "liquibase",
    "alembic",
    "prisma migrate",
    "db:migrate",
    "dbmate",
];

/// Reads one document with `apiVersion` and `kind`.
pub fn scan_doc(facts: &mut KubeFacts, file: &RepoFile, doc: &YamlDoc) {
    let kind = doc.kind().unwrap_or_default();
    let group = doc.api_group();
    let mut add = |kind: ImperativeKind, line: u32| {
        facts.add_imperative(Imperative {
            kind,
            evidence: doc.evidence(&file.path, line),
        });
    };
    for key in ["argocd.argoproj.io/hook", "helm.sh/hook"] {
        if let Some((_, line)) = doc.annotation(key) {
            add(ImperativeKind::SyncHooks, line);
        }
    }
    if let Some((_, line)) = doc.annotation("argocd.argoproj.io/sync-wave") {
        add(ImperativeKind::SyncWaves, line);
    }
    if kind == "Job" && (group == "batch" || group.is_empty()) {
        if let Some(line) = migration_line(doc) {
            add(ImperativeKind::Migrations, line);
        }
    }
    if kind == "Rollout" && group == "argoproj.io" {
        for strategy in ["canary", "blueGreen"] {
            let path = ["spec", "strategy", strategy];
            let present = if doc.is_parsed() {
                doc.yaml_at(&path).is_some()
            } else {
                doc.line_of(&path).is_some()
            };
            if present {
                let line = doc.line_of(&path).unwrap_or(doc.first_line());
                add(ImperativeKind::TrafficShifts, line);
            }
        }
    }
    if kind == "Canary" && group == "flagger.app" {
        add(
            ImperativeKind::TrafficShifts,
            doc.kind_line().unwrap_or(doc.first_line()),
        );
    }
}

/// The first line of a Job (name, command, args, image) that names a
/// migration; comments do not count.
fn migration_line(doc: &YamlDoc) -> Option<u32> {
    doc.numbered_lines()
        .filter(|(_, l)| !l.trim_start().starts_with('#'))
        .find(|(_, l)| {
            let l = l.to_ascii_lowercase();
            MIGRATION_WORDS.iter().any(|w| l.contains(w))
        })
        .map(|(n, _)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Vec<(ImperativeKind, u32)> {
        let mut facts = KubeFacts::default();
        let file = RepoFile {
            path: "k8s/x.yaml".into(),
            text: text.into(),
        };
        facts.scan_file(&file);
        facts
            .imperative
            .iter()
            .map(|i| (i.kind, i.evidence.line))
            .collect()
    }

    #[test]
    fn migration_hook_job_is_hook_and_migration() {
        let text = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: schema\n  annotations:\n    argocd.argoproj.io/hook: PreSync\nspec:\n  template:\n    spec:\n      containers:\n      - name: m\n        image: flyway/flyway:10\n";
        assert_eq!(
            scan(text),
            vec![
                (ImperativeKind::SyncHooks, 6),
                (ImperativeKind::Migrations, 12)
            ]
        );
    }

    #[test]
    fn rollout_strategies_and_flagger_canaries_shift_traffic() {
        let text = "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: web\nspec:\n  strategy:\n    blueGreen:\n      activeService: web\n---\napiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: api\n";
        assert_eq!(
            scan(text),
            vec![
                (ImperativeKind::TrafficShifts, 7),
                (ImperativeKind::TrafficShifts, 11)
            ]
        );
    }

    #[test]
    fn a_plain_job_and_a_rollout_without_strategy_are_not_imperative() {
        let text = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: report\n# migrate later\n---\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: w\nspec:\n  replicas: 2\n";
        assert!(scan(text).is_empty());
    }
}
