//! Orderings by index, through one small merge sort: every closure handed to `sort_by`
//! compiles to a sort of its own, and std's stable sort is about 3 KB of wasm even once.

use std::cmp::Ordering;

/// The indices `0..n` in the order `cmp` gives; equal ones keep their order (a stable sort).
pub fn order_by(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged = vec![0; n];
    // Bottom-up: merge runs of 1, 2, 4, ... ; taking from the left run on ties keeps it stable.
    let mut width = 1;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut merged[start..end] {
                let take_left = j >= end || (i < mid && cmp(order[j], order[i]) != Ordering::Less);
                *slot = if take_left { order[i] } else { order[j] };
                if take_left {
                    i += 1;
                } else {
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// The indices of `keys` from the largest key to the smallest.
pub fn largest_first(keys: &[f64]) -> Vec<usize> {
    order_by(keys.len(), &|i, j| keys[j].total_cmp(&keys[i]))
}

/// The indices of `keys` from the smallest key to the largest.
pub fn smallest_first(keys: &[f64]) -> Vec<usize> {
    order_by(keys.len(), &|i, j| keys[i].total_cmp(&keys[j]))
}
