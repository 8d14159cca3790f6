//! Packed, register-blocked matrix products: the fast CPU path and the GPU kernels' CPU twin.
