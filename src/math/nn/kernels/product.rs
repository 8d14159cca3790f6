//! The one strided product behind a dense layer's forward pass, weight gradient and input
//! gradient: a 4×4 tile of the result in eight two-lane accumulators, each entry summed in the
//! naive loop's order.

use super::lanes::F2;

/// The shape and strides of one product `C(i, j) (+)= Σ_p A(i, p) · B(p, j)`.
///
/// A is read through two strides, so the same kernel reads δ, x and δᵀ; B and C
/// must have contiguous rows (j), which is what the two-lane loads run along.
#[derive(Clone, Copy)]
struct Product {
    m: usize,
    n: usize,
    depth: usize,
    a: *const f64,
    /// A(i, p) is `a[i * a_row + p * a_step]`.
    a_row: usize,
    a_step: usize,
    b: *const f64,
    /// B(p, j) is `b[p * b_row + j]`.
    b_row: usize,
    c: *mut f64,
    /// C(i, j) is `c[i * c_row + j]`.
    c_row: usize,
    /// Add to C's values instead of overwriting them.
    accumulate: bool,
}

/// C (+)= A·B with each entry summed in order of p, as the naive loop does.
///
/// # Panics
/// If an index the shape and strides reach lies outside its slice.
#[allow(clippy::too_many_arguments)]
pub(super) fn product(
    (m, n, depth): (usize, usize, usize),
    a: &[f64],
    (a_row, a_step): (usize, usize),
    b: &[f64],
    b_row: usize,
    c: &mut [f64],
    c_row: usize,
    accumulate: bool,
) {
    if m == 0 || n == 0 {
        return;
    }
    // The largest index each operand is read or written at; everything below is in bounds.
    assert!((m - 1) * c_row + n <= c.len(), "C too short");
    if depth > 0 {
        assert!(
            (m - 1) * a_row + (depth - 1) * a_step < a.len(),
            "A too short"
        );
        assert!((depth - 1) * b_row + n <= b.len(), "B too short");
    }
    let k = Product {
        m,
        n,
        depth,
        a: a.as_ptr(),
        a_row,
        a_step,
        b: b.as_ptr(),
        b_row,
        c: c.as_mut_ptr(),
        c_row,
        accumulate,
    };
    // SAFETY: the asserts above bound every index the tiles touch: i < m, j < n, p < depth.
    unsafe { k.run() }
}

impl Product {
    /// # Safety
    /// Every A(i, p), B(p, j), C(i, j) with i < m, j < n, p < depth must be in bounds.
    unsafe fn run(&self) {
        let mut i = 0;
        while i + 4 <= self.m {
            let mut j = 0;
            while j + 4 <= self.n {
                // SAFETY (all calls): i + 4 ≤ m or i < m, j + width ≤ n, per the caller.
                unsafe { self.tile_4x4(i, j) };
                j += 4;
            }
            if j + 2 <= self.n {
                unsafe { self.tile_4x2(i, j) };
                j += 2;
            }
            if j < self.n {
                unsafe { self.tile_4x1(i, j) };
            }
            i += 4;
        }
        while i < self.m {
            let mut j = 0;
            while j + 4 <= self.n {
                unsafe { self.tile_1x4(i, j) };
                j += 4;
            }
            if j + 2 <= self.n {
                unsafe { self.tile_1x2(i, j) };
                j += 2;
            }
            if j < self.n {
                unsafe { self.tile_1x1(i, j) };
            }
            i += 1;
        }
    }

    /// C's two lanes at `p`, or zeros when the product overwrites C.
    #[inline(always)]
    unsafe fn start(&self, p: *const f64) -> F2 {
        if self.accumulate {
            // SAFETY: the tile's caller vouches for C.
            unsafe { F2::load(p) }
        } else {
            F2::zero()
        }
    }

    #[inline(always)]
    unsafe fn start1(&self, p: *const f64) -> f64 {
        if self.accumulate {
            // SAFETY: the tile's caller vouches for C.
            unsafe { *p }
        } else {
            0.0
        }
    }

