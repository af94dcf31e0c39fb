//! The spreadsheet import must never panic, whatever the bytes, read as any of the formats
//! it takes: every input is a checklist or problems that render as messages. Memory stays
//! bounded by the import's limits (`evaldesk::spreadsheet::limits`); libFuzzer's -rss_limit_mb
//! (2 GB by default) catches a reading that would go past them.
#![no_main]

use std::path::Path;

use evaldesk::i18n::Lang;
use evaldesk::model::{Checklist, Text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, bytes)) = data.split_first() else {
        return;
    };
    let name = ["x.xlsx", "x.csv", "x.ods", "x.xls", "x"][which as usize % 5];
    let base = Checklist::blank("fuzz", Text::Plain("Fuzz".into()));
    match evaldesk::spreadsheet::import_bytes(Path::new(name), bytes, &base) {
        Ok(imported) => {
            for m in imported.msgs(Path::new(name)) {
                let _ = m.text(Lang::Vi);
            }
        }
        Err(bad) => {
            assert!(!bad.problems.is_empty());
            let _ = bad.lines(Lang::Vi);
            let _ = bad.lines(Lang::En);
        }
    }
});
