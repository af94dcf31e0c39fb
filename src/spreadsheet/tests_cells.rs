//! The import reads what the user sees: percentages, dates, formulas' saved results, the
//! first visible sheet, hidden rows; and a sheet or file of any size is read within bounded
//! memory or refused at once. Test files are built here with rust_xlsxwriter (and by hand
//! with zip where a writer would not make them).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet};

use super::*;
use crate::i18n::Lang;
use crate::model::Checklist;

const HEADER: [&str; 9] = [
    "group",
    "group_title_vi",
    "id",
    "title_vi",
    "kind",
    "mandatory",
    "threshold",
    "weight",
    "better",
];

fn base() -> Checklist {
    Checklist::blank("thu", crate::model::Text::Plain("Thử".into()))
}

/// A criteria sheet of two rows: G1.1 (mandatory, threshold 2) and G1.2.
fn criteria(ws: &mut Worksheet) {
    for (c, name) in HEADER.iter().enumerate() {
        ws.write_string(0, c as u16, *name).unwrap();
    }
    for (r, row) in [
        ["G1", "Hạ tầng", "G1.1", "Máy tính", "scale", "yes"],
        ["G1", "", "G1.2", "Mạng", "scale", "no"],
    ]
    .iter()
    .enumerate()
    {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                ws.write_string(r as u32 + 1, c as u16, *text).unwrap();
            }
        }
    }
    ws.write_number(1, 6, 2.0).unwrap();
}

fn save(dir: &Path, name: &str, mut wb: Workbook) -> PathBuf {
    let path = dir.join(name);
    wb.save(&path).unwrap();
    path
}

/// The problems, each without the file's name.
fn problems(path: &Path) -> Vec<String> {
    import_file(path, &base())
        .expect_err("the sheet is refused")
        .lines(Lang::En)
        .into_iter()
        .map(|line| line.split_once(": ").unwrap().1.to_owned())
        .collect()
}

#[test]
fn a_formatted_empty_cell_at_xfd1048576_does_not_stop_the_import() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    criteria(ws);
    // What Excel keeps of a cell once formatted: the range now reaches the sheet's last cell.
    ws.write_blank(1_048_575, 16_383, &Format::new().set_bold())
        .unwrap();
    let path = save(dir.path(), "stray.xlsx", wb);
    let started = Instant::now();
    let imported = import_file(&path, &base()).unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(imported.checklist.criteria_count(), 2);
}

/// The issue's file: a value at A1 and one at XFD1048576. Read as calamine's range, this
/// asked for 549,755,813,888 bytes (512 GiB) and aborted.
#[test]
fn a_value_beyond_the_rows_and_columns_read_is_refused_naming_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    criteria(ws);
    ws.write_string(1_048_575, 16_383, "x").unwrap();
    let path = save(dir.path(), "stray-value.xlsx", wb);
    let lines = problems(&path);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("the cell XFD1048576 holds a value beyond the first 10,000 rows and 100 columns (A to CV)"), "{lines:?}");
}

#[test]
fn a_csv_line_of_a_million_fields_is_refused_and_empty_fields_past_the_limit_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wide.csv");
    let mut file = std::fs::File::create(&path).unwrap();
    writeln!(file, "{}", HEADER.join(",")).unwrap();
    writeln!(
        file,
        "G1,Hạ tầng,G1.1,Máy tính,scale,no,,{}",
        ",".repeat(1_000_000)
    )
    .unwrap();
    drop(file);
    assert_eq!(
        import_file(&path, &base())
            .unwrap()
            .checklist
            .criteria_count(),
        1
    );

    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap();
    writeln!(file, "G1,,G1.2,Mạng{}x", ",".repeat(999_999)).unwrap();
    drop(file);
    let lines = problems(&path);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("the cell "), "{lines:?}");
    assert!(lines[0].contains("3 holds a value beyond"), "{lines:?}");
}

