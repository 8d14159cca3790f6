//! Orderings by index. Every closure handed to `sort_by` compiles to a sort of its own
//! (about 3 KB of wasm each), so the engine sorts through this one instance.

use std::cmp::Ordering;

/// The indices `0..n` in the order `cmp` gives; equal ones keep their order (a stable sort).
pub fn order_by(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| cmp(i, j));
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
