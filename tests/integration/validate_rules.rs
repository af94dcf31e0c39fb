//! One bad file for every rule of docs/formats.md: the message names the file, the place and
//! what is wrong.

use std::path::PathBuf;

use evaldesk::i18n::Lang;
use evaldesk::model::{Expect, Parsed};
use evaldesk::store::load_document;
use serde_json::{Value, json};

use crate::common;

/// Write `bytes` to a file named after the case, load it, and return the English lines.
fn problems_of(case: &str, bytes: &[u8]) -> (PathBuf, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{case}.json"));
    std::fs::write(&path, bytes).unwrap();
    let result = load_document(&path, Expect::Either);
    let lines = match result {
        Ok(_) => panic!("case {case}: the file was accepted"),
        Err(e) => e.lines(Lang::En),
    };
    // The input is never modified.
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "case {case}: the file changed"
    );
    (path, lines)
}

/// Assert that some line reads `FILE: PLACE: …WORDS…`.
fn expect_problem(case: &str, bytes: &[u8], place: &str, words: &str) {
    let (path, lines) = problems_of(case, bytes);
    // `place` may be a prefix of the place ("line 1" for "line 1, column 9").
    let prefix = if place.is_empty() {
        format!("{}: ", path.display())
    } else {
        format!("{}: {place}", path.display())
    };
    assert!(
        lines.iter().any(|l| {
            // The place ends where the line has `:` (or `,` between line and column).
            let place_ends = place.is_empty()
                || place.ends_with(": ")
                || l[prefix.len().min(l.len())..].starts_with([':', ',']);
            l.starts_with(&prefix) && place_ends && l.contains(words)
        }),
        "case {case}: expected a line starting {prefix:?} containing {words:?}, got:\n{}",
        lines.join("\n")
    );
}

/// Change a valid fixture with `mutate` and expect the problem.
fn bad(mut v: Value, case: &str, mutate: impl FnOnce(&mut Value), place: &str, words: &str) {
    mutate(&mut v);
    expect_problem(
        case,
        serde_json::to_string_pretty(&v).unwrap().as_bytes(),
        place,
        words,
    );
}

fn bad_checklist(case: &str, mutate: impl FnOnce(&mut Value), place: &str, words: &str) {
    bad(common::checklist(), case, mutate, place, words);
}

fn bad_session(case: &str, mutate: impl FnOnce(&mut Value), place: &str, words: &str) {
    bad(common::session(), case, mutate, place, words);
}

#[test]
fn the_fixtures_are_valid() {
    for (name, v) in [
        ("checklist", common::checklist()),
        ("session", common::session()),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{name}.json"));
        std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
        if let Err(e) = load_document(&path, Expect::Either) {
            panic!("{name} fixture is invalid: {e}");
        }
    }
}

#[test]
fn text_level_problems_name_line_and_column() {
    expect_problem("empty", b"", "", "the file is empty");
    expect_problem("blank", b"  \n\t\n", "", "the file is empty");
    expect_problem(
        "truncated",
        br#"{"format": "evaldesk.checklist", "version": 1, "groups": ["#,
        "line 1, column 58: ",
        "cut off",
    );
    expect_problem(
        "not-utf8",
        b"{\"format\": \"evaldesk.checklist\",\n \"id\": \"\xff\xfe\"}",
        "line 2, column 9",
        "not UTF-8",
    );
    expect_problem(
        "binary",
        &[0x00, 0x9f, 0x92, 0x96, 0x01],
        "line 1, column 2",
        "not UTF-8",
    );
    expect_problem(
        "syntax",
        b"{\"format\": \"evaldesk.checklist\",,}",
        "line 1, column 33",
        "a member's name must be text in double quotes",
    );
    expect_problem(
        "trailing-comma",
        b"{\"format\": \"evaldesk.checklist\",\n}",
        "line 2, column 1",
        "a comma stands just before a closing bracket: remove it",
    );
    expect_problem(
        "not-json",
        b"Bao cao danh gia",
        "line 1, column 1",
        "the text of the file is damaged or was edited by hand incorrectly: a value was expected here",
    );
    expect_problem(
        "huge-number",
        b"{\"format\": \"evaldesk.checklist\", \"version\": 1e999}",
        "line 1",
        "too large",
    );
    let deep = "[".repeat(200_000);
    expect_problem("deep", deep.as_bytes(), "line 1", "nested too deeply");
    expect_problem("array", b"[1, 2]", "", "one JSON object");
}

