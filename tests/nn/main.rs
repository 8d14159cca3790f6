//! Integration tests of the networks, training, datasets and teaching computations.
//!
//! Run with `cargo test --test nn`; the timing benchmarks are ignored by default:
//! `cargo test --release --test nn -- --ignored --nocapture bench`.

#[path = "../common/repo.rs"]
mod repo;

mod bench;
mod data;
mod digits;
mod export;
mod fingerprint;
mod gradcheck;
mod kernels;
mod lesson;
mod plane;
mod reference;
mod rng;
mod train;
