// Times the two training runs with Eigenplay's wasm and with TensorFlow.js on each of
// its backends, in this one page; run.mjs reads window.results.
import init, { digits, digits_test_accuracy, digits_train, gpu_init, keras, keras_first_last, regression, regression_weights, simd128, wide_cpu, wide_gpu_prepare, wide_gpu_train } from './pkg/eigenplay_train_bench.js';

const params = new URLSearchParams(location.search);
const RUNS = Number(params.get('runs') || 7);
const LIMIT_S = Number(params.get('limit') || 120);
// Quick mode (scripts/test): fewer Eigenplay samples; run.mjs picks the backends.
const QUICK = params.get('quick') === '1';
const BACKENDS = (params.get('backends') || 'cpu,wasm,webgl,webgpu').split(',').filter(Boolean);
const out = document.getElementById('out');
const log = (line) => { out.textContent += `\n${line}`; console.log(line); };

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  return { best: s[0], median: s[Math.floor(s.length / 2)], runs: s.length };
}

// Eigenplay: a run builds the data, the network and the trainer and trains it, all inside the timing.
// `batch` runs per sample: performance.now() is coarse (0.1 ms) in a page that is not
// cross-origin isolated, so a short run is timed ten at a time and divided.
function timeEigenplay(fn, batch = 10, samples = QUICK ? Math.max(RUNS, 3) : Math.max(RUNS, 20)) {
  for (let i = 0; i < Math.min(3, samples); i++) fn(42); // warm-up
  const times = [];
  let last;
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    let loss = 0;
    for (let k = 0; k < batch; k++) loss = fn(42);
    times.push((performance.now() - t) / batch);
    if (!Number.isFinite(loss)) throw new Error(`Eigenplay loss ${loss}`);
    last = loss;
  }
  return { ...stats(times), loss: last };
}

// TensorFlow.js: the model is built and compiled and the tensors are made before the
// timing starts; only model.fit is timed (it reads every epoch's loss back, as a page would).
function kerasModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 64, activation: 'relu', inputShape: [5] }));
  model.add(tf.layers.dense({ units: 32, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'binaryCrossentropy' });
  return { model, x: tf.randomUniform([100, 5], 0, 1, 'float32', 1), y: tf.randomUniform([100, 1], 0, 1, 'float32', 2), epochs: 50, batchSize: 32 };
}

function regressionModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 1, inputShape: [2], kernelInitializer: 'zeros' }));
  model.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError' });
  const x = tf.randomNormal([100, 2], 0, 1, 'float32', 3);
  const y = x.matMul(tf.tensor2d([[3], [-2]])).add(1);
  return { model, x, y, epochs: 200, batchSize: 100 };
}

// The digits: the very training images Eigenplay trains on, from its wasm.
let digitsData;
function digitsModel() {
  digitsData ??= { x: digits_train(false), y: digits_train(true) };
  const rows = digitsData.x.length / 64;
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 32, activation: 'relu', inputShape: [64] }));
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy' });
  return { model, x: tf.tensor2d(digitsData.x, [rows, 64]), y: tf.tensor2d(digitsData.y, [rows, 10]), epochs: 50, batchSize: 32 };
}

async function timeTf(make, runs = RUNS) {
  const times = [];
  let last;
  for (let i = 0; i < runs + 1; i++) {
    const { model, x, y, epochs, batchSize } = make();
    const t = performance.now();
    const h = await model.fit(x, y, { epochs, batchSize, shuffle: true, verbose: 0 });
    const ms = performance.now() - t;
    last = h.history.loss[h.history.loss.length - 1];
    if (i > 0) times.push(ms); // the first run warms up (kernels, shaders)
    tf.dispose([x, y]);
    model.dispose();
  }
  return { ...stats(times), loss: last };
}

// The wide network of the GPU comparison (5→w→w→1, the Keras example's data and settings).
const WIDE = QUICK
  ? { width: 64, epochs: 1, runs: 1 }
  : { width: Number(params.get('wide') || 256), epochs: 3, runs: Math.max(2, Math.min(RUNS, 3)) };

function wideModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: WIDE.width, activation: 'relu', inputShape: [5] }));
  model.add(tf.layers.dense({ units: WIDE.width, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'binaryCrossentropy' });
  return { model, x: tf.randomUniform([100, 5], 0, 1, 'float32', 1), y: tf.randomUniform([100, 1], 0, 1, 'float32', 2), epochs: WIDE.epochs, batchSize: 32 };
}