#[test]
fn format_and_version_are_checked_first() {
    bad_checklist(
        "no-format",
        |v| drop(v.as_object_mut().unwrap().remove("format")),
        "format",
        "`format` is missing",
    );
    bad_checklist(
        "other-format",
        |v| v["format"] = json!("excel.sheet"),
        "format",
        "not an EvalDesk file",
    );
    bad_checklist(
        "newer",
        |v| {
            v["version"] = json!(2);
            v["brand_new_member"] = json!(true);
        },
        "version",
        "newer EvalDesk (format version 2)",
    );
    bad_checklist(
        "version-zero",
        |v| v["version"] = json!(0),
        "version",
        "`version` must be written 1",
    );
    bad_checklist(
        "version-text",
        |v| v["version"] = json!("1"),
        "version",
        "`version` must be written 1",
    );
    bad_session(
        "embedded-newer",
        |v| v["checklist"]["version"] = json!(3),
        "checklist.version",
        "newer EvalDesk",
    );
    bad_session(
        "embedded-format",
        |v| v["checklist"]["format"] = json!("evaldesk.session"),
        "checklist.format",
        "expected a \"evaldesk.checklist\"",
    );
}

#[test]
fn wrong_kind_of_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.checklist.json");
    std::fs::write(&path, serde_json::to_vec(&common::checklist()).unwrap()).unwrap();
    let e = load_document(&path, Expect::Session).unwrap_err();
    assert!(
        e.lines(Lang::En)[0].contains("format: expected a \"evaldesk.session\" file"),
        "{e}"
    );
}

#[test]
fn structure_problems_name_the_member() {
    bad_checklist(
        "unknown-member",
        |v| v["groups"][0]["criteria"][0]["wieght"] = json!(2),
        "groups[0].criteria[0].wieght",
        "unknown member `wieght`",
    );
    bad_checklist(
        "unknown-top",
        |v| v["colour"] = json!("red"),
        "colour",
        "unknown member",
    );
    bad_checklist(
        "missing-title",
        |v| drop(v["groups"][1].as_object_mut().unwrap().remove("title")),
        "groups[1].title",
        "missing",
    );
    bad_checklist(
        "weight-text",
        |v| v["groups"][0]["weight"] = json!("sixty"),
        "groups[0].weight",
        "expected a number, found text",
    );
    bad_checklist(
        "kind-choice",
        |v| v["groups"][0]["criteria"][1]["kind"] = json!("stars"),
        "groups[0].criteria[1].kind",
        "\"stars\" is not allowed; use one of: \"scale\", \"yes_no\", \"numeric\"",
    );
    bad_checklist(
        "text-lang",
        |v| v["title"] = json!({"fr": "Liste"}),
        "title.fr: ",
        "unknown member `fr`",
    );
    bad_checklist(
        "text-number",
        |v| v["title"] = json!(5),
        "title",
        "expected text",
    );
    bad_session(
        "status-choice",
        |v| v["status"] = json!("final"),
        "status",
        "\"final\" is not allowed",
    );
    bad_session(
        "score-typo",
        |v| v["scores"][3]["nA"] = json!(true),
        "scores[3].nA",
        "unknown member",
    );
    bad_session(
        "value-text",
        |v| v["scores"][0]["value"] = json!("3"),
        "scores[0].value",
        "expected a number",
    );
}

