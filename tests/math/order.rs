//! The engine's one sort (`src/math/order.rs`) against std's stable sort.

use eigenplay::math::order::{largest_first, order_by, smallest_first};
use proptest::prelude::*;

proptest! {
    #[test]
    fn order_by_is_std_stable_sort(keys in proptest::collection::vec(-4i32..5, 0..200)) {
        // Few distinct keys, so ties are everywhere and stability shows.
        let mut want: Vec<usize> = (0..keys.len()).collect();
        want.sort_by(|&i, &j| keys[i].cmp(&keys[j]));
        prop_assert_eq!(order_by(keys.len(), &|i, j| keys[i].cmp(&keys[j])), want);
    }

    #[test]
    fn largest_and_smallest_first_sort_floats(keys in proptest::collection::vec(-1e3f64..1e3, 0..300)) {
        let up = smallest_first(&keys);
        let down = largest_first(&keys);
        prop_assert!(up.windows(2).all(|w| keys[w[0]] <= keys[w[1]]));
        prop_assert!(down.windows(2).all(|w| keys[w[0]] >= keys[w[1]]));
        let mut seen = up.clone();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..keys.len()).collect::<Vec<_>>());
    }
}
