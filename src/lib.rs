//! EvalDesk: score software products against a weighted checklist, and compare the results.
//!
//! The core (`model`, `scoring`, `store`, `charts`, `spreadsheet`, `report`) never depends on
//! the GUI, and the compiler holds that line: `ui`, the egui screens, is built only with the
//! `gui` feature (on by default), and `cargo check --no-default-features` builds the core and
//! the command line without egui, eframe, rfd or winit (CI checks it).

pub mod assets;
pub mod charts;
pub mod cli;
pub mod format;
pub mod i18n;
pub mod model;
pub mod report;
pub mod safe_text;
pub mod scoring;
pub mod spreadsheet;
pub mod store;
#[cfg(feature = "gui")]
pub mod ui;
