//! The workbook recalculated by another program: LibreOffice opens it, computes every formula
//! again and writes each sheet as CSV; the totals and global weights it computed must be the
//! program's. The other tests read only the results the writer cached beside its formulas,
//! which Excel throws away and recomputes: a formula pointing at a wrong column would pass
//! them. LibreOffice reads cached results of an Excel file by default, so it runs here with a
//! profile of its own that says "always recalculate", and every run proves it did with a
//! canary workbook whose cached result is wrong on purpose.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rust_xlsxwriter::{Formula, Workbook};

use crate::i18n::{Lang, Msg, tr};
use crate::model::{Session, parse_session};
use crate::scoring::{self, Aggregation, Results};

/// What to tell someone whose machine lacks LibreOffice (CI installs it in `.ci/run`).
const INSTALL: &str = "LibreOffice is needed to recalculate the workbook: install it \
    (Debian/Ubuntu: apt-get install -y libreoffice-calc-nogui) or set EVALDESK_SOFFICE to \
    its soffice program";

/// LibreOffice's `soffice`: $EVALDESK_SOFFICE, else on the PATH, else where its packages
/// put it.
fn soffice() -> PathBuf {
    if let Some(p) = std::env::var_os("EVALDESK_SOFFICE") {
        return PathBuf::from(p);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let on_path = std::env::split_paths(&path)
        .flat_map(|d| [d.join("soffice"), d.join("libreoffice")])
        .find(|p| p.is_file());
    let known = [
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ]
    .map(PathBuf::from);
    on_path
        .or_else(|| known.into_iter().find(|p| p.is_file()))
        .unwrap_or_else(|| panic!("{INSTALL}"))
}

/// LibreOffice's setting "Recalculation on file load: Excel 2007 and newer": 0 is always
/// (its default, 1, is never: the cached results would be read back as they were written).
const ALWAYS_RECALCULATE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#;

/// Every sheet of a workbook as LibreOffice recalculated it: (sheet name, rows of cells).
type Sheets = Vec<(String, Vec<Vec<String>>)>;

/// The canary: 5 in A1, `=A1*2` in B1 with 99 cached. Recalculated, B1 says 10.
fn canary(dir: &Path) -> PathBuf {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Canary").unwrap();
    ws.write_number(0, 0, 5.0).unwrap();
    ws.write_formula(0, 1, Formula::new("=A1*2").set_result("99"))
        .unwrap();
    let path = dir.join("canary.xlsx");
    wb.save(&path).unwrap();
    path
}

/// Each of `books` recalculated by LibreOffice, their sheets in the order of `books`. Panics
/// unless the canary converted with them was recalculated.
fn recalculated(dir: &Path, books: &[PathBuf]) -> Vec<Sheets> {
    let profile = dir.join("profile");
    std::fs::create_dir_all(profile.join("user")).unwrap();
    std::fs::write(
        profile.join("user/registrymodifications.xcu"),
        ALWAYS_RECALCULATE,
    )
    .unwrap();
    let out = dir.join("csv");
    let canary = canary(dir);
    // CSV: comma, double quotes, UTF-8, from line 1, the language en-US (a full stop before
    // decimals whatever the machine's locale), the values themselves rather than as shown,
    // and every sheet (-1), each to <book>-<sheet>.csv.
    let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1";
    let mut command = Command::new(soffice());
    command
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            filter,
            "--outdir",
        ])
        .arg(&out)
        .arg(&canary)
        .args(books)
        .stdin(Stdio::null());
    run(command, &dir.join("soffice.log"));
    let canary = sheets(&out, &canary);
    let b1 = canary.first().and_then(|(_, rows)| rows.first()?.get(1));
    assert_eq!(
        b1.map(String::as_str),
        Some("10"),
        "LibreOffice did not recalculate (it read the cached 99 back): {canary:?}"
    );
    books.iter().map(|b| sheets(&out, b)).collect()
}

/// Runs LibreOffice, within two minutes (a first start on two busy cores takes seconds), what
/// it says kept in `log`.
fn run(mut command: Command, log: &Path) {
    let file = std::fs::File::create(log).unwrap();
    command.stdout(file.try_clone().unwrap()).stderr(file);
    let mut child = command
        .spawn()
        .unwrap_or_else(|e| panic!("{INSTALL} ({e})"));
    let said = || std::fs::read_to_string(log).unwrap_or_default();
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(
                status.success(),
                "soffice --convert-to: {status}\n{}",
                said()
            );
            return;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("soffice --convert-to took over two minutes:\n{}", said());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The CSV files LibreOffice wrote for `book`, one per sheet.
fn sheets(out: &Path, book: &Path) -> Sheets {
    let stem = book.file_stem().unwrap().to_string_lossy().into_owned();
    let prefix = format!("{stem}-");
    let mut found: Sheets = std::fs::read_dir(out)
        .unwrap()
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().into_owned();
            let sheet = name.strip_prefix(&prefix)?.strip_suffix(".csv")?.to_owned();
            let mut reader = ::csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_path(out.join(&name))
                .unwrap();
            let rows = reader
                .records()
                .map(|r| r.unwrap().iter().map(str::to_owned).collect())
                .collect();
            Some((sheet, rows))
        })
        .collect();
    found.sort();
    assert!(!found.is_empty(), "no CSV of {stem} in {}", out.display());
    found
}

