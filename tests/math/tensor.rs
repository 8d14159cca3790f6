//! 3-D tensors: building, slicing along each axis as NumPy does, reading literals.

use eigenplay::math::tensor::{parse_tensor, Tensor3};

use crate::m;

fn sample() -> Tensor3 {
    // T[i, j, k] = 100i + 10j + k, shape (2, 3, 4): every entry tells where it sits.
    Tensor3::from_fn([2, 3, 4], |i, j, k| (100 * i + 10 * j + k) as f64)
}

#[test]
fn slices_along_every_axis() {
    let t = sample();
    assert_eq!(t.shape(), [2, 3, 4]);
    assert_eq!(t.get(1, 2, 3), Some(123.0));
    assert_eq!(t.get(2, 0, 0), None);
    // T[1] is 3×4, T[:, 2] is 2×4, T[:, :, 3] is 2×3.
    let s0 = t.try_slice(0, 1).unwrap();
    assert_eq!(s0.shape(), (3, 4));
    assert_eq!(s0[(2, 1)], 121.0);
    let s1 = t.try_slice(1, 2).unwrap();
    assert_eq!(s1.shape(), (2, 4));
    assert_eq!(s1[(1, 3)], 123.0);
    #[rustfmt::skip]
    let s2 = m(&[&[  3.0,  13.0,  23.0],
                 &[103.0, 113.0, 123.0]]);
    assert_eq!(t.try_slice(2, 3).unwrap(), s2);
    assert!(t.try_slice(0, 2).is_err());
    assert!(t.try_slice(3, 0).is_err());
}

#[test]
fn literal_round_trip_and_errors() {
    let t = parse_tensor("np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])").unwrap();
    assert_eq!(t.shape(), [2, 2, 2]);
    assert_eq!(t.try_slice(0, 1).unwrap(), m(&[&[5.0, 6.0], &[7.0, 8.0]]));
    assert_eq!(
        t.to_numpy(),
        "np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])"
    );
    assert_eq!(parse_tensor(&t.to_numpy()).unwrap(), t);
    let mut u = t.clone();
    assert!(u.set(0, 0, 0, 9.0) && !u.set(0, 0, 2, 1.0));
    assert_ne!(u, t);
    assert!(
        parse_tensor("[[1, 2], [3, 4]]").is_err(),
        "2-D is not a tensor here"
    );
    assert!(
        parse_tensor("[[[1, 2]], [[3]]]").is_err(),
        "slices of different shapes"
    );
    let err = parse_tensor("[[[1, x]]]").unwrap_err();
    assert_eq!(
        err.to_string(),
        "T[1][1,2] is \"x\", which is not a number."
    );
}
