// The benchmark page: sets up the contenders for run.mjs to time, then times the
// WebGPU kernels itself and leaves those figures in window.results.
import init, { Bench, simd128, gpu_init, gpu_matmul } from './pkg/eigenplay_matmul_bench.js';

const params = new URLSearchParams(location.search);
const SIZES = (params.get('sizes') || '64,128,256,512,1024').split(',').map(Number);
const GPU = params.get('gpu') !== '0';
const out = document.getElementById('out');
const log = (line) => { out.textContent += '\n' + line; console.log(line); };

async function bestAsync(f, maxRuns) {
  await f();
  let bestMs = Infinity;
  for (let runs = 0; runs < maxRuns; runs++) {
    const t = performance.now();
    await f();
    bestMs = Math.min(bestMs, performance.now() - t);
  }
  return bestMs / 1000;
}

async function main() {
  await init();
  // Single-threaded, as the issue asks: no thread pool even if the page were cross-origin isolated.
  tf.wasm.setWasmPaths('node_modules/@tensorflow/tfjs-backend-wasm/dist/');
  if (tf.wasm.setThreadsCount) tf.wasm.setThreadsCount(1);
  await tf.setBackend('wasm');
  await tf.ready();
  const env = {
    eigenplaySimd128: simd128(),
    tfjsBackend: tf.getBackend(),
    tfjsSimd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
    tfjsThreads: tf.wasm.getThreadsCount ? tf.wasm.getThreadsCount() : 1,
    crossOriginIsolated: self.crossOriginIsolated === true,
    userAgent: navigator.userAgent,
  };
  log(JSON.stringify(env));

  // The CPU products are driven from run.mjs, which times each batch by this thread's
  // CPU time (Chromium's ThreadTime metric) rather than by the clock: on a shared
  // machine the clock also counts the time other processes held the core.
  let current = null;
  window.prepare = (n) => {
    const bench = new Bench(n);
    const a = tf.tensor2d(bench.a_f32(), [n, n]);
    const b = tf.tensor2d(bench.b_f32(), [n, n]);
    const run = {
      tfjs_f32: () => { const c = tf.matMul(a, b); c.dataSync(); c.dispose(); },
    };
    for (const which of ['eigenplay_f32', 'nalgebra_f32', 'eigenplay_f64', 'nalgebra_f64']) {
      run[which] = () => bench.run(which);
    }
    current = { n, bench, a, b, run };
    return Object.keys(run);
  };
  window.batch = (name, count) => {
    const f = current.run[name];
    const t = performance.now();
    for (let i = 0; i < count; i++) f();
    return performance.now() - t;
  };
  window.finish = () => {
    const { bench, a, b } = current;
    bench.run('eigenplay_f32');
    bench.run('nalgebra_f32');
    bench.run('eigenplay_f64');
    bench.run('nalgebra_f64');
    const disagreement = bench.disagreement();
    const c = tf.matMul(a, b);
    const tfc = c.dataSync();
    const ours = bench.c_f32();
    let worst = 0;
    for (let i = 0; i < tfc.length; i++) worst = Math.max(worst, Math.abs(tfc[i] - ours[i]));
    c.dispose(); a.dispose(); b.dispose(); bench.free();
    current = null;
    return { disagreement, tfjs_disagreement: worst };
  };
  window.env = env;
  window.cpuReady = true;
  await new Promise((resolve) => { window.cpuDone = resolve; });

  let gpu = { status: 'not run', rows: [] };
  if (GPU) {
    gpu.status = await gpu_init();
    log(gpu.status);
    if (gpu.status.startsWith('WebGPU')) {
      // TF.js's WebGPU backend on the same adapter, timed as Eigenplay's kernels are: from
      // arrays in memory to the answer back in memory (upload, product, readback).
      await tf.setBackend('webgpu');
      await tf.ready();
      gpu.tfjsBackend = tf.getBackend();
      log(`TF.js backend for the GPU part: ${gpu.tfjsBackend}`);
      // Dispatch plus readback: a 1×1 product with the page's kernel (v3), upload included.
      const one = new Bench(1);
      one.run('eigenplay_f32');
      let oneDiff = 0;
      gpu.overheadMs = 1000 * await bestAsync(async () => { oneDiff = await gpu_matmul(one, 3); }, 5);
      gpu.overheadDisagreement = oneDiff;
      one.free();
      let slow = false;
      for (const n of SIZES) {
        if (slow) break;
        const gflop = 2 * n * n * n / 1e9;
        const bench = new Bench(n);
        bench.run('eigenplay_f32');
        const row = { n };
        for (const version of [1, 2, 3]) {
          let diff = 0;
          const t = await bestAsync(async () => { diff = await gpu_matmul(bench, version); }, 2);
          row['v' + version] = gflop / t;
          row['v' + version + '_disagreement'] = diff;
          // SwiftShader runs the GPU on the CPU: stop before a size takes minutes.
          if (t > 3) slow = true;
        }
        if (gpu.tfjsBackend === 'webgpu') {
          const ours = bench.c_f32();
          let diff = 0;
          const t = await bestAsync(async () => {
            const a = tf.tensor2d(bench.a_f32(), [n, n]);
            const b = tf.tensor2d(bench.b_f32(), [n, n]);
            const c = tf.matMul(a, b);
            const theirs = await c.data();
            tf.dispose([a, b, c]);
            diff = 0;
            for (let i = 0; i < theirs.length; i++) diff = Math.max(diff, Math.abs(theirs[i] - ours[i]));
          }, 2);
          row.tfjs = gflop / t;
          row.tfjs_disagreement = diff;
          if (t > 3) slow = true;
        }
        bench.free();
        gpu.rows.push(row);
        log(JSON.stringify(row));
      }
    }
  }
  window.results = { env, gpu };
}

main().catch((e) => { window.results = { error: String(e && e.stack || e) }; log(String(e)); });
