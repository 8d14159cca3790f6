//! The exact number: a fraction of 128-bit integers that says when it has outgrown them.

use std::cmp::Ordering;
use std::iter::{Product, Sum};
use std::ops::{Add, AddAssign, Div, Mul, MulAssign, Neg, Sub};

use num_rational::Ratio;
use num_traits::{CheckedAdd, CheckedDiv, CheckedMul, CheckedSub};

/// A rational number p/q, with p and q 128-bit integers in lowest terms and q > 0, or the
/// mark that an exact result needed more than 128 bits ([`Q::TOO_BIG`]).
///
/// Every operation is checked (num-rational's `checked_*`, which cancel common factors
/// before they multiply): a result whose numerator or denominator would pass 2¹²⁷ − 1 is too
/// big, and too big stays too big through every later operation, as NaN does in floating
/// point. So a number is either exactly right or says that it could not be kept exact;
/// never silently wrong. 128 bits hold 38 decimal digits: far past `i64` (a 10¹⁸ entry's
/// square fits), and enough for every matrix up to [`super::EXACT_LIMIT`] with small entries
/// but the most ill-conditioned (Hilbert 12's determinant has 78 digits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Q(Option<Ratio<i128>>);

impl Q {
    /// The mark of a result that outgrew 128 bits.
    pub const TOO_BIG: Q = Q(None);

    /// A ratio, unless it reaches `i128::MIN`, whose negation would overflow; keeping both
    /// parts above it makes `-x` and `|x|` safe.
    fn fit(r: Option<Ratio<i128>>) -> Q {
        Q(r.filter(|r| *r.numer() != i128::MIN && *r.denom() != i128::MIN))
    }

    /// The integer `n` (too big for `i128::MIN`).
    pub fn from_integer(n: i128) -> Q {
        Self::fit(Some(Ratio::from_integer(n)))
    }

    /// `numer / denom` in lowest terms; `None` when `denom` is 0.
    pub fn new(numer: i128, denom: i128) -> Option<Q> {
        if denom == 0 {
            return None;
        }
        // Reducing divides by a gcd, so it needs the negations that `fit` keeps safe.
        if numer == i128::MIN || denom == i128::MIN {
            return Some(Q::TOO_BIG);
        }
        Some(Self::fit(Some(Ratio::new(numer, denom))))
    }

    /// 0.
    pub fn zero() -> Q {
        Q::from_integer(0)
    }

    /// 1.
    pub fn one() -> Q {
        Q::from_integer(1)
    }

    /// Whether it outgrew 128 bits.
    pub fn is_too_big(&self) -> bool {
        self.0.is_none()
    }

    /// Whether it is exactly 0 (never for too big).
    pub fn is_zero(&self) -> bool {
        self.0.is_some_and(|r| *r.numer() == 0)
    }

    /// Whether it is exactly 1 (never for too big).
    pub fn is_one(&self) -> bool {
        self.0.is_some_and(|r| *r.numer() == 1 && *r.denom() == 1)
    }

    /// Whether it is below 0 (never for too big).
    pub fn is_negative(&self) -> bool {
        self.0.is_some_and(|r| *r.numer() < 0)
    }

    /// Whether it is a whole number (never for too big).
    pub fn is_integer(&self) -> bool {
        self.0.is_some_and(|r| r.is_integer())
    }

    /// The numerator in lowest terms, its sign the number's; `None` for too big.
    pub fn numer(&self) -> Option<i128> {
        self.0.map(|r| *r.numer())
    }

    /// The denominator in lowest terms, always positive; `None` for too big.
    pub fn denom(&self) -> Option<i128> {
        self.0.map(|r| *r.denom())
    }

    /// |x|.
    pub fn abs(&self) -> Q {
        if self.is_negative() {
            -*self
        } else {
            *self
        }
    }

    /// 1/x; too big for 0, which has none (callers divide only by pivots, never 0).
    pub fn recip(&self) -> Q {
        Q(self.0.filter(|r| *r.numer() != 0).map(|r| r.recip()))
    }

    /// The nearest `f64`, near enough to compare with the floating-point engine: numerator
    /// and denominator are each rounded to `f64` and then divided, so the result is within
    /// about two units in the last place. NaN for too big.
    pub fn to_f64(&self) -> f64 {
        self.0
            .map_or(f64::NAN, |r| *r.numer() as f64 / *r.denom() as f64)
    }
}

impl Default for Q {
    /// 0.
    fn default() -> Self {
        Q::zero()
    }
}

impl PartialOrd for Q {
    /// The order of the rationals; none when either is too big.
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.0?.cmp(&other.0?))
    }
}

impl Neg for Q {
    type Output = Q;
    fn neg(self) -> Q {
        // `fit` keeps both parts above i128::MIN, so this negation cannot overflow.
        Q(self.0.map(|r| -r))
    }
}

impl Neg for &Q {
    type Output = Q;
    fn neg(self) -> Q {
        -*self
    }
}

/// One checked operation on two numbers: too big when either is or when the result is.
macro_rules! checked_op {
    ($trait:ident, $method:ident, $checked:ident) => {
        impl $trait<Q> for Q {
            type Output = Q;
            fn $method(self, rhs: Q) -> Q {
                match (self.0, rhs.0) {
                    (Some(a), Some(b)) => Q::fit(a.$checked(&b)),
                    _ => Q::TOO_BIG,
                }
            }
        }
        impl $trait<&Q> for Q {
            type Output = Q;
            fn $method(self, rhs: &Q) -> Q {
                self.$method(*rhs)
            }
        }
        impl $trait<Q> for &Q {
            type Output = Q;
            fn $method(self, rhs: Q) -> Q {
                (*self).$method(rhs)
            }
        }
        impl $trait<&Q> for &Q {
            type Output = Q;
            fn $method(self, rhs: &Q) -> Q {
                (*self).$method(*rhs)
            }
        }
    };
}

checked_op!(Add, add, checked_add);
checked_op!(Sub, sub, checked_sub);
checked_op!(Mul, mul, checked_mul);
// `checked_div` is `None` for a zero divisor: too big, as for `recip`.
checked_op!(Div, div, checked_div);

impl AddAssign<Q> for Q {
    fn add_assign(&mut self, rhs: Q) {
        *self = *self + rhs;
    }
}

impl MulAssign<&Q> for Q {
    fn mul_assign(&mut self, rhs: &Q) {
        *self = *self * rhs;
    }
}

impl Sum for Q {
    fn sum<I: Iterator<Item = Q>>(iter: I) -> Q {
        iter.fold(Q::zero(), |s, x| s + x)
    }
}

impl<'a> Sum<&'a Q> for Q {
    fn sum<I: Iterator<Item = &'a Q>>(iter: I) -> Q {
        iter.fold(Q::zero(), |s, x| s + x)
    }
}

impl Product for Q {
    fn product<I: Iterator<Item = Q>>(iter: I) -> Q {
        iter.fold(Q::one(), |p, x| p * x)
    }
}
