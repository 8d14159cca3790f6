//! Plots drawn with plotters, generic over the backend (SVG in the page and in tests).
//!
//! The pictures of the chapters: the SVD as rotate, stretch, rotate (`SvdStages`), least
//! squares as a projection (`Projection`, and `LineFit` for more samples than three), PCA
//! of points in the plane (`PcaCloud`) and a picture's low-rank approximation (`LowRank`).
//!
//! Colours: a drawing uses a few sentinel colours ([`INK`], [`GRID`], [`ACCENT`],
//! [`BAD`], [`MUTED`]) that the stylesheet maps onto the theme's CSS variables
//! (`.plot [stroke="#030303"] { stroke: var(--accent) }`). So one SVG string reads
//! well in the light, dark and projector themes, and needs no inline style, which
//! the page's Content-Security-Policy forbids. Data colours (classes, the sign of a
//! weight) are fixed hues that read on every background.

mod curve;
pub mod exact;
mod line_fit;
mod low_rank_image;
mod maps;
pub mod markup;
mod pca;
mod plane;
mod projection;
pub mod qr;
pub mod race;
mod sketch;
mod space;
mod svd_stages;
pub mod tables;

pub use curve::{downsample, loss_curve, CurveFrame, CurveSpec};
pub use line_fit::{line_fit_picture, LineFit};
pub use low_rank_image::{gray, low_rank_picture, smiley, LowRank, SMILEY_SIDE};
pub use maps::{
    block_means, decision_boundary, with_overlay, BoundarySpec, CLASS_COLOURS, NEGATIVE, POSITIVE,
};
pub use pca::{pca_picture, PcaCloud, PcaFit, PlotFrame};
pub use plane::{PlaneEigen, PlaneMap};
pub use projection::Projection;
pub use sketch::{map_picture, plane_point, Sketch, EIGEN, FIRST, SECOND, THIRD};
pub use space::SpaceMap;
pub use svd_stages::{SvdStages, Turn, CIRCLE_POINTS};

use plotters::coord::Shift;
use plotters::prelude::*;

/// Axis text and frames: the theme's text colour.
pub const INK: RGBColor = RGBColor(1, 1, 1);
/// Grid lines: the theme's border colour.
pub const GRID: RGBColor = RGBColor(2, 2, 2);
/// The main series: the theme's accent.
pub const ACCENT: RGBColor = RGBColor(3, 3, 3);
/// Where something broke: the theme's error colour.
pub const BAD: RGBColor = RGBColor(4, 4, 4);
/// Secondary text: the theme's muted colour.
pub const MUTED: RGBColor = RGBColor(5, 5, 5);

/// The sentinel colours, each with the CSS variable the stylesheet paints it with.
pub const THEME_COLOURS: [(&str, &str); 5] = [
    ("#010101", "--text"),
    ("#020202", "--border"),
    ("#030303", "--accent"),
    ("#040404", "--bad"),
    ("#050505", "--muted"),
];

/// A chart on the page as a file of its own, in the theme on screen: each sentinel colour
/// replaced by `colour` of its CSS variable, over a `background` rectangle (a file has no
/// stylesheet to paint it).
pub fn standalone_svg(svg: &str, colour: &dyn Fn(&str) -> String, background: &str) -> String {
    let mut out = svg.to_string();
    for (sentinel, variable) in THEME_COLOURS {
        out = out.replace(sentinel, &colour(variable));
    }
    if let Some(end) = out.find('>') {
        out.insert_str(
            end + 1,
            &format!(r#"<rect width="100%" height="100%" fill="{background}"/>"#),
        );
    }
    out
}

/// Draws into an SVG string of `width × height` and returns it with what `draw` returned.
pub fn to_svg<T>(
    width: u32,
    height: u32,
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<T, String>,
) -> Result<(String, T), String> {
    let mut out = String::new();
    let value = {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        let value = draw(&root)?;
        root.present().map_err(drawing_error::<SVGBackend>)?;
        value
    };
    Ok((out, value))
}

/// A drawing error in words. Plotters' own text would bring the names of every I/O error
/// into the page's wasm, for a backend that writes into a `String` and cannot meet one.
pub(crate) fn drawing_error<DB: DrawingBackend>(e: DrawingAreaErrorKind<DB::ErrorType>) -> String {
    match e {
        DrawingAreaErrorKind::BackendError(_) => "the drawing backend failed",
        DrawingAreaErrorKind::SharingError => "the drawing area is in use elsewhere",
        DrawingAreaErrorKind::LayoutError => "the chart does not fit its area",
    }
    .to_string()
}

/// A number for an axis label: at most 3 significant digits, no trailing zeros.
pub fn axis_number(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return if x.is_finite() {
            "0".into()
        } else {
            format!("{x}")
        };
    }
    let exp = x.abs().log10().floor() as i32;
    if !(-3..5).contains(&exp) {
        let s = format!("{x:.1e}");
        return s.replace(".0e", "e");
    }
    let decimals = (2 - exp).max(0) as usize;
    let s = format!("{x:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}