    /// Rows i..i+4, columns j..j+4 of C: eight accumulators, two B loads and four
    /// broadcast A loads per step of p.
    #[inline(always)]
    unsafe fn tile_4x4(&self, i: usize, j: usize) {
        let (ar, cr) = (self.a_row, self.c_row);
        // SAFETY (whole body): rows i..i+4 and columns j..j+4 are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * cr + j);
            let (mut c00, mut c01) = (self.start(c), self.start(c.add(2)));
            let (mut c10, mut c11) = (self.start(c.add(cr)), self.start(c.add(cr + 2)));
            let (mut c20, mut c21) = (self.start(c.add(2 * cr)), self.start(c.add(2 * cr + 2)));
            let (mut c30, mut c31) = (self.start(c.add(3 * cr)), self.start(c.add(3 * cr + 2)));
            let mut a = self.a.add(i * ar);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                let (b0, b1) = (F2::load(b), F2::load(b.add(2)));
                let x = F2::load_splat(a);
                c00 = c00.add(x.mul(b0));
                c01 = c01.add(x.mul(b1));
                let x = F2::load_splat(a.add(ar));
                c10 = c10.add(x.mul(b0));
                c11 = c11.add(x.mul(b1));
                let x = F2::load_splat(a.add(2 * ar));
                c20 = c20.add(x.mul(b0));
                c21 = c21.add(x.mul(b1));
                let x = F2::load_splat(a.add(3 * ar));
                c30 = c30.add(x.mul(b0));
                c31 = c31.add(x.mul(b1));
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            c00.store(c);
            c01.store(c.add(2));
            c10.store(c.add(cr));
            c11.store(c.add(cr + 2));
            c20.store(c.add(2 * cr));
            c21.store(c.add(2 * cr + 2));
            c30.store(c.add(3 * cr));
            c31.store(c.add(3 * cr + 2));
        }
    }

    /// Rows i..i+4, columns j..j+2.
    #[inline(always)]
    unsafe fn tile_4x2(&self, i: usize, j: usize) {
        let (ar, cr) = (self.a_row, self.c_row);
        // SAFETY (whole body): rows i..i+4 and columns j..j+2 are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * cr + j);
            let (mut c0, mut c1) = (self.start(c), self.start(c.add(cr)));
            let (mut c2, mut c3) = (self.start(c.add(2 * cr)), self.start(c.add(3 * cr)));
            let mut a = self.a.add(i * ar);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                let b0 = F2::load(b);
                c0 = c0.add(F2::load_splat(a).mul(b0));
                c1 = c1.add(F2::load_splat(a.add(ar)).mul(b0));
                c2 = c2.add(F2::load_splat(a.add(2 * ar)).mul(b0));
                c3 = c3.add(F2::load_splat(a.add(3 * ar)).mul(b0));
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            c0.store(c);
            c1.store(c.add(cr));
            c2.store(c.add(2 * cr));
            c3.store(c.add(3 * cr));
        }
    }

    /// Rows i..i+4 of column j, in scalars: four independent sums.
    #[inline(always)]
    unsafe fn tile_4x1(&self, i: usize, j: usize) {
        let (ar, cr) = (self.a_row, self.c_row);
        // SAFETY (whole body): rows i..i+4 and column j are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * cr + j);
            let (mut c0, mut c1) = (self.start1(c), self.start1(c.add(cr)));
            let (mut c2, mut c3) = (self.start1(c.add(2 * cr)), self.start1(c.add(3 * cr)));
            let mut a = self.a.add(i * ar);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                let y = *b;
                c0 += *a * y;
                c1 += *a.add(ar) * y;
                c2 += *a.add(2 * ar) * y;
                c3 += *a.add(3 * ar) * y;
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            *c = c0;
            *c.add(cr) = c1;
            *c.add(2 * cr) = c2;
            *c.add(3 * cr) = c3;
        }
    }

    /// Row i, columns j..j+4.
    #[inline(always)]
    unsafe fn tile_1x4(&self, i: usize, j: usize) {
        // SAFETY (whole body): row i and columns j..j+4 are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * self.c_row + j);
            let (mut c0, mut c1) = (self.start(c), self.start(c.add(2)));
            let mut a = self.a.add(i * self.a_row);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                let x = F2::load_splat(a);
                c0 = c0.add(x.mul(F2::load(b)));
                c1 = c1.add(x.mul(F2::load(b.add(2))));
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            c0.store(c);
            c1.store(c.add(2));
        }
    }

    /// Row i, columns j..j+2.
    #[inline(always)]
    unsafe fn tile_1x2(&self, i: usize, j: usize) {
        // SAFETY (whole body): row i and columns j..j+2 are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * self.c_row + j);
            let mut c0 = self.start(c);
            let mut a = self.a.add(i * self.a_row);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                c0 = c0.add(F2::load_splat(a).mul(F2::load(b)));
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            c0.store(c);
        }
    }

    /// Row i, column j.
    #[inline(always)]
    unsafe fn tile_1x1(&self, i: usize, j: usize) {
        // SAFETY (whole body): row i and column j are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * self.c_row + j);
            let mut c0 = self.start1(c);
            let mut a = self.a.add(i * self.a_row);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                c0 += *a * *b;
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            *c = c0;
        }
    }
}