#[test]
fn a_weight_excel_stored_as_a_date_is_refused_with_its_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    criteria(ws);
    // `1/2` typed where the day comes first: the 1st of February 2026, day 46054.
    ws.write_number_with_format(2, 7, 46054.0, &Format::new().set_num_format("d/m"))
        .unwrap();
    let path = save(dir.path(), "date.xlsx", wb);
    assert_eq!(
        problems(&path),
        [
            "sheet “Sheet1”, row 3, column H (weight): this cell holds a date (2026-02-01) where a number belongs: Excel turns 1/2 typed in a cell into a date; write the number as a decimal (0.5)"
        ]
    );
}

#[test]
fn fifty_percent_in_a_workbook_is_fifty_as_in_csv() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    criteria(ws);
    // A share of documents sent electronically, at least 50 %.
    ws.write_string(1, 4, "numeric").unwrap();
    ws.write_string(1, 8, "higher").unwrap();
    ws.write_number_with_format(1, 6, 0.5, &Format::new().set_num_format("0%"))
        .unwrap();
    ws.write_number_with_format(2, 7, 0.07, &Format::new().set_num_format("0.0%"))
        .unwrap();
    let xlsx = save(dir.path(), "percent.xlsx", wb);
    let csv = dir.path().join("percent.csv");
    std::fs::write(
        &csv,
        format!(
            "{}\nG1,Hạ tầng,G1.1,Máy tính,numeric,yes,50%,,higher\nG1,,G1.2,Mạng,scale,no,,7%,\n",
            HEADER.join(",")
        ),
    )
    .unwrap();
    let from_xlsx = import_file(&xlsx, &base()).unwrap().checklist;
    let from_csv = import_file(&csv, &base()).unwrap().checklist;
    assert_eq!(from_xlsx.groups[0].criteria[0].threshold, Some(50.0));
    assert_eq!(from_xlsx.groups[0].criteria[1].weight, Some(7.0));
    assert_eq!(from_xlsx, from_csv);
}

#[test]
fn the_first_visible_sheet_is_read_and_named_and_hidden_rows_are_kept_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let last_year = wb.add_worksheet().set_name("2025").unwrap();
    criteria(last_year);
    last_year.write_string(1, 3, "Tiêu chí năm ngoái").unwrap();
    last_year.set_hidden(true);
    let this_year = wb.add_worksheet().set_name("2026").unwrap();
    criteria(this_year);
    this_year.set_row_hidden(2).unwrap();
    this_year.set_active(true);
    let path = save(dir.path(), "two-years.xlsx", wb);
    let imported = import_file(&path, &base()).unwrap();
    let c = &imported.checklist;
    assert_eq!(c.groups[0].criteria[0].title.get(Lang::Vi), "Máy tính");
    assert_eq!(imported.sheet.as_deref(), Some("2026"));
    assert_eq!(imported.hidden_rows, [3]);
    let said: Vec<String> = imported
        .msgs(&path)
        .iter()
        .map(|m| m.text(Lang::En))
        .collect();
    assert_eq!(
        said[1..],
        [
            "Criteria read from the sheet “2026” (the first visible sheet).",
            "The hidden sheet “2025” before it was not read.",
            "Row 3 is hidden in the sheet; it was imported like the others (unhide it in Excel to see it, or delete it if it is not a criterion).",
        ]
    );
}

#[test]
fn a_formula_gives_its_saved_result_and_one_without_a_result_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    criteria(ws);
    ws.write_formula(1, 7, Formula::new("=10*2").set_result("20"))
        .unwrap();
    let path = save(dir.path(), "cached.xlsx", wb);
    let c = import_file(&path, &base()).unwrap().checklist;
    assert_eq!(c.groups[0].criteria[0].weight, Some(20.0));

    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    criteria(ws);
    ws.set_formula_result_default("");
    ws.write_formula(1, 7, "=10*2").unwrap();
    ws.write_formula(2, 2, "=\"G1.\"&2").unwrap();
    let path = save(dir.path(), "uncached.xlsx", wb);
    let refusal = "this cell holds a formula whose result was never saved: open the file in Excel (or LibreOffice), save it, and import it again";
    assert_eq!(
        problems(&path),
        [
            format!("sheet “Sheet1”, row 2, column H (weight): {refusal}"),
            format!("sheet “Sheet1”, row 3, column C (id): {refusal}"),
        ]
    );
}

