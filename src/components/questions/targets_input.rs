use leptos::prelude::*;

use crate::core::decide::answers::{Target, TargetKind};
use crate::core::decide::targets::generic_name;
use crate::state::use_session;

const NAME_MAX: usize = 120;

fn kind_key(kind: TargetKind) -> &'static str {
    match kind {
        TargetKind::Kubernetes => "kubernetes",
        TargetKind::Serverless => "serverless",
        TargetKind::Vm => "vm",
        TargetKind::OnPrem => "on-prem",
        TargetKind::Other => "other",
    }
}

fn kind_title(kind: TargetKind) -> &'static str {
    match kind {
        TargetKind::Kubernetes => "Kubernetes",
        TargetKind::Serverless => "Serverless",
        TargetKind::Vm => "VMs / EC2",
        TargetKind::OnPrem => "On-prem",
        TargetKind::Other => "Other",
    }
}

/// The list of deploy targets: a name and a kind each, added with one click
/// per kind. Rows are keyed by position so typing never loses focus.
#[component]
pub fn TargetsInput() -> impl IntoView {
    let session = use_session();
    let count = Memo::new(move |_| session.answers.with(|a| a.listed_targets().len()));
    let update = move |index: usize, change: &dyn Fn(&mut Target)| {
        session.answers.update(|a| {
            if let Some(target) = a.targets.as_mut().and_then(|t| t.get_mut(index)) {
                change(target);
            }
        })
    };
    let add = move |kind: TargetKind| {
        session.answers.update(|a| {
            a.targets
                .get_or_insert_with(Vec::new)
                .push(Target::new(generic_name(kind), kind))
        })
    };
    let remove = move |index: usize| {
        session.answers.update(|a| {
            if let Some(targets) = a.targets.as_mut() {
                if index < targets.len() {
                    targets.remove(index);
                }
            }
        })
    };
    let target = move |index: usize| {
        session
            .answers
            .with(|a| a.listed_targets().get(index).cloned())
    };

    view! {
        <ul class="targets" aria-label="Deploy targets">
            <For each=move || 0..count.get() key=|index| *index let:index>
                <li class="target-row">
                    <label class="target-row__name">
                        <span>{format!("Target {} name", index + 1)}</span>
                        <input type="text" maxlength=NAME_MAX autocomplete="off"
                            prop:value=move || target(index).map(|t| t.name).unwrap_or_default()
                            aria-invalid=move || target(index).is_some_and(|t| t.name.trim().is_empty()).to_string()
                            on:input=move |event| {
                                let name: String = event_target_value(&event).chars().take(NAME_MAX).collect();
                                update(index, &|t| t.name = name.clone());
                            } />
                    </label>
                    <label class="target-row__kind">
                        <span>"Kind"</span>
                        <select prop:value=move || target(index).map(|t| kind_key(t.kind)).unwrap_or("kubernetes")
                            on:change=move |event| {
                                let key = event_target_value(&event);
                                if let Some(kind) = TargetKind::ALL.into_iter().find(|k| kind_key(*k) == key) {
                                    update(index, &|t| t.kind = kind);
                                }
                            }>
                            {TargetKind::ALL
                                .into_iter()
                                .map(|kind| view! { <option value=kind_key(kind)>{kind_title(kind)}</option> })
                                .collect_view()}
                        </select>
                    </label>
                    <button type="button" class="button button--small" on:click=move |_| remove(index)>
                        "Remove"<span class="visually-hidden">{format!(" target {}", index + 1)}</span>
                    </button>
                </li>
            </For>
        </ul>
        <div class="target-add" role="group" aria-label="Add a deploy target">
            <span class="target-add__label" aria-hidden="true">"Add:"</span>
            {TargetKind::ALL
                .into_iter()
                .map(|kind| view! {
                    <button type="button" class="button button--small" on:click=move |_| add(kind)>
                        "+ " {kind_title(kind)}
                    </button>
                })
                .collect_view()}
        </div>
    }
}