#[test]
fn checklist_rules() {
    bad_checklist(
        "empty-id",
        |v| v["id"] = json!(" "),
        "id",
        "must not be empty",
    );
    bad_checklist(
        "dup-id",
        |v| v["groups"][1]["criteria"][0]["id"] = json!("G1"),
        "groups[1].criteria[0].id",
        "\"G1\" is used twice; first at groups[0].id",
    );
    bad_checklist(
        "empty-criterion-id",
        |v| v["groups"][0]["criteria"][1]["id"] = json!(""),
        "groups[0].criteria[1].id",
        "must not be empty",
    );
    bad_checklist(
        "blank-title",
        |v| v["groups"][0]["criteria"][0]["title"] = json!({"vi": "", "en": " "}),
        "groups[0].criteria[0].title",
        "must not be empty",
    );
    bad_checklist(
        "scale-order",
        |v| v["scale"]["min"] = json!(4),
        "scale.max",
        "min (4) must be less than max (4)",
    );
    bad_checklist(
        "scale-step",
        |v| v["scale"]["step"] = json!(0),
        "scale.step",
        "greater than 0",
    );
    bad_checklist(
        "scale-whole",
        |v| v["scale"]["step"] = json!(1.5),
        "scale.step",
        "not a whole number of steps of 1.5",
    );
    bad_checklist(
        "level-off",
        |v| v["scale"]["levels"][0]["value"] = json!(2.5),
        "scale.levels[0].value",
        "level 2.5 is not on the scale",
    );
    bad_checklist(
        "level-dup",
        |v| v["scale"]["levels"][1]["value"] = json!(0),
        "scale.levels[1].value",
        "already has a label",
    );
    bad_checklist(
        "group-weight",
        |v| v["groups"][0]["weight"] = json!(0),
        "groups[0].weight",
        "greater than 0",
    );
    bad_checklist(
        "criterion-weight",
        |v| v["groups"][0]["criteria"][0]["weight"] = json!(-1),
        "groups[0].criteria[0].weight",
        "greater than 0 (it is -1)",
    );
    bad_checklist(
        "numeric-better",
        |v| {
            drop(
                v["groups"][1]["criteria"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("better"),
            )
        },
        "groups[1].criteria[0].better",
        "numeric criterion needs `better`",
    );
    bad_checklist(
        "numeric-threshold",
        |v| v["groups"][1]["criteria"][0]["mandatory"] = json!(true),
        "groups[1].criteria[0].threshold",
        "needs a `threshold`",
    );
    bad_checklist(
        "unit-on-scale",
        |v| v["groups"][0]["criteria"][0]["unit"] = json!("đồng"),
        "groups[0].criteria[0].unit",
        "applies only to numeric",
    );
    bad_checklist(
        "threshold-range",
        |v| v["groups"][0]["criteria"][0]["threshold"] = json!(5),
        "groups[0].criteria[0].threshold",
        "outside 0 to 4",
    );
    bad_checklist(
        "yes-no-threshold",
        |v| v["groups"][0]["criteria"][1]["threshold"] = json!(2),
        "groups[0].criteria[1].threshold",
        "outside 0 to 1",
    );
    bad_checklist(
        "no-groups",
        |v| v["groups"] = json!([]),
        "groups",
        "no groups",
    );
    bad_checklist(
        "no-criteria",
        |v| v["groups"][1]["criteria"] = json!([]),
        "groups[1].criteria",
        "no criteria",
    );
    bad_checklist(
        "dup-candidate",
        |v| v["candidates"][1]["id"] = json!("m-office"),
        "candidates[1].id",
        "used twice",
    );
}

#[test]
fn pairwise_matrix_rules() {
    bad_checklist(
        "pw-size",
        |v| v["group_pairwise"] = json!([[1, 3, 5], [0.3333333, 1, 1], [0.2, 1, 1]]),
        "group_pairwise",
        "must be 2 × 2",
    );
    bad_checklist(
        "pw-row",
        |v| v["group_pairwise"] = json!([[1, 3], [0.3333333]]),
        "group_pairwise[1]",
        "must be 2 × 2",
    );
    bad_checklist(
        "pw-positive",
        |v| v["group_pairwise"] = json!([[1, -3], [0.3333333, 1]]),
        "group_pairwise[0][1]",
        "positive number",
    );
    bad_checklist(
        "pw-diagonal",
        |v| v["group_pairwise"] = json!([[2, 3], [0.3333333, 1]]),
        "group_pairwise[0][0]",
        "must be 1",
    );
    bad_checklist(
        "pw-reciprocal",
        |v| v["group_pairwise"] = json!([[1, 3], [0.5, 1]]),
        "group_pairwise[1][0]",
        "row 2, column 1 must be 1 / the entry in row 1, column 2",
    );
    bad_checklist(
        "pw-criteria",
        |v| v["groups"][0]["criteria_pairwise"] = json!([[1]]),
        "groups[0].criteria_pairwise",
        "must be 2 × 2",
    );
    bad_checklist(
        "pw-too-large",
        |v| {
            let group = v["groups"][0].clone();
            let groups: Vec<Value> = (0..16)
                .map(|i| {
                    let mut g = group.clone();
                    g["id"] = json!(format!("H{i}"));
                    g["criteria"] = json!([{"id": format!("H{i}.1"), "title": "x"}]);
                    g
                })
                .collect();
            v["groups"] = json!(groups);
            v["group_pairwise"] = json!(vec![vec![1.0; 16]; 16]);
        },
        "group_pairwise",
        "16 × 16 pairwise matrix is too large",
    );
}

#[test]
fn session_rules() {
    bad_session(
        "session-id",
        |v| v["id"] = json!(""),
        "id",
        "must not be empty",
    );
    bad_session(
        "evaluator",
        |v| v["evaluator"]["name"] = json!(" "),
        "evaluator.name",
        "must not be empty",
    );
    bad_session(
        "timestamp",
        |v| v["modified"] = json!("21/4/2015"),
        "modified",
        "\"21/4/2015\" is not in the expected form",
    );
    bad_session(
        "no-candidates",
        |v| {
            v["candidates"] = json!([]);
            v["scores"] = json!([]);
        },
        "candidates",
        "the list of those to evaluate is empty",
    );
    bad_session(
        "dup-candidates",
        |v| v["candidates"][1]["id"] = json!("m-office"),
        "candidates[1].id",
        "used twice",
    );
    bad_session(
        "embedded-rule",
        |v| v["checklist"]["scale"]["step"] = json!(-1),
        "checklist.scale.step",
        "greater than 0",
    );
    bad_session(
        "unknown-criterion",
        |v| v["scores"][0]["criterion"] = json!("G9.9"),
        "scores[0].criterion",
        "no criterion \"G9.9\"",
    );
    bad_session(
        "unknown-candidate",
        |v| v["scores"][1]["candidate"] = json!("x-office"),
        "scores[1].candidate",
        "\"x-office\" is not among those evaluated",
    );
    bad_session(
        "dup-score",
        |v| v["scores"][1]["candidate"] = json!("m-office"),
        "scores[1]",
        "already scored at scores[0]",
    );
    bad_session(
        "value-and-na",
        |v| v["scores"][0]["na"] = json!(true),
        "scores[0]",
        "both a value and N/A",
    );
    bad_session(
        "no-value",
        |v| v["scores"][3]["na"] = json!(false),
        "scores[3]",
        "needs a `value` or `na: true`",
    );
    bad_session(
        "out-of-range",
        |v| v["scores"][0]["value"] = json!(5),
        "scores[0].value",
        "5 is outside the scale 0 to 4",
    );
    bad_session(
        "off-step",
        |v| v["scores"][0]["value"] = json!(2.5),
        "scores[0].value",
        "not on the scale's steps of 1",
    );
    bad_session(
        "yes-no",
        |v| v["scores"][2]["value"] = json!(0.5),
        "scores[2].value",
        "takes 0 or 1, not 0.5",
    );
    bad_session(
        "negative",
        |v| v["scores"][4]["value"] = json!(-10),
        "scores[4].value",
        "must not be negative",
    );
}

#[test]
fn submitted_sessions_are_complete_and_sealed() {
    bad_session(
        "incomplete",
        |v| {
            v["scores"].as_array_mut().unwrap().remove(5);
            common::seal(v);
        },
        "scores",
        "1 score is missing: G2.1 × v-office",
    );
    bad_session(
        "unsealed",
        |v| v["status"] = json!("submitted"),
        "seal",
        "must carry a `seal`",
    );
    bad_session(
        "malformed-seal",
        |v| {
            common::seal(v);
            v["seal"]["sha256"] = json!("ABC");
        },
        "seal.sha256",
        "64 lowercase hex",
    );
    bad_session(
        "tampered",
        |v| {
            common::seal(v);
            v["scores"][4]["value"] = json!(2000);
        },
        "seal.sha256",
        "changed after it was submitted",
    );
}

#[test]
fn seal_accepts_an_untouched_file_and_refuses_any_changed_score() {
    let mut v = common::session();
    common::seal(&mut v);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sealed.evaluation.json");
    // Written with other spacing and member order: the seal is over content, not layout.
    std::fs::write(&path, serde_json::to_string(&v).unwrap()).unwrap();
    assert!(matches!(
        load_document(&path, Expect::Session),
        Ok(Parsed::Session(_))
    ));

    for i in 0..v["scores"].as_array().unwrap().len() {
        for change in [json!(0), json!(1), json!(4)] {
            let mut changed = v.clone();
            if changed["scores"][i].get("value") == Some(&change)
                || changed["scores"][i].get("na").is_some()
            {
                continue;
            }
            changed["scores"][i]["value"] = change;
            std::fs::write(&path, serde_json::to_vec(&changed).unwrap()).unwrap();
            let e = load_document(&path, Expect::Session).unwrap_err();
            assert!(
                e.lines(Lang::En)
                    .iter()
                    .any(|l| l.contains("seal does not match")),
                "{e}"
            );
        }
    }
}

#[test]
fn messages_are_in_vietnamese_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.json");
    let mut v = common::session();
    v["scores"][0]["value"] = json!(7);
    std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    let e = load_document(&path, Expect::Either).unwrap_err();
    assert_eq!(
        e.lines(Lang::Vi),
        vec![format!(
            "{}: scores[0].value: điểm 7 nằm ngoài thang 0 đến 4",
            path.display()
        )]
    );
}

