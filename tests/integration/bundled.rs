//! What ships with EvalDesk is valid and matches what the issue asks of it.

use std::path::Path;

use evaldesk::assets::BUNDLED_CHECKLISTS;
use evaldesk::i18n::Lang;
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

fn bundled(name: &str) -> evaldesk::model::Checklist {
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
fn the_agency_checklist_counts_what_reports_count_grades_and_lists_sample_agencies() {
    use evaldesk::i18n::Lang;
    let c = bundled("it-application.checklist.json");
    let agencies = c.candidates.as_ref().expect("a sample list of agencies");
    assert!(
        agencies.len() >= 25,
        "about 30 agencies: {}",
        agencies.len()
    );
    for a in agencies {
        assert!(a.name.get(Lang::Vi).ends_with("(dữ liệu mẫu)"), "{}", a.id);
        assert!(a.name.get(Lang::En).ends_with("(sample data)"), "{}", a.id);
    }
    let grades: Vec<_> = c
        .grades
        .iter()
        .flatten()
        .map(|g| (g.min, g.label.get(Lang::Vi)))
        .collect();
    assert_eq!(
        grades,
        [
            (80.0, "Tốt"),
            (65.0, "Khá"),
            (50.0, "Trung bình"),
            (0.0, "Yếu")
        ]
    );
    // Numbers the yearly report counts: computers per staff, documents sent electronically,
    // online services at level 3–4.
    let numeric: Vec<_> = c
        .criteria()
        .filter(|(_, k)| k.kind() == Kind::Numeric && k.better == Some(Better::Higher))
        .map(|(_, k)| k.id.as_str())
        .collect();
    for id in ["G1.1", "G2.1", "G4.1"] {
        assert!(numeric.contains(&id), "{id} is a number, higher is better");
    }
    // The province's concerns of 2015 are mandatory: a specialist IT officer, a leader in
    // charge of IT, the official e-mail.
    let mandatory: Vec<_> = c
        .criteria()
        .filter(|(_, k)| k.is_mandatory())
        .map(|(_, k)| k.title.get(Lang::En))
        .collect();
    assert_eq!(
        mandatory,
        [
            "Share of staff using the official e-mail regularly",
            "A specialist IT officer",
            "A leader named in charge of IT"
        ]
    );
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

#[test]
fn a_quarter_of_agency_scoring_grades_every_agency_from_the_sessions_that_scored_it() {
    use evaldesk::i18n::Lang;
    use evaldesk::model::{Evaluator, Score, Session};
    use evaldesk::scoring::{Aggregation, compute};
    let c = bundled("it-application.checklist.json");
    let agencies = c.candidates.clone().unwrap();
    // Two evaluators, each assigned half of the agencies; values vary with the agency.
    let session = |id: &str, part: &[evaldesk::model::Candidate], shift: usize| {
        let mut s = Session::new_draft(
            c.clone(),
            Evaluator {
                name: id.into(),
                organization: None,
                role: None,
            },
            part.to_vec(),
        );
        for (k, a) in part.iter().enumerate() {
            for (_, crit) in c.criteria() {
                let value = match crit.kind() {
                    Kind::YesNo => f64::from(u8::from(!(k + shift).is_multiple_of(4))),
                    Kind::Numeric => ((k + shift) * 7 % 100) as f64,
                    Kind::Scale => ((k + shift) % 5) as f64,
                };
                s.scores
                    .push(Score::with_value(None, &crit.id, &a.id, value));
            }
        }
        s
    };
    let (first, second) = agencies.split_at(agencies.len() / 2);
    let sessions = [session("a", first, 0), session("b", second, 1)];
    for s in &sessions {
        let text = serde_json::to_vec(s).unwrap();
        evaldesk::model::parse_session(&text).expect("a session on the agency checklist is valid");
    }
    let r = compute(&sessions, Aggregation::Mean);
    assert_eq!(
        r.candidates.len(),
        agencies.len(),
        "the union of the sessions' agencies"
    );
    let bands = c.grades.clone().unwrap();
    for cand in &r.candidates {
        let expected = bands
            .iter()
            .find(|b| cand.total >= b.min - 1e-9)
            .map(|b| b.label.get(Lang::Vi))
            .unwrap();
        assert_eq!(
            cand.grade.as_ref().map(|g| g.get(Lang::Vi)),
            Some(expected),
            "{}",
            cand.id
        );
    }
    // Each agency's values come from the one session that scored it: no zeros from the other.
    let first_id = &first[1].id;
    let k = r
        .candidates
        .iter()
        .find(|x| &x.id == first_id)
        .unwrap()
        .order;
    let scale_row = r.criteria.iter().find(|x| x.id == "G1.3").unwrap();
    assert_eq!(
        scale_row.values[k],
        Some(1.0),
        "session a's own value, not a mean with nothing"
    );
}

/// The agency demo: a quarter's scoring by two evaluators, each assigned half of the sample
/// agencies, one session sealed; together they grade every agency.
#[test]
fn the_agency_demo_grades_every_sample_agency_from_the_session_that_scored_it() {
    let evaldesk::store::Listed { files, errors, .. } = find_documents(
        Path::new("evaluations/demo-agencies"),
        evaldesk::store::Wanted::Documents,
    );
    assert!(errors.is_empty());
    assert_eq!(files.len(), 2);
    let sessions: Vec<evaldesk::model::Session> = files
        .iter()
        .map(|f| match load_document(f, Expect::Session) {
            Ok(Parsed::Session(s)) => *s,
            other => panic!("{}: {other:?}", f.display()),
        })
        .collect();
    assert_eq!(
        sessions
            .iter()
            .filter(|s| s.status == Status::Submitted)
            .count(),
        1
    );
    let agency = bundled("it-application.checklist.json");
    assert_eq!(
        *sessions[0].checklist, agency,
        "scored on the bundled checklist"
    );
    let listed = agency.candidates.as_ref().unwrap();
    let covered: usize = sessions.iter().map(|s| s.candidates.len()).sum();
    assert_eq!(covered, listed.len(), "each agency scored by one evaluator");
    let r = evaldesk::scoring::compute(&sessions, evaldesk::scoring::Aggregation::Mean);
    assert_eq!(r.candidates.len(), listed.len());
    let grades = ["Tốt", "Khá", "Trung bình", "Yếu"];
    for c in &r.candidates {
        let grade = c.grade.as_ref().expect("every agency graded");
        assert!(grades.contains(&grade.get(Lang::Vi)), "{grade:?}");
    }
    // The demo shows every grade, and some agencies failing a mandatory criterion.
    for g in grades {
        assert!(
            r.candidates
                .iter()
                .any(|c| c.grade.as_ref().unwrap().get(Lang::Vi) == g),
            "{g}"
        );
    }
    assert!(r.candidates.iter().any(|c| !c.qualified));
    // Nobody scored the same agency twice: the report says there is nothing to compare,
    // not that the evaluators agree.
    let counted: Vec<_> = sessions.iter().collect();
    let settings = evaldesk::report::settings::ReportSettings::default();
    let text =
        evaldesk::report::content::Report::build(&r, &counted, &settings, Lang::En).to_text();
    assert!(text.contains("No candidate was scored by two evaluators on the same criterion"));
    assert!(!text.contains("The evaluators agree on every criterion"));
}
