//! The plots, drawn into SVG strings: what they contain, and that they carry no inline
//! style (the page's Content-Security-Policy forbids it).

mod charts;
mod colours;
mod fit_pictures;
mod maps;
mod markup;
mod qr;
mod race;
mod svd_pictures;
mod svg;
