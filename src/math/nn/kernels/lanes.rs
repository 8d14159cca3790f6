//! `F2`: two `f64` lanes, the vector every hot loop in [`super`] is written in.
//!
//! Three builds of the same type: wasm simd128 `v128` (the page), SSE2 `__m128d`
//! on x86-64 (native tests and tools; SSE2 is part of that target's baseline), and
//! a plain `[f64; 2]` elsewhere. Every operation is one IEEE operation per lane,
//! correctly rounded, with no fused multiply-add, so all three give the same bits
//! as each other and as scalar code doing the same operations in the same order.

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod imp {
    use core::arch::wasm32::*;

    /// Two f64 lanes in one simd128 register.
    #[derive(Clone, Copy)]
    pub struct F2(v128);

    impl F2 {
        #[inline(always)]
        pub fn zero() -> F2 {
            F2(f64x2_splat(0.0))
        }
        #[inline(always)]
        pub fn splat(x: f64) -> F2 {
            F2(f64x2_splat(x))
        }
        /// # Safety
        /// `p` and `p + 1` must be readable.
        #[inline(always)]
        pub unsafe fn load(p: *const f64) -> F2 {
            // SAFETY: the caller guarantees 16 readable bytes; v128_load needs no alignment.
            F2(unsafe { v128_load(p as *const v128) })
        }
        /// One load that fills both lanes with `*p`.
        ///
        /// # Safety
        /// `p` must be readable.
        #[inline(always)]
        pub unsafe fn load_splat(p: *const f64) -> F2 {
            // SAFETY: the caller guarantees 8 readable bytes.
            F2(unsafe { v128_load64_splat(p as *const u64) })
        }
        /// # Safety
        /// `p` and `p + 1` must be writable.
        #[inline(always)]
        pub unsafe fn store(self, p: *mut f64) {
            // SAFETY: the caller guarantees 16 writable bytes.
            unsafe { v128_store(p as *mut v128, self.0) }
        }
        #[inline(always)]
        pub fn add(self, o: F2) -> F2 {
            F2(f64x2_add(self.0, o.0))
        }
        #[inline(always)]
        pub fn sub(self, o: F2) -> F2 {
            F2(f64x2_sub(self.0, o.0))
        }
        #[inline(always)]
        pub fn mul(self, o: F2) -> F2 {
            F2(f64x2_mul(self.0, o.0))
        }
        #[inline(always)]
        pub fn div(self, o: F2) -> F2 {
            F2(f64x2_div(self.0, o.0))
        }
        #[inline(always)]
        pub fn sqrt(self) -> F2 {
            F2(f64x2_sqrt(self.0))
        }
        /// Per lane `if x > 0 { x } else { 0 }` (NaN and −0 give +0).
        #[inline(always)]
        pub fn relu(self) -> F2 {
            // pmax(a, b) is `a < b ? b : a`.
            F2(f64x2_pmax(f64x2_splat(0.0), self.0))
        }
        /// Per lane `if out <= 0 { 0 } else { self }`.
        #[inline(always)]
        pub fn zero_where_not_positive(self, out: F2) -> F2 {
            F2(v128_andnot(self.0, f64x2_le(out.0, f64x2_splat(0.0))))
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod imp {
    use core::arch::x86_64::*;

    /// Two f64 lanes in one SSE2 register.
    #[derive(Clone, Copy)]
    pub struct F2(__m128d);

    impl F2 {
        #[inline(always)]
        pub fn zero() -> F2 {
            // SAFETY: SSE2 is part of the x86-64 baseline, so it is always enabled.
            unsafe { F2(_mm_setzero_pd()) }
        }
        #[inline(always)]
        pub fn splat(x: f64) -> F2 {
            // SAFETY: SSE2 is part of the x86-64 baseline, so it is always enabled.
            unsafe { F2(_mm_set1_pd(x)) }
        }
        /// # Safety
        /// `p` and `p + 1` must be readable.
        #[inline(always)]
        pub unsafe fn load(p: *const f64) -> F2 {
            // SAFETY: the caller guarantees 16 readable bytes; loadu needs no alignment.
            F2(unsafe { _mm_loadu_pd(p) })
        }
        /// One load that fills both lanes with `*p`.
        ///
        /// # Safety
        /// `p` must be readable.
        #[inline(always)]
        pub unsafe fn load_splat(p: *const f64) -> F2 {
            // SAFETY: the caller guarantees 8 readable bytes.
            F2(unsafe { _mm_load1_pd(p) })
        }
        /// # Safety
        /// `p` and `p + 1` must be writable.
        #[inline(always)]
        pub unsafe fn store(self, p: *mut f64) {
            // SAFETY: the caller guarantees 16 writable bytes.
            unsafe { _mm_storeu_pd(p, self.0) }
        }
        #[inline(always)]
        pub fn add(self, o: F2) -> F2 {
            // SAFETY: SSE2 is part of the x86-64 baseline, so it is always enabled.
            unsafe { F2(_mm_add_pd(self.0, o.0)) }
        }
        #[inline(always)]
        pub fn sub(self, o: F2) -> F2 {
            // SAFETY: SSE2 is part of the x86-64 baseline, so it is always enabled.
            unsafe { F2(_mm_sub_pd(self.0, o.0)) }
        }
        #[inline(always)]
        pub fn mul(self, o: F2) -> F2 {
            // SAFETY: SSE2 is part of the x86-64 baseline, so it is always enabled.
            unsafe { F2(_mm_mul_pd(self.0, o.0)) }
        }
        #[inline(always)]
        pub fn div(self, o: F2) -> F2 {
            // SAFETY: SSE2 is part of the x86-64 baseline, so it is always enabled.
            unsafe { F2(_mm_div_pd(self.0, o.0)) }
        }
        #[inline(always)]
        pub fn sqrt(self) -> F2 {
            // SAFETY: SSE2 is part of the x86-64 baseline, so it is always enabled.
            unsafe { F2(_mm_sqrt_pd(self.0)) }
        }
        /// Per lane `if x > 0 { x } else { 0 }` (NaN and −0 give +0).
        #[inline(always)]
        pub fn relu(self) -> F2 {
            // maxpd returns its second operand unless the first is greater.
            // SAFETY: SSE2 is part of the x86-64 baseline, so it is always enabled.
            unsafe { F2(_mm_max_pd(self.0, _mm_setzero_pd())) }
        }
        /// Per lane `if out <= 0 { 0 } else { self }`.
        #[inline(always)]
        pub fn zero_where_not_positive(self, out: F2) -> F2 {
            // andnot(m, x) is !m & x.
            // SAFETY: SSE2 is part of the x86-64 baseline, so it is always enabled.
            unsafe { F2(_mm_andnot_pd(_mm_cmple_pd(out.0, _mm_setzero_pd()), self.0)) }
        }
    }
}

#[cfg(not(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
)))]
mod imp {
    /// Two f64 lanes as a plain array.
    #[derive(Clone, Copy)]
    pub struct F2([f64; 2]);

