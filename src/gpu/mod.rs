//! The wgpu compute context, built once; each kernel has a CPU twin behind the same call.
//!
//! [`GpuContext`] owns the device and the compiled kernels; its products are the GPU's or an
//! `Err`, never an answer from elsewhere. [`Compute`] runs a product on the GPU when there is
//! one and on the CPU twin ([`crate::math::gemm`]) when there is not or the GPU fails, and
//! says which ran, and why ([`Product`]).
//!
//! In the browser wgpu talks to WebGPU; natively it talks to Vulkan (on these
//! machines Mesa's lavapipe, adapter "llvmpipe"), so the same kernels are tested
//! natively without a GPU.

mod adapter;
mod compute;
mod error;
mod matmul_kernel;
mod trainer;

use std::fmt;

use wgpu::util::DeviceExt;

pub use compute::{ActiveBackend, Compute, Product, Ran};
pub use error::{GpuFailure, GpuUnavailable};
pub use matmul_kernel::MatmulKernel;
pub use trainer::{GpuTrainer, TrainKernel};

/// A WebGPU (browser) or Vulkan (native) device with the kernels compiled: built once.
pub struct GpuContext {
    adapter_name: String,
    backend: wgpu::Backend,
    device: wgpu::Device,
    queue: wgpu::Queue,
    layout: wgpu::BindGroupLayout,
    pipeline_layout: wgpu::PipelineLayout,
    /// [`MatmulKernel::BEST`], compiled in `new`: what [`GpuContext::matmul`] runs.
    best: wgpu::ComputePipeline,
    /// The other versions, compiled when a test or benchmark first asks for one. Only
    /// `matmul_with` reaches them, so the page (which calls `matmul`) embeds one kernel.
    others: std::cell::RefCell<Vec<(MatmulKernel, wgpu::ComputePipeline)>>,
}

impl fmt::Debug for GpuContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GpuContext")
            .field("adapter_name", &self.adapter_name)
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}

