// Time to interactive: the median time from navigation to the status line appearing,
// over several cold loads of the release build in headless Chromium, against a
// baseline measured in the same run (a plain static page of the same server).
//
// Usage: node bench/load.mjs [--loads N] [--webgpu]
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const loads = Number(args[args.indexOf("--loads") + 1]) || 9;
const webgpu = args.includes("--webgpu");
const port = 4190;

const flags = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
if (webgpu) {
  flags.push("--enable-unsafe-webgpu", "--enable-features=Vulkan", "--use-vulkan=swiftshader",
    "--use-webgpu-adapter=swiftshader", "--use-angle=swiftshader");
}

// The baseline: a static page with one line of text, served the same way.
const baselineDir = mkdtempSync(join(tmpdir(), "eigenplay-baseline-"));
writeFileSync(join(baselineDir, "index.html"), '<!doctype html><p role="status">ready</p>');

function serve(dir, p) {
  const child = spawn("node", ["scripts/static-server.mjs", dir, String(p)], { stdio: "pipe" });
  return new Promise((resolve) => child.stdout.once("data", () => resolve(child)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeLoads(url, ready) {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: flags });
  const times = { mounted: [], backend: [] };
  for (let i = 0; i < loads; i++) {
    // A fresh context each time: no cache, no storage, as a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(ready.mounted, null, { polling: "raf" });
    const mounted = await page.evaluate(() => performance.now());
    await page.waitForFunction(ready.backend, null, { polling: "raf" });
    const backend = await page.evaluate(() => performance.now());
    times.mounted.push(mounted);
    times.backend.push(backend);
    await context.close();
  }
  await browser.close();
  return { mounted: median(times.mounted), backend: median(times.backend) };
}

const app = await serve("dist", port);
const base = await serve(baselineDir, port + 1);
try {
  const statusShown = () => !!document.querySelector('[role="status"]');
  const backendKnown = () => {
    const s = document.querySelector('[role="status"]');
    return !!s && !/Looking/.test(s.textContent);
  };
  const baseline = await timeLoads(`http://127.0.0.1:${port + 1}/`, { mounted: statusShown, backend: statusShown });
  const eigenplay = await timeLoads(`http://127.0.0.1:${port}/`, { mounted: statusShown, backend: backendKnown });
  const fmt = (ms) => `${ms.toFixed(0).padStart(5)} ms`;
  console.log(`Load time, median of ${loads} cold loads, ${webgpu ? "WebGPU (SwiftShader)" : "no WebGPU"}:`);
  console.log(`  static one-line page (baseline)   ${fmt(baseline.mounted)}   1.0x`);
  console.log(`  Eigenplay: status line shown      ${fmt(eigenplay.mounted)}   ${(eigenplay.mounted / baseline.mounted).toFixed(1)}x`);
  console.log(`  Eigenplay: backend named          ${fmt(eigenplay.backend)}   ${(eigenplay.backend / baseline.mounted).toFixed(1)}x`);
  console.log(`  goal: status line under 500 ms -> ${eigenplay.mounted < 500 ? "met" : "NOT met"}`);
} finally {
  app.kill();
  base.kill();
}
