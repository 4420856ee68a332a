//! What a control of the questionnaire form means for the answers. The
//! browser shell reports which control changed (its name, value, checked
//! state and `data-arg`) or which [`Action`] a button asked for; this module
//! turns that into a change of the answers. Total: unknown or malformed
//! controls change nothing.

use crate::core::engine::answers::{Answers, ImperativeSteps, Regime, Regimes, Target, TargetKind};
use crate::core::engine::question_options::InputKind;
use crate::core::engine::questions::QuestionId;
use crate::core::engine::targets::generic_name;
use crate::core::ui::{ids, Action, Field};

/// Longest target name kept.
pub const NAME_MAX: usize = 120;
/// Largest cluster count or team size accepted.
pub const NUMBER_MAX: u32 = 100_000;

/// The values of the "imperative steps" checkboxes, in the form's order.
pub const STEP_VALUES: [&str; 4] = [
    "migrations",
    "traffic-shifts",
    "other-orchestration",
    "none",
];

/// Whether the steps checkbox `value` is ticked for `steps`.
pub fn step_ticked(steps: Option<ImperativeSteps>, value: &str) -> bool {
    steps.is_some_and(|s| match value {
        "migrations" => s.migrations,
        "traffic-shifts" => s.traffic_shifts,
        "other-orchestration" => s.other_orchestration,
        _ => !s.any(),
    })
}

/// The value of the "none of these" compliance checkbox; the others are
/// `Regime::key`s.
pub const NO_REGIME: &str = "none";

/// The values of the compliance checkboxes, in the form's order.
pub fn regime_values() -> impl Iterator<Item = &'static str> {
    Regime::ALL
        .into_iter()
        .map(Regime::key)
        .chain(std::iter::once(NO_REGIME))
}

/// Whether the compliance checkbox `value` is ticked for `regimes`.
pub fn regime_ticked(regimes: Option<Regimes>, value: &str) -> bool {
    regimes.is_some_and(|set| match Regime::from_key(value) {
        Some(r) => set.contains(r),
        None => !set.any(),
    })
}

/// A form control as the browser reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Control {
    pub name: String,
    pub value: String,
    pub checked: bool,
    /// Its `data-arg` (see [`Field`]).
    pub arg: String,
}

/// What the shell should do after a control changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The answers changed.
    pub changed: bool,
    /// The form must be drawn again: its structure changed (a target added
    /// or removed, an answer cleared). Other changes are already on screen,
    /// and only the answered states need refreshing (see
    /// [`question_states`]); redrawing then could swallow a click in flight.
    pub redraw: bool,
    /// An element to focus after drawing.
    pub focus: Option<String>,
    /// A message for a number question's field (empty text clears it).
    pub field_error: Option<(QuestionId, String)>,
}

pub fn question(key: &str) -> Option<QuestionId> {
    QuestionId::all().iter().copied().find(|q| q.key() == key)
}

pub fn kind_key(kind: TargetKind) -> &'static str {
    match kind {
        TargetKind::Kubernetes => "kubernetes",
        TargetKind::Serverless => "serverless",
        TargetKind::Vm => "vm",
        TargetKind::OnPrem => "on-prem",
        TargetKind::Other => "other",
    }
}

pub fn kind_title(kind: TargetKind) -> &'static str {
    match kind {
        TargetKind::Kubernetes => "Kubernetes",
        TargetKind::Serverless => "Serverless",
        TargetKind::Vm => "VMs / EC2",
        TargetKind::OnPrem => "On-prem",
        TargetKind::Other => "Other",
    }
}

pub fn kind_from_key(key: &str) -> Option<TargetKind> {
    TargetKind::ALL
        .into_iter()
        .find(|kind| kind_key(*kind) == key)
}

/// Applies what a button of the form asked for: clearing an answer, adding
/// or removing a target. Other actions change nothing here.
pub fn apply_action(answers: &mut Answers, action: Action) -> Outcome {
    let before = answers.clone();
    let mut outcome = Outcome::default();
    match action {
        Action::Clear(q) => {
            q.clear(answers);
            outcome.focus = Some(ids::question(q));
        }
        Action::AddTarget(kind) => {
            let targets = answers.targets.get_or_insert_with(Vec::new);
            targets.push(Target::new(generic_name(kind), kind));
            outcome.focus = Some(ids::target_name(targets.len() - 1));
        }
        Action::RemoveTarget(index) => {
            if let Some(targets) = answers.targets.as_mut().filter(|t| index < t.len()) {
                targets.remove(index);
                outcome.focus = Some(ids::add_target(TargetKind::Kubernetes));
            }
        }
        _ => {}
    }
    outcome.changed = *answers != before;
    outcome.redraw = outcome.focus.is_some();
    outcome
}

