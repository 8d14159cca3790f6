// Screenshots of the built page for a person to look at: projector at 1920x1080,
// light at 1280x800 and phone at 390x844, for each path given.
// Usage: node scripts/screenshots.mjs OUT_DIR [PATH ...]   (serves dist/ itself)
// OPEN="A as a map of the plane" opens the disclosure with that summary and scrolls to it first.
// KEYS="q" presses those keys (comma-separated) before each shot, after OPEN.
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";

const [out = "screenshots", ...paths] = process.argv.slice(2);
const port = 4195;
mkdirSync(out, { recursive: true });
const server = spawn("node", ["scripts/static-server.mjs", "dist", String(port)], { stdio: "pipe" });
await new Promise((resolve) => server.stdout.once("data", resolve));

const sizes = [
  ["projector", 1920, 1080],
  ["light", 1280, 800],
  ["dark", 390, 844],
];
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run",
    "--enable-unsafe-webgpu", "--enable-features=Vulkan", "--use-vulkan=swiftshader",
    "--use-webgpu-adapter=swiftshader", "--use-angle=swiftshader"],
});
try {
  for (const path of paths.length ? paths : [""]) {
    for (const [theme, width, height] of sizes) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.addInitScript((t) => localStorage.setItem("eigenplay.theme", t), theme);
      await page.goto(`http://127.0.0.1:${port}/${path}`);
      await page.waitForFunction(() => !/Looking/.test(document.querySelector('[role="status"]')?.textContent ?? "Looking"));
      if (process.env.OPEN) {
        const summary = page.locator("summary", { hasText: process.env.OPEN }).first();
        await summary.click();
        await summary.evaluate((el) => el.scrollIntoView({ block: "start" }));
      }
      for (const key of (process.env.KEYS || "").split(",").filter(Boolean)) await page.keyboard.press(key);
      await page.waitForTimeout(300);
      const name = `${out}/${(path.replace(/[^a-z0-9]+/gi, "_") || "home").slice(0, 40)}-${theme}-${width}.png`;
      await page.screenshot({ path: name, fullPage: false });
      console.log(name);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
