//! The shell's first inline script names the saved state's storage key and
//! the class that hides the pre-rendered questionnaire and record form while saved work
//! waits to be drawn: both must stay the ones the app uses. It also keeps a
//! file dropped before the app listens from opening in the tab.

use pushpull::core::saved_state::STORAGE_KEY;
use pushpull::core::ui::ids;

#[test]
fn the_shell_script_uses_the_apps_key_and_class() {
    let shell =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let script = shell
        .split("<script>")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("an inline script in the shell");
    assert!(
        script.contains(&format!("localStorage.getItem(\"{STORAGE_KEY}\")")),
        "{script}"
    );
    assert!(
        script.contains(&format!("classList.add(\"{}\")", ids::RESTORING)),
        "{script}"
    );
    let style = |file: &str| {
        std::fs::read_to_string(format!("{}/style/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    };
    assert!(style("decide.css").contains(&format!(
        "html.{} #{}",
        ids::RESTORING,
        ids::QUESTIONNAIRE
    )));
    assert!(style("record.css").contains(&format!(
        "html.{} #{}",
        ids::RESTORING,
        ids::RECORD_FORM
    )));
}

/// A file dropped before the app listens must not replace the page (and
/// the work in it) with the file.
#[test]
fn the_shell_script_keeps_early_drops_from_opening_the_file() {
    let shell =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    assert!(shell.contains(r#"["dragover","drop"].forEach(function(t){document.addEventListener(t,function(e){e.preventDefault()})})"#));
}
