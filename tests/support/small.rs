//! The small checklist the tests score by hand, written once: the library's unit tests
//! include this file (`#[path]` from `src/ui/tests.rs`) and so does the integration binary
//! (`tests/integration/common`). Plain JSON values on serde_json alone, so that it compiles
//! inside the crate and outside it alike; a fixture, not part of the program.
//!
//! One each of every kind of criterion: G1.1 scale (mandatory, at least 2), G1.2 yes/no,
//! G2.1 numeric (lower is better); groups weighted 2 : 1, so a group's share (66.7 %) shows
//! its decimal separator. Candidates M-Office and V-Office.

// Each includer uses part of it.
#![allow(dead_code)]

use serde_json::{Value, json};

/// The small checklist.
pub fn checklist() -> Value {
    json!({
        "format": "evaldesk.checklist",
        "version": 1,
        "id": "small",
        "title": {"vi": "Danh sách nhỏ", "en": "Small checklist"},
        "scale": {"min": 0, "max": 4, "step": 1, "levels": [
            {"value": 0, "label": {"vi": "Không đáp ứng", "en": "Not met"}},
            {"value": 4, "label": {"vi": "Đáp ứng đầy đủ", "en": "Fully met"}}
        ]},
        "candidates": [{"id": "m-office", "name": "M-Office"}, {"id": "v-office", "name": "V-Office"}],
        "groups": [
            {"id": "G1", "title": "Chức năng", "weight": 2, "criteria": [
                {"id": "G1.1", "title": "Văn bản đến", "guidance": "Kiểm tra sổ đăng ký", "weight": 2,
                 "kind": "scale", "mandatory": true, "threshold": 2},
                {"id": "G1.2", "title": "Unicode", "kind": "yes_no"}
            ]},
            {"id": "G2", "title": "Chi phí", "weight": 1, "criteria": [
                {"id": "G2.1", "title": "Chi phí 5 năm", "kind": "numeric", "unit": "triệu đồng", "better": "lower"}
            ]}
        ]
    })
}

/// A complete draft session on [`checklist`], every cell answered (one N/A).
pub fn session() -> Value {
    json!({
        "format": "evaldesk.session",
        "version": 1,
        "id": "0b7d4a52-0000-4000-8000-000000000001",
        "evaluator": {"name": "Nguyễn Văn A", "organization": "Sở Thông tin và Truyền thông"},
        "created": "2015-04-20T08:00:00+07:00",
        "modified": "2015-04-21T16:30:00+07:00",
        "status": "draft",
        "checklist": checklist(),
        "candidates": [{"id": "m-office", "name": "M-Office"}, {"id": "v-office", "name": "V-Office"}],
        "scores": [
            {"criterion": "G1.1", "candidate": "m-office", "value": 3, "note": "tốt"},
            {"criterion": "G1.1", "candidate": "v-office", "value": 4},
            {"criterion": "G1.2", "candidate": "m-office", "value": 1},
            {"criterion": "G1.2", "candidate": "v-office", "na": true, "note": "không có"},
            {"criterion": "G2.1", "candidate": "m-office", "value": 2450},
            {"criterion": "G2.1", "candidate": "v-office", "value": 3900}
        ]
    })
}

/// A checklist on the 0–4 scale with these groups and nothing else (no candidates, no
/// levels): the method's cases computed by hand build theirs on it.
pub fn checklist_with(groups: Value) -> Value {
    json!({
        "format": "evaldesk.checklist", "version": 1, "id": "t", "title": "Test",
        "scale": {"min": 0, "max": 4, "step": 1},
        "groups": groups
    })
}

/// A draft session by evaluator `id` on `checklist`, scoring `candidates` (each named as its
/// id) with these score objects.
pub fn session_with(id: &str, checklist: &Value, candidates: &[&str], scores: Vec<Value>) -> Value {
    json!({
        "format": "evaldesk.session", "version": 1, "id": id,
        "evaluator": {"name": id}, "created": "2015-04-20T08:00:00+07:00",
        "modified": "2015-04-20T08:00:00+07:00", "status": "draft", "checklist": checklist,
        "candidates": candidates.iter().map(|c| json!({"id": c, "name": c})).collect::<Vec<_>>(),
        "scores": scores
    })
}