    impl F2 {
        #[inline(always)]
        fn map2(self, o: F2, f: impl Fn(f64, f64) -> f64) -> F2 {
            F2([f(self.0[0], o.0[0]), f(self.0[1], o.0[1])])
        }
        #[inline(always)]
        pub fn zero() -> F2 {
            F2([0.0; 2])
        }
        #[inline(always)]
        pub fn splat(x: f64) -> F2 {
            F2([x; 2])
        }
        /// # Safety
        /// `p` and `p + 1` must be readable.
        #[inline(always)]
        pub unsafe fn load(p: *const f64) -> F2 {
            // SAFETY: the caller guarantees both reads.
            unsafe { F2([*p, *p.add(1)]) }
        }
        /// # Safety
        /// `p` must be readable.
        #[inline(always)]
        pub unsafe fn load_splat(p: *const f64) -> F2 {
            // SAFETY: the caller guarantees the read.
            F2([unsafe { *p }; 2])
        }
        /// # Safety
        /// `p` and `p + 1` must be writable.
        #[inline(always)]
        pub unsafe fn store(self, p: *mut f64) {
            // SAFETY: the caller guarantees both writes.
            unsafe {
                *p = self.0[0];
                *p.add(1) = self.0[1];
            }
        }
        #[inline(always)]
        pub fn add(self, o: F2) -> F2 {
            self.map2(o, |a, b| a + b)
        }
        #[inline(always)]
        pub fn sub(self, o: F2) -> F2 {
            self.map2(o, |a, b| a - b)
        }
        #[inline(always)]
        pub fn mul(self, o: F2) -> F2 {
            self.map2(o, |a, b| a * b)
        }
        #[inline(always)]
        pub fn div(self, o: F2) -> F2 {
            self.map2(o, |a, b| a / b)
        }
        #[inline(always)]
        pub fn sqrt(self) -> F2 {
            F2([self.0[0].sqrt(), self.0[1].sqrt()])
        }
        /// Per lane `if x > 0 { x } else { 0 }` (NaN and −0 give +0).
        #[inline(always)]
        pub fn relu(self) -> F2 {
            self.map2(F2::zero(), |x, z| if x > 0.0 { x } else { z })
        }
        /// Per lane `if out <= 0 { 0 } else { self }`.
        #[inline(always)]
        pub fn zero_where_not_positive(self, out: F2) -> F2 {
            self.map2(out, |g, a| if a <= 0.0 { 0.0 } else { g })
        }
    }
}

pub use imp::F2;
