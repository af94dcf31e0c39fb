//! Fixtures shared by the integration tests: a small checklist and a complete session on it.
#![allow(dead_code)]

use serde_json::{Value, json};

/// A small checklist with every kind of criterion: scale (mandatory), yes/no, numeric.
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
            {"id": "G1", "title": "Chức năng", "weight": 60, "criteria": [
                {"id": "G1.1", "title": "Văn bản đến", "guidance": "Kiểm tra sổ văn bản đến", "weight": 2,
                 "kind": "scale", "mandatory": true, "threshold": 2},
                {"id": "G1.2", "title": "Unicode", "kind": "yes_no"}
            ]},
            {"id": "G2", "title": "Chi phí", "weight": 40, "criteria": [
                {"id": "G2.1", "title": "Chi phí 5 năm", "kind": "numeric", "unit": "triệu đồng", "better": "lower"}
            ]}
        ]
    })
}

/// A complete draft session on [`checklist`].
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

/// Seal a session value in place as `evaldesk submit` would.
pub fn seal(session: &mut Value) {
    session["status"] = json!("submitted");
    session.as_object_mut().unwrap().remove("seal");
    let sha = evaldesk::model::seal::of_value(session).unwrap();
    session["seal"] = json!({"sha256": sha});
}
