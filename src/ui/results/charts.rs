//! The charts on screen: the same plotters functions as the export, drawn into an RGB
//! buffer and shown as a texture. A chart is drawn again only when the results (their
//! revision), the language, the chart or the width change — never on an idle frame.

use eframe::egui;
use plotters::prelude::*;

use crate::charts::Chart;
use crate::i18n::{Lang, Msg, tr};
use crate::scoring::Results;

/// Which chart is shown, and its texture with what it was drawn from.
#[derive(Default)]
pub struct ChartView {
    pub chart: Option<Chart>,
    drawn: Option<(Key, egui::TextureHandle)>,
    /// How many times a chart was drawn (tests check that idle frames draw nothing).
    pub draws: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    revision: u64,
    lang: Lang,
    chart: Chart,
    size: [usize; 2],
}

pub fn tab_name(chart: Chart) -> Msg {
    match chart {
        Chart::Totals => tr::chart_tab_totals(),
        Chart::HeadToHead => tr::chart_tab_head_to_head(),
        Chart::GroupScores => tr::chart_tab_groups(),
        Chart::Contributions => tr::chart_tab_contributions(),
        Chart::Radar => tr::chart_tab_radar(),
        Chart::Spread => tr::chart_tab_spread(),
        Chart::Sensitivity => tr::chart_tab_sensitivity(),
        Chart::SensitivityGrid => tr::chart_tab_sensitivity_grid(),
        Chart::Robustness => tr::chart_tab_robustness(),
    }
}

impl ChartView {
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, r: &Results, revision: u64) {
        let shown = self.chart.unwrap_or(Chart::Totals);
        ui.horizontal_wrapped(|ui| {
            for chart in Chart::ALL {
                if ui
                    .selectable_label(shown == chart, tab_name(chart).text(lang))
                    .clicked()
                {
                    self.chart = Some(chart);
                }
            }
        });
        let chart = self.chart.unwrap_or(Chart::Totals);
        // 16:10, as wide as the column allows (at most a page's width on screen).
        // Its height at most ~60 % of the window, so the table below stays in reach.
        // Charts with a row per candidate grow taller with thirty agencies instead (the
        // screen scrolls), so their rows stay readable.
        let tallest = (ui.ctx().content_rect().height() * 0.6).max(240.0);
        let ratio = chart.height(r, 1600) as f32 / 1600.0;
        let width = if ratio > 0.63 {
            ui.available_width().clamp(320.0, 1100.0)
        } else {
            ui.available_width().min(tallest * 1.6).clamp(320.0, 1100.0)
        };
        let points = egui::vec2(width, width * ratio);
        // Twice the screen's density, shown smaller: plotters draws without anti-aliasing,
        // and the texture's linear filter smooths edges and letters on the way down.
        let ppp = 2.0 * ui.ctx().pixels_per_point();
        // Never beyond the largest texture the GPU takes (egui refuses a larger one, and old
        // office PCs on the OpenGL fallback may take only 2048): a tall chart of thirty
        // agencies is drawn at a lower density instead.
        let largest = ui.ctx().input(|i| i.max_texture_side) as f32;
        let ppp = ppp.min(largest / points.x.max(points.y)).max(0.1);
        let size = [
            ((points.x * ppp).floor() as usize).max(1),
            ((points.y * ppp).floor() as usize).max(1),
        ];
        let key = Key {
            revision,
            lang,
            chart,
            size,
        };
        if self.drawn.as_ref().is_none_or(|(k, _)| *k != key) {
            match draw(chart, r, lang, size) {
                Ok(image) => {
                    let texture =
                        ui.ctx()
                            .load_texture("results-chart", image, egui::TextureOptions::LINEAR);
                    self.drawn = Some((key, texture));
                }
                Err(e) => {
                    self.drawn = None;
                    crate::ui::widgets::error_label(ui, e.to_string());
                }
            }
            self.draws += 1;
        }
        if let Some((_, texture)) = &self.drawn {
            ui.add(egui::Image::new((texture.id(), points)));
        }
    }
}

/// One chart as an image of `size` pixels.
pub fn draw(
    chart: Chart,
    r: &Results,
    lang: Lang,
    size: [usize; 2],
) -> Result<egui::ColorImage, crate::charts::ChartError> {
    // `with_buffer` wants exactly width × height × 3 bytes.
    let mut buffer = vec![0u8; size[0] * size[1] * 3];
    {
        let area = BitMapBackend::with_buffer(&mut buffer, (size[0] as u32, size[1] as u32))
            .into_drawing_area();
        chart.draw(&area, r, lang)?;
        area.present()?;
    }
    Ok(egui::ColorImage::from_rgb(size, &buffer))
}
