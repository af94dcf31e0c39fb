//! The results screen, explaining the decision top to bottom: the headline, the most
//! critical group and robustness to the panel; weights to try; the charts; the ranking with
//! group titles; the evaluators (which sessions count, their seals); where they disagree; and
//! each group's criteria. Bad or incompatible files are listed at the top and left out.
//!
//! The sessions read, which of them count and the weights tried are this screen's document;
//! the chart shown, the disagreement opened and the textures are view state.

mod blocks;
mod charts;
pub(crate) mod claimed;
mod computation;
pub(crate) mod details;
mod summary;

use std::path::PathBuf;

use eframe::egui;

use super::widgets::{error_label, language_switch};
use super::{Action, ResultsAction};
use crate::charts::Page;
use crate::i18n::{Lang, Msg, tr};
use crate::model::{InvalidFile, Session};
use crate::scoring::{self, Aggregation, Results};

pub use charts::ChartView;

pub struct ResultsScreen {
    pub paths: Vec<PathBuf>,
    /// The sessions as read: every change here recomputes from these, not from disk.
    pub sessions: Vec<(PathBuf, Session)>,
    /// What the scoring reads of each session, made once.
    sheets: Vec<scoring::ScoreSheet>,
    /// Which sessions count, one per session.
    pub counted: Vec<bool>,
    /// Results being computed off the window's thread (many sessions).
    computing: Option<computation::Background<Results>>,
    /// Files being read off the window's thread (many files); the screen is empty meanwhile.
    reading: Option<computation::Background<crate::store::Loaded>>,
    /// The review found beside the sessions (docs/formats.md "Review"), if one counts.
    pub review: Option<crate::store::review::Chosen>,
    /// Why the review is not in the results now (it covers other sessions than those
    /// counted), when it is not.
    pub review_left_out: Option<Vec<Msg>>,
    /// Reviews were found and refused (two, neither revising the other): no meeting starts
    /// a third until the folder is put right.
    pub reviews_refused: bool,
    /// Why files were left out: bad files, sessions that cannot be compared, or none found.
    pub problems: Vec<Msg>,
    /// What the user should know about the files (identical copies counted once).
    pub notes: Vec<Msg>,
    pub aggregation: Aggregation,
    /// The counted sessions' results with the checklist's weights.
    pub base: Option<Results>,
    /// Group weights being tried (shares in checklist order), or None for the checklist's.
    pub what_if: Option<Vec<f64>>,
    /// What the screen shows: `base`, or `base` under the weights tried.
    pub results: Option<Results>,
    /// Bumped whenever `results` changes; chart textures are kept by it.
    pub revision: u64,
    pub view: View,
}

/// What the user looks at, never part of the results.
pub struct View {
    pub charts: ChartView,
    /// The ranking block shown (overall unless a tab was chosen).
    pub block: blocks::Block,
    /// The disagreement opened (an index into `Results::agreement`).
    pub disagreement: Option<usize>,
    pub what_if_open: bool,
    /// Claimed beside appraised, for the results of this revision (computed once).
    pub claimed: Option<(u64, Option<scoring::Claimed>)>,
    /// The paper and density exported pictures are made for.
    pub export_size: (Page, u32),
}

impl Default for View {
    fn default() -> Self {
        View {
            charts: ChartView::default(),
            block: blocks::Block::default(),
            disagreement: None,
            what_if_open: false,
            claimed: None,
            export_size: (Page::A4, 300),
        }
    }
}

/// The sizes offered for exported pictures: a page's width at print densities.
pub const EXPORT_SIZES: [(Page, u32); 4] = [
    (Page::A4, 300),
    (Page::A4, 150),
    (Page::A5, 300),
    (Page::A5, 150),
];

fn size_name((page, dpi): (Page, u32)) -> String {
    let paper = match page {
        Page::A4 => "A4",
        Page::A5 => "A5",
    };
    format!("{paper} · {dpi} dpi")
}

/// A session without a single score or N/A: flagged, and not counted unless ticked.
pub fn is_empty(s: &Session) -> bool {
    s.scores.is_empty()
}

