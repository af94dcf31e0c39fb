//! What is built into the binary: the Vietnamese-capable font and the bundled checklists, so
//! the program works from any folder and on a PC with nothing else installed.

/// Noto Sans, which covers every Vietnamese letter (egui's own font lacks 88 of them).
/// Licence: assets/fonts/OFL.txt.
pub const FONT_REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");

/// A checklist shipped with EvalDesk: its file name and text.
pub struct BundledChecklist {
    pub file_name: &'static str,
    pub json: &'static str,
}

pub const BUNDLED_CHECKLISTS: &[BundledChecklist] = &[
    BundledChecklist {
        file_name: "dms-vn.checklist.json",
        json: include_str!("../assets/checklists/dms-vn.checklist.json"),
    },
    // Scoring agencies' IT application each quarter (criteria-sources.md part B); its
    // candidates are a sample list of the province's agencies, marked as sample data.
    BundledChecklist {
        file_name: "it-application.checklist.json",
        json: include_str!("../assets/checklists/it-application.checklist.json"),
    },
];
