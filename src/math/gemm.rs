//! Packed, register-blocked matrix products: the fast CPU path and the GPU kernels' CPU twin.
//!
//! The product follows Goto and van de Geijn (the scheme of BLIS and XNNPACK): B is
//! copied into panels NR columns wide and A into panels MR rows tall, both laid out
//! so the innermost loop reads memory in order, and a micro-kernel keeps an MR×NR
//! tile of C in registers for a whole run of k. The loops around it cut k into
//! blocks of KC (one A panel and one B panel stay in L1) and m into blocks of MC
//! (the packed A block stays in L2).
//!
//! Micro-kernels: in wasm with simd128, explicit `core::arch::wasm32` vectors (and the
//! same kernel over SSE2 natively on x86-64, for tests and the CPU twin): 4×8
//! f32 in 8 `f32x4` accumulators, 4×4 f64 in 8 `f64x2`. Measured in Chromium, these
//! beat 6-row tiles (12 accumulators) by half: V8 keeps one of x86-64's 16 vector
//! registers for itself, and 12 accumulators, two B vectors and a broadcast A value
//! leave it none to spare. On other targets, portable Rust over fixed-size arrays.
//! The kernel is written out by hand, not left to the optimizer, because the release
//! build optimizes for size (`opt-level = "z"`), which neither unrolls nor hoists
//! bounds checks.

use std::ops::{Add, AddAssign, Mul};

/// C = A·B in f32; A is m×k, B is k×n, C is m×n, all row-major.
///
/// # Panics
/// If `a.len() != m * k` or `b.len() != k * n`.
pub fn matmul_f32(a: &[f32], b: &[f32], m: usize, k: usize, n: usize) -> Vec<f32> {
    let mut c = vec![0.0; m * n];
    gemm_f32(a, b, &mut c, m, k, n);
    c
}

/// C = A·B in f64; A is m×k, B is k×n, C is m×n, all row-major.
///
/// # Panics
/// If `a.len() != m * k` or `b.len() != k * n`.
pub fn matmul_f64(a: &[f64], b: &[f64], m: usize, k: usize, n: usize) -> Vec<f64> {
    let mut c = vec![0.0; m * n];
    gemm_f64(a, b, &mut c, m, k, n);
    c
}

/// Overwrites C with A·B in f32.
///
/// # Panics
/// If `a.len() != m * k`, `b.len() != k * n` or `c.len() != m * n`.
pub fn gemm_f32(a: &[f32], b: &[f32], c: &mut [f32], m: usize, k: usize, n: usize) {
    gemm(a, b, c, m, k, n);
}

/// Overwrites C with A·B in f64.
///
/// # Panics
/// If `a.len() != m * k`, `b.len() != k * n` or `c.len() != m * n`.
pub fn gemm_f64(a: &[f64], b: &[f64], c: &mut [f64], m: usize, k: usize, n: usize) {
    gemm(a, b, c, m, k, n);
}

/// C = A·B by the plain triple loop: the reference the packed product is tested against.
///
/// # Panics
/// If `a.len() != m * k`, `b.len() != k * n` or `c.len() != m * n`.
pub fn gemm_naive<T: Element>(a: &[T], b: &[T], c: &mut [T], m: usize, k: usize, n: usize) {
    check(a.len(), b.len(), c.len(), m, k, n);
    c.fill(T::default());
    for i in 0..m {
        let c_row = &mut c[i * n..(i + 1) * n];
        for (p, &aip) in a[i * k..(i + 1) * k].iter().enumerate() {
            for (cij, &bpj) in c_row.iter_mut().zip(&b[p * n..(p + 1) * n]) {
                *cij += aip * bpj;
            }
        }
    }
}

/// A number the packed product works on: f32 or f64, with its micro-kernel.
pub trait Element:
    Copy + Default + Add<Output = Self> + Mul<Output = Self> + AddAssign + 'static
{
    /// Rows of C one micro-kernel call computes.
    const MR: usize;
    /// Columns of C one micro-kernel call computes.
    const NR: usize;

    /// Adds the MR×NR tile Σ_p A[:, p]·B[p, :] to C, of which only the top-left
    /// `rows`×`cols` corner is stored; `c` starts at the tile's first entry and its rows
    /// are `ldc` apart.
    ///
    /// `a` is a packed A panel (MR values per step of k), `b` a packed B panel (NR per step).
    ///
    /// # Panics
    /// If the panels differ in length or `c` is too short for `rows`, `cols` and `ldc`.
    fn micro_kernel(a: &[Self], b: &[Self], c: &mut [Self], ldc: usize, rows: usize, cols: usize);
}

/// Steps of k per packed panel: a 4×256 A panel and a 256×8 B panel together fill
/// 12 KiB of f32, well inside a 32 KiB L1.
const KC: usize = 256;
/// Rows of A packed at once: 96×256 f32 is 96 KiB, inside L2.
const MC: usize = 96;
/// Columns of B packed at once.
const NC: usize = 1024;
/// Below this many multiply-adds the packing costs more than it saves.
const SMALL: usize = 16 * 16 * 16;

fn check(a: usize, b: usize, c: usize, m: usize, k: usize, n: usize) {
    assert_eq!(a, m * k, "A must hold m·k = {m}·{k} values");
    assert_eq!(b, k * n, "B must hold k·n = {k}·{n} values");
    assert_eq!(c, m * n, "C must hold m·n = {m}·{n} values");
}