#[test]
fn every_unknown_or_mistyped_member_is_listed_in_one_run() {
    let mut v = common::session();
    v["evaluater"] = json!("typo at the top");
    v["checklist"]["groups"][0]["criteria"][0]["wieght"] = json!(2);
    v["checklist"]["groups"][1]["weight"] = json!("forty");
    v["scores"][2]["valeu"] = json!(1);
    v["scores"][3]["na"] = json!("yes");
    let (path, lines) = problems_of("many", serde_json::to_string_pretty(&v).unwrap().as_bytes());
    let f = path.display();
    // In the order they stand in the file (`evaluater` was added last).
    assert_eq!(
        lines,
        [
            format!(
                "{f}: checklist.groups[0].criteria[0].wieght: unknown member `wieght` (a typo?)"
            ),
            format!("{f}: checklist.groups[1].weight: expected a number, found text (\"forty\")"),
            format!("{f}: scores[2].valeu: unknown member `valeu` (a typo?)"),
            format!("{f}: scores[3].na: expected true or false, found text (\"yes\")"),
            format!("{f}: evaluater: unknown member `evaluater` (a typo?)"),
        ]
    );
}

#[test]
fn a_mistyped_required_member_ends_the_list_without_repeating_itself() {
    // Set aside, a required member would then be "missing": that is not said twice, and the
    // reading stops there (what follows cannot be interpreted without it).
    let mut v = common::checklist();
    v["groups"][0]["colour"] = json!("red");
    v["groups"][1]["title"] = json!(7);
    let (_, lines) = problems_of(
        "missing",
        serde_json::to_string_pretty(&v).unwrap().as_bytes(),
    );
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].ends_with("groups[0].colour: unknown member `colour` (a typo?)"));
    assert!(
        lines[1]
            .ends_with("groups[1].title: expected text or {\"vi\", \"en\"}, found a number (7)")
    );
}

