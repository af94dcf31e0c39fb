//! Every chart as PNG and SVG into a folder: the folder made whole beside its place and moved
//! there at the end ([`export_folder`], which replaces only a folder EvalDesk wrote: see
//! [`crate::report::folder`]), so a failure never leaves a half-written picture or folder.

use std::path::{Path, PathBuf};

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{Chart, ChartError, TrendChart};
use crate::i18n::{Lang, Msg, tr};
use crate::model::problem::IoProblem;
use crate::report::folder::{self, FolderError, Kind};
use crate::scoring::Results;
use crate::scoring::trend::Trend;

/// Why the charts could not all be written.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.msg().text(Lang::En))]
pub enum ExportError {
    /// The folder may not be written or replaced.
    Folder(FolderError),
    Io {
        path: PathBuf,
        problem: IoProblem,
    },
    Draw {
        path: PathBuf,
        error: ChartError,
    },
}

impl ExportError {
    pub fn msg(&self) -> Msg {
        match self {
            ExportError::Folder(e) => e.msg(),
            ExportError::Io { path, problem } => tr::chart_write_failed(path, problem.msg()),
            ExportError::Draw { path, error } => {
                tr::chart_write_failed(path, crate::report::write::plain(&error.to_string()))
            }
        }
    }
}

/// Every chart into the folder `dir` as [`export`] writes them, the folder made whole beside
/// its place and moved there at the end. `dir` must not be or hold any of `inputs` (the files
/// read); an existing `dir` is replaced only with [`folder::IfExists::ReplaceExport`], and only when EvalDesk wrote it.
/// `progress` is told each file (by its final path) as it is drawn.
pub fn export_folder(
    dir: &Path,
    if_exists: folder::IfExists,
    inputs: &[PathBuf],
    r: &Results,
    lang: Lang,
    width: u32,
    mut progress: impl FnMut(&Path),
) -> Result<Vec<PathBuf>, ExportError> {
    let target = folder::check(dir, if_exists, inputs).map_err(ExportError::Folder)?;
    let temp = target.begin().map_err(ExportError::Folder)?;
    export(temp.path(), r, lang, width, |p| {
        if let Some(name) = p.file_name() {
            progress(&dir.join(name));
        }
    })?;
    target
        .finish(temp, Kind::Charts)
        .map_err(ExportError::Folder)
}

/// Write every chart into `dir` as `NAME.png` (`width` pixels wide, 16:10 or taller: see
/// [`Chart::height`]) and `NAME.svg`;
/// `progress` is told each file as it is done. Returns the files written.
pub fn export(
    dir: &Path,
    r: &Results,
    lang: Lang,
    width: u32,
    mut progress: impl FnMut(&Path),
) -> Result<Vec<PathBuf>, ExportError> {
    let io = |path: &Path, e: &std::io::Error| ExportError::Io {
        path: path.to_owned(),
        problem: IoProblem::from_io(e),
    };
    std::fs::create_dir_all(dir).map_err(|e| io(dir, &e))?;
    let mut written = Vec::new();
    for chart in Chart::ALL {
        let size = (width, chart.height(r, width));
        let picture = (chart, r);
        write_both(dir, chart.file_stem(), &picture, lang, size, &mut |p| {
            progress(p);
            written.push(p.to_owned());
        })?;
    }
    Ok(written)
}

/// Something drawn as one picture: one of the committee's charts of some results, or one of
/// the year's charts of a trend. What the SVG and PNG writers below are generic over.
pub trait Picture {
    fn draw_on<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        lang: Lang,
    ) -> Result<(), ChartError>;
}

impl Picture for (Chart, &Results) {
    fn draw_on<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        lang: Lang,
    ) -> Result<(), ChartError> {
        self.0.draw(area, self.1, lang)
    }
}

impl Picture for (TrendChart, &Trend) {
    fn draw_on<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        lang: Lang,
    ) -> Result<(), ChartError> {
        self.0.draw(area, self.1, lang)
    }
}

/// One chart as SVG text of `size` pixels (see [`svg_picture`]).
pub fn svg_string(
    chart: Chart,
    r: &Results,
    lang: Lang,
    size: (u32, u32),
) -> Result<String, ChartError> {
    svg_picture(&(chart, r), lang, size)
}

