//! What ships with EvalDesk is valid and matches what the issue asks of it.

use std::path::Path;

use evaldesk::assets::BUNDLED_CHECKLISTS;
use evaldesk::model::{Better, Expect, Kind, Parsed, Status, parse_checklist};
use evaldesk::store::{find_documents, load_document};

#[test]
fn every_bundled_checklist_is_valid_sourced_and_bilingual() {
    assert_eq!(BUNDLED_CHECKLISTS.len(), 2);
    for b in BUNDLED_CHECKLISTS {
        let c =
            parse_checklist(b.json.as_bytes()).unwrap_or_else(|p| panic!("{}: {p:?}", b.file_name));
        // The file on disk is the one embedded.
        let on_disk =
            std::fs::read_to_string(Path::new("assets/checklists").join(b.file_name)).unwrap();
        assert_eq!(on_disk, b.json);
        assert!(
            (6..=10).contains(&c.groups.len()),
            "{} groups",
            c.groups.len()
        );
        for (g, k) in c.criteria() {
            assert!(
                g.source.is_some() || k.source.is_some(),
                "{} has no source",
                k.id
            );
            let guidance = k
                .guidance
                .as_ref()
                .unwrap_or_else(|| panic!("{} has no guidance", k.id));
            for lang in [evaldesk::i18n::Lang::Vi, evaldesk::i18n::Lang::En] {
                assert!(
                    guidance.get(lang).len() > 40,
                    "{} guidance is too thin",
                    k.id
                );
                assert!(!k.title.get(lang).is_empty());
            }
        }
        assert_eq!(c.scale.min, 0.0);
        assert_eq!(c.scale.max, 4.0);
        assert_eq!(c.scale.levels.len(), 5, "a label per level");
        assert!(c.criteria().any(|(_, k)| k.is_mandatory()));
    }
}

pub fn bundled(name: &str) -> evaldesk::model::Checklist {
    let b = BUNDLED_CHECKLISTS
        .iter()
        .find(|b| b.file_name == name)
        .unwrap_or_else(|| panic!("{name} is bundled"));
    parse_checklist(b.json.as_bytes()).unwrap()
}

#[test]
fn the_document_system_checklist_compares_the_two_products_with_their_price() {
    let c = bundled("dms-vn.checklist.json");
    assert!(
        (40..=80).contains(&c.criteria_count()),
        "{} criteria",
        c.criteria_count()
    );
    assert!(
        c.criteria()
            .any(|(_, k)| k.kind() == Kind::Numeric && k.better == Some(Better::Lower))
    );
    let names: Vec<_> = c
        .candidates
        .iter()
        .flatten()
        .map(|k| k.name.get(evaldesk::i18n::Lang::Vi))
        .collect();
    assert_eq!(names, ["M-Office", "V-Office"]);
}

#[test]
fn the_demo_sessions_are_valid_and_one_is_sealed() {
    let evaldesk::store::Listed { files, errors, .. } = find_documents(
        Path::new("evaluations/demo"),
        evaldesk::store::Wanted::Documents,
    );
    assert!(errors.is_empty());
    assert_eq!(files.len(), 3);
    let mut submitted = 0;
    let mut evaluators = Vec::new();
    for f in &files {
        match load_document(f, Expect::Session) {
            Ok(Parsed::Session(s)) => {
                submitted += (s.status == Status::Submitted) as usize;
                assert!(
                    s.evaluator
                        .organization
                        .as_deref()
                        .unwrap_or("")
                        .contains("demo")
                );
                evaluators.push(s.evaluator.name.clone());
            }
            other => panic!("{}: {other:?}", f.display()),
        }
    }
    assert_eq!(submitted, 1);
    evaluators.dedup();
    assert_eq!(evaluators.len(), 3);
}
