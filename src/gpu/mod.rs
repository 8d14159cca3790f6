//! The wgpu compute context, built once; each kernel has a CPU twin behind the same call.
