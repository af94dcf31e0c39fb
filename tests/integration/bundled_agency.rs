//! The bundled agency checklist as the province used it in 2015 (two blocks, criteria for one
//! block, evidence where the periodic reports ask for documents) and the demo quarter
//! `evaluations/demo-agencies/` that `cargo run --example demo_agencies` writes.

use std::collections::BTreeSet;
use std::path::Path;

use evaldesk::i18n::Lang;
use evaldesk::model::{
    Better, Expect, Kind, Parsed, ReviewKind, ReviewStatus, Session, Status, Subject,
};
use serde_json::Value;

use crate::bundled::bundled;
use crate::common::{evaldesk, stderr};

const DEMO: &str = "evaluations/demo-agencies";

fn ids<'a>(list: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
    list.collect()
}

#[test]
fn the_agency_checklist_has_two_blocks_and_at_least_30_sourced_criteria() {
    let c = bundled("it-application.checklist.json");
    assert_eq!(c.subject, Some(Subject::Agency));
    let blocks: Vec<_> = c
        .categories
        .iter()
        .flatten()
        .map(|k| (k.id.as_str(), k.title.get(Lang::Vi), k.title.get(Lang::En)))
        .collect();
    assert_eq!(
        blocks,
        [
            ("so", "Sở, ban, ngành", "Departments"),
            (
                "huyen",
                "UBND huyện, thành phố",
                "District people's committees"
            )
        ]
    );
    assert!(c.criteria_count() >= 30, "{}", c.criteria_count());
    // The report's seven parts (Thông tư 06/2013), in its order.
    let groups: Vec<_> = c.groups.iter().map(|g| g.title.get(Lang::Vi)).collect();
    assert_eq!(groups.len(), 7);
    for (i, part) in [
        "Hạ tầng",
        "nội bộ",
        "thông tin điện tử",
        "Dịch vụ công",
        "An toàn",
    ]
    .into_iter()
    .enumerate()
    {
        assert!(groups[i].contains(part), "{groups:?}");
    }
    for (_, k) in c.criteria() {
        let source = k
            .source
            .as_ref()
            .unwrap_or_else(|| panic!("{}: source", k.id));
        for lang in [Lang::Vi, Lang::En] {
            assert!(source.get(lang).len() > 20, "{}: its own source", k.id);
            assert!(
                k.guidance.as_ref().unwrap().get(lang).len() > 60,
                "{}",
                k.id
            );
        }
    }
    // Points as the provincial schemes count them: 1000 in all, each group's criteria adding
    // up to its points for a district (which every group's criteria apply to).
    let points: f64 = c.groups.iter().map(|g| g.weight()).sum();
    assert_eq!(points, 1000.0);
    for g in &c.groups {
        let district: f64 = g
            .criteria
            .iter()
            .filter(|k| k.applies(g, Some("huyen")))
            .map(|k| k.weight())
            .sum();
        assert_eq!(district, g.weight(), "{}", g.id);
    }
}

/// The province's rules differ between blocks only for the one-stop shop and the communes
/// (districts) and for subordinate units and sector databases (departments).
#[test]
fn criteria_for_one_block_are_the_one_stop_shop_and_the_communes_for_districts() {
    let c = bundled("it-application.checklist.json");
    assert!(c.groups.iter().all(|g| g.applies_to.is_none()));
    let only = |block: &str| {
        ids(c
            .criteria()
            .filter(|(_, k)| k.applies_to.as_deref() == Some(&[block.to_owned()][..]))
            .map(|(_, k)| k.id.as_str()))
    };
    assert_eq!(
        only("huyen"),
        ids(["G1.6", "G2.7", "G4.4", "G4.5"].into_iter())
    );
    assert_eq!(only("so"), ids(["G1.7", "G2.8"].into_iter()));
    let restricted = c.criteria().filter(|(_, k)| k.applies_to.is_some()).count();
    assert_eq!(
        restricted, 6,
        "no criterion applies to both blocks by a list"
    );
    for (_, k) in c.criteria() {
        let title = k.title.get(Lang::Vi);
        if title.contains("một cửa") || title.contains("xã") {
            assert!(only("huyen").contains(k.id.as_str()), "{title}");
        }
    }
}

