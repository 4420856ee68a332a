//! The shell's first inline script names the saved state's storage key and
//! the class that hides the pre-rendered questionnaire while saved answers
//! wait to be drawn: both must stay the ones the app uses.

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
    let css =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/decide.css")).unwrap();
    assert!(css.contains(&format!("html.{} #{}", ids::RESTORING, ids::QUESTIONNAIRE)));
}
