//! Building a [`GpuTrainer`]: what it refuses, its buffers, and each step's passes.

use wgpu::util::DeviceExt;

use super::kernels::{act_code, floats, words, TrainKernel, GROUP};
use super::GpuTrainer;
use crate::gpu::{GpuContext, GpuUnavailable};
use crate::math::nn::{Loss, Optimizer, Trainer};

impl GpuTrainer {
    /// Moves `trainer`'s run to the GPU at the start of its next epoch: its parameters, data,
    /// settings and shuffle. Refused, in words, for what the kernels do not do yet: a weight
    /// penalty, softmax before the last layer or with another loss than cross-entropy, a
    /// trainer stopped in the middle of an epoch, held-out data, or sizes past the device's limits.
    pub fn new(ctx: &GpuContext, trainer: &Trainer) -> Result<GpuTrainer, GpuUnavailable> {
        let refuse = |why: &str| {
            Err(GpuUnavailable::new(format!(
                "the GPU cannot train this: {why}"
            )))
        };
        let config = *trainer.config();
        if config.penalty.is_some() {
            return refuse("a weight penalty is not on the GPU yet");
        }
        if trainer.test().is_some() {
            return refuse("held-out data is not scored on the GPU yet");
        }
        let Some((rng, sample_order)) = trainer.epoch_start() else {
            return refuse("the run is in the middle of an epoch");
        };
        let model = trainer.model();
        let layers = model.layers();
        let last = layers.len() - 1;
        let out = layers[last];
        let loss_code = match config.loss {
            Loss::Mse => 0,
            Loss::BinaryCrossEntropy => 1,
            Loss::CategoricalCrossEntropy => 2,
        };
        let output_act = match (config.loss, act_code(out.activation)) {
            (Loss::CategoricalCrossEntropy, _) => 0,
            (_, Some(code)) => code,
            (_, None) => return refuse("softmax is only for cross-entropy"),
        };
        if layers[..last]
            .iter()
            .any(|d| act_code(d.activation).is_none())
        {
            return refuse("softmax is only for the last layer");
        }

        let data = trainer.data();
        let rows = data.rows();
        let batch = config.batch_size.unwrap_or(rows).clamp(1, rows);
        let widest = layers
            .iter()
            .map(|d| d.inputs.max(d.units))
            .max()
            .unwrap_or(1);
        let limits = ctx.device.limits();
        let largest_buffer = [
            data.x.len() + data.y.len(),
            model.param_count(),
            batch * widest,
        ]
        .into_iter()
        .max()
        .unwrap_or(0) as u64
            * 4;
        let most_invocations = [
            batch * (data.features + data.targets),
            batch * widest,
            layers
                .iter()
                .map(|d| d.units * (d.inputs + 1))
                .max()
                .unwrap_or(0),
            model.param_count(),
        ]
        .into_iter()
        .max()
        .unwrap_or(0);
        if largest_buffer > limits.max_storage_buffer_binding_size
            || most_invocations.div_ceil(GROUP as usize)
                > limits.max_compute_workgroups_per_dimension as usize
            || u32::try_from(model.param_count()).is_err()
        {
            return refuse("the network or its data is larger than the GPU's buffers allow");
        }

        let device = ctx.device.clone();
        let storage = |label: &str, bytes: &[u8], extra: wgpu::BufferUsages| {
            device.create_buffer_init(&wgpu::util::BufferInitDescriptor {
                label: Some(label),
                contents: bytes,
                usage: wgpu::BufferUsages::STORAGE | extra,
            })
        };
        let zeros = |label: &str, count: usize| {
            device.create_buffer(&wgpu::BufferDescriptor {
                label: Some(label),
                size: (count.max(1) * 4) as u64,
                usage: wgpu::BufferUsages::STORAGE | wgpu::BufferUsages::COPY_SRC,
                mapped_at_creation: false,
            })
        };
        let uniform = |label: &str, bytes: &[u8]| {
            device.create_buffer_init(&wgpu::util::BufferInitDescriptor {
                label: Some(label),
                contents: bytes,
                usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
            })
        };
        let count = model.param_count();
        let params = storage(
            "params",
            &floats(model.parameters()),
            wgpu::BufferUsages::COPY_SRC,
        );
        let grads = zeros("grads", count);
        // The optimizer's state comes along, so a run moved mid-way goes on as it would have.
        let [m, v] = trainer.moments();
        let moment = |label: &str, values: &[f64]| {
            let mut all = values.to_vec();
            all.resize(count, 0.0);
            storage(label, &floats(&all), wgpu::BufferUsages::COPY_SRC)
        };
        let (moment1, moment2) = (moment("m", m), moment("v", v));
        // Each sample's inputs, then its targets: one buffer, as the gather kernel reads it.
        let samples: Vec<f64> = (0..rows)
            .flat_map(|i| data.input(i).iter().chain(data.target(i)).copied())
            .collect();
        let samples = storage("data", &floats(&samples), wgpu::BufferUsages::empty());
        let order = storage(
            "order",
            &words(&vec![0; rows]),
            wgpu::BufferUsages::COPY_DST,
        );
        let step = uniform("step", &[0; 16]);
        let loss_sum = storage(
            "loss sum",
            &[0; 4],
            wgpu::BufferUsages::COPY_SRC | wgpu::BufferUsages::COPY_DST,
        );
        let batch_y = zeros("batch y", batch * data.targets);
        // acts[l] is layer l's input (acts[0] the gathered batch); deltas[l] is dL/dz of layer l.
        let mut acts = vec![zeros("batch x", batch * data.features)];
        acts.extend(layers.iter().map(|d| zeros("activations", batch * d.units)));
        let deltas: Vec<_> = layers
            .iter()
            .map(|d| zeros("delta", batch * d.units))
            .collect();

        let pipelines: Vec<wgpu::ComputePipeline> = TrainKernel::ALL
            .iter()
            .map(|kernel| {
                let module = device.create_shader_module(wgpu::ShaderModuleDescriptor {
                    label: Some(kernel.file_name()),
                    source: wgpu::ShaderSource::Wgsl(kernel.source().into()),
                });
                device.create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
                    label: Some(kernel.file_name()),
                    layout: None,
                    module: &module,
                    entry_point: Some("main"),
                    compilation_options: Default::default(),
                    cache: None,
                })
            })
            .collect();
        let pass = |kernel: TrainKernel, buffers: &[&wgpu::Buffer], invocations: usize| {
            let pipeline = pipelines[kernel as usize].clone();
            let entries: Vec<wgpu::BindGroupEntry> = buffers
                .iter()
                .enumerate()
                .map(|(i, b)| wgpu::BindGroupEntry {
                    binding: i as u32,
                    resource: b.as_entire_binding(),
                })
                .collect();
            let bind_group = device.create_bind_group(&wgpu::BindGroupDescriptor {
                label: Some(kernel.file_name()),
                layout: &pipeline.get_bind_group_layout(0),
                entries: &entries,
            });
            (pipeline, bind_group, (invocations as u32).div_ceil(GROUP))
        };
        // The sizes fit u32: the limits above bound them.
        let layer_dims = |l: usize, act: u32| {
            let d = layers[l];
            let bias_at = d.offset + d.units * d.inputs;
            let values = [
                d.inputs,
                d.units,
                act as usize,
                d.offset,
                bias_at,
                d.bias as usize,
                0,
                0,
            ];
            uniform("layer", &words(&values.map(|v| v as u32)))
        };

        let mut passes = Vec::new();
        let gather_dims = uniform(
            "gather",
            &words(&[data.features as u32, data.targets as u32, 0, 0]),
        );
        passes.push(pass(
            TrainKernel::Gather,
            &[&samples, &order, &acts[0], &batch_y, &gather_dims, &step],
            batch * (data.features + data.targets),
        ));
        for (l, d) in layers.iter().enumerate() {
            let act = if l == last {
                0
            } else {
                act_code(d.activation).unwrap_or(0)
            };
            let dims = layer_dims(l, act);
            passes.push(pass(
                TrainKernel::Forward,
                &[&acts[l], &params, &acts[l + 1], &dims, &step],
                batch * d.units,
            ));
        }
        let scale = match config.loss {
            Loss::CategoricalCrossEntropy => 1.0,
            _ => 1.0 / out.units as f32,
        };
        let mut loss_dims = words(&[out.units as u32, loss_code, output_act, 0]);
        loss_dims.extend(scale.to_ne_bytes());
        loss_dims.extend(words(&[0, 0, 0]));
        let loss_dims = uniform("loss", &loss_dims);
        // One workgroup of 64 takes every row (see the shader).
        passes.push(pass(
            TrainKernel::Loss,
            &[
                &acts[last + 1],
                &batch_y,
                &deltas[last],
                &loss_sum,
                &loss_dims,
                &step,
            ],
            GROUP as usize,
        ));
        for l in (0..layers.len()).rev() {
            let d = layers[l];
            let previous = if l > 0 {
                act_code(layers[l - 1].activation).unwrap_or(0)
            } else {
                0
            };
            let dims = layer_dims(l, previous);
            passes.push(pass(
                TrainKernel::GradParams,
                &[&deltas[l], &acts[l], &grads, &dims, &step],
                d.units * (d.inputs + 1),
            ));
            if l > 0 {
                passes.push(pass(
                    TrainKernel::GradInput,
                    &[&deltas[l], &params, &acts[l], &deltas[l - 1], &dims, &step],
                    batch * d.inputs,
                ));
            }
        }
        let (kind, momentum, beta1, beta2, eps) = match config.optimizer {
            Optimizer::Sgd { .. } => (0, 0.0, 0.0, 0.0, 0.0),
            Optimizer::Momentum { momentum, .. } => (1, momentum, 0.0, 0.0, 0.0),
            Optimizer::Adam {
                beta1, beta2, eps, ..
            } => (2, 0.0, beta1, beta2, eps),
        };
        let mut rule = words(&[count as u32, kind]);
        for value in [momentum, 1.0 - beta1, 1.0 - beta2, eps] {
            rule.extend((value as f32).to_ne_bytes());
        }
        rule.extend(words(&[0, 0]));
        let rule = uniform("rule", &rule);
        passes.push(pass(
            TrainKernel::Update,
            &[&params, &grads, &moment1, &moment2, &rule, &step],
            count,
        ));

        Ok(GpuTrainer {
            device,
            queue: ctx.queue.clone(),
            passes,
            params,
            moments: [moment1, moment2],
            order,
            step,
            loss_sum,
            trainer: trainer.clone(),
            rng,
            sample_order,
            batch,
            steps: trainer.steps(),
            history: Vec::new(),
        })
    }
}
