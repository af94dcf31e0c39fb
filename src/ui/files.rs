//! The system's file dialogs (rfd). On Linux they need the desktop portal over D-Bus; where
//! there is none (a bare X session, some office PCs), the screens fall back to a path field
//! and say why.

use std::path::PathBuf;

use crate::i18n::{Lang, tr};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// A session or checklist file to open.
    Document,
    /// A folder of sessions to compare.
    Folder,
    /// A spreadsheet of criteria (.xlsx, .xls, .ods, .csv).
    Spreadsheet,
    /// Any file: a document attached as evidence (a scan, a PDF, a spreadsheet…).
    AnyFile,
}

/// Is a native dialog likely to work here? (Linux: only with a D-Bus session for the portal.)
pub fn dialogs_available() -> bool {
    if cfg!(target_os = "linux") {
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty())
    } else {
        true
    }
}

/// Ask the user with the system dialog. `None` when cancelled or when no dialog could open.
pub fn pick(kind: Pick, start: &std::path::Path, lang: Lang) -> Option<PathBuf> {
    if !dialogs_available() {
        return None;
    }
    let dialog = rfd::FileDialog::new().set_directory(start);
    match kind {
        Pick::Document => dialog
            .add_filter(tr::dialog_filter().text(lang), &["json"])
            .pick_file(),
        Pick::Folder => dialog.pick_folder(),
        Pick::Spreadsheet => dialog
            .add_filter(
                tr::dialog_filter_sheet().text(lang),
                &["xlsx", "xls", "ods", "csv"],
            )
            .pick_file(),
        Pick::AnyFile => dialog.pick_file(),
    }
}

/// Ask where to save, starting at `suggested`. `None` when cancelled or when no dialog could
/// open.
pub fn save_as(suggested: &std::path::Path, kind: Pick, lang: Lang) -> Option<PathBuf> {
    if !dialogs_available() {
        return None;
    }
    let mut dialog = rfd::FileDialog::new();
    if let Some(folder) = suggested.parent() {
        dialog = dialog.set_directory(folder);
    }
    if let Some(name) = suggested.file_name() {
        dialog = dialog.set_file_name(name.to_string_lossy());
    }
    if kind == Pick::Spreadsheet {
        dialog = dialog.add_filter(tr::dialog_filter_sheet().text(lang), &["xlsx"]);
    }
    dialog.save_file()
}

/// Show `folder` in the system's file manager (or open a file with the system's viewer) (Explorer on Windows, Finder on macOS, the
/// desktop's own elsewhere). The program is started and left to run; only a failure to
/// start it is an error (no file manager on a bare server, say).
pub fn show_in_file_manager(folder: &std::path::Path) -> std::io::Result<()> {
    let program = if cfg!(windows) {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(folder)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|_| ())
}
