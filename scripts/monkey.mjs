// A random-clicking run against the built page: clicks buttons, summaries and lesson links,
// picks options, types numbers and junk into cells and sliders, presses keys, switches views,
// leaves Train while it trains, and stops at the first console or page error (a Rust panic ends
// the wasm). The test command runs a few fixed seeds; other seeds, run by hand, may find more,
// and what they find becomes a test in tests/e2e/robust.spec.js.
// Usage: node scripts/monkey.mjs [SEED=1] [STEPS=250]   (after a build; serves dist/ itself)
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";

const seedArg = Number(process.argv[2] ?? 1);
const steps = Number(process.argv[3] ?? 250);
const port = 4190 + (seedArg % 9);
const server = spawn("node", ["scripts/static-server.mjs", "dist", String(port)], { stdio: "pipe" });
await new Promise((resolve) => server.stdout.once("data", resolve));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--enable-unsafe-webgpu", "--enable-features=Vulkan", "--use-vulkan=swiftshader",
    "--use-webgpu-adapter=swiftshader", "--use-angle=swiftshader"],
});

// A small linear congruential generator: the same seed replays the same run.
let state = seedArg;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (items) => items[Math.floor(random() * items.length)];

const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const errors = [];
page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
page.on("pageerror", (e) => errors.push(String(e)));
page.on("download", (d) => d.cancel());
await page.goto(`http://127.0.0.1:${port}/#view=lab&op=eig&A=2,1;1,2&show=map,maths&lesson=demystified.3`);
await page.waitForTimeout(500);

const done = [];
for (let i = 0; i < steps && errors.length === 0; i++) {
  const r = random();
  try {
    if (r < 0.6) {
      const target = pick(await page.locator("button:visible:enabled, summary:visible, a[href^='#']:visible").all());
      done.push(`click ${(await target.textContent())?.trim().slice(0, 40)}`);
      await target.click({ timeout: 1000 });
    } else if (r < 0.75) {
      const select = pick(await page.locator("select:visible").all());
      const value = pick(await select.locator("option").evaluateAll((os) => os.map((o) => o.value)));
      done.push(`select ${value}`);
      await select.selectOption(value, { timeout: 1000 });
    } else if (r < 0.9) {
      const input = pick(await page.locator("input:visible:enabled").all());
      const type = await input.getAttribute("type");
      const name = await input.getAttribute("aria-label");
      if (type === "checkbox") {
        done.push(`toggle ${name}`);
        await input.click({ timeout: 1000 });
      } else {
        const value = pick(type === "range" ? ["0", "50", "100", "-45"] : ["1", "-2.5", "x", "", "1e999", "NaN", "3"]);
        done.push(`type ${JSON.stringify(value)} into ${name ?? type}`);
        await input.fill(value, { timeout: 1000 });
      }
    } else if (r < 0.94) {
      // Leave Train while it trains: by a tab, by the address, or by a lesson step.
      const way = pick(["tab", "address", "lesson"]);
      done.push(`train, then leave by ${way}`);
      await page.getByRole("button", { name: "Train", exact: true }).click({ timeout: 1000 });
      await page.getByRole("button", { name: "Play", exact: true }).click({ timeout: 1000 });
      await page.waitForTimeout(200);
      if (way === "tab") await page.getByRole("button", { name: "Matrix Lab", exact: true }).click({ timeout: 1000 });
      if (way === "address") await page.evaluate(() => (location.hash = "#view=lab&op=inv&A=2,1;1,3"));
      if (way === "lesson") await page.evaluate(() => (location.hash = "#view=lab&op=eig&A=0,-1;1,0&lesson=demystified.4"));
    } else {
      const key = pick(["PageDown", "PageUp", "Tab", "Enter", "Escape", "ArrowDown"]);
      done.push(`press ${key}`);
      await page.keyboard.press(key);
    }
  } catch {
    done.push("  (not possible just then)");
  }
  await page.waitForTimeout(random() < 0.3 ? 600 : 60);
}
await browser.close();
server.kill();
console.log(`seed ${seedArg}: ${done.length} steps, ${errors.length ? "stopped" : "no errors"}`);
if (errors.length) {
  console.log(errors.slice(0, 2).join("\n"));
  console.log("the steps:\n" + done.join("\n"));
  process.exitCode = 1;
}
