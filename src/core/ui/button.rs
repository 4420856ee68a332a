//! The one way views draw a control that asks for an [`Action`].

use maud::{html, Markup, Render};

use super::action::{Action, Encoded};

/// A `<button type="button">` that asks for `action` when pressed.
pub struct ActionButton<'a> {
    pub action: Action,
    pub class: &'a str,
    pub id: Option<String>,
    pub disabled: bool,
}

impl<'a> ActionButton<'a> {
    pub fn new(action: Action, class: &'a str) -> Self {
        ActionButton {
            action,
            class,
            id: None,
            disabled: false,
        }
    }

    pub fn id(mut self, id: String) -> Self {
        self.id = Some(id);
        self
    }

    pub fn disabled(mut self, disabled: bool) -> Self {
        self.disabled = disabled;
        self
    }

    /// The button with `label` inside.
    pub fn label(self, label: impl Render) -> Markup {
        self.with_markup(label.render())
    }

    // Not generic, so that the wasm holds one copy.
    fn with_markup(self, label: Markup) -> Markup {
        let Encoded { action, arg } = self.action.encode();
        html! {
            button type="button" class=(self.class) id=[self.id] data-action=(action) data-arg=[arg] disabled[self.disabled] { (label) }
        }
    }
}

/// The attributes a rendered button carries for `action`, for tests that
/// look for it in a view's HTML.
#[cfg(test)]
pub(crate) fn rendered_attrs(action: Action) -> String {
    let Encoded { action, arg } = action.encode();
    match arg {
        Some(arg) => format!(r#"data-action="{action}" data-arg="{arg}""#),
        None => format!(r#"data-action="{action}""#),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::questions::QuestionId;

    #[test]
    fn renders_the_encoded_action() {
        let html = ActionButton::new(Action::Clear(QuestionId::Clusters), "link-button")
            .id("clear-clusters".into())
            .disabled(true)
            .label("Clear <all>")
            .into_string();
        assert_eq!(
            html,
            r#"<button type="button" class="link-button" id="clear-clusters" data-action="clear" data-arg="clusters" disabled>Clear &lt;all&gt;</button>"#
        );
    }
}