fn target(answers: &mut Answers, index: usize) -> Option<&mut Target> {
    answers.targets.as_mut()?.get_mut(index)
}

/// Applies a change of `control` (its `input` or `change` event).
pub fn apply(answers: &mut Answers, control: &Control) -> Outcome {
    let before = answers.clone();
    let mut outcome = Outcome::default();
    let Some(field) = Field::decode(&control.name, &control.arg) else {
        return outcome;
    };
    match field {
        Field::TargetName(index) => {
            if let Some(target) = target(answers, index) {
                target.name = control.value.chars().take(NAME_MAX).collect();
            }
        }
        Field::TargetKind(index) => {
            if let (Some(kind), Some(target)) =
                (kind_from_key(&control.value), target(answers, index))
            {
                target.kind = kind;
            }
        }
        // The record's details, not the answers: the page keeps them.
        Field::Note(_) => {}
        Field::Step => {
            let mut steps = answers.imperative_steps.unwrap_or(ImperativeSteps::NONE);
            let on = control.checked;
            match control.value.as_str() {
                "migrations" => steps.migrations = on,
                "traffic-shifts" => steps.traffic_shifts = on,
                "other-orchestration" => steps.other_orchestration = on,
                "none" => steps = ImperativeSteps::NONE,
                _ => return Outcome::default(),
            }
            answers.imperative_steps = if control.value == "none" && !on {
                None
            } else {
                Some(steps)
            };
        }
        Field::Regime => {
            let set = answers.compliance.unwrap_or(Regimes::NONE);
            let on = control.checked;
            answers.compliance = match (Regime::from_key(&control.value), control.value.as_str()) {
                (Some(r), _) => Some(set.with(r, on)),
                (None, NO_REGIME) if on => Some(Regimes::NONE),
                (None, NO_REGIME) => None,
                _ => return Outcome::default(),
            };
        }
        Field::Answer(q) => match q.input_kind() {
            InputKind::Choice => {
                if let Ok(index) = control.value.parse::<usize>() {
                    if index < q.options().len() {
                        q.select(answers, Some(index));
                    }
                }
            }
            InputKind::Number => {
                let text = control.value.trim();
                let number = if text.is_empty() {
                    Some(None)
                } else {
                    text.parse::<u32>()
                        .ok()
                        .filter(|n| *n <= NUMBER_MAX)
                        .map(Some)
                };
                match number {
                    Some(number) => {
                        match q {
                            QuestionId::Clusters => answers.production_clusters = number,
                            QuestionId::NonProductionClusters => {
                                answers.non_production_clusters = number
                            }
                            _ => answers.team_size = number,
                        }
                        outcome.field_error = Some((q, String::new()));
                    }
                    None => {
                        outcome.field_error =
                            Some((q, format!("Enter a whole number from 0 to {NUMBER_MAX}.")));
                    }
                }
            }
            InputKind::Targets | InputKind::Steps | InputKind::Regimes => {}
        },
    }
    outcome.changed = *answers != before;
    outcome.redraw = outcome.focus.is_some();
    outcome
}

