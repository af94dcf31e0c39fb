//! Every chart as PNG and SVG into a folder: drawn in memory or into a temporary file, then
//! moved into place, so a failure never leaves a half-written picture.

use std::path::{Path, PathBuf};

use plotters::prelude::*;

use super::{Chart, ChartError};
use crate::i18n::{Lang, Msg, tr};
use crate::model::problem::IoProblem;
use crate::scoring::Results;

/// Why the charts could not all be written.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.msg().text(Lang::En))]
pub enum ExportError {
    Io { path: PathBuf, problem: IoProblem },
    Draw { path: PathBuf, error: ChartError },
}

impl ExportError {
    pub fn msg(&self) -> Msg {
        match self {
            ExportError::Io { path, problem } => tr::chart_write_failed(path, problem.msg()),
            ExportError::Draw { path, error } => {
                tr::chart_write_failed(path, tr::verbatim(error.to_string()))
            }
        }
    }
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
        let png = dir.join(format!("{}.png", chart.file_stem()));
        write_png(&png, chart, r, lang, size)?;
        progress(&png);
        written.push(png);
        let svg = dir.join(format!("{}.svg", chart.file_stem()));
        let mut text = String::new();
        {
            let area = SVGBackend::with_string(&mut text, size).into_drawing_area();
            let drawn = chart.draw(&area, r, lang).and_then(|_| Ok(area.present()?));
            drawn.map_err(|error| ExportError::Draw {
                path: svg.clone(),
                error,
            })?;
        }
        crate::store::atomic_write(&svg, text.as_bytes()).map_err(|e| ExportError::Io {
            path: svg.clone(),
            problem: e.problem,
        })?;
        progress(&svg);
        written.push(svg);
    }
    Ok(written)
}

/// Draw into a temporary `.png` beside the target (plotters encodes by extension), then
/// rename it into place.
fn write_png(
    path: &Path,
    chart: Chart,
    r: &Results,
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
        let drawn = chart.draw(&area, r, lang).and_then(|_| Ok(area.present()?));
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
    (width, height): (u32, u32),
) -> Result<Vec<u8>, ChartError> {
    use image::ImageEncoder;
    // `with_buffer` wants exactly width × height × 3 bytes.
    let mut buffer = vec![0u8; width as usize * height as usize * 3];
    {
        let area = BitMapBackend::with_buffer(&mut buffer, (width, height)).into_drawing_area();
        chart.draw(&area, r, lang)?;
        area.present()?;
    }
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(&buffer, width, height, image::ExtendedColorType::Rgb8)
        .map_err(|e| ChartError(e.to_string()))?;
    Ok(png)
}
