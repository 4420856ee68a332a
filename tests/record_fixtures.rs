#![cfg(not(target_arch = "wasm32"))]
//! Records written by earlier releases still load and still hold. The files
//! in `tests/fixtures/v2-comment-trailer/` are the goldens as they were when
//! the embedded answers were an HTML comment (`<!-- pushpull-record … -->`),
//! before they became a Markdown link reference definition; they are kept
//! unchanged.

mod common;
use common::{fixture, FIXTURE_SAMPLES};

use pushpull::core::engine::evaluate;
use pushpull::core::record::import::import;

#[test]
fn records_with_a_comment_trailer_load_and_still_hold() {
    for (name, pattern) in FIXTURE_SAMPLES {
        let text =
            std::fs::read_to_string(fixture(&format!("v2-comment-trailer/{name}.md"))).unwrap();
        assert!(
            text.contains("<!-- pushpull-record v=2&"),
            "{name} embeds codec v2 in an HTML comment"
        );
        let imported = import(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!imported.earlier_version, "{name} is codec v2");
        assert_eq!(evaluate(&imported.answers).pattern, Some(pattern), "{name}");
        assert!(!imported.details.organisation.is_empty(), "{name}");
        assert!(
            !imported.drifted(),
            "{name}: recorded {:?}, today {:?}",
            imported.recorded_choice,
            imported.current_choice
        );
    }
}