/// Each question's key and whether it is answered, for the form's badges
/// and Clear buttons.
pub fn question_states(answers: &Answers) -> Vec<(QuestionId, bool)> {
    QuestionId::all()
        .iter()
        .map(|&q| (q, q.is_answered(answers)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::choices::DisasterRecovery;

    fn control(name: &str, value: &str) -> Control {
        Control {
            name: name.into(),
            value: value.into(),
            ..Control::default()
        }
    }

    #[test]
    fn numbers_set_clear_and_reject() {
        let mut a = Answers::default();
        assert!(apply(&mut a, &control("clusters", "3")).changed);
        assert_eq!(a.production_clusters, Some(3));
        let outcome = apply(&mut a, &control("clusters", "-2"));
        assert!(!outcome.changed);
        assert_eq!(
            a.production_clusters,
            Some(3),
            "a bad number keeps the last good answer"
        );
        assert!(outcome.field_error.unwrap().1.contains("whole number"));
        apply(&mut a, &control("clusters", ""));
        assert_eq!(a.production_clusters, None);
        apply(&mut a, &control("team-size", "99999999999"));
        assert_eq!(a.team_size, None);
    }

    #[test]
    fn choices_and_clear() {
        let mut a = Answers::default();
        apply(&mut a, &control("disaster-recovery", "2"));
        assert_eq!(a.disaster_recovery, Some(DisasterRecovery::Minutes));
        assert!(!apply(&mut a, &control("disaster-recovery", "99")).changed);
        let outcome = apply_action(&mut a, Action::Clear(QuestionId::DisasterRecovery));
        assert_eq!(a.disaster_recovery, None);
        assert_eq!(outcome.focus.as_deref(), Some("q-disaster-recovery"));
    }

    #[test]
    fn regimes_tick_together_and_none_clears_them() {
        let tick = |value: &str, checked: bool| Control {
            name: "regime".into(),
            value: value.into(),
            checked,
            ..Control::default()
        };
        let mut a = Answers::default();
        apply(&mut a, &tick("soc2", true));
        apply(&mut a, &tick("iso", true));
        assert_eq!(
            a.compliance,
            Some(Regimes::of(&[Regime::Soc2, Regime::Iso27001]))
        );
        assert!(regime_ticked(a.compliance, "iso") && !regime_ticked(a.compliance, NO_REGIME));
        apply(&mut a, &tick(NO_REGIME, true));
        assert_eq!(a.compliance, Some(Regimes::NONE));
        assert!(regime_ticked(a.compliance, NO_REGIME));
        apply(&mut a, &tick(NO_REGIME, false));
        assert_eq!(a.compliance, None);
        assert!(!apply(&mut a, &tick("gdpr", true)).changed);
        let outcome = apply_action(&mut a, Action::Clear(QuestionId::Compliance));
        assert_eq!(outcome.focus.as_deref(), Some("q-compliance"));
    }

    #[test]
    fn targets_are_added_named_retyped_and_removed() {
        let mut a = Answers::default();
        let outcome = apply_action(&mut a, Action::AddTarget(TargetKind::Kubernetes));
        assert_eq!(outcome.focus.as_deref(), Some("target-0-name"));
        apply_action(&mut a, Action::AddTarget(TargetKind::Serverless));
        let long = "x".repeat(10_000);
        apply(
            &mut a,
            &Control {
                name: "target-name".into(),
                value: long,
                arg: "1".into(),
                ..Control::default()
            },
        );
        assert_eq!(a.listed_targets()[1].name.len(), NAME_MAX);
        apply(
            &mut a,
            &Control {
                name: "target-kind".into(),
                value: "vm".into(),
                arg: "1".into(),
                ..Control::default()
            },
        );
        assert_eq!(a.listed_targets()[1].kind, TargetKind::Vm);
        let removed = apply_action(&mut a, Action::RemoveTarget(0));
        assert_eq!(removed.focus.as_deref(), Some("add-target-kubernetes"));
        assert_eq!(a.listed_targets().len(), 1);
        assert!(!apply_action(&mut a, Action::RemoveTarget(7)).changed);
        assert!(!apply_action(&mut a, Action::Present).changed);
    }

    #[test]
    fn steps_and_none_of_these() {
        let mut a = Answers::default();
        apply(
            &mut a,
            &Control {
                name: "step".into(),
                value: "migrations".into(),
                checked: true,
                ..Control::default()
            },
        );
        assert!(a.imperative_steps.unwrap().migrations);
        apply(
            &mut a,
            &Control {
                name: "step".into(),
                value: "none".into(),
                checked: true,
                ..Control::default()
            },
        );
        assert_eq!(a.imperative_steps, Some(ImperativeSteps::NONE));
        apply(
            &mut a,
            &Control {
                name: "step".into(),
                value: "none".into(),
                checked: false,
                ..Control::default()
            },
        );
        assert_eq!(a.imperative_steps, None);
    }

    #[test]
    fn unknown_controls_change_nothing() {
        let mut a = Answers::default();
        for c in [
            control("nonsense", "1"),
            control("step", "dance"),
            control("target-name", "x"),
            control("note", "x"),
        ] {
            assert!(!apply(&mut a, &c).changed);
        }
        assert_eq!(a, Answers::default());
    }
}