#[test]
fn evidence_mandatory_numbers_grades_and_agencies_are_those_of_the_reports() {
    let c = bundled("it-application.checklist.json");
    let required = ids(c
        .criteria()
        .filter(|(_, k)| k.requires_evidence())
        .map(|(_, k)| k.id.as_str()));
    for id in [
        "G1.1", "G2.1", "G2.2", "G4.1", "G5.1", "G6.1", "G6.2", "G6.4", "G7.1",
    ] {
        assert!(required.contains(id), "{id} needs its document");
    }
    let mandatory: Vec<_> = c
        .criteria()
        .filter(|(_, k)| k.is_mandatory())
        .map(|(_, k)| (k.id.as_str(), k.threshold(&c.scale)))
        .collect();
    assert_eq!(
        mandatory,
        [
            ("G2.3", Some(50.0)),
            ("G6.2", Some(1.0)),
            ("G7.1", Some(1.0))
        ]
    );
    let unit = |id: &str| {
        let k = c.criterion(id).unwrap();
        assert_eq!((k.kind(), k.better), (Kind::Numeric, Some(Better::Higher)));
        k.unit.as_ref().unwrap().get(Lang::En).to_owned()
    };
    assert_eq!(unit("G1.1"), "computers per 100 staff");
    assert_eq!(unit("G1.2"), "Mbps");
    assert_eq!(unit("G4.1"), "services");
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
    let agencies = c.candidates.as_ref().unwrap();
    for block in ["so", "huyen"] {
        let n = agencies
            .iter()
            .filter(|a| a.category() == Some(block))
            .count();
        assert!(n >= 10, "{block}: {n}");
    }
    assert!(agencies.iter().all(|a| a.category().is_some()));
    for a in agencies {
        assert!(a.name.get(Lang::Vi).ends_with("(dữ liệu mẫu)"), "{}", a.id);
        assert!(a.name.get(Lang::En).ends_with("(sample data)"), "{}", a.id);
    }
    assert!(
        agencies
            .iter()
            .any(|a| a.name.get(Lang::Vi).starts_with("UBND thành phố Đà Lạt"))
    );
}

fn demo_sessions() -> Vec<Session> {
    let loaded = evaldesk::store::load_sessions(&[Path::new(DEMO).to_owned()]);
    assert!(loaded.bad.is_empty());
    loaded.sessions.into_iter().map(|(_, s)| s).collect()
}

/// Ten agencies of both blocks scored themselves with their documents; the department's two
/// evaluators scored four agencies; every session is submitted on the bundled checklist.
#[test]
fn the_demo_quarter_holds_self_assessments_with_evidence_and_two_evaluators() {
    let o = evaldesk(&["--lang", "en", "validate", DEMO]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).is_empty(),
        "no warning (every evidence file there): {}",
        stderr(&o)
    );
    let sessions = demo_sessions();
    let agency = bundled("it-application.checklist.json");
    assert_eq!(sessions.len(), 12);
    let (own, department): (Vec<&Session>, Vec<&Session>) =
        sessions.iter().partition(|s| s.is_self_assessment());
    assert_eq!((own.len(), department.len()), (10, 2));
    let mut files = 0;
    for s in &sessions {
        assert_eq!(*s.checklist, agency, "{}", s.id);
        assert_eq!(s.status, Status::Submitted);
        assert_eq!(s.period.as_deref(), Some("2015-Q2"));
    }
    for s in &own {
        let [me] = &s.candidates[..] else {
            panic!("{}: one agency", s.id)
        };
        let name = me.name.get(Lang::Vi);
        assert_eq!(s.evaluator.organization.as_deref(), Some(name));
        for score in &s.scores {
            let k = agency.criterion(&score.criterion).unwrap();
            if k.requires_evidence() {
                assert!(score.has_support(), "{} {}", s.id, k.id);
            }
            for e in score.evidence.iter().flatten() {
                assert!(e.date.as_deref().is_some_and(|d| d.len() == 10));
                assert!(e.reference.is_some() && e.title.is_some());
                files += usize::from(e.file.is_some());
            }
        }
    }
    assert!(files >= 4, "some evidence attached as files: {files}");
    let blocks: BTreeSet<&str> = own
        .iter()
        .flat_map(|s| s.candidates.iter().filter_map(|c| c.category()))
        .collect();
    assert_eq!(blocks, ids(["so", "huyen"].into_iter()));
    for s in &department {
        assert!(s.declared_no_conflict());
        assert_eq!(s.candidates.len(), 2);
    }
    // One agency of each evaluator also scored itself: its self-assessment is left out.
    let claimed = ids(own.iter().map(|s| s.candidates[0].id.as_str()));
    let covered: Vec<_> = department.iter().flat_map(|s| &s.candidates).collect();
    assert_eq!(
        covered
            .iter()
            .filter(|c| claimed.contains(c.id.as_str()))
            .count(),
        2
    );
}

