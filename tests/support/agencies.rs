//! A small quarter of agencies the appraisal tests compute by hand, written once: the
//! library's unit tests include this file (`#[path]`) and so does the integration binary.
//! Plain JSON values on serde_json alone; a fixture, not part of the program.
//!
//! The checklist (`subject: agency`, blocks "so" and "huyen"): G1 (weight 1) G1.1 "Kế hoạch
//! ứng dụng CNTT" (evidence required) and G1.2 "Cán bộ chuyên trách"; G2 (weight 1) G2.1
//! "Dịch vụ công trực tuyến" and G2.2 "Bộ phận một cửa điện tử" (districts only); all on
//! 0–4, equal weights. Three agencies assess themselves:
//! - Sở Tư pháp (so): 4, 3, 4 → G1 87.5, G2 100, claimed 93.75;
//! - Sở Y tế (so): 3, 1, 2 → G1 50, G2 50, claimed 50;
//! - UBND huyện An Phú (huyen): 2, 2, 2, 4 → G1 50, G2 75, claimed 62.5.

// Each includer uses part of it.
#![allow(dead_code)]

use serde_json::{Value, json};

/// The attached evidence file's name below the session's folder, and its bytes.
pub const EVIDENCE_FILE: &str = "minh-chung/ke-hoach-15.pdf";
pub const EVIDENCE_BYTES: &[u8] = b"%PDF-1.4 ke hoach 15/KH-STP";

pub fn checklist() -> Value {
    json!({
        "format": "evaldesk.checklist", "version": 1, "id": "quy",
        "title": {"vi": "Ứng dụng CNTT của cơ quan nhà nước", "en": "IT use by state agencies"},
        "subject": "agency",
        "scale": {"min": 0, "max": 4, "step": 1},
        "categories": [
            {"id": "so", "title": {"vi": "Sở, ban, ngành", "en": "Departments"}},
            {"id": "huyen", "title": {"vi": "UBND huyện, thành phố", "en": "Districts"}}
        ],
        "candidates": [
            {"id": "so-tp", "name": "Sở Tư pháp", "category": "so"},
            {"id": "so-yt", "name": "Sở Y tế", "category": "so"},
            {"id": "h-an", "name": "UBND huyện An Phú", "category": "huyen"}
        ],
        "groups": [
            {"id": "G1", "title": "Hạ tầng và nhân lực", "criteria": [
                {"id": "G1.1", "title": "Kế hoạch ứng dụng CNTT", "evidence": "required"},
                {"id": "G1.2", "title": "Cán bộ chuyên trách"}
            ]},
            {"id": "G2", "title": "Dịch vụ", "criteria": [
                {"id": "G2.1", "title": "Dịch vụ công trực tuyến"},
                {"id": "G2.2", "title": "Bộ phận một cửa điện tử", "applies_to": ["huyen"]}
            ]}
        ]
    })
}

fn score(criterion: &str, candidate: &str, value: u32) -> Value {
    json!({"criterion": criterion, "candidate": candidate, "value": value})
}

/// Agency `id`'s self-assessment with these values (G1.1, G1.2, G2.1, then G2.2 if given).
pub fn self_assessment(id: &str, name: &str, category: &str, values: &[u32]) -> Value {
    let criteria = ["G1.1", "G1.2", "G2.1", "G2.2"];
    let mut scores: Vec<Value> = criteria
        .iter()
        .zip(values)
        .map(|(c, v)| score(c, id, *v))
        .collect();
    scores[0]["note"] = json!("Đã ban hành kế hoạch năm");
    json!({
        "format": "evaldesk.session", "version": 1, "id": format!("self-{id}"),
        "kind": "self", "period": "2015-Q2",
        "evaluator": {"name": format!("Cán bộ CNTT {name}"), "organization": name},
        "created": "2015-06-20T08:00:00+07:00", "modified": "2015-06-20T08:00:00+07:00",
        "status": "draft", "checklist": checklist(),
        "candidates": [{"id": id, "name": name, "category": category}],
        "scores": scores
    })
}

/// Sở Tư pháp's self-assessment, its G1.1 backed by a plan (typed) and the plan's file
/// (`sha256` of [`EVIDENCE_BYTES`], computed by the includer).
pub fn so_tu_phap(sha256: &str) -> Value {
    let mut s = self_assessment("so-tp", "Sở Tư pháp", "so", &[4, 3, 4]);
    s["scores"][0]["evidence"] = json!([
        {"ref": "Kế hoạch số 15/KH-STP", "date": "2015-01-10",
         "title": "Kế hoạch ứng dụng CNTT năm 2015", "page": "2"},
        {"file": EVIDENCE_FILE, "sha256": sha256, "title": "Bản chụp kế hoạch"}
    ]);
    s
}

pub fn so_y_te() -> Value {
    self_assessment("so-yt", "Sở Y tế", "so", &[3, 1, 2])
}

pub fn huyen_an_phu() -> Value {
    self_assessment("h-an", "UBND huyện An Phú", "huyen", &[2, 2, 2, 4])
}

/// The three self-assessments as (file name, session).
pub fn quarter(sha256: &str) -> Vec<(&'static str, Value)> {
    vec![
        ("so-tu-phap.evaluation.json", so_tu_phap(sha256)),
        ("so-y-te.evaluation.json", so_y_te()),
        ("huyen-an-phu.evaluation.json", huyen_an_phu()),
    ]
}