#[test]
fn a_file_that_is_not_json_is_explained_in_vietnamese_without_english_jargon() {
    let problems =
        evaldesk::model::parse_document(b"Bao cao danh gia", Expect::Either).unwrap_err();
    let text = problems[0].text(Lang::Vi);
    assert_eq!(
        text,
        "dòng 1, cột 1: nội dung tệp bị hỏng hoặc bị sửa tay không đúng: ở đây cần một giá trị (chữ trong ngoặc kép, một số, true, false, một danh sách hoặc một đối tượng)"
    );
    assert!(
        !text.contains("expected") && !text.contains("JSON"),
        "{text}"
    );
}

#[test]
fn a_member_written_twice_is_refused_naming_it_and_both_lines() {
    let text = serde_json::to_string_pretty(&common::session()).unwrap();
    // `"value": 0` placed just before the first score's `"value": 3`.
    let twice = text.replacen("\"value\": 3,", "\"value\": 0,\n      \"value\": 3,", 1);
    let at = twice.find("\"value\": 0,\n      \"value\": 3").unwrap();
    let line = twice[..at].matches('\n').count() + 1;
    expect_problem(
        "value-twice",
        twice.as_bytes(),
        "scores[0].value",
        &format!(
            "`value` is written twice in this object (lines {line} and {})",
            line + 1
        ),
    );
    let mut sealed = common::session();
    common::seal(&mut sealed);
    let text = serde_json::to_string_pretty(&sealed).unwrap();
    let two_status = text.replacen(
        "\"status\": \"submitted\",",
        "\"status\": \"draft\",\n  \"status\": \"submitted\",",
        1,
    );
    expect_problem(
        "status-twice",
        two_status.as_bytes(),
        "status",
        "`status` is written twice",
    );
    let two_seals = text.replacen(
        "\"seal\": {",
        "\"seal\": {\"sha256\": \"0\"},\n  \"seal\": {",
        1,
    );
    expect_problem(
        "seal-twice",
        two_seals.as_bytes(),
        "seal",
        "`seal` is written twice",
    );
}

#[test]
fn a_value_a_hair_outside_the_scale_is_refused() {
    bad_session(
        "hair-above",
        |s| s["scores"][1]["value"] = json!(4.000000001),
        "scores[1].value",
        "the score 4.000000001 is outside the scale 0 to 4",
    );
    bad_session(
        "hair-below",
        |s| s["scores"][1]["value"] = json!(-0.000000001),
        "scores[1].value",
        "outside the scale 0 to 4",
    );
}

#[test]
fn a_draft_carrying_a_seal_is_refused() {
    let mut v = common::session();
    common::seal(&mut v);
    v["status"] = json!("draft");
    v["scores"][0]["value"] = json!(0);
    expect_problem(
        "draft-with-seal",
        serde_json::to_string_pretty(&v).unwrap().as_bytes(),
        "seal",
        "a draft must not carry a seal",
    );
}

#[test]
fn a_version_written_as_a_decimal_says_how_to_write_it() {
    bad_session(
        "version-decimal",
        |s| s["version"] = json!(1.0),
        "version",
        "`version` must be written 1",
    );
}