impl ResultsScreen {
    /// Score the sessions read from `paths`. Bad files, and sessions that cannot be compared
    /// with the others, never block the screen: they are listed at the top with their
    /// problems, and the results use the sessions that can be used.
    pub fn new(paths: &[PathBuf], loaded: crate::store::Loaded) -> Self {
        let crate::store::Loaded {
            mut sessions,
            bad,
            identical,
            replaced,
            reviews,
            warnings,
            ..
        } = loaded;
        let incompatible = scoring::incompatible(&sessions);
        sessions.retain(|(path, _)| !incompatible.iter().any(|e| &e.file == path));
        let left_out = bad.len() + incompatible.len();
        let mut problems: Vec<Msg> = bad
            .iter()
            .chain(&incompatible)
            .flat_map(InvalidFile::msgs)
            .collect();
        if left_out > 0 {
            problems.insert(0, tr::files_left_out(left_out, sessions.len()));
        }
        if sessions.is_empty() {
            problems.push(tr::no_sessions_here());
        }
        let notes: Vec<Msg> = identical
            .iter()
            .map(|(kept, dropped)| tr::identical_copy(dropped, kept))
            .chain(
                replaced
                    .iter()
                    .map(|(newer, older)| tr::revision_replaces(newer, older)),
            )
            // An evidence file not there: the session counts, the person is told.
            .chain(warnings.iter().flat_map(InvalidFile::msgs))
            .collect();
        let (review, review_problems) = match crate::store::review::choose(reviews) {
            Ok(chosen) => (chosen, Vec::new()),
            Err(bad) => (None, bad),
        };
        problems.extend(review_problems.iter().flat_map(InvalidFile::msgs));
        let reviews_refused = !review_problems.is_empty();
        let notes = review
            .iter()
            .flat_map(|r| &r.replaced)
            .map(|(newer, older)| tr::review_replaces(newer, older))
            .chain(notes)
            .collect();
        let counted = sessions.iter().map(|(_, s)| !is_empty(s)).collect();
        let mut screen = ResultsScreen {
            review,
            review_left_out: None,
            reviews_refused,
            paths: paths.to_vec(),
            sheets: scoring::ScoreSheet::of_sessions(sessions.iter().map(|(_, s)| s)),
            sessions,
            counted,
            computing: None,
            reading: None,
            problems,
            notes,
            aggregation: Aggregation::Mean,
            base: None,
            what_if: None,
            results: None,
            revision: 0,
            view: View::default(),
        };
        screen.recompute();
        screen
    }

    /// Take in what the screen asked for that changes only what it shows. The exports are
    /// the app's to run (they write files, on threads of their own): nothing to do here.
    pub fn apply(&mut self, action: ResultsAction) {
        match action {
            ResultsAction::SetAggregation(aggregation) => self.set_aggregation(aggregation),
            ResultsAction::CountSession(i, counted) => self.set_counted(i, counted),
            ResultsAction::SubmittedOnly(only) => self.set_submitted_only(only),
            ResultsAction::SetGroupShare(g, share) => self.set_group_share(g, share),
            ResultsAction::ResetWeights => self.reset_weights(),
            ResultsAction::ExportCharts(_)
            | ResultsAction::ExportReport
            | ResultsAction::OpenMeeting => {}
        }
    }

    /// Mean or median, from the sessions in memory.
    pub fn set_aggregation(&mut self, aggregation: Aggregation) {
        self.aggregation = aggregation;
        self.recompute();
    }

    /// Count session `i` or not.
    pub fn set_counted(&mut self, i: usize, counted: bool) {
        if let Some(c) = self.counted.get_mut(i) {
            *c = counted;
            self.recompute();
        }
    }

    /// Count the submitted sessions only (true), or every session with scores (false).
    pub fn set_submitted_only(&mut self, only: bool) {
        for (c, (_, s)) in self.counted.iter_mut().zip(&self.sessions) {
            *c = !is_empty(s) && (!only || s.status == crate::model::Status::Submitted);
        }
        self.recompute();
    }

    /// Try group `g` at `share` (0–1), the other groups keeping their proportions.
    pub fn set_group_share(&mut self, g: usize, share: f64) {
        let Some(base) = &self.base else { return };
        let w: Vec<f64> = self
            .what_if
            .clone()
            .unwrap_or_else(|| base.group_weights.iter().map(|(_, w)| *w).collect());
        let Some(w) = scoring::with_share(&w, g, share) else {
            return;
        };
        self.what_if = Some(w);
        self.show_what_if();
    }

