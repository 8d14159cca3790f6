// Serves this folder on 127.0.0.1 (WebGPU needs a secure context), opens index.html in
// Debian's headless Chromium through playwright-core, and prints the results as a table.
// Exits non-zero when a product is wrong: Eigenplay's against nalgebra's (f32 and f64),
// TF.js's against Eigenplay's, the WebGPU kernels' against their CPU twin; and, with
// CI=true, when the page finds no WebGPU adapter.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// f32 products of n ≤ 1024 entries in [-1, 1) summed in different orders agree to about
// 1e-5; a wrong product is off by far more.
const TOLERANCE = 1e-3;
const QUICK = (process.env.QUICK || '0') !== '0';
const CI = process.env.CI === 'true';
const root = path.dirname(fileURLToPath(import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const file = path.join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
  if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const port = server.address().port;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    // SwiftShader's WebGPU (DESIGN.md): without these headless Chromium has no adapter.
    '--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-vulkan=swiftshader',
    '--use-webgpu-adapter=swiftshader', '--use-angle=swiftshader',
    '--disable-background-networking', '--disable-component-update', '--no-first-run',
  ],
});
const page = await browser.newPage();
page.on('console', (m) => console.error('  page:', m.text()));
page.on('pageerror', (e) => console.error('  page error:', e.message));
const query = new URLSearchParams();
if (process.env.SIZES) query.set('sizes', process.env.SIZES);
if (process.env.GPU === '0') query.set('gpu', '0');
await page.goto(`http://127.0.0.1:${port}/index.html?${query}`);
await page.waitForFunction(() => window.cpuReady || window.results, null, { timeout: 120000 });
const early = await page.evaluate(() => window.results);
if (early && early.error) {
  console.error(early.error);
  process.exit(1);
}

// CPU time of the page's main thread, in ms: where the wasm and TF.js run.
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
const threadMs = async () => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
};
// V8 runs new wasm code in its baseline tier until a background compile of the optimized
// tier lands; on a busy machine that can take seconds, so every contender first runs for
// a while. (`--js-flags=--no-liftoff` would skip the baseline tier but also the call
// feedback V8 inlines by, which makes every contender slower than in a real browser.)
async function warmUp(names, ms = QUICK ? 100 : 500) {
  for (const name of names) {
    const t = await threadMs();
    while ((await threadMs()) - t < ms) await page.evaluate(([nm]) => window.batch(nm, 1), [name]);
  }
}
// Seconds of CPU per call: batches of calls long enough for the metric (≥ 40 ms), five
// rounds with the contenders taking turns, the best batch of each.
async function race(names, rounds = QUICK ? 2 : 5) {
  const count = {};
  for (const name of names) {
    count[name] = 1;
    await page.evaluate(([nm]) => window.batch(nm, 1), [name]); // warm-up
    for (;;) {
      const t = await threadMs();
      await page.evaluate(([nm, c]) => window.batch(nm, c), [name, count[name]]);
      if ((await threadMs()) - t >= 40 || count[name] >= 1 << 16) break;
      count[name] *= 2;
    }
  }
  const best = Object.fromEntries(names.map((k) => [k, Infinity]));
  const wall = Object.fromEntries(names.map((k) => [k, Infinity]));
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const t = await threadMs();
      const ms = await page.evaluate(([nm, c]) => window.batch(nm, c), [name, count[name]]);
      best[name] = Math.min(best[name], ((await threadMs()) - t) / 1000 / count[name]);
      wall[name] = Math.min(wall[name], ms / 1000 / count[name]);
    }
  }
  return { best, wall };
}

const sizes = (process.env.SIZES || (QUICK ? '64,128' : '64,128,256,512,1024')).split(',').map(Number);
const rows = [];
for (const n of sizes) {
  const names = await page.evaluate((m) => window.prepare(m), n);
  await warmUp(names);
  const { best, wall } = await race(names);
  const gflop = 2 * n ** 3 / 1e9;
  const row = { n };
  for (const name of names) {
    row[name] = gflop / best[name];
    row[name + '_wall'] = gflop / wall[name];
  }
  Object.assign(row, await page.evaluate(() => window.finish()));
  console.error('  ', JSON.stringify(row));
  rows.push(row);
}
await page.evaluate(() => window.cpuDone());
await page.waitForFunction(() => window.results !== undefined, null, { timeout: 20 * 60 * 1000 });
const results = await page.evaluate(() => window.results);
await browser.close();
server.close();
if (results.error) {
  console.error(results.error);
  process.exit(1);
}

