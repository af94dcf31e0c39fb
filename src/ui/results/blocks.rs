//! The ranking's tabs, one per block (overall, each category, "other"), when the checklist
//! has `categories` (docs/method.md §12); the blocks themselves are the report's.

use eframe::egui;

use crate::i18n::Lang;
pub use crate::report::blocks::Block;
use crate::report::blocks::{blocks, name};
use crate::scoring::Results;

/// The tabs, one per block; `shown` becomes the one clicked. A block that is no longer in
/// the results (sessions left out) falls back to the overall ranking.
pub fn tabs(ui: &mut egui::Ui, lang: Lang, r: &Results, shown: &mut Block) {
    let all = blocks(r);
    if !all.contains(shown) {
        *shown = Block::Overall;
    }
    if all.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for block in all {
            let label = name(r, &block, lang);
            if ui.selectable_label(*shown == block, label).clicked() {
                *shown = block;
            }
        }
    });
}
