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

/// Vector operations for the micro-kernels: wasm simd128, or SSE2 (always present on x86-64).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod lanes {
    use core::arch::wasm32::*;

    pub type F32s = v128;
    pub type F64s = v128;

    macro_rules! ops {
        ($t:ty, $v:ty, $splat:ident, $add:ident, $mul:ident, $s:ident, $a:ident, $m:ident, $l:ident, $st:ident) => {
            #[inline(always)]
            pub fn $s(x: $t) -> $v {
                $splat(x)
            }
            #[inline(always)]
            pub fn $a(x: $v, y: $v) -> $v {
                $add(x, y)
            }
            #[inline(always)]
            pub fn $m(x: $v, y: $v) -> $v {
                $mul(x, y)
            }
            /// # Safety
            /// `p` must point at one vector's worth of readable values; no alignment needed.
            #[inline(always)]
            pub unsafe fn $l(p: *const $t) -> $v {
                unsafe { v128_load(p as *const v128) }
            }
            /// # Safety
            /// `p` must point at one vector's worth of writable values; no alignment needed.
            #[inline(always)]
            pub unsafe fn $st(p: *mut $t, x: $v) {
                unsafe { v128_store(p as *mut v128, x) }
            }
        };
    }
    ops!(
        f32,
        F32s,
        f32x4_splat,
        f32x4_add,
        f32x4_mul,
        splat_f32,
        add_f32,
        mul_f32,
        load_f32,
        store_f32
    );
    ops!(
        f64,
        F64s,
        f64x2_splat,
        f64x2_add,
        f64x2_mul,
        splat_f64,
        add_f64,
        mul_f64,
        load_f64,
        store_f64
    );
}

/// Vector operations for the micro-kernels: wasm simd128, or SSE2 (always present on x86-64).
#[cfg(all(target_arch = "x86_64", not(target_arch = "wasm32")))]
mod lanes {
    use core::arch::x86_64::*;

    pub type F32s = __m128;
    pub type F64s = __m128d;

    // SAFETY (every block below): SSE and SSE2 are part of the x86-64 baseline, so these
    // intrinsics' target features are always present; loads and stores are unaligned.
    macro_rules! ops {
        ($t:ty, $v:ty, $splat:ident, $add:ident, $mul:ident, $load:ident, $store:ident,
         $s:ident, $a:ident, $m:ident, $l:ident, $st:ident) => {
            #[inline(always)]
            pub fn $s(x: $t) -> $v {
                unsafe { $splat(x) }
            }
            #[inline(always)]
            pub fn $a(x: $v, y: $v) -> $v {
                unsafe { $add(x, y) }
            }
            #[inline(always)]
            pub fn $m(x: $v, y: $v) -> $v {
                unsafe { $mul(x, y) }
            }
            /// # Safety
            /// `p` must point at one vector's worth of readable values; no alignment needed.
            #[inline(always)]
            pub unsafe fn $l(p: *const $t) -> $v {
                unsafe { $load(p) }
            }
            /// # Safety
            /// `p` must point at one vector's worth of writable values; no alignment needed.
            #[inline(always)]
            pub unsafe fn $st(p: *mut $t, x: $v) {
                unsafe { $store(p, x) }
            }
        };
    }
    ops!(
        f32,
        F32s,
        _mm_set1_ps,
        _mm_add_ps,
        _mm_mul_ps,
        _mm_loadu_ps,
        _mm_storeu_ps,
        splat_f32,
        add_f32,
        mul_f32,
        load_f32,
        store_f32
    );
    ops!(
        f64,
        F64s,
        _mm_set1_pd,
        _mm_add_pd,
        _mm_mul_pd,
        _mm_loadu_pd,
        _mm_storeu_pd,
        splat_f64,
        add_f64,
        mul_f64,
        load_f64,
        store_f64
    );
}

#[cfg(any(
    all(target_arch = "wasm32", target_feature = "simd128"),
    all(target_arch = "x86_64", not(target_arch = "wasm32"))
))]
mod simd {
    //! Vector micro-kernels: MR rows × 2 vectors of C, in 2·MR accumulators.

    use super::lanes::*;

