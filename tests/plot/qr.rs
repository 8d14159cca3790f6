//! The QR code of a link: its modules as the page draws them (black on white, a quiet zone of
//! four), and the words for a link no QR code holds. The browser test reads one back with a
//! decoder (`tests/e2e/qr.spec.js`).

use eigenplay::plot::qr::{qr_svg, MOST_CHARACTERS, QUIET_ZONE};
use std::collections::HashSet;

/// The dark modules of a QR code's SVG, as (column, row) of its grid, quiet zone included.
fn dark_cells(svg: &str) -> HashSet<(usize, usize)> {
    let dark = svg
        .split("<path ")
        .find(|p| p.starts_with(r##"fill="#000""##))
        .expect("a path of dark modules");
    let d = dark
        .split(r#"d=""#)
        .nth(1)
        .expect("its d")
        .split('"')
        .next()
        .unwrap();
    d.split('M')
        .filter(|m| !m.is_empty())
        .map(|m| {
            let xy: Vec<usize> = m
                .trim_end_matches("h1v1h-1z")
                .split(' ')
                .map(|n| n.parse().expect("a cell's coordinate"))
                .collect();
            (xy[0], xy[1])
        })
        .collect()
}

#[test]
fn a_short_link_is_the_smallest_code_inside_a_light_quiet_zone_with_its_three_finders() {
    let svg = qr_svg("https://example.org/#view=lab", 640).expect("a short link fits");
    // 29 characters of bytes at the lowest correction fit version 2: 25 modules a side.
    let side = 25 + 2 * QUIET_ZONE;
    assert!(
        svg.contains(&format!(r#"viewBox="0 0 {side} {side}""#)),
        "{svg:.200}"
    );
    assert!(svg.contains(r#"width="640" height="640""#));
    let dark = dark_cells(&svg);
    assert!(dark.iter().all(|&(x, y)| {
        (QUIET_ZONE..side - QUIET_ZONE).contains(&x) && (QUIET_ZONE..side - QUIET_ZONE).contains(&y)
    }));
    // Each finder: a dark 7×7 ring, a light ring inside it, a dark 3×3 centre.
    let q = QUIET_ZONE;
    for (left, top) in [(q, q), (side - q - 7, q), (q, side - q - 7)] {
        for dy in 0..7 {
            for dx in 0..7 {
                let ring = dx.min(dy).min(6 - dx).min(6 - dy);
                assert_eq!(
                    dark.contains(&(left + dx, top + dy)),
                    ring != 1,
                    "finder at ({left}, {top}), module ({dx}, {dy})"
                );
            }
        }
    }
    // The fourth corner has no finder.
    assert!(!(0..7).all(|d| dark.contains(&(side - q - 1 - d, side - q - 1))));
}

#[test]
fn the_longest_link_a_code_holds_fits_and_one_character_more_is_named() {
    let longest = "a".repeat(MOST_CHARACTERS);
    let svg = qr_svg(&longest, 640).expect("2,953 bytes fit version 40 at the lowest correction");
    let side = 177 + 2 * QUIET_ZONE;
    assert!(svg.contains(&format!(r#"viewBox="0 0 {side} {side}""#)));
    let err = qr_svg(&format!("{longest}a"), 640).expect_err("2,954 bytes do not fit");
    assert!(
        err.contains("2,954 characters") && err.contains("at most 2,953"),
        "{err}"
    );
}
