//! A link as a QR code, for a class to open on their phones what the projector shows. The
//! `qrcodegen` crate encodes; this draws its modules as SVG with the page's one cell painter.

use super::markup::cells_svg;
use crate::math::mathml::escape;
use crate::math::nn::thousands;
use qrcodegen::{QrCode, QrCodeEcc, QrSegment};

/// Light modules around the code, as the QR standard asks, so that a phone finds its edges
/// against whatever the page has around it.
pub const QUIET_ZONE: usize = 4;

/// The most characters of a link drawn as a QR code: the largest code (version 40, 177 modules
/// a side) at the lowest error correction holds 2,953 bytes. A link is plain ASCII (its state
/// is percent-encoded), one byte per character.
pub const MOST_CHARACTERS: usize = 2953;

/// `text` as a QR code: an SVG of black modules on white, `px` pixels square, quiet zone
/// included; or, for a link too long for any QR code, why in words. The error correction is
/// the highest that fits the smallest code the link needs (`qrcodegen` raises it from Low
/// when the size allows), so a short link gets a code that scans from far away.
pub fn qr_svg(text: &str, px: u32) -> Result<String, String> {
    // Bytes, one segment: a link has lower-case letters, which the smaller modes lack.
    let bytes = QrSegment::make_bytes(text.as_bytes());
    let code = QrCode::encode_segments(&[bytes], QrCodeEcc::Low).map_err(|_| {
        format!(
            "This link is {} characters; a QR code holds at most {}. Copy the link instead, or share a smaller state.",
            thousands(text.len()),
            thousands(MOST_CHARACTERS)
        )
    })?;
    let modules = code.size() as usize;
    let side = modules + 2 * QUIET_ZONE;
    let dark = |k: usize| {
        let (x, y) = ((k % side) as i32, (k / side) as i32);
        let q = QUIET_ZONE as i32;
        u32::from(code.get_module(x - q, y - q))
    };
    let fill = |d: u32| format!(r##"fill="{}""##, if d == 1 { "#000" } else { "#fff" });
    Ok(cells_svg((side, side), (px, px), &dark, &fill, ""))
}

/// What the QR sheet shows for `link`: its QR code, named for a screen reader with the link it
/// holds, and the link in words under it; or, for a link too long, why, as an alert.
pub fn qr_sheet(link: &str) -> String {
    let shown = escape(link);
    match qr_svg(link, 640) {
        Ok(svg) => format!(
            r#"<p class="qr-say">Scan it to open this on your phone</p><div class="qr" role="img" aria-label="QR code of this page's link, {shown}">{svg}</div><p class="qr-link">{shown}</p>"#
        ),
        Err(why) => {
            format!(r#"<p class="notice" role="alert">{why}</p><p class="qr-link">{shown}</p>"#)
        }
    }
}