/// The council's final appraisal pins every session and changes eight claims with reasons;
/// the results rank each block and say which agencies' values are their own claims.
#[test]
fn the_demo_appraisal_changes_eight_claims_and_each_block_is_ranked() {
    let reviews: Vec<_> = std::fs::read_dir(DEMO)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".review.json"))
        .collect();
    assert_eq!(reviews.len(), 1);
    let review = match evaldesk::store::load_document(&reviews[0], Expect::Review) {
        Ok(Parsed::Review(r)) => *r,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        (review.kind, review.status),
        (ReviewKind::Appraisal, ReviewStatus::Final)
    );
    let sessions = demo_sessions();
    let pinned = ids(review.sessions.iter().map(|p| p.id.as_str()));
    assert_eq!(pinned, ids(sessions.iter().map(|s| s.id.as_str())));
    let meeting = review.meeting.as_ref().unwrap();
    assert!(meeting.chair.is_some() && meeting.members.len() >= 4);
    assert_eq!(review.decisions.len(), 8);

    let o = evaldesk(&["--lang", "en", "summary", "--json", DEMO]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["review"]["status"], "final");
    assert_eq!(r["review"]["decisions"], 8);
    for d in r["reviewed"].as_array().unwrap() {
        assert_ne!(d["value"], d["before"], "{d}");
        assert!(!d["reason"].as_str().unwrap().trim().is_empty());
    }
    let candidates = r["candidates"].as_array().unwrap();
    assert_eq!(candidates.len(), 12);
    let own = candidates
        .iter()
        .filter(|c| c["self_assessed"] == true)
        .count();
    assert_eq!(
        own, 8,
        "ten claims, two replaced by the department's evaluators"
    );
    for block in ["so", "huyen"] {
        let mut ranks: Vec<u64> = candidates
            .iter()
            .filter(|c| c["category"] == block)
            .map(|c| c["category_rank"].as_u64().unwrap())
            .collect();
        ranks.sort();
        let n = ranks.len() as u64;
        assert!(n >= 5);
        assert_eq!(ranks, (1..=n).collect::<Vec<_>>(), "{block}");
    }
    // The appraisal found Bảo Lộc's e-mail use below the mandatory 50 %.
    let bao_loc = candidates.iter().find(|c| c["id"] == "tp-bao-loc").unwrap();
    assert_eq!(bao_loc["qualified"], false);
    assert_eq!(bao_loc["failed"], serde_json::json!(["G2.3"]));
    let grades = ids(candidates.iter().map(|c| c["grade"].as_str().unwrap()));
    assert_eq!(grades.len(), 4, "every grade band shows: {grades:?}");
}

/// The agency checklist scored by two evaluators, each assigned half of the agencies, only on
/// the cells that apply to each agency's block: every agency graded from the session that
/// scored it.
#[test]
fn a_quarter_of_agency_scoring_grades_every_agency_from_the_sessions_that_scored_it() {
    use evaldesk::model::{Evaluator, Score};
    use evaldesk::scoring::{Aggregation, compute};
    let c = bundled("it-application.checklist.json");
    let agencies = c.candidates.clone().unwrap();
    let session = |id: &str, part: &[evaldesk::model::Candidate], shift: usize| {
        let evaluator = Evaluator {
            name: id.into(),
            organization: None,
            role: None,
        };
        let mut s = Session::new_draft(c.clone(), evaluator, part.to_vec());
        for (k, a) in part.iter().enumerate() {
            for (_, crit) in c.criteria().filter(|(g, k)| k.applies(g, a.category())) {
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
        assert!(s.missing().is_empty(), "every cell that applies is scored");
        let text = serde_json::to_vec(s).unwrap();
        evaldesk::model::parse_session(&text).expect("a session on the agency checklist is valid");
    }
    let r = compute(&sessions, Aggregation::Mean);
    assert_eq!(r.candidates.len(), agencies.len());
    let bands = c.grades.clone().unwrap();
    for cand in &r.candidates {
        let expected = bands
            .iter()
            .find(|b| cand.total >= b.min - 1e-9)
            .map(|b| b.label.get(Lang::Vi));
        assert_eq!(
            cand.grade.as_ref().map(|g| g.get(Lang::Vi)),
            expected,
            "{}",
            cand.id
        );
    }
    // Each agency's values come from the one session that scored it: no zeros from the other.
    let k = r
        .candidates
        .iter()
        .find(|x| x.id == first[1].id)
        .unwrap()
        .order;
    let scale_row = r.criteria.iter().find(|x| x.id == "G1.5").unwrap();
    assert_eq!(scale_row.values[k], Some(1.0), "session a's own value");
}