impl GpuContext {
    /// Asks for an adapter and a device and compiles the kernels.
    ///
    /// In the browser this uses WebGPU only; natively, Vulkan only.
    pub async fn new() -> Result<GpuContext, GpuUnavailable> {
        adapter::check_platform()?;
        let instance = wgpu::Instance::new(wgpu::InstanceDescriptor {
            backends: adapter::BACKENDS,
            ..wgpu::InstanceDescriptor::new_without_display_handle()
        });
        let adapter = instance
            .request_adapter(&wgpu::RequestAdapterOptions {
                power_preference: wgpu::PowerPreference::HighPerformance,
                ..Default::default()
            })
            .await
            .map_err(|_| GpuUnavailable::new(adapter::no_adapter_reason()))?;
        let info = adapter.get_info();
        let adapter_name = adapter::display_name(&info).await;

        // The default limits cap a storage binding at 128 MiB; products up to
        // 2048×2048 need 16 MiB, so ask for what the adapter has only where it is more.
        let available = adapter.limits();
        let required_limits = wgpu::Limits {
            max_storage_buffer_binding_size: available.max_storage_buffer_binding_size,
            max_buffer_size: available.max_buffer_size,
            ..wgpu::Limits::downlevel_defaults()
        };
        let (device, queue) = adapter
            .request_device(&wgpu::DeviceDescriptor {
                label: Some("eigenplay"),
                required_limits,
                ..Default::default()
            })
            .await
            .map_err(|e| {
                GpuUnavailable::new(format!("the GPU device could not be created ({e})"))
            })?;

        let layout = device.create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor {
            label: Some("matmul"),
            entries: &[
                storage_entry(0, true),
                storage_entry(1, true),
                storage_entry(2, false),
                wgpu::BindGroupLayoutEntry {
                    binding: 3,
                    visibility: wgpu::ShaderStages::COMPUTE,
                    ty: wgpu::BindingType::Buffer {
                        ty: wgpu::BufferBindingType::Uniform,
                        has_dynamic_offset: false,
                        min_binding_size: None,
                    },
                    count: None,
                },
            ],
        });
        let pipeline_layout = device.create_pipeline_layout(&wgpu::PipelineLayoutDescriptor {
            label: Some("matmul"),
            bind_group_layouts: &[Some(&layout)],
            immediate_size: 0,
        });
        Ok(GpuContext {
            best: compile(&device, &pipeline_layout, MatmulKernel::BEST),
            adapter_name,
            backend: info.backend,
            device,
            queue,
            layout,
            pipeline_layout,
            others: Default::default(),
        })
    }

    /// The adapter's name for the status line, never empty (e.g. "llvmpipe (LLVM 19.1.7, 256 bits)").
    pub fn adapter_name(&self) -> String {
        self.adapter_name.clone()
    }

    /// The graphics API under wgpu: "WebGPU" in the browser, "Vulkan" natively.
    pub fn api_name(&self) -> &'static str {
        match self.backend {
            wgpu::Backend::BrowserWebGpu => "WebGPU",
            wgpu::Backend::Vulkan => "Vulkan",
            wgpu::Backend::Metal => "Metal",
            wgpu::Backend::Dx12 => "DirectX 12",
            wgpu::Backend::Gl => "OpenGL",
            _ => "GPU",
        }
    }

    /// Whether an m×k by k×n product fits this device's buffers and dispatch grid.
    pub fn fits(&self, m: usize, k: usize, n: usize) -> bool {
        let limits = self.device.limits();
        // Version 3 pads rows to a multiple of 4: the fit is checked for the padded sizes.
        let (k, n) = (k.next_multiple_of(4), n.next_multiple_of(4));
        let largest = [m * k, k * n, m * n].into_iter().max().unwrap_or(0) as u64 * 4;
        let (gx, gy) = MatmulKernel::V1Naive.grid(m, n);
        let max_groups = limits.max_compute_workgroups_per_dimension as usize;
        largest <= limits.max_storage_buffer_binding_size
            && largest <= limits.max_buffer_size
            && gx <= max_groups
            && gy <= max_groups
            && u32::try_from(m.max(k).max(n)).is_ok()
    }

    /// C = A·B on the GPU with the fastest kernel; A is m×k, B is k×n, C is m×n, all row-major.
    /// `Err` when the GPU did not compute it: never an answer from elsewhere.
    ///
    /// # Panics
    /// If `a.len() != m * k` or `b.len() != k * n`.
    pub async fn matmul(
        &self,
        a: &[f32],
        b: &[f32],
        m: usize,
        k: usize,
        n: usize,
    ) -> Result<Vec<f32>, GpuFailure> {
        self.run(MatmulKernel::BEST, &self.best, a, b, m, k, n)
            .await
    }

    /// C = A·B with a chosen kernel version, for tests and benchmarks.
    ///
    /// # Panics
    /// If `a.len() != m * k` or `b.len() != k * n`.
    pub async fn matmul_with(
        &self,
        kernel: MatmulKernel,
        a: &[f32],
        b: &[f32],
        m: usize,
        k: usize,
        n: usize,
    ) -> Result<Vec<f32>, GpuFailure> {
        if kernel == MatmulKernel::BEST {
            return self.run(kernel, &self.best, a, b, m, k, n).await;
        }
        let compiled = self
            .others
            .borrow()
            .iter()
            .find(|(k, _)| *k == kernel)
            .map(|(_, p)| p.clone());
        let pipeline = compiled.unwrap_or_else(|| {
            let pipeline = compile(&self.device, &self.pipeline_layout, kernel);
            self.others.borrow_mut().push((kernel, pipeline.clone()));
            pipeline
        });
        self.run(kernel, &pipeline, a, b, m, k, n).await
    }

    /// C = A·B with `kernel`, compiled as `pipeline`.
    #[allow(clippy::too_many_arguments)]
    async fn run(
        &self,
        kernel: MatmulKernel,
        pipeline: &wgpu::ComputePipeline,
        a: &[f32],
        b: &[f32],
        m: usize,
        k: usize,
        n: usize,
    ) -> Result<Vec<f32>, GpuFailure> {
        assert_eq!(a.len(), m * k, "A must hold m·k = {m}·{k} values");
        assert_eq!(b.len(), k * n, "B must hold k·n = {k}·{n} values");
        if m == 0 || n == 0 {
            return Ok(Vec::new());
        }
        if k == 0 {
            return Ok(vec![0.0; m * n]);
        }
        if !self.fits(m, k, n) {
            return Err(GpuFailure::TooLarge);
        }

        let (kp, np) = (kernel.padded(k), kernel.padded(n));
        let storage = |label: &str, data: &[f32], cols: usize, padded: usize| {
            self.device
                .create_buffer_init(&wgpu::util::BufferInitDescriptor {
                    label: Some(label),
                    contents: &padded_bytes(data, cols, padded),
                    usage: wgpu::BufferUsages::STORAGE,
                })
        };
        let a_buf = storage("a", a, k, kp);
        let b_buf = storage("b", b, n, np);
        let c_size = (m * np * 4) as u64;
        let c_buf = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("c"),
            size: c_size,
            usage: wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_SRC,
            mapped_at_creation: false,
        });
        // The sizes fit in u32: `fits` checked them.
        let mut dims = [0u8; 16];
        for (word, v) in dims.chunks_exact_mut(4).zip([m, kp, np]) {
            word.copy_from_slice(&(v as u32).to_ne_bytes());
        }
        let dims_buf = self
            .device
            .create_buffer_init(&wgpu::util::BufferInitDescriptor {
                label: Some("dims"),
                contents: &dims,
                usage: wgpu::BufferUsages::UNIFORM,
            });
        let bind_group = self.device.create_bind_group(&wgpu::BindGroupDescriptor {
            label: Some("matmul"),
            layout: &self.layout,
            entries: &[
                buffer_entry(0, &a_buf),
                buffer_entry(1, &b_buf),
                buffer_entry(2, &c_buf),
                buffer_entry(3, &dims_buf),
            ],
        });

        let mut encoder = self
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("matmul"),
            });
        {
            let mut pass = encoder.begin_compute_pass(&wgpu::ComputePassDescriptor {
                label: Some("matmul"),
                timestamp_writes: None,
            });
            pass.set_pipeline(pipeline);
            pass.set_bind_group(0, &bind_group, &[]);
            let (gx, gy) = kernel.grid(m, n);
            pass.dispatch_workgroups(gx as u32, gy as u32, 1);
        }
        let c = read_back(&self.device, &self.queue, encoder, &c_buf, m * np).await?;
        // C without its padding columns: row i's first n values moved to i·n, in order.
        let mut c = c;
        for i in 1..m {
            c.copy_within(i * np..i * np + n, i * n);
        }
        c.truncate(m * n);
        Ok(c)
    }
}

