//! Numbers and matrices as text for the page, LaTeX, code and links.

use eigenplay::math::format::{
    fmt_complex, fmt_exact, fmt_number, to_latex, to_numpy, to_share, to_torch,
};
use eigenplay::math::linalg::C64;
use eigenplay::math::parse::parse_share;

use crate::m;

#[test]
fn display_numbers() {
    assert_eq!(fmt_number(22.0), "22");
    assert_eq!(fmt_number(-0.0), "0");
    assert_eq!(fmt_number(2.2), "2.2");
    assert_eq!(fmt_number(16.116843969807043), "16.1168");
    assert_eq!(fmt_number(-1.1168439698070427), "-1.11684");
    assert_eq!(fmt_number(1.0 / 3.0), "0.333333");
    assert_eq!(fmt_number(2.9486e-7), "2.9486e-7");
    assert_eq!(fmt_number(1234567.8), "1.23457e6");
    assert_eq!(fmt_number(-1e-20), "-1e-20");
    assert_eq!(fmt_number(0.1 + 0.2), "0.3");
}

#[test]
fn complex_numbers() {
    assert_eq!(fmt_complex(C64::new(1.0, 2.0)), "1 + 2i");
    assert_eq!(fmt_complex(C64::new(1.0, -2.5)), "1 - 2.5i");
    assert_eq!(fmt_complex(C64::new(0.0, 1.0)), "i");
    assert_eq!(fmt_complex(C64::new(0.0, -3.0)), "-3i");
    assert_eq!(fmt_complex(C64::new(-0.5, 0.0)), "-0.5");
}

#[test]
fn latex_and_code_literals() {
    #[rustfmt::skip]
    let a = m(&[&[1.0, 2.5],
                &[-3.0, 4.0]]);
    assert_eq!(
        to_latex(&a),
        "\\begin{bmatrix} 1 & 2.5 \\\\ -3 & 4 \\end{bmatrix}"
    );
    assert_eq!(to_numpy(&a), "np.array([[1, 2.5], [-3, 4]])");
    assert_eq!(
        to_torch(&a),
        "torch.tensor([[1., 2.5], [-3., 4.]], dtype=torch.float64)"
    );
}

#[test]
fn share_form_round_trips_exactly() {
    let values = [
        0.1,
        1.0 / 3.0,
        -2.0,
        1e-300,
        6.02e23,
        -0.0,
        123456.789,
        f64::MIN_POSITIVE,
        1e16,
        5e-6,
    ];
    let a = m(&[&values]);
    let text = to_share(&a);
    let back = parse_share("A", &text).unwrap();
    for (x, y) in a.iter().zip(back.iter()) {
        assert_eq!(
            x.to_bits() & !(1 << 63),
            y.to_bits() & !(1 << 63),
            "{x} came back as {y} via {text}"
        );
    }
    assert_eq!(to_share(&m(&[&[1.0, 2.0], &[3.0, 4.0]])), "1,2;3,4");
    assert_eq!(fmt_exact(0.1), "0.1");
    assert_eq!(fmt_exact(1e-20), "1e-20");
}
