//! A self-assessment's evidence for the selected cell (docs/method.md §11): the items the
//! score carries, each opened or taken off; "Attach a file…"; and a small form for a
//! document named by its number, date, title and page. Everything is asked of the app as
//! actions: the copy into `minh-chung/` and every change of the session happen there.

use eframe::egui;

use super::ScoringScreen;
use super::table::labelled;
use crate::i18n::{Lang, Msg, tr};
use crate::model::{Criterion, Evidence, Score, validate};
use crate::ui::session_doc::SessionDoc;
use crate::ui::widgets::error_label;
use crate::ui::{Action, ScoringAction};

/// The document being typed in, until "Add the document".
#[derive(Clone, Debug, Default)]
pub struct EvidenceForm {
    reference: String,
    date: String,
    title: String,
    page: String,
    /// Why the last "Add" was refused, shown under the form.
    error: Option<Msg>,
}

impl EvidenceForm {
    /// The item typed, or why it cannot be added: a number is needed (an item without a
    /// file needs its `ref`), and a date is a real day written YYYY-MM-DD.
    fn item(&self) -> Result<Evidence, Msg> {
        let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        let Some(reference) = text(&self.reference) else {
            return Err(tr::selfui_need_ref());
        };
        let date = text(&self.date);
        if let Some(d) = &date
            && !validate::is_date(d)
        {
            return Err(tr::selfui_bad_date(d));
        }
        Ok(Evidence {
            reference: Some(reference),
            date,
            title: text(&self.title),
            page: text(&self.page),
            ..Evidence::default()
        })
    }
}

/// One item in a line: "Báo cáo số 12/BC-UBND · ngày 2015-03-31 · Trích yếu · trang 3".
fn describe(item: &Evidence, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(item.reference.clone());
    parts.extend(
        item.date
            .as_ref()
            .map(|d| tr::selfui_item_date(d).text(lang)),
    );
    parts.extend(item.title.clone());
    parts.extend(
        item.page
            .as_ref()
            .map(|p| tr::selfui_item_page(p).text(lang)),
    );
    if parts.is_empty() {
        parts.extend(item.file.clone());
    }
    parts.join(" · ")
}

impl ScoringScreen {
    /// The selected cell's evidence, in a self-assessment (nothing in an evaluation).
    pub(super) fn evidence(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        doc: &SessionDoc,
        actions: &mut Vec<Action>,
    ) {
        let session = doc.session();
        if !session.is_self_assessment() {
            return;
        }
        let (Some(criterion), Some(candidate)) = (
            self.cursor.current(session),
            session.candidates.get(self.cursor.cand),
        ) else {
            return;
        };
        let cell = (criterion.id.clone(), candidate.id.clone());
        let score = session.score(&cell.0, &cell.1);
        ui.add_space(8.0);
        ui.strong(tr::selfui_evidence().text(lang));
        if criterion.requires_evidence() && !score.is_some_and(Score::has_support) {
            error_label(ui, tr::selfui_evidence_required().text(lang));
        }
        let items = score.and_then(|s| s.evidence.as_deref()).unwrap_or(&[]);
        if items.is_empty() {
            ui.weak(tr::selfui_evidence_none().text(lang));
        }
        let editable = !doc.file().is_read_only();
        for (index, item) in items.iter().enumerate() {
            item_row(ui, lang, item, editable, |action| {
                actions.push(Action::Scoring(match action {
                    ItemAction::Open(file) => ScoringAction::OpenEvidence(file),
                    ItemAction::Remove => ScoringAction::RemoveEvidence {
                        criterion: cell.0.clone(),
                        candidate: cell.1.clone(),
                        index,
                    },
                }));
            });
        }
        if !editable {
            return;
        }
        if score.is_none() {
            ui.weak(tr::selfui_evidence_needs_score().text(lang));
            return;
        }
        ui.add_space(4.0);
        let attach = ui
            .button(tr::selfui_attach().text(lang))
            .on_hover_text(tr::selfui_attach_why().text(lang));
        if attach.clicked() {
            actions.push(Action::Scoring(ScoringAction::AttachEvidence {
                criterion: cell.0.clone(),
                candidate: cell.1.clone(),
                path: None,
            }));
        }
        self.reference_form(ui, lang, criterion, &cell.1, actions);
    }

    /// Number, date, title, page; "Add the document".
    fn reference_form(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        criterion: &Criterion,
        candidate: &str,
        actions: &mut Vec<Action>,
    ) {
        let form = &mut self.evidence_form;
        ui.add_space(4.0);
        egui::Grid::new("evidence-form")
            .num_columns(2)
            .show(ui, |ui| {
                let fields = [
                    (tr::selfui_ref(), &mut form.reference),
                    (tr::selfui_date(), &mut form.date),
                    (tr::selfui_title(), &mut form.title),
                    (tr::selfui_page(), &mut form.page),
                ];
                for (label, field) in fields {
                    let label = ui.label(label.text(lang));
                    ui.add(egui::TextEdit::singleline(field).desired_width(170.0))
                        .labelled_by(label.id);
                    ui.end_row();
                }
            });
        if ui.button(tr::selfui_add_ref().text(lang)).clicked() {
            match form.item() {
                Ok(evidence) => {
                    actions.push(Action::Scoring(ScoringAction::AddEvidence {
                        criterion: criterion.id.clone(),
                        candidate: candidate.to_owned(),
                        evidence,
                    }));
                    *form = EvidenceForm::default();
                }
                Err(why) => form.error = Some(why),
            }
        }
        if let Some(why) = &form.error {
            error_label(ui, why.text(lang));
        }
    }
}

enum ItemAction {
    Open(String),
    Remove,
}

/// One item: what it is, "Open" for an attached file, "Remove" (the file stays).
fn item_row(
    ui: &mut egui::Ui,
    lang: Lang,
    item: &Evidence,
    editable: bool,
    mut act: impl FnMut(ItemAction),
) {
    let text = describe(item, lang);
    ui.horizontal_wrapped(|ui| {
        ui.label(&text);
        if let Some(file) = &item.file {
            let open = ui
                .button(tr::selfui_open().text(lang))
                .on_hover_text(tr::selfui_open_why().text(lang));
            labelled(&open, egui::Role::Button, || {
                format!("{}: {text}", tr::selfui_open().text(lang))
            });
            if open.clicked() {
                act(ItemAction::Open(file.clone()));
            }
        }
        if editable {
            let remove = ui
                .button(tr::selfui_remove().text(lang))
                .on_hover_text(tr::selfui_remove_why().text(lang));
            labelled(&remove, egui::Role::Button, || {
                format!("{}: {text}", tr::selfui_remove().text(lang))
            });
            if remove.clicked() {
                act(ItemAction::Remove);
            }
        }
    });
    if let Some(file) = &item.file {
        ui.weak(file);
    }
}