/// An archive whose one sheet declares more than can be unpacked within the limit.
#[test]
fn a_workbook_that_unpacks_to_more_than_the_limit_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    criteria(wb.add_worksheet());
    let path = save(dir.path(), "big.xlsx", wb);
    // The same workbook with a large comment padding its shared strings.
    let bytes = std::fs::read(&path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut content = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut content).unwrap();
        if name == "xl/sharedStrings.xml" {
            let pad = format!("<!--{}-->", " ".repeat(40 << 20));
            content.splice(0..0, pad.into_bytes());
        }
        out.start_file(name, options).unwrap();
        out.write_all(&content).unwrap();
    }
    let packed = out.finish().unwrap().into_inner();
    assert!(packed.len() < 1 << 20, "{}", packed.len());
    std::fs::write(&path, packed).unwrap();
    assert_eq!(
        problems(&path),
        [
            "the file is too large to be a sheet of criteria: unpacked, its sheets hold more than 32 MB or span more than 2,000,000 cells"
        ]
    );
}

const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;

#[test]
fn an_ods_row_repeated_a_million_times_is_refused_before_it_is_laid_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("repeat.ods");
    let content = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
    let mut out = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file("mimetype", stored).unwrap();
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    out.start_file("content.xml", stored).unwrap();
    out.write_all(content.as_bytes()).unwrap();
    out.start_file("META-INF/manifest.xml", stored).unwrap();
    out.write_all(MANIFEST.as_bytes()).unwrap();
    out.finish().unwrap();
    let started = Instant::now();
    let lines = problems(&path);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("the cell XFD1048576 holds a value beyond"),
        "{lines:?}"
    );
}

#[test]
fn an_ods_sheet_is_read_with_its_percent_cells_and_hidden_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tieu-chi.ods");
    let cell = |t: &str| {
        format!(
            r#"<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>"#
        )
    };
    let row = |cells: &[&str], extra: &str| {
        let mut s = String::from("<table:table-row>");
        for c in cells {
            s += &if c.is_empty() {
                "<table:table-cell/>".to_string()
            } else {
                cell(c)
            };
        }
        s += extra;
        s + "</table:table-row>"
    };
    let mut rows = row(&HEADER, "");
    let percent = r#"<table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50%</text:p></table:table-cell><table:table-cell/>"#;
    rows += &row(
        &["G1", "Hạ tầng", "G1.1", "Máy tính", "numeric", "yes"],
        &format!("{percent}{}", cell("higher")),
    );
    rows += &row(&["G1", "", "G1.2", "Mạng", "scale", "no"], "").replacen(
        "<table:table-row>",
        r#"<table:table-row table:visibility="collapse">"#,
        1,
    );
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="tieu-chi">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let mut out = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    out.start_file("mimetype", stored).unwrap();
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    out.start_file("content.xml", stored).unwrap();
    out.write_all(content.as_bytes()).unwrap();
    out.start_file("META-INF/manifest.xml", stored).unwrap();
    out.write_all(MANIFEST.as_bytes()).unwrap();
    out.finish().unwrap();
    let imported = import_file(&path, &base()).unwrap();
    assert_eq!(
        imported.checklist.groups[0].criteria[0].threshold,
        Some(50.0)
    );
    assert_eq!(imported.hidden_rows, [3]);
    assert_eq!(imported.sheet.as_deref(), Some("tieu-chi"));
}

#[test]
fn any_bytes_as_any_format_give_a_checklist_or_problems_never_a_panic() {
    let mut wb = Workbook::new();
    criteria(wb.add_worksheet());
    let xlsx = wb.save_to_buffer().unwrap();
    for name in ["x.xlsx", "x.ods", "x.xls", "x.csv", "x"] {
        for cut in [0, 1, 4, 30, 100, xlsx.len() / 2, xlsx.len() - 1] {
            let _ = import_bytes(Path::new(name), &xlsx[..cut], &base());
        }
        let _ = import_bytes(
            Path::new(name),
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            &base(),
        );
    }
}
