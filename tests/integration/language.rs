//! The interface is Vietnamese until the user chooses English, whatever the system's
//! language: many of the department's PCs run an English Windows (and Wine reports English),
//! where following the system opened EvalDesk in English against the README.

use std::process::Command;

fn validate_missing_file(envs: &[(&str, &str)], args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_evaldesk"))
        .args(args)
        .args(["validate", "khong-co/Đánh giá.evaluation.json"])
        .envs(envs.iter().copied())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap()
}

const ENGLISH_SYSTEM: &[(&str, &str)] = &[
    ("LANG", "en_US.UTF-8"),
    ("LC_ALL", "en_US.UTF-8"),
    ("LC_MESSAGES", "en_US.UTF-8"),
    ("LANGUAGE", "en_US"),
];

#[test]
fn an_english_system_still_gets_vietnamese_until_english_is_chosen() {
    let said = validate_missing_file(ENGLISH_SYSTEM, &[]);
    assert!(said.contains("không đọc được tệp"), "{said}");
    assert!(said.contains("Đánh giá.evaluation.json"), "{said}");
    let chosen = validate_missing_file(ENGLISH_SYSTEM, &["--lang", "en"]);
    assert!(!chosen.contains("không đọc được"), "{chosen}");
}

#[test]
fn the_window_starts_in_vietnamese_until_english_is_chosen() {
    assert_eq!(evaldesk::i18n::Lang::initial(), evaldesk::i18n::Lang::Vi);
}