    /// Back to the checklist's weights.
    pub fn reset_weights(&mut self) {
        self.what_if = None;
        self.show_what_if();
    }

    fn recompute(&mut self) {
        let sheets: Vec<scoring::ScoreSheet> = self
            .sheets
            .iter()
            .zip(&self.counted)
            .filter(|(_, c)| **c)
            .map(|(s, _)| s.clone())
            .collect();
        let review = self.counted_review();
        self.view.disagreement = None;
        self.computing = None;
        self.base = None;
        if sheets.len() > computation::AT_ONCE_UP_TO {
            let aggregation = self.aggregation;
            self.computing = Some(computation::Background::start(sheets.len(), move || {
                scoring::compute_reviewed(&sheets, review.as_ref(), aggregation)
            }));
        } else if !sheets.is_empty() {
            self.base = Some(scoring::compute_reviewed(
                &sheets,
                review.as_ref(),
                self.aggregation,
            ));
        }
        self.show_what_if();
    }

    /// The review, when it is the review of exactly the sessions counted (else why not, in
    /// `review_left_out`): a review is used whole with the scores it decided on, or not at all.
    fn counted_review(&mut self) -> Option<crate::model::Review> {
        let chosen = self.review.as_ref()?;
        let counted: Vec<(&std::path::Path, &Session)> = self
            .sessions
            .iter()
            .zip(&self.counted)
            .filter(|(_, c)| **c)
            .map(|((path, s), _)| (path.as_path(), s))
            .collect();
        match crate::store::review::check_these(chosen, &counted) {
            Ok(()) => {
                self.review_left_out = None;
                Some(chosen.review.clone())
            }
            Err(e) => {
                let mut why = vec![tr::review_left_out(&chosen.file)];
                why.extend(e.msgs());
                self.review_left_out = Some(why);
                None
            }
        }
    }

    /// The results screen for the sessions under `paths`: a few files are read and scored
    /// before the next frame; more are read off the window's thread while the screen says
    /// so (a thousand files take seconds, and the window must keep answering).
    pub fn open(paths: &[PathBuf]) -> Self {
        let files = crate::store::expand_paths(paths, crate::store::Wanted::Documents)
            .files
            .len();
        if files <= computation::AT_ONCE_UP_TO {
            return Self::new(paths, crate::store::load_sessions(paths));
        }
        let mut screen = Self::new(paths, crate::store::Loaded::empty());
        screen.problems.clear();
        let to_read = paths.to_vec();
        screen.reading = Some(computation::Background::start(files, move || {
            crate::store::load_sessions(&to_read)
        }));
        screen
    }

    /// Whether files are being read or results computed off the window's thread.
    pub fn is_computing(&self) -> bool {
        self.computing.is_some() || self.reading.is_some()
    }

    /// Takes the results computed off the window's thread, if they are ready.
    fn take_computed(&mut self) {
        if let Some(loaded) = self.reading.as_ref().and_then(|r| r.poll()) {
            let view = std::mem::take(&mut self.view);
            *self = Self::new(&self.paths, loaded);
            self.view = view;
        }
        if let Some(results) = self.computing.as_ref().and_then(|c| c.poll()) {
            self.computing = None;
            self.base = Some(results);
            self.show_what_if();
        }
    }