/// Submits `encoder` with a copy of the first `count` f32 values of `buffer` (made with
/// `COPY_SRC`) appended, and returns those values. `Err` when the device is lost before they
/// arrive.
async fn read_back(
    device: &wgpu::Device,
    queue: &wgpu::Queue,
    mut encoder: wgpu::CommandEncoder,
    buffer: &wgpu::Buffer,
    count: usize,
) -> Result<Vec<f32>, GpuFailure> {
    let size = (count * 4) as u64;
    // Storage buffers cannot be mapped on WebGPU; values come back through a staging copy.
    let readback = device.create_buffer(&wgpu::BufferDescriptor {
        label: Some("readback"),
        size,
        usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
        mapped_at_creation: false,
    });
    encoder.copy_buffer_to_buffer(buffer, 0, &readback, 0, size);
    queue.submit([encoder.finish()]);

    let (sender, receiver) = futures_channel::oneshot::channel();
    readback.map_async(wgpu::MapMode::Read, .., move |result| {
        // The receiver is gone only when the awaiting caller was dropped.
        let _ = sender.send(result);
    });
    // Natively nothing maps until the device is polled; in the browser this is a
    // no-op and the mapping completes on the event loop while we await.
    let _ = device.poll(wgpu::PollType::wait_indefinitely());
    match receiver.await {
        Ok(Ok(())) => match readback.get_mapped_range(..) {
            Ok(bytes) => {
                let values = bytes
                    .chunks_exact(4)
                    .map(|w| f32::from_ne_bytes([w[0], w[1], w[2], w[3]]))
                    .collect();
                drop(bytes);
                readback.unmap();
                Ok(values)
            }
            Err(_) => Err(GpuFailure::Lost),
        },
        // The device was lost before the values came back.
        Ok(Err(_)) | Err(_) => Err(GpuFailure::Lost),
    }
}

/// `kernel`'s compute pipeline.
fn compile(
    device: &wgpu::Device,
    layout: &wgpu::PipelineLayout,
    kernel: MatmulKernel,
) -> wgpu::ComputePipeline {
    let module = device.create_shader_module(wgpu::ShaderModuleDescriptor {
        label: Some(kernel.file_name()),
        source: wgpu::ShaderSource::Wgsl(kernel.source().into()),
    });
    device.create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
        label: Some(kernel.file_name()),
        layout: Some(layout),
        module: &module,
        entry_point: Some("main"),
        compilation_options: Default::default(),
        cache: None,
    })
}

fn storage_entry(binding: u32, read_only: bool) -> wgpu::BindGroupLayoutEntry {
    wgpu::BindGroupLayoutEntry {
        binding,
        visibility: wgpu::ShaderStages::COMPUTE,
        ty: wgpu::BindingType::Buffer {
            ty: wgpu::BufferBindingType::Storage { read_only },
            has_dynamic_offset: false,
            min_binding_size: None,
        },
        count: None,
    }
}

fn buffer_entry(binding: u32, buffer: &wgpu::Buffer) -> wgpu::BindGroupEntry<'_> {
    wgpu::BindGroupEntry {
        binding,
        resource: buffer.as_entire_binding(),
    }
}

/// The bytes of a row-major matrix whose rows of `cols` values are padded with zeros to `padded`.
fn padded_bytes(data: &[f32], cols: usize, padded: usize) -> Vec<u8> {
    let mut bytes = vec![0; data.len() / cols * padded * 4];
    for (row, values) in bytes
        .chunks_exact_mut(padded * 4)
        .zip(data.chunks_exact(cols))
    {
        for (word, v) in row.chunks_exact_mut(4).zip(values) {
            word.copy_from_slice(&v.to_ne_bytes());
        }
    }
    bytes
}
