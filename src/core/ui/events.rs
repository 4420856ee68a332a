//! Which DOM event reports a user's change of which control, so that one
//! change is handled once: browsers fire `click`, `input` and `change` for
//! a single press on a radio button.

/// The events the shell listens to on a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormEvent {
    Click,
    Input,
    Change,
}

/// The kind of element an event landed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ControlKind {
    /// Typed into: text, number, date, search inputs and text areas.
    Typed,
    /// Radio buttons and checkboxes.
    Toggle,
    Select,
    File,
    /// Anything else (buttons, labels, the form itself).
    Other,
}

impl ControlKind {
    /// The kind of an element from its tag name (any case) and, for
    /// `<input>`, its `type` attribute.
    pub fn of(tag: &str, input_type: &str) -> ControlKind {
        match tag.to_ascii_lowercase().as_str() {
            "textarea" => ControlKind::Typed,
            "select" => ControlKind::Select,
            "input" => match input_type.to_ascii_lowercase().as_str() {
                "radio" | "checkbox" => ControlKind::Toggle,
                "file" => ControlKind::File,
                "button" | "submit" | "reset" | "image" | "hidden" => ControlKind::Other,
                _ => ControlKind::Typed,
            },
            _ => ControlKind::Other,
        }
    }
}

/// Whether `event` on a control of `kind` is the one that carries its
/// change: `input` for what is typed (every keystroke counts), `change`
/// for what is picked. Clicks carry only actions (see [`super::Action`]).
pub fn carries_change(event: FormEvent, kind: ControlKind) -> bool {
    matches!(
        (event, kind),
        (FormEvent::Input, ControlKind::Typed)
            | (
                FormEvent::Change,
                ControlKind::Toggle | ControlKind::Select | ControlKind::File
            )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The events a browser fires for one user change of each control.
    const FIRED: [(&str, &str, &[FormEvent]); 7] = [
        (
            "INPUT",
            "radio",
            &[FormEvent::Click, FormEvent::Input, FormEvent::Change],
        ),
        (
            "INPUT",
            "checkbox",
            &[FormEvent::Click, FormEvent::Input, FormEvent::Change],
        ),
        ("SELECT", "", &[FormEvent::Input, FormEvent::Change]),
        ("INPUT", "number", &[FormEvent::Input]),
        ("INPUT", "text", &[FormEvent::Input]),
        ("TEXTAREA", "", &[FormEvent::Input]),
        ("INPUT", "file", &[FormEvent::Input, FormEvent::Change]),
    ];

    #[test]
    fn one_user_change_is_handled_once() {
        for (tag, kind, fired) in FIRED {
            let kind = ControlKind::of(tag, kind);
            let handled = fired.iter().filter(|e| carries_change(**e, kind)).count();
            assert_eq!(handled, 1, "{tag} {kind:?}");
        }
    }

    #[test]
    fn leaving_a_typed_field_and_clicks_change_nothing() {
        let typed = ControlKind::of("input", "number");
        assert!(
            !carries_change(FormEvent::Change, typed),
            "blur after typing"
        );
        assert!(!carries_change(
            FormEvent::Click,
            ControlKind::of("input", "radio")
        ));
        assert!(!carries_change(
            FormEvent::Input,
            ControlKind::of("button", "")
        ));
        assert_eq!(ControlKind::of("input", "submit"), ControlKind::Other);
        assert_eq!(ControlKind::of("input", ""), ControlKind::Typed);
    }
}
