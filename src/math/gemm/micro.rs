//! The micro-kernels of the packed product: an MR×NR tile of C kept in registers for a whole
//! run of k. Vectors over wasm simd128 or SSE2 where there are any, portable arrays elsewhere.

#[cfg(not(any(
    all(target_arch = "wasm32", target_feature = "simd128"),
    all(target_arch = "x86_64", not(target_arch = "wasm32"))
)))]
use std::ops::{Add, AddAssign, Mul};

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
pub(super) mod simd {
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
pub(super) fn micro_portable<T, const MR: usize, const NR: usize>(
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
