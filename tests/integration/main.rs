//! Every integration test in one binary. Each former `tests/*.rs` file is a module here: one
//! binary links the program (egui included) once instead of twenty-one times, which on two
//! cores was most of `cargo test`'s build (figures in the commit that merged them).
//!
//! The tests run as threads of one process: none may change the process's environment,
//! current folder or other globals; each works in a temporary folder of its own, and a test
//! that needs a process of its own runs this binary again (`store::spawn_child`).

mod common;

mod blocks;
mod bundled;
mod bundled_agency;
mod catalog;
mod categories;
mod cli_charts;
mod cli_checklist;
mod cli_summary;
mod cli_validate;
mod counted_once;
mod demo_year;
mod language;
mod lost;
mod overflow;
mod report;
mod report_force;
mod report_golden;
mod report_text;
mod review;
mod review_report;
mod robustness;
mod roundtrip;
mod score_sheets;
mod scoring;
mod self_assessment;
mod shared_folder;
mod store;
mod ties;
mod trend;
mod validate_rules;
