use leptos::prelude::*;

use crate::core::decide::answers::ImperativeSteps;
use crate::state::use_session;

type Flag = fn(&mut ImperativeSteps) -> &mut bool;

const STEPS: [(&str, &str, Flag); 3] = [
    ("migrations", "Database migrations", |s| &mut s.migrations),
    (
        "traffic-shifts",
        "Traffic shifts (canary, blue-green)",
        |s| &mut s.traffic_shifts,
    ),
    (
        "other-orchestration",
        "Other orchestration across systems",
        |s| &mut s.other_orchestration,
    ),
];

/// Checkboxes for the imperative steps, plus an explicit "none of these".
#[component]
pub fn StepsInput() -> impl IntoView {
    let session = use_session();
    let steps = move || session.answers.with(|a| a.imperative_steps);
    view! {
        <div class="choices">
            {STEPS
                .into_iter()
                .map(|(key, label, flag)| {
                    let id = format!("step-{key}");
                    let checked = move || steps().is_some_and(|mut s| *flag(&mut s));
                    view! {
                        <label class="choice">
                            <input type="checkbox" id=id prop:checked=checked
                                on:change=move |event| {
                                    let on = event_target_checked(&event);
                                    session.answers.update(|a| {
                                        let mut s = a.imperative_steps.unwrap_or(ImperativeSteps::NONE);
                                        *flag(&mut s) = on;
                                        a.imperative_steps = Some(s);
                                    });
                                } />
                            <span class="choice__label">{label}</span>
                        </label>
                    }
                })
                .collect_view()}
            <label class="choice" for="step-none">
                <input type="checkbox" id="step-none"
                    prop:checked=move || steps().is_some_and(|s| !s.any())
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        session.answers.update(|a| a.imperative_steps = on.then_some(ImperativeSteps::NONE));
                    } />
                <span class="choice__label">"None of these"</span>
                <span class="choice__hint">"Deploys only apply new versions."</span>
            </label>
        </div>
    }
}
