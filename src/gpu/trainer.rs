//! Training on the GPU: the network's parameters, the optimizer's state, the data and every
//! activation live in GPU buffers for the whole run. A mini-batch step is one submit (gather
//! the batch, each layer forward, the loss and its gradient, each layer backward, the update);
//! the epoch's loss is the only value read back, and the parameters only when asked for.
//!
//! The CPU twin is [`Trainer`] itself: a [`GpuTrainer`] starts from a trainer's parameters,
//! data, settings and shuffle, takes the same batches in the same order and applies the same
//! formulas in f32, so the same seed gives the same loss curve within f32's rounding
//! (`tests/gpu/trainer.rs`), and its parameters can go back to the CPU to continue there.

use super::{read_back, GpuFailure};
use crate::math::nn::{Optimizer, Trainer};
use crate::math::rng::Rng;

mod build;
mod kernels;

use kernels::words;
pub use kernels::TrainKernel;

/// A network training on the GPU; see the module's note.
pub struct GpuTrainer {
    device: wgpu::Device,
    queue: wgpu::Queue,
    /// Each step's passes in order: a pipeline, its bind group and its workgroup count.
    passes: Vec<(wgpu::ComputePipeline, wgpu::BindGroup, u32)>,
    params: wgpu::Buffer,
    /// The optimizer's moments: momentum's velocity or Adam's m, and Adam's v.
    moments: [wgpu::Buffer; 2],
    order: wgpu::Buffer,
    step: wgpu::Buffer,
    loss_sum: wgpu::Buffer,
    trainer: Trainer,
    rng: Rng,
    sample_order: Vec<usize>,
    batch: usize,
    steps: u64,
    history: Vec<f64>,
}

impl GpuTrainer {
    /// Trains one epoch on the GPU and returns its loss, as [`Trainer::step_epoch`] defines it
    /// (the sample-weighted mean of the batch losses, each before its update). A loss that is
    /// not finite is returned as it is: the caller stops there.
    pub async fn step_epoch(&mut self) -> Result<f64, GpuFailure> {
        let config = *self.trainer.config();
        let rows = self.trainer.data().rows();
        let epoch = self.trainer.epoch() + self.history.len();
        let rate = config.rate_at(epoch);
        if self.batch < rows {
            self.rng.shuffle(&mut self.sample_order);
        }
        let order: Vec<u32> = self.sample_order.iter().map(|&i| i as u32).collect();
        self.queue.write_buffer(&self.order, 0, &words(&order));
        let mut start = 0;
        while start < rows {
            let len = self.batch.min(rows - start);
            self.steps += 1;
            let alpha = match config.optimizer {
                Optimizer::Adam { beta1, beta2, .. } => {
                    let t = self.steps as i32;
                    rate * (1.0 - beta2.powi(t)).sqrt() / (1.0 - beta1.powi(t))
                }
                _ => rate,
            };
            let mut step = words(&[len as u32, start as u32]);
            step.extend((alpha as f32).to_ne_bytes());
            step.extend(words(&[0]));
            self.queue.write_buffer(&self.step, 0, &step);
            let mut encoder = self
                .device
                .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                    label: Some("step"),
                });
            {
                let mut pass = encoder.begin_compute_pass(&wgpu::ComputePassDescriptor {
                    label: Some("step"),
                    timestamp_writes: None,
                });
                for (pipeline, bind_group, groups) in &self.passes {
                    pass.set_pipeline(pipeline);
                    pass.set_bind_group(0, bind_group, &[]);
                    pass.dispatch_workgroups(*groups, 1, 1);
                }
            }
            self.queue.submit([encoder.finish()]);
            start += len;
        }
        let total =
            read_back(&self.device, &self.queue, self.encoder(), &self.loss_sum, 1).await?[0];
        self.queue.write_buffer(&self.loss_sum, 0, &[0; 4]);
        let loss = f64::from(total) / rows as f64;
        self.history.push(loss);
        Ok(loss)
    }

    /// The parameters as they are on the GPU now, flat as [`crate::math::nn::Mlp::parameters`].
    pub async fn parameters(&self) -> Result<Vec<f64>, GpuFailure> {
        let count = self.trainer.model().param_count();
        let values = read_back(
            &self.device,
            &self.queue,
            self.encoder(),
            &self.params,
            count,
        )
        .await?;
        Ok(values.into_iter().map(f64::from).collect())
    }

    /// Ends the GPU's part of the run: the CPU trainer it started from, advanced to where the
    /// GPU is (parameters, the optimizer's moments, the shuffle, each epoch's loss), so that
    /// training on the CPU continues the same run. `Err` when the GPU cannot give them back.
    pub async fn finish(self) -> Result<Trainer, GpuFailure> {
        let count = self.trainer.model().param_count();
        let params = self.parameters().await?;
        let mut moments = [Vec::new(), Vec::new()];
        for (moment, buffer) in moments.iter_mut().zip(&self.moments) {
            let values =
                read_back(&self.device, &self.queue, self.encoder(), buffer, count).await?;
            *moment = values.into_iter().map(f64::from).collect();
        }
        let mut trainer = self.trainer;
        trainer.adopt(
            &params,
            moments,
            (self.rng, self.sample_order),
            self.steps,
            &self.history,
        );
        Ok(trainer)
    }

    fn encoder(&self) -> wgpu::CommandEncoder {
        self.device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("read"),
            })
    }

    /// The loss of every epoch trained on the GPU, first to last.
    pub fn history(&self) -> &[f64] {
        &self.history
    }

    /// Optimizer steps taken, those before the move to the GPU included.
    pub fn steps(&self) -> u64 {
        self.steps
    }
}
