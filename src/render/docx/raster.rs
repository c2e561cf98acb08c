//! An SVG logo as the PNG a Word file needs: Word shows a drawing only beside a
//! picture of it. resvg draws it, where the `pdf` feature already brings resvg;
//! without it a Word letter has no SVG logo (the PDF and HTML letters still do).

/// A PNG of the drawing and its size in pixels, or `None` if it cannot be drawn
/// here (the SVG's own errors were reported when the letterhead was read).
#[cfg(feature = "pdf")]
pub fn png_of_svg(svg: &[u8]) -> Option<(Vec<u8>, (u32, u32))> {
    use resvg::{tiny_skia, usvg};
    /// The height of the drawn logo in pixels: 12 mm at 300 dpi, crisp in print.
    const HEIGHT: f32 = 142.0;
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default()).ok()?;
    let size = tree.size();
    let scale = HEIGHT / size.height();
    // A logo at most four times as wide as it is high would be 568 pixels wide;
    // the width is bounded so that a sliver of a drawing cannot ask for gigabytes.
    let width = (size.width() * scale).ceil().clamp(1.0, 8.0 * HEIGHT) as u32;
    let height = HEIGHT as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height)?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Some((pixmap.encode_png().ok()?, (width, height)))
}

/// Without the `pdf` feature there is no resvg: no drawing.
#[cfg(not(feature = "pdf"))]
pub fn png_of_svg(_svg: &[u8]) -> Option<(Vec<u8>, (u32, u32))> {
    None
}
