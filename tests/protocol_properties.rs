//! The worker protocol: every request and reply comes back out of its own
//! encoding unchanged, and no input makes a decoder panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use pushpull::core::bench::Timing;
use pushpull::core::protocol::{Panel, Reply, Request};

/// Any text, newlines and separators included.
fn text() -> impl Strategy<Value = String> {
    any::<String>()
}

/// Each arm names one variant: a new variant does not compile here until
/// the strategies below generate it too.
fn variant_of_request(request: &Request) -> usize {
    match request {
        Request::Hello { .. } => 0,
        Request::Decide { .. } => 1,
        Request::Record { .. } => 2,
        Request::Import { .. } => 3,
        Request::Bench { .. } => 4,
        Request::Supersede { .. } => 5,
        Request::Scan { .. } => 6,
    }
}

fn variant_of_reply(reply: &Reply) -> usize {
    match reply {
        Reply::Ready { .. } => 0,
        Reply::Decided(_) => 1,
        Reply::Recorded { .. } => 2,
        Reply::Imported { .. } => 3,
        Reply::Error(_) => 4,
        Reply::Timings(_) => 5,
        Reply::Superseding { .. } => 6,
        Reply::Scanned { .. } => 7,
    }
}

fn request() -> impl Strategy<Value = Request> {
    prop_oneof![
        (text(), text()).prop_map(|(base, site_url)| Request::Hello { base, site_url }),
        text().prop_map(|answers| Request::Decide { answers }),
        (text(), proptest::option::of(any::<bool>())).prop_map(|(answers, form_shown)| {
            Request::Record {
                answers,
                form_shown,
            }
        }),
        (text(), text()).prop_map(|(text, file)| Request::Import { text, file }),
        text().prop_map(|today| Request::Supersede { today }),
        (any::<u32>(), ".*").prop_map(|(runs, index)| Request::Bench { runs, index }),
        (
            proptest::collection::vec((text(), text()), 0..6),
            proptest::collection::vec((text(), text()), 0..3)
        )
            .prop_map(|(files, not_read)| Request::Scan { files, not_read }),
    ]
}

fn panel() -> impl Strategy<Value = Panel> {
    (
        (text(), any::<bool>(), text(), text()),
        (
            text(),
            text(),
            text(),
            proptest::collection::vec(text(), 0..12),
        ),
    )
        .prop_map(
            |(
                (class, uses_gitops, headline, strength),
                (announcement, html, participants, votes),
            )| Panel {
                class,
                uses_gitops,
                headline,
                strength,
                announcement,
                html,
                participants,
                votes,
            },
        )
}

fn timing() -> impl Strategy<Value = Timing> {
    (text(), proptest::collection::vec(any::<u32>(), 0..20))
        .prop_map(|(work, micros)| Timing { work, micros })
}

fn reply() -> impl Strategy<Value = Reply> {
    prop_oneof![
        (any::<u32>(), text()).prop_map(|(version, build)| Reply::Ready { version, build }),
        panel().prop_map(Reply::Decided),
        (
            text(),
            text(),
            text(),
            any::<bool>(),
            proptest::option::of(text()),
            text(),
            proptest::option::of((text(), text()))
        )
            .prop_map(
                |(file_name, markdown, preview, uses_gitops, form, supersede, marked)| {
                    Reply::Recorded {
                        file_name,
                        markdown,
                        preview,
                        uses_gitops,
                        form,
                        supersede,
                        marked,
                    }
                }
            ),
        (text(), text()).prop_map(|(encoded, notice)| Reply::Superseding { encoded, notice }),
        (
            text(),
            proptest::option::of(text()),
            proptest::option::of(text()),
            any::<bool>()
        )
            .prop_map(
                |(encoded, recorded, current, earlier_version)| Reply::Imported {
                    encoded,
                    recorded,
                    current,
                    earlier_version,
                }
            ),
        (
            text(),
            text(),
            proptest::collection::vec((text(), text()), 0..6)
        )
            .prop_map(|(report, answers, sources)| Reply::Scanned {
                report,
                answers,
                sources
            }),
        text().prop_map(Reply::Error),
        proptest::collection::vec(timing(), 0..5).prop_map(Reply::Timings),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_request_round_trips(request in request()) {
        prop_assert!(variant_of_request(&request) < 7);
        prop_assert_eq!(Request::decode(&request.encode()), Ok(request));
    }

    #[test]
    fn every_reply_round_trips(reply in reply()) {
        prop_assert!(variant_of_reply(&reply) < 8);
        prop_assert_eq!(Reply::decode(&reply.encode()), Ok(reply));
    }

    #[test]
    fn any_text_decodes_without_panicking(message in text()) {
        let _ = Request::decode(&message);
        let _ = Reply::decode(&message);
    }

    #[test]
    fn cut_or_grown_messages_decode_without_panicking(
        request in request(),
        reply in reply(),
        cut in any::<usize>(),
        extra in text(),
    ) {
        for message in [request.encode(), reply.encode()] {
            let mut end = cut % (message.len() + 1);
            while !message.is_char_boundary(end) {
                end -= 1;
            }
            let _ = Request::decode(&message[..end]);
            let _ = Reply::decode(&message[..end]);
            let grown = format!("{message}{extra}");
            let _ = Request::decode(&grown);
            let _ = Reply::decode(&grown);
        }
        // Every field is length-prefixed: text after the last one is refused.
        if !extra.is_empty() {
            let grown = request.encode() + &extra;
            prop_assert!(Request::decode(&grown).is_err());
        }
    }
}
