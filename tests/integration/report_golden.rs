//! The report's words for the demo sessions, kept in tests/golden/: a change to the report
//! shows as a diff to review. After a deliberate change: `UPDATE_GOLDEN=1 cargo test --test
//! integration report_golden`, then read the diff before committing it.

use std::path::PathBuf;

use evaldesk::i18n::Lang;
use evaldesk::report::content::Report;
use evaldesk::report::settings::ReportSettings;
use evaldesk::scoring::{Aggregation, compute};

fn check(lang: Lang, file: &str) {
    let loaded = evaldesk::store::load_sessions(&[PathBuf::from("evaluations/demo")]);
    assert!(loaded.bad.is_empty());
    let sessions: Vec<_> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
    let r = compute(&sessions, Aggregation::Mean);
    let settings = ReportSettings {
        parent: Some("UBND tỉnh Ninh Bình".into()),
        agency: Some("Sở Thông tin và Truyền thông".into()),
        agency_short: Some("STTTT".into()),
        place: Some("Ninh Bình".into()),
        date: Some("2015-04-22".into()),
        ..ReportSettings::default()
    };
    let counted: Vec<_> = sessions.iter().collect();
    let text = Report::build(&r, &counted, &settings, lang).to_text();
    let path = PathBuf::from("tests/golden").join(file);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let golden = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", path.display()));
    if text != golden {
        let first = text
            .lines()
            .zip(golden.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(text.lines().count().min(golden.lines().count()));
        panic!(
            "{} differs from the report, first at line {}:\n  report: {:?}\n  golden: {:?}",
            path.display(),
            first + 1,
            text.lines().nth(first),
            golden.lines().nth(first)
        );
    }
}

#[test]
fn the_vietnamese_report_reads_as_reviewed() {
    check(Lang::Vi, "report-vi.txt");
}

#[test]
fn the_english_report_reads_as_reviewed() {
    check(Lang::En, "report-en.txt");
}