    fn show_what_if(&mut self) {
        self.results = match (&self.base, &self.what_if) {
            (Some(base), Some(w)) => Some(base.with_group_weights(w)),
            (base, _) => base.clone(),
        };
        self.revision += 1;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, actions: &mut Vec<Action>) {
        let t = |m: Msg| m.text(lang);
        self.take_computed();
        if self.is_computing() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(50));
        }
        egui::Panel::top("results-top").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                if ui.button(t(tr::back())).clicked() {
                    actions.push(Action::GoStart);
                }
                ui.heading(t(tr::results()));
                let paths: Vec<String> =
                    self.paths.iter().map(|p| p.display().to_string()).collect();
                ui.label(paths.join(", "));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    language_switch(ui, lang, actions);
                    ui.separator();
                    for (agg, text) in [
                        (Aggregation::Median, tr::median()),
                        (Aggregation::Mean, tr::mean()),
                    ] {
                        if ui
                            .selectable_label(self.aggregation == agg, t(text))
                            .clicked()
                            && self.aggregation != agg
                        {
                            actions.push(Action::Results(ResultsAction::SetAggregation(agg)));
                        }
                    }
                    ui.separator();
                    // Right to left: the charts' export with its picture size, then the report.
                    let export = ui.add_enabled(
                        self.results.is_some(),
                        egui::Button::new(t(tr::export_charts())),
                    );
                    if export.clicked() {
                        let (page, dpi) = self.view.export_size;
                        actions.push(Action::Results(ResultsAction::ExportCharts(
                            page.width_px(dpi),
                        )));
                    }
                    let size = egui::ComboBox::from_id_salt("export-size")
                        .selected_text(size_name(self.view.export_size))
                        .show_ui(ui, |ui| {
                            for size in EXPORT_SIZES {
                                ui.selectable_value(
                                    &mut self.view.export_size,
                                    size,
                                    size_name(size),
                                );
                            }
                        });
                    let label = ui.label(t(tr::export_size()));
                    size.response.labelled_by(label.id);
                    ui.separator();
                    let report = ui.add_enabled(
                        self.results.is_some(),
                        egui::Button::new(t(tr::export_report())),
                    );
                    if report.clicked() {
                        actions.push(Action::Results(ResultsAction::ExportReport));
                    }
                    ui.separator();
                    // Products are reviewed by a consensus meeting, agencies appraised
                    // ("Thẩm định"): the button says which this one opens.
                    let meeting = ui.add_enabled(
                        self.results.is_some(),
                        egui::Button::new(t(crate::ui::meeting::title(self.review_kind()))),
                    );
                    if meeting.clicked() {
                        actions.push(Action::Results(ResultsAction::OpenMeeting));
                    }
                });
            });
            ui.add_space(4.0);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for p in &self.problems {
                    error_label(ui, p.text(lang));
                }
                for n in &self.notes {
                    let colour = ui.visuals().warn_fg_color;
                    ui.colored_label(colour, n.text(lang));
                }
                // A review beside the sessions that does not hold for those counted is left
                // out whole, and the screen says why (never a silent average).
                for m in self.review_left_out.iter().flatten() {
                    error_label(ui, m.text(lang));
                }
                if let Some(r) = &self.reading {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(t(tr::results_reading(r.items)));
                    });
                } else if let Some(c) = &self.computing {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(t(tr::results_computing(c.items)));
                    });
                } else if !self.sessions.is_empty() && self.results.is_none() {
                    error_label(ui, t(tr::no_session_counted()));
                }
                if let Some(r) = &self.results {
                    let trying = self.what_if.is_some();
                    summary::decision(ui, lang, r, self.base.as_ref(), trying);
                    summary::what_if(ui, lang, r, self.what_if.is_some(), &mut self.view, actions);
                    ui.add_space(8.0);
                    ui.heading(t(tr::results_charts()));
                    self.view.charts.ui(ui, lang, r, self.revision);
                    ui.add_space(8.0);
                    blocks::tabs(ui, lang, r, &mut self.view.block);
                    let rows = crate::report::blocks::members(r, &self.view.block);
                    summary::ranking(ui, lang, r, &rows);
                }
                claimed::ui(ui, lang, self);
                if self.reading.is_some() {
                    return; // nothing to list yet
                }
                ui.add_space(12.0);
                details::evaluators(ui, lang, self, actions);
                if let Some(r) = &self.results {
                    let sessions: Vec<&Session> = self
                        .sessions
                        .iter()
                        .zip(&self.counted)
                        .filter(|(_, c)| **c)
                        .map(|((_, s), _)| s)
                        .collect();
                    ui.add_space(12.0);
                    details::disagreements(ui, lang, r, &sessions, &mut self.view.disagreement);
                    ui.add_space(12.0);
                    details::groups(ui, lang, r, &sessions);
                    summary::warnings(ui, lang, r);
                }
            });
        });
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_blocks;
