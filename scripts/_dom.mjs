import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
const server = spawn("node", ["scripts/static-server.mjs", "dist", "4199"], { stdio: "pipe" });
await new Promise((r) => server.stdout.once("data", r));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking"] });
for (const q of process.argv.slice(2)) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline", transferMode: "ReturnAsStream" }).catch(() => {});
  await page.goto(`http://127.0.0.1:4199/${q}`);
  await page.waitForTimeout(2000);
  const n = await page.evaluate(() => ({ all: document.querySelectorAll("*").length, hidden: document.querySelectorAll("[hidden] *").length, svg: document.querySelectorAll("svg *").length }));
  const chunks = [];
  const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.end"); const { stream } = await done;
  let data = ""; for (;;) { const { data: d, eof } = await cdp.send("IO.read", { handle: stream }); data += d; if (eof) break; }
  const events = JSON.parse(data).traceEvents ?? JSON.parse(data);
  const by = new Map();
  for (const e of events) if (e.ph === "X" && e.dur > 2000 && ["FunctionCall","ParseHTML","UpdateLayoutTree","Layout","Paint","v8.compile","v8.wasm.compileLazy","EvaluateScript","v8.compileModule","TimerFire","RunMicrotasks","v8.wasm.streamFromResponseCallback","Document::updateStyleAndLayout","PrePaint","Layerize","UpdateLayer", "HitTest","RunTask"].includes(e.name)) by.set(e.name, [...(by.get(e.name)||[]), Math.round(e.dur/1000)]);
  console.log(q, JSON.stringify(n));
  for (const [k, v] of by) console.log("  ", k, JSON.stringify([...v].sort((a,b)=>b-a).slice(0, 6)));
  const long = events.filter((e) => e.ph === "X" && e.name === "RunTask" && e.dur > 40000);
  for (const t of long) {
    const inside = events.filter((e) => e.ph === "X" && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur||0) <= t.ts + t.dur && e.dur > 3000 && e !== t);
    console.log("  long task", Math.round(t.dur/1000), "ms:", inside.map((e) => `${e.name}${e.args?.data?.functionName ? "(" + e.args.data.functionName + ")" : ""}:${Math.round(e.dur/1000)}`).join(", "));
  }
  await page.close();
}
await browser.close(); server.kill();
