//! EvalDesk: score software products against a weighted checklist, and compare the results.
//!
//! The core (`model`, `store`) never depends on the GUI; `ui` holds the egui screens.

pub mod assets;
pub mod charts;
pub mod cli;
mod cli_checklist;
mod cli_report;
pub mod format;
pub mod i18n;
pub mod model;
pub mod report;
pub mod safe_text;
pub mod scoring;
pub mod spreadsheet;
pub mod store;
pub mod ui;