// Eigenplay's GPU trainer on the wide network: each run's trainer is built (buffers, uploads,
// pipelines) before its timing, as TF.js's model is; the first run warms up and is not counted.
async function timeEigenplayGpu() {
  const times = [];
  let losses;
  for (let i = 0; i < WIDE.runs + 1; i++) {
    wide_gpu_prepare(WIDE.width, 42);
    const t = performance.now();
    losses = Array.from(await wide_gpu_train(WIDE.epochs));
    if (i > 0) times.push(performance.now() - t);
  }
  return { ...stats(times), losses };
}

async function wide(results) {
  const w = { width: WIDE.width, epochs: WIDE.epochs, status: await gpu_init() };
  results.wide = w;
  log(`wide network 5-${WIDE.width}-${WIDE.width}-1: ${w.status}`);
  w.cpu = timeEigenplay(() => wide_cpu(WIDE.width, WIDE.epochs, 42).at(-1), 1, QUICK ? 2 : 5);
  w.cpuLosses = Array.from(wide_cpu(WIDE.width, WIDE.epochs, 42));
  if (!w.status.startsWith('WebGPU')) return;
  w.gpu = await timeEigenplayGpu();
  log(`Eigenplay wide: GPU ${w.gpu.median.toFixed(1)} ms, CPU ${w.cpu.median.toFixed(1)} ms for ${WIDE.epochs} epochs`);
  // TF.js's WebGPU backend on the wide network runs in every full run, whatever BACKENDS says.
  if (QUICK) return;
  try {
    await tf.setBackend('webgpu');
    await tf.ready();
    if (tf.getBackend() !== 'webgpu') throw new Error('did not initialise');
    const deadline = new Promise((_, no) => setTimeout(() => no(new Error(`no result within ${LIMIT_S} s`)), LIMIT_S * 1000));
    w.tfjsWebgpu = await Promise.race([timeTf(wideModel, WIDE.runs), deadline]);
    log(`TF.js webgpu wide: ${w.tfjsWebgpu.median.toFixed(1)} ms`);
  } catch (e) {
    w.tfjsSkipped = String(e && e.message || e);
    log(`TF.js webgpu wide: skipped (${w.tfjsSkipped})`);
  }
}

async function main() {
  await init();
  const results = { eigenplay: {}, tfjs: {}, skipped: {} };
  results.eigenplay.keras = timeEigenplay(keras);
  results.eigenplay.regression = timeEigenplay(regression);
  // A digits run takes a tenth of a second or more: one run per sample, fewer samples.
  results.eigenplay.digits = timeEigenplay(digits, 1, QUICK ? 2 : Math.max(RUNS, 5));
  results.eigenplay.digitsAccuracy = digits_test_accuracy(42);
  results.eigenplay.weights = Array.from(regression_weights(42));
  results.eigenplay.simd128 = simd128();
  results.eigenplay.kerasFirstLast = Array.from(keras_first_last(42));
  // Whether WebGPU has an adapter here at all (run.mjs fails under CI when it has none).
  results.webgpuAdapter = !!(navigator.gpu && await navigator.gpu.requestAdapter());
  log(`Eigenplay keras ${results.eigenplay.keras.median.toFixed(3)} ms, regression ${results.eigenplay.regression.median.toFixed(3)} ms, digits ${results.eigenplay.digits.median.toFixed(1)} ms`);
  if (tf.wasm) tf.wasm.setWasmPaths(new URL('node_modules/@tensorflow/tfjs-backend-wasm/dist/', location.href).href);
  for (const backend of BACKENDS) {
    try {
      const ok = await tf.setBackend(backend);
      await tf.ready();
      if (!ok || tf.getBackend() !== backend) throw new Error('did not initialise');
      // SwiftShader's GPU backends can be very slow or stall: give each backend a deadline.
      const deadline = new Promise((_, no) => setTimeout(() => no(new Error(`no result within ${LIMIT_S} s`)), LIMIT_S * 1000));
      const timed = (async () => ({
        keras: await timeTf(kerasModel),
        regression: await timeTf(regressionModel),
        digits: await timeTf(digitsModel),
      }))();
      results.tfjs[backend] = await Promise.race([timed, deadline]);
      const t = results.tfjs[backend];
      log(`TF.js ${backend}: keras ${t.keras.median.toFixed(1)} ms, regression ${t.regression.median.toFixed(1)} ms, digits ${t.digits.median.toFixed(1)} ms`);
    } catch (e) {
      results.skipped[backend] = String(e && e.message || e);
      log(`TF.js ${backend}: skipped (${results.skipped[backend]})`);
    }
  }
  await wide(results);
  window.results = results;
}

main().catch((e) => { window.results = { error: String(e && e.stack || e) }; });
