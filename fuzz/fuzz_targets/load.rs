//! The loader must never panic, whatever the bytes: every input is either a valid document
//! or a list of problems that render as messages.
#![no_main]

use evaldesk::i18n::Lang;
use evaldesk::model::{Expect, parse_document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(problems) = parse_document(data, Expect::Either) {
        assert!(!problems.is_empty());
        for p in problems {
            let _ = p.render(Lang::Vi);
            let _ = p.render(Lang::En);
        }
    }
});
