use std::path::{Path, PathBuf};

use super::*;
use crate::model::{Checklist, WeightLevel, parse_checklist};

fn bundled(name: &str) -> Checklist {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/checklists")
        .join(name);
    parse_checklist(&std::fs::read(&path).unwrap()).unwrap()
}

fn template(ext: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("assets/templates/tieu-chi-mau.{ext}"))
}

/// What a criteria-only sheet is imported into: the bundled agency checklist without groups.
fn base() -> Checklist {
    let mut c = bundled("it-application.checklist.json");
    c.groups.clear();
    c
}

/// `UPDATE_TEMPLATES=1 cargo test spreadsheet` writes the sample sheets again from the bundled
/// agency checklist.
#[test]
fn the_sample_sheets_are_the_bundled_agency_checklist() {
    let agency = bundled("it-application.checklist.json");
    if std::env::var_os("UPDATE_TEMPLATES").is_some() {
        let bytes = write_xlsx(&agency, crate::i18n::Lang::Vi, Contents::CriteriaOnly).unwrap();
        std::fs::write(template("xlsx"), bytes).unwrap();
        std::fs::write(template("csv"), criteria_csv(&agency)).unwrap();
    }
    let from_xlsx = import_file(&template("xlsx"), &base()).unwrap().checklist;
    let from_csv = import_file(&template("csv"), &base()).unwrap().checklist;
    same(&from_xlsx, &from_csv);
    same(&from_xlsx, &agency);
}

#[test]
fn export_then_import_is_the_identity() {
    for name in ["dms-vn.checklist.json", "it-application.checklist.json"] {
        let mut c = bundled(name);
        c.set_ahp(WeightLevel::Groups, true);
        c.set_judgement(WeightLevel::Groups, 0, 1, 3.0);
        c.set_ahp(WeightLevel::Criteria(1), true);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.xlsx");
        export_xlsx(&path, &c, crate::i18n::Lang::En).unwrap();
        // The base says nothing: everything comes back from the workbook.
        let blank = Checklist::blank("other", "Other".into());
        same(&import_file(&path, &blank).unwrap().checklist, &c);
    }
}

/// Equal checklists, or the first place where they differ (a whole checklist is too long to
/// read in an assertion).
fn same(a: &Checklist, b: &Checklist) {
    fn first_difference(
        a: &serde_json::Value,
        b: &serde_json::Value,
        path: String,
    ) -> Option<String> {
        use serde_json::Value::*;
        match (a, b) {
            (Object(x), Object(y)) => {
                x.keys()
                    .chain(y.keys())
                    .find_map(|k| match (x.get(k), y.get(k)) {
                        (Some(p), Some(q)) => first_difference(p, q, format!("{path}.{k}")),
                        (p, q) => Some(format!("{path}.{k}: {p:?} ≠ {q:?}")),
                    })
            }
            (Array(x), Array(y)) if x.len() == y.len() => x
                .iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (p, q))| first_difference(p, q, format!("{path}[{i}]"))),
            _ => (a != b).then(|| format!("{path}: {a} ≠ {b}")),
        }
    }
    let (x, y) = (
        serde_json::to_value(a).unwrap(),
        serde_json::to_value(b).unwrap(),
    );
    if let Some(d) = first_difference(&x, &y, String::new()) {
        panic!("the checklists differ at {d}");
    }
    assert_eq!(a, b);
}

fn csv_problems(text: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tieu-chi.csv");
    std::fs::write(&path, text).unwrap();
    import_file(&path, &base())
        .expect_err("the sheet is malformed")
        .lines(crate::i18n::Lang::En)
        .into_iter()
        .map(|line| line.split_once(": ").unwrap().1.to_owned())
        .collect()
}

const HEADER: &str = "group,group_title_vi,id,title_vi,kind,better,mandatory,threshold,weight\n";

#[test]
fn each_malformed_row_is_named_with_its_row_and_column() {
    let text = format!(
        "{HEADER}\
         G1,Hạ tầng,G1.1,Máy tính,scale,,yes,2,3\n\
         G1,,G1.2,Mạng,sometimes,,,,2\n\
         G1,,G1.3,Thư điện tử,yes_no,,maybe,,\n\
         G1,,G1.4,Chi phí,numeric,cheaper,,,abc\n\
         G1,,,Không mã,scale,,,,\n\
         G2,Khác,G1.1,Trùng mã,scale,,,,\n"
    );
    let problems = csv_problems(&text);
    assert_eq!(
        problems,
        [
            "row 3, column E (kind): “sometimes” is not a kind of criterion: write scale, yes_no or numeric",
            "row 4, column G (mandatory): “maybe” is not yes or no (write yes or no)",
            "row 5, column F (better): “cheaper” is not a direction: write lower (lower is better) or higher",
            "row 5, column I (weight): “abc” is not a number",
            "row 6, column C (id): this cell is empty and must have a value",
        ]
    );
}

#[test]
fn what_validate_finds_is_placed_at_the_row_it_comes_from() {
    let text = format!(
        "{HEADER}\
         G1,Hạ tầng,G1.1,Máy tính,scale,,,,3\n\
         G2,Khác,G1.1,Trùng mã,scale,,,,\n\
         G2,,G2.2,Chi phí,numeric,lower,yes,,-1\n"
    );
    let problems = csv_problems(&text);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(
        problems[0].starts_with("row 3, column C (id): "),
        "{problems:#?}"
    );
    assert!(
        problems[1].starts_with("row 4, column I (weight): "),
        "{problems:#?}"
    );
    assert!(
        problems[2].starts_with("row 4, column H (threshold): "),
        "{problems:#?}"
    );
}