fn gemm<T: Element>(a: &[T], b: &[T], c: &mut [T], m: usize, k: usize, n: usize) {
    check(a.len(), b.len(), c.len(), m, k, n);
    if m * n * k <= SMALL {
        return gemm_naive(a, b, c, m, k, n);
    }
    c.fill(T::default());
    let (mr, nr) = (T::MR, T::NR);
    let mut b_pack = vec![T::default(); KC * n.min(NC).next_multiple_of(nr)];
    let mut a_pack = vec![T::default(); m.min(MC).next_multiple_of(mr) * KC];

    for jc in (0..n).step_by(NC) {
        let nc = NC.min(n - jc);
        for pc in (0..k).step_by(KC) {
            let kc = KC.min(k - pc);
            pack_b(b, n, pc, kc, jc, nc, nr, &mut b_pack);
            for ic in (0..m).step_by(MC) {
                let mc = MC.min(m - ic);
                pack_a(a, k, ic, mc, pc, kc, mr, &mut a_pack);
                // jr outside ir: one B panel stays in L1 while the A panels stream past it.
                for jr in (0..nc).step_by(nr) {
                    let b_panel = &b_pack[jr * kc..(jr + nr) * kc];
                    let cols = nr.min(nc - jr);
                    for ir in (0..mc).step_by(mr) {
                        let a_panel = &a_pack[ir * kc..(ir + mr) * kc];
                        let rows = mr.min(mc - ir);
                        let start = (ic + ir) * n + jc + jr;
                        let end = start + (rows - 1) * n + cols;
                        T::micro_kernel(a_panel, b_panel, &mut c[start..end], n, rows, cols);
                    }
                }
            }
        }
    }
}

/// Copies B[pc..pc+kc, jc..jc+nc] into panels of `nr` columns: panel q holds, for each
/// step p, the nr values B[pc+p, jc+q·nr ..], zero past the last column.
#[allow(clippy::too_many_arguments)]
fn pack_b<T: Element>(
    b: &[T],
    n: usize,
    pc: usize,
    kc: usize,
    jc: usize,
    nc: usize,
    nr: usize,
    out: &mut [T],
) {
    for (q, panel) in out[..nc.next_multiple_of(nr) * kc]
        .chunks_exact_mut(nr * kc)
        .enumerate()
    {
        let j0 = jc + q * nr;
        let cols = nr.min(jc + nc - j0);
        for (p, dst) in panel.chunks_exact_mut(nr).enumerate() {
            let src = (pc + p) * n + j0;
            dst[..cols].copy_from_slice(&b[src..src + cols]);
            dst[cols..].fill(T::default());
        }
    }
}

/// Copies A[ic..ic+mc, pc..pc+kc] into panels of `mr` rows: panel r holds, for each
/// step p, the mr values A[ic+r·mr .., pc+p], zero past the last row.
#[allow(clippy::too_many_arguments)]
fn pack_a<T: Element>(
    a: &[T],
    k: usize,
    ic: usize,
    mc: usize,
    pc: usize,
    kc: usize,
    mr: usize,
    out: &mut [T],
) {
    for (r, panel) in out[..mc.next_multiple_of(mr) * kc]
        .chunks_exact_mut(mr * kc)
        .enumerate()
    {
        let i0 = ic + r * mr;
        let rows = mr.min(ic + mc - i0);
        for i in 0..rows {
            let src = &a[(i0 + i) * k + pc..(i0 + i) * k + pc + kc];
            for (dst, &v) in panel.chunks_exact_mut(mr).zip(src) {
                dst[i] = v;
            }
        }
        if rows < mr {
            for dst in panel.chunks_exact_mut(mr) {
                dst[rows..].fill(T::default());
            }
        }
    }
}

mod micro;

impl Element for f32 {
    const MR: usize = 4;
    const NR: usize = 8;

    #[inline]
    fn micro_kernel(a: &[f32], b: &[f32], c: &mut [f32], ldc: usize, rows: usize, cols: usize) {
        #[cfg(any(
            all(target_arch = "wasm32", target_feature = "simd128"),
            all(target_arch = "x86_64", not(target_arch = "wasm32"))
        ))]
        micro::simd::micro_f32(a, b, c, ldc, rows, cols);
        #[cfg(not(any(
            all(target_arch = "wasm32", target_feature = "simd128"),
            all(target_arch = "x86_64", not(target_arch = "wasm32"))
        )))]
        micro::micro_portable::<f32, { Self::MR }, { Self::NR }>(a, b, c, ldc, rows, cols);
    }
}

impl Element for f64 {
    const MR: usize = 4;
    const NR: usize = 4;

    #[inline]
    fn micro_kernel(a: &[f64], b: &[f64], c: &mut [f64], ldc: usize, rows: usize, cols: usize) {
        #[cfg(any(
            all(target_arch = "wasm32", target_feature = "simd128"),
            all(target_arch = "x86_64", not(target_arch = "wasm32"))
        ))]
        micro::simd::micro_f64(a, b, c, ldc, rows, cols);
        #[cfg(not(any(
            all(target_arch = "wasm32", target_feature = "simd128"),
            all(target_arch = "x86_64", not(target_arch = "wasm32"))
        )))]
        micro::micro_portable::<f64, { Self::MR }, { Self::NR }>(a, b, c, ldc, rows, cols);
    }
}