/// The year's charts into `dir` as `NAME.png` and `NAME.svg`, `width` pixels wide. Returns
/// the files written.
pub fn export_trend(
    dir: &Path,
    trend: &Trend,
    lang: Lang,
    width: u32,
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|e| ExportError::Io {
        path: dir.to_owned(),
        problem: IoProblem::from_io(&e),
    })?;
    let mut written = Vec::new();
    for chart in TrendChart::ALL {
        let size = (width, chart.height(trend, width));
        write_both(
            dir,
            chart.file_stem(),
            &(chart, trend),
            lang,
            size,
            &mut |p| written.push(p.to_owned()),
        )?;
    }
    Ok(written)
}

/// `stem.png` and `stem.svg` of one picture into `dir`, each told to `done` once written.
fn write_both(
    dir: &Path,
    stem: &str,
    picture: &impl Picture,
    lang: Lang,
    size: (u32, u32),
    done: &mut dyn FnMut(&Path),
) -> Result<(), ExportError> {
    let png = dir.join(format!("{stem}.png"));
    write_png(&png, picture, lang, size)?;
    done(&png);
    let svg = dir.join(format!("{stem}.svg"));
    let text = svg_picture(picture, lang, size).map_err(|error| ExportError::Draw {
        path: svg.clone(),
        error,
    })?;
    crate::store::atomic_write(&svg, text.as_bytes()).map_err(|e| ExportError::Io {
        path: svg.clone(),
        problem: e.problem,
    })?;
    done(&svg);
    Ok(())
}

/// A picture as SVG text of `size` pixels. The one place SVG is made (files and the HTML
/// report): the text made XML-safe whole, since names and titles typed with a character XML
/// forbids would otherwise make the picture unreadable; plotters escapes `<`, `&` itself.
pub fn svg_picture(
    picture: &impl Picture,
    lang: Lang,
    size: (u32, u32),
) -> Result<String, ChartError> {
    let mut text = String::new();
    {
        let area = SVGBackend::with_string(&mut text, size).into_drawing_area();
        picture.draw_on(&area, lang)?;
        area.present()?;
    }
    Ok(match crate::safe_text::xml(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(safe) => safe,
    })
}

/// Draw into a temporary `.png` beside the target (plotters encodes by extension), then
/// rename it into place.
fn write_png(
    path: &Path,
    picture: &impl Picture,
    lang: Lang,
    size: (u32, u32),
) -> Result<(), ExportError> {
    let temp = tempfile::Builder::new()
        .prefix(".evaldesk-chart-")
        .suffix(".png")
        .tempfile_in(path.parent().unwrap_or(Path::new(".")))
        .map_err(|e| ExportError::Io {
            path: path.to_owned(),
            problem: IoProblem::from_io(&e),
        })?;
    {
        let area = BitMapBackend::new(temp.path(), size).into_drawing_area();
        let drawn = picture
            .draw_on(&area, lang)
            .and_then(|_| Ok(area.present()?));
        drawn.map_err(|error| ExportError::Draw {
            path: path.to_owned(),
            error,
        })?;
    }
    // Readable by the others who share the folder, as any other picture there.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(temp.path(), std::fs::Permissions::from_mode(0o644));
    }
    temp.persist(path).map_err(|e| ExportError::Io {
        path: path.to_owned(),
        problem: IoProblem::from_io(&e.error),
    })?;
    Ok(())
}

/// One chart as PNG bytes of `size` pixels, drawn in memory (for documents that embed it).
pub fn png_bytes(
    chart: Chart,
    r: &Results,
    lang: Lang,
    size: (u32, u32),
) -> Result<Vec<u8>, ChartError> {
    png_picture(&(chart, r), lang, size)
}

/// A picture as PNG bytes of `size` pixels, drawn in memory.
pub fn png_picture(
    picture: &impl Picture,
    lang: Lang,
    (width, height): (u32, u32),
) -> Result<Vec<u8>, ChartError> {
    use image::ImageEncoder;
    // `with_buffer` wants exactly width × height × 3 bytes.
    let mut buffer = vec![0u8; width as usize * height as usize * 3];
    {
        let area = BitMapBackend::with_buffer(&mut buffer, (width, height)).into_drawing_area();
        picture.draw_on(&area, lang)?;
        area.present()?;
    }
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(&buffer, width, height, image::ExtendedColorType::Rgb8)
        .map_err(|e| ChartError(e.to_string()))?;
    Ok(png)
}
