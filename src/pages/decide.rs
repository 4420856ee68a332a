//! `/decide`: the questionnaire beside a live recommendation.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::app::SiteBase;
use crate::components::questions::QuestionCard;
use crate::components::recommendation::Recommendation;
use crate::core::decide::questionnaire::GROUPS;

#[component]
pub fn DecidePage() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    view! {
        <Title text="Decide" />
        <Meta name="description" content="Answer questions about your clusters, targets and constraints and get an explained pick: pipeline deploys, GitOps or a hybrid." />
        <div class="decide">
            <header class="decide__intro">
                <h1>"Decide"</h1>
                <p class="lead">
                    "Answer what you know; skip what you don't. The recommendation on the right follows every answer and shows the rules behind it, "
                    <a href=base.href("/docs/how-to-pick")>"as the guide explains them"</a>"."
                </p>
            </header>
            <form class="decide__questions" aria-label="Questionnaire" on:submit=|event| event.prevent_default()>
                {GROUPS
                    .iter()
                    .map(|group| view! {
                        <section class="question-group" aria-labelledby=format!("group-{}", group.id)>
                            <h2 id=format!("group-{}", group.id)>{group.title}</h2>
                            <p class="question-group__intro">{group.intro}</p>
                            {group.questions.iter().map(|&question| view! { <QuestionCard question /> }).collect_view()}
                        </section>
                    })
                    .collect_view()}
            </form>
            <Recommendation />
        </div>
    }
}