const f = (v) => (v === undefined ? '-' : v.toFixed(1));
const r = (x, y) => (x && y ? (x / y).toFixed(2) : '-');
const { env, gpu } = results;
console.log(`\nCPU matrix product in wasm, headless Chromium (${env.userAgent.match(/Chrome\/[\d.]+/)}), one thread.`);
console.log(`GFLOP/s = 2n³ / main-thread CPU time per call (best batch of ${QUICK ? '2 interleaved rounds, quick mode: rough figures' : '5 interleaved rounds'}). Eigenplay simd128: ${env.eigenplaySimd128}; TF.js ${env.tfjsBackend} backend, SIMD ${env.tfjsSimd}, threads ${env.tfjsThreads}.\n`);
console.log('|    n | Eigenplay f32 | nalgebra f32 | TF.js wasm f32 | Eigenplay/TF.js | Eigenplay/nalgebra f32 | Eigenplay f64 | nalgebra f64 | Eigenplay/nalgebra f64 |');
console.log('|-----:|--------------:|-------------:|---------------:|----------------:|-----------------------:|--------------:|-------------:|-----------------------:|');
for (const x of rows) {
  console.log(`| ${String(x.n).padStart(4)} | ${f(x.eigenplay_f32).padStart(13)} | ${f(x.nalgebra_f32).padStart(12)} | ${f(x.tfjs_f32).padStart(14)} | ${r(x.eigenplay_f32, x.tfjs_f32).padStart(15)} | ${r(x.eigenplay_f32, x.nalgebra_f32).padStart(22)} | ${f(x.eigenplay_f64).padStart(13)} | ${f(x.nalgebra_f64).padStart(12)} | ${r(x.eigenplay_f64, x.nalgebra_f64).padStart(22)} |`);
}
console.log(`Wall-clock figures (same runs; lower when the machine is shared): Eigenplay f32 ${rows.map((x) => f(x.eigenplay_f32_wall)).join(' / ')}, TF.js ${rows.map((x) => f(x.tfjs_f32_wall)).join(' / ')}.`);
const worst = Math.max(...rows.map((x) => Math.max(x.disagreement, x.tfjs_disagreement)));
console.log(`\nLargest |Eigenplay − nalgebra| or |Eigenplay − TF.js| over all results: ${worst.toExponential(2)}`);

console.log(`\nGPU matrix product (f32, upload and readback included), ${gpu.status}:`);
if (gpu.rows.length) {
  console.log(`Same adapter, TF.js's WebGPU backend (${gpu.tfjsBackend}), timed the same way (tensors made from arrays, matMul, data()).`);
  console.log('|    n | v1 naive | v2 tiled | v3 vec4 | TF.js webgpu | v3/TF.js |');
  console.log('|-----:|---------:|---------:|--------:|-------------:|---------:|');
  for (const x of gpu.rows) console.log(`| ${String(x.n).padStart(4)} | ${f(x.v1).padStart(8)} | ${f(x.v2).padStart(8)} | ${f(x.v3).padStart(7)} | ${f(x.tfjs).padStart(12)} | ${r(x.v3, x.tfjs).padStart(8)} |`);
  console.log(`Dispatch plus readback (v3 on a 1×1 product, upload included): ${(1000 * gpu.overheadMs).toFixed(0)} µs`);
  // The crossover: the first size where the page's kernel (v3) beats Eigenplay's CPU f32 in this page.
  const cpuAt = Object.fromEntries(rows.map((x) => [x.n, x.eigenplay_f32]));
  const cross = gpu.rows.find((x) => cpuAt[x.n] !== undefined && x.v3 > cpuAt[x.n]);
  console.log(cross
    ? `Crossover: from n = ${cross.n} WebGPU v3 (${f(cross.v3)} GFLOP/s) beats Eigenplay's CPU f32 (${f(cpuAt[cross.n])})`
    : `Crossover: none up to n = ${Math.max(...gpu.rows.map((x) => x.n))}; Eigenplay's CPU f32 is faster than WebGPU v3 at every size measured`);
  const gpuWorst = Math.max(...gpu.rows.map((x) => Math.max(x.v1_disagreement, x.v2_disagreement, x.v3_disagreement)));
  console.log(`Largest |TF.js webgpu − Eigenplay's CPU f32|: ${Math.max(...gpu.rows.map((x) => x.tfjs_disagreement ?? 0)).toExponential(2)}`);
  console.log(`Largest |GPU − CPU twin|: ${gpuWorst.toExponential(2)}`);
}

// The answers, checked: the figures mean nothing if a product is wrong.
const failures = [];
const bad = (x) => !(x <= TOLERANCE); // NaN fails too
for (const x of rows) {
  if (bad(x.disagreement)) failures.push(`n = ${x.n}: |Eigenplay − nalgebra| = ${x.disagreement}`);
  if (bad(x.tfjs_disagreement)) failures.push(`n = ${x.n}: |Eigenplay − TF.js| = ${x.tfjs_disagreement}`);
}
if (gpu.rows.length && bad(gpu.overheadDisagreement)) failures.push(`a 1×1 product on WebGPU is off by ${gpu.overheadDisagreement}`);
for (const x of gpu.rows) {
  for (const v of ['v1', 'v2', 'v3']) {
    const d = x[`${v}_disagreement`];
    if (bad(d)) failures.push(`n = ${x.n}: |WebGPU ${v} − CPU twin| = ${d}`);
  }
  if (gpu.tfjsBackend === 'webgpu' && bad(x.tfjs_disagreement)) failures.push(`n = ${x.n}: |TF.js webgpu − Eigenplay| = ${x.tfjs_disagreement}`);
}
if (!env.eigenplaySimd128) failures.push('the wasm was built without simd128 (the page ships with it)');
if (CI && gpu.status.startsWith('WebGPU') && gpu.tfjsBackend !== 'webgpu') {
  failures.push(`TF.js's WebGPU backend did not start on the adapter Eigenplay's kernels ran on (it gave ${gpu.tfjsBackend})`);
}
if (process.env.GPU !== '0' && !gpu.status.startsWith('WebGPU')) {
  const why = `the page found no WebGPU adapter (${gpu.status})`;
  if (CI) failures.push(`${why}; under CI that is a failure (GPU=0 skips the GPU part)`);
  else console.log(`\nNote: ${why}; the GPU part was skipped.`);
}
if (failures.length) {
  console.error(`\nFAILED (tolerance ${TOLERANCE}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nChecked: every product within ${TOLERANCE} of nalgebra's (CPU) or the CPU twin's (GPU).`);