    /// A micro-kernel of MR rows × 2 vectors; each `(i, acc0, acc1)` names row i's accumulators.
    macro_rules! micro {
        ($name:ident, $t:ty, $lanes:expr, $splat:ident, $add:ident, $mul:ident, $load:ident,
         $store:ident, $mr:expr, $(($i:expr, $c0:ident, $c1:ident)),*) => {
            #[inline(always)]
            pub fn $name(a: &[$t], b: &[$t], c: &mut [$t], ldc: usize, rows: usize, cols: usize) {
                const NR: usize = 2 * $lanes;
                let kc = a.len() / $mr;
                assert!(a.len() == kc * $mr && b.len() == kc * NR);
                assert!((1..=$mr).contains(&rows) && (1..=NR).contains(&cols));
                assert!(c.len() >= (rows - 1) * ldc + cols);
                let z = $splat(0.0);
                $(let mut $c0 = z; let mut $c1 = z;)*
                // Raw pointers, not slice indexing: the release build optimizes for size
                // and keeps a bounds check per index inside this, the hottest loop.
                // (Unrolling two steps of k per trip was measured slower in V8.)
                let (mut ap, mut bp) = (a.as_ptr(), b.as_ptr());
                for _ in 0..kc {
                    // SAFETY: the asserts above keep every read inside `a` (kc·MR values)
                    // and `b` (kc·NR values).
                    unsafe {
                        let b0 = $load(bp);
                        let b1 = $load(bp.add($lanes));
                        $(
                            let x = $splat(*ap.add($i));
                            $c0 = $add($c0, $mul(x, b0));
                            $c1 = $add($c1, $mul(x, b1));
                        )*
                        ap = ap.add($mr);
                        bp = bp.add(NR);
                    }
                }
                let acc = [$($c0, $c1),*];
                if rows == $mr && cols == NR {
                    for (i, pair) in acc.chunks_exact(2).enumerate() {
                        let row = &mut c[i * ldc..i * ldc + NR];
                        // SAFETY: `row` holds NR = 2·lanes values: two vectors.
                        unsafe {
                            let p = row.as_mut_ptr();
                            $store(p, $add($load(p), pair[0]));
                            let p = row.as_mut_ptr().add($lanes);
                            $store(p, $add($load(p), pair[1]));
                        }
                    }
                } else {
                    // An edge tile: spill to memory and add only the entries inside C.
                    let mut tile = [0.0 as $t; $mr * NR];
                    for (dst, v) in tile.chunks_exact_mut($lanes).zip(acc) {
                        // SAFETY: each chunk holds exactly one vector's worth of values.
                        unsafe { $store(dst.as_mut_ptr(), v) };
                    }
                    for (i, tile_row) in tile.chunks_exact(NR).take(rows).enumerate() {
                        for (cij, &t) in c[i * ldc..i * ldc + cols].iter_mut().zip(tile_row) {
                            *cij += t;
                        }
                    }
                }
            }
        };
    }

    micro!(
        micro_f32,
        f32,
        4,
        splat_f32,
        add_f32,
        mul_f32,
        load_f32,
        store_f32,
        4,
        (0, c00, c01),
        (1, c10, c11),
        (2, c20, c21),
        (3, c30, c31)
    );
    micro!(
        micro_f64,
        f64,
        2,
        splat_f64,
        add_f64,
        mul_f64,
        load_f64,
        store_f64,
        4,
        (0, c00, c01),
        (1, c10, c11),
        (2, c20, c21),
        (3, c30, c31)
    );
}

/// The portable micro-kernel: an MR×NR array of accumulators the compiler keeps in vector registers.
#[cfg(not(any(
    all(target_arch = "wasm32", target_feature = "simd128"),
    all(target_arch = "x86_64", not(target_arch = "wasm32"))
)))]
#[inline(always)]
fn micro_portable<T, const MR: usize, const NR: usize>(
    a: &[T],
    b: &[T],
    c: &mut [T],
    ldc: usize,
    rows: usize,
    cols: usize,
) where
    T: Copy + Default + Add<Output = T> + Mul<Output = T> + AddAssign,
{
    assert!(a.len() / MR == b.len() / NR);
    let mut acc = [[T::default(); NR]; MR];
    for (ap, bp) in a.chunks_exact(MR).zip(b.chunks_exact(NR)) {
        let ap: &[T; MR] = ap.try_into().expect("chunks are MR long");
        let bp: &[T; NR] = bp.try_into().expect("chunks are NR long");
        for i in 0..MR {
            for j in 0..NR {
                acc[i][j] = acc[i][j] + ap[i] * bp[j];
            }
        }
    }
    for (i, row) in acc.iter().enumerate().take(rows) {
        for (cij, &t) in c[i * ldc..i * ldc + cols].iter_mut().zip(row) {
            *cij += t;
        }
    }
}

impl Element for f32 {
    const MR: usize = 4;
    const NR: usize = 8;

    #[inline]
    fn micro_kernel(a: &[f32], b: &[f32], c: &mut [f32], ldc: usize, rows: usize, cols: usize) {
        #[cfg(any(
            all(target_arch = "wasm32", target_feature = "simd128"),
            all(target_arch = "x86_64", not(target_arch = "wasm32"))
        ))]
        simd::micro_f32(a, b, c, ldc, rows, cols);
        #[cfg(not(any(
            all(target_arch = "wasm32", target_feature = "simd128"),
            all(target_arch = "x86_64", not(target_arch = "wasm32"))
        )))]
        micro_portable::<f32, { Self::MR }, { Self::NR }>(a, b, c, ldc, rows, cols);
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
        simd::micro_f64(a, b, c, ldc, rows, cols);
        #[cfg(not(any(
            all(target_arch = "wasm32", target_feature = "simd128"),
            all(target_arch = "x86_64", not(target_arch = "wasm32"))
        )))]
        micro_portable::<f64, { Self::MR }, { Self::NR }>(a, b, c, ldc, rows, cols);
    }
}