#[test]
fn a_sheet_without_the_needed_columns_says_which() {
    assert_eq!(
        csv_problems("group;title;weight\nG1;x;1\n"),
        [
            "row 1, column B (title): “title” is not a column EvalDesk knows; the columns are: group, group_title_vi, group_title_en, group_weight, group_source, group_source_en, id, title_vi, title_en, guidance, guidance_en, source, source_en, kind, unit, unit_en, better, mandatory, threshold, weight, applies_to, evidence",
            "row 1: the column “id” is missing",
            "row 1: the column “title_vi” is missing",
        ]
    );
    assert_eq!(
        csv_problems(""),
        ["the sheet is empty: its first row must name the columns (group, id, title_vi, …)"]
    );
}

#[test]
fn semicolons_and_decimal_commas_as_excel_writes_them_in_vietnamese() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vi.csv");
    std::fs::write(
        &path,
        "\u{feff}group;group_title_vi;id;title_vi;weight\nG1;\"Hạ tầng; mạng\";G1.1;Máy tính;2,5\n",
    )
    .unwrap();
    let c = import_file(&path, &base()).unwrap().checklist;
    assert_eq!(
        c.groups[0].title.get(crate::i18n::Lang::Vi),
        "Hạ tầng; mạng"
    );
    assert_eq!(c.groups[0].criteria[0].weight, Some(2.5));
}

#[test]
fn an_unreadable_workbook_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.xlsx");
    std::fs::write(&path, b"not a zip").unwrap();
    let error = import_file(&path, &base()).unwrap_err();
    let lines = error.lines(crate::i18n::Lang::En);
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].contains("broken.xlsx: the spreadsheet cannot be read"),
        "{lines:?}"
    );
}

#[test]
fn column_letters_go_on_past_z() {
    assert_eq!(column_letter(0), "A");
    assert_eq!(column_letter(25), "Z");
    assert_eq!(column_letter(26), "AA");
    assert_eq!(column_letter(27), "AB");
}

/// A group's `applies_to` (no column for it) comes back from the checklist imported into; a
/// sheet written before the `applies_to` and `evidence` columns existed keeps the base's too.
#[test]
fn what_the_sheet_does_not_say_comes_back_from_the_checklist_imported_into() {
    let mut c = bundled("it-application.checklist.json");
    c.groups[3].applies_to = Some(vec!["so".into(), "huyen".into()]);
    assert!(crate::model::validate::checklist(&c, "").is_empty());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.xlsx");
    export_xlsx(&path, &c, crate::i18n::Lang::Vi).unwrap();
    same(&import_file(&path, &c).unwrap().checklist, &c);
    // An older sheet: the columns up to `weight` only.
    let old = dir.path().join("old.csv");
    let text = format!("{HEADER}G4,Dịch vụ công,G4.4,Một cửa điện tử,scale,,,,30\n");
    std::fs::write(&old, text).unwrap();
    let got = import_file(&old, &c).unwrap().checklist;
    let one_stop = &got.groups[0].criteria[0];
    assert_eq!(one_stop.applies_to, Some(vec!["huyen".to_owned()]));
    assert!(one_stop.requires_evidence());
}

/// The sheet's `applies_to` and `evidence` columns say what the criterion asks: an empty
/// cell there means every block and no evidence, whatever the base said.
#[test]
fn the_applies_to_and_evidence_columns_are_read_and_an_empty_cell_means_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blocks.csv");
    let text = "group,group_title_vi,id,title_vi,applies_to,evidence\n\
                G4,Dịch vụ công,G4.4,Một cửa điện tử,\"huyen, so\",Bắt buộc\n\
                G4,,G4.5,Dịch vụ công cấp xã,,\n\
                G4,,G4.6,Báo cáo,so,required\n";
    std::fs::write(&path, text).unwrap();
    let c = import_file(&path, &bundled("it-application.checklist.json"))
        .unwrap()
        .checklist;
    let k = &c.groups[0].criteria;
    assert_eq!(
        k[0].applies_to,
        Some(vec!["huyen".to_owned(), "so".to_owned()])
    );
    assert!(k[0].requires_evidence() && k[2].requires_evidence());
    // G4.5 is district-only and bundled: the sheet's empty cells override that.
    assert_eq!((k[1].applies_to.as_ref(), k[1].evidence), (None, None));
    assert_eq!(k[2].applies_to, Some(vec!["so".to_owned()]));
}

/// The sample sheet imported into a checklist with no blocks (a new one): the blocks its
/// `applies_to` cells name become the checklist's, so the sheet imports as it is.
#[test]
fn blocks_named_in_a_sheet_become_those_of_a_checklist_that_has_none() {
    let blank = Checklist::blank("new", "New".into());
    let c = import_file(&template("csv"), &blank).unwrap().checklist;
    let ids: Vec<_> = c
        .categories
        .iter()
        .flatten()
        .map(|k| k.id.as_str())
        .collect();
    assert_eq!(ids, ["huyen", "so"]);
    assert!(crate::model::validate::checklist(&c, "").is_empty());
}

/// A block id the checklist does not list, or an evidence word EvalDesk does not know, is
/// named at its row and column.
#[test]
fn an_unknown_block_or_evidence_word_is_named_at_its_cell() {
    let text = "group,group_title_vi,id,title_vi,applies_to,evidence\n\
                G1,Hạ tầng,G1.1,Máy tính,xa,\n\
                G1,,G1.2,Mạng,huyen,nên có\n";
    let problems = csv_problems(text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(
        problems[0],
        "row 3, column F (evidence): “nên có” is not an evidence rule: write required (or bắt buộc), or leave it empty"
    );
    let problems = csv_problems(&text.replace("nên có", ""));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with("row 2, column E (applies_to): ") && problems[0].contains("xa"),
        "{problems:#?}"
    );
}
