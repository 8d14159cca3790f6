// The main thread's long tasks (the Long Tasks API, over 50 ms each) on a first visit, on
// opening the same page again (as a person who comes back: the wasm compiled, the first
// layout done), and in the 3 s after pressing Play, for each path given, each in a fresh
// browser context: how DESIGN.md's and the issues' figures for wide networks are measured.
// Serves dist/ itself; build it first (trunk build --release).
// Usage: node scripts/longtasks.mjs '?view=train&data=xor&net=2-256r-256r-1s' [PATH ...]
// Prints each path's task durations in ms; a figure, not a test (it depends on the machine).
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
const server = spawn("node", ["scripts/static-server.mjs", "dist", "4197"], { stdio: "pipe" });
await new Promise((r) => server.stdout.once("data", r));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking"] });
const tasks = (page) => page.evaluate(() => window.__lt.splice(0));
for (const q of process.argv.slice(2)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(Math.round(e.duration)); }).observe({ type: "longtask", buffered: true }); });
  await page.goto(`http://127.0.0.1:4197/${q}`);
  await page.waitForTimeout(3000);
  const first = await tasks(page);
  await page.reload();
  await page.waitForTimeout(3000);
  const again = await tasks(page);
  const play = page.getByRole("button", { name: "Play", exact: true });
  let playing = "no Play button";
  if (await play.isEnabled().catch(() => false)) {
    await play.click();
    await page.waitForTimeout(3000);
    const during = await tasks(page);
    playing = `${during.length} tasks, longest ${Math.max(0, ...during)} ms`;
  }
  console.log(`${q}  first visit: [${first}] ms  opened again: [${again}] ms  playing: ${playing}`);
  await context.close();
}
await browser.close(); server.kill();
