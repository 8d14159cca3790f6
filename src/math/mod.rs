//! Pure Rust linear algebra, networks and datasets. No browser code lives here.

pub mod data;
pub mod error;
pub mod exact;
pub mod explain;
pub mod format;
pub mod gemm;
pub mod linalg;
pub mod mathml;
pub mod matrix;
pub mod nn;
pub mod op;
pub mod ops;
pub mod outcome;
pub mod parse;
pub mod python;
pub mod rng;
pub mod run;
mod run_linalg;
mod run_props;
mod run_spaces;
pub mod steps;
pub mod tensor;

/// The one of `all` whose `name` is `text`, blanks around it and ASCII case ignored: the one
/// loop behind every named choice's `from_name` (a copy of it per choice cost the page's wasm
/// 130 bytes each; so did a generic loop here, once per type).
pub fn named<T: Copy>(all: &[T], name: fn(T) -> &'static str, text: &str) -> Option<T> {
    named_at(all.len(), &|i| name(all[i]), text).map(|i| all[i])
}

#[inline(never)]
fn named_at(n: usize, name: &dyn Fn(usize) -> &'static str, text: &str) -> Option<usize> {
    let text = text.trim();
    (0..n).find(|&i| name(i).eq_ignore_ascii_case(text))
}

/// The positions (i, j) of a `rows × cols` matrix, row by row. One range and a division: the
/// nested form (`(0..rows).flat_map(|i| (0..cols).map(move |j| (i, j)))`) compiles to a
/// `FlatMap` per use, several hundred bytes of the page each.
pub fn cells(rows: usize, cols: usize) -> impl Iterator<Item = (usize, usize)> {
    (0..rows * cols).map(move |k| (k / cols, k % cols))
}

/// The indices `0..n` in the order `cmp` puts them, ties in index order, as a stable sort
/// gives. Every ordering of indices goes through this one instantiation of std's unstable
/// sort: each stable `sort_by` was its own copy of std's merge sort, and five of them cost the
/// page 17 KB of wasm.
pub fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by(|&i, &j| cmp(i, j).then(i.cmp(&j)));
    order
}