/// The rows of `sheet`, and the column headed `heading`.
fn column(sheets: &Sheets, sheet: Msg, heading: Msg, lang: Lang) -> Vec<&str> {
    let (sheet, heading) = (sheet.text(lang), heading.text(lang));
    let (_, rows) = sheets
        .iter()
        .find(|(name, _)| *name == sheet)
        .unwrap_or_else(|| panic!("no sheet {sheet}"));
    let col = rows[0]
        .iter()
        .position(|h| *h == heading)
        .unwrap_or_else(|| panic!("no column {heading} in {sheet}: {:?}", rows[0]));
    rows[1..]
        .iter()
        .map(|row| row.get(col).map_or("", String::as_str))
        .collect()
}

/// A cell's value as LibreOffice writes it: in full, though a percentage keeps its sign
/// ("3.6%").
fn number(cell: &str, what: &str) -> f64 {
    let (digits, scale) = match cell.strip_suffix('%') {
        Some(digits) => (digits, 0.01),
        None => (cell, 1.0),
    };
    let x: f64 = digits
        .parse()
        .unwrap_or_else(|_| panic!("{what}: {cell:?} is not a number"));
    x * scale
}

/// The sessions of a bundled demo folder and their results.
fn demo(folder: &str, aggregation: Aggregation) -> (Vec<Session>, Results) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".evaluation.json"))
        .collect();
    files.sort();
    let sessions: Vec<Session> = files
        .iter()
        .map(|p| parse_session(&std::fs::read(p).unwrap()).unwrap())
        .collect();
    let results = scoring::compute(&sessions, aggregation);
    (sessions, results)
}

/// The recalculated totals are the program's, candidate by candidate, and so are the global
/// weights, criterion by criterion.
fn check(sheets: &Sheets, r: &Results, lang: Lang) {
    let names = column(
        sheets,
        tr::sheet_totals(),
        tr::candidate(r.checklist.subject()),
        lang,
    );
    let totals = column(sheets, tr::sheet_totals(), tr::total(), lang);
    assert_eq!(names.len(), r.candidates.len(), "{names:?}");
    for (c, (name, total)) in r.candidates.iter().zip(names.iter().zip(&totals)) {
        assert_eq!(*name, c.name.get(lang));
        let recalculated = number(total, &format!("the total of {name}"));
        assert!(
            (recalculated - c.total).abs() < 1e-9,
            "{name}: LibreOffice computes {recalculated}, the program {}",
            c.total
        );
    }
    let global = column(sheets, tr::sheet_weights(), tr::col_global_weight(), lang);
    assert_eq!(global.len(), r.criteria.len());
    for (row, cell) in r.criteria.iter().zip(&global) {
        let (_, group) = r
            .group_weights
            .iter()
            .find(|(g, _)| *g == row.group)
            .unwrap();
        let recalculated = number(cell, &format!("the global weight of {}", row.id));
        assert!(
            (recalculated - group * row.weight).abs() < 1e-12,
            "{}: LibreOffice computes {recalculated}, the program {}",
            row.id,
            group * row.weight
        );
    }
}

#[test]
fn libreoffice_recalculates_rather_than_reading_the_cached_results() {
    // The test of the test: `recalculated` checks the canary itself; here it runs alone so
    // that a LibreOffice which stopped recalculating fails under this test's name too.
    let dir = tempfile::tempdir().unwrap();
    assert!(recalculated(dir.path(), &[]).is_empty());
}

#[test]
fn the_totals_and_weights_excel_recalculates_are_the_programs() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("evaluations/demo", Aggregation::Mean, Lang::Vi),
        ("evaluations/demo-agencies", Aggregation::Median, Lang::En),
    ];
    let mut books = Vec::new();
    let mut results = Vec::new();
    for (i, (folder, aggregation, lang)) in cases.into_iter().enumerate() {
        let (sessions, r) = demo(folder, aggregation);
        let refs: Vec<&Session> = sessions.iter().collect();
        let bytes = super::xlsx(&r, &refs, lang).unwrap();
        let path = dir.path().join(format!("book{i}.xlsx"));
        std::fs::write(&path, bytes).unwrap();
        books.push(path);
        results.push((r, lang));
    }
    let recalculated = recalculated(dir.path(), &books);
    for (sheets, (r, lang)) in recalculated.iter().zip(&results) {
        check(sheets, r, *lang);
    }
}
