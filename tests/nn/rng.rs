//! The seeded generator: reproducible, in range, and roughly the right shape.

use eigenplay::math::rng::Rng;

#[test]
fn same_seed_same_stream_and_different_seeds_differ() {
    let (mut a, mut b, mut c) = (Rng::new(9), Rng::new(9), Rng::new(10));
    let xs: Vec<u64> = (0..50).map(|_| a.next_u64()).collect();
    let ys: Vec<u64> = (0..50).map(|_| b.next_u64()).collect();
    let zs: Vec<u64> = (0..50).map(|_| c.next_u64()).collect();
    assert_eq!(xs, ys);
    assert_ne!(xs, zs);
}

#[test]
fn uniform_and_normal_have_the_right_moments() {
    let mut r = Rng::new(1);
    let n = 100_000;
    let u: Vec<f64> = (0..n).map(|_| r.next_f64()).collect();
    assert!(u.iter().all(|v| (0.0..1.0).contains(v)));
    let mean = u.iter().sum::<f64>() / n as f64;
    assert!((mean - 0.5).abs() < 0.01, "{mean}");
    let z: Vec<f64> = (0..n).map(|_| r.normal()).collect();
    let m = z.iter().sum::<f64>() / n as f64;
    let var = z.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / n as f64;
    assert!(
        m.abs() < 0.02 && (var - 1.0).abs() < 0.02,
        "mean {m}, var {var}"
    );
}

#[test]
fn int_range_is_half_open_and_covers_every_value() {
    let mut r = Rng::new(3);
    let mut counts = [0usize; 6];
    for _ in 0..60_000 {
        let v = r.int_range(-2, 4);
        assert!((-2..4).contains(&v));
        counts[(v + 2) as usize] += 1;
    }
    assert!(
        counts.iter().all(|&c| (9_000..11_000).contains(&c)),
        "{counts:?}"
    );
    assert_eq!(Rng::new(0).int_range(5, 6), 5);
    let extreme = Rng::new(0).int_range(i64::MIN, i64::MAX);
    assert!(extreme < i64::MAX);
}

#[test]
#[should_panic(expected = "lo < hi")]
fn empty_int_range_panics() {
    Rng::new(0).int_range(3, 3);
}

#[test]
fn shuffle_is_a_permutation() {
    let mut v: Vec<usize> = (0..100).collect();
    Rng::new(5).shuffle(&mut v);
    assert_ne!(v, (0..100).collect::<Vec<_>>());
    v.sort_unstable();
    assert_eq!(v, (0..100).collect::<Vec<_>>());
}
