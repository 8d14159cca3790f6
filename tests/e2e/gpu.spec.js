// The GPU view: the race between the CPU and the GPU, with and without WebGPU.
import { readFileSync } from "node:fs";
import { test, expect, hasWebGpu, openApp } from "./fixtures.js";

test("the race times the CPU and, where there is WebGPU, the GPU, checked against the CPU", async ({ page }, testInfo) => {
  // Pressed as soon as the page is up, before the search for a GPU has ended: the button waits
  // for it, so the GPU is not left out of the race.
  await page.goto("?view=gpu");
  await page.getByLabel("Largest size").selectOption("256");
  await page.getByRole("button", { name: "Run the race" }).click();
  const rows = page.getByRole("table", { name: "Race results" }).locator("tbody tr");
  await expect(rows).toHaveCount(5, { timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Run the race" })).toBeEnabled({ timeout: 60_000 });
  for (const row of await rows.all()) {
    const cells = await row.locator("td").allTextContents();
    expect(Number(cells[0])).toBeGreaterThan(0); // CPU ms
    expect(Number(cells[1])).toBeGreaterThan(0); // CPU GFLOP/s
    if (hasWebGpu(testInfo)) {
      expect(Number(cells[2]), "a GPU column wherever there is WebGPU").toBeGreaterThan(0);
      expect(cells[5]).toMatch(/^✓ relative error/);
    } else {
      expect(cells[2]).toBe("—");
    }
  }
  const note = page.locator(".gpu-view .panel > p").first();
  await expect(note).toContainText(hasWebGpu(testInfo) ? "has WebGPU" : "No GPU column");
});

/** Keeps every GPU device the page asks for in `window.__devices`, so a test can destroy them. */
function keepDevices(page) {
  return page.addInitScript(() => {
    window.__devices = [];
    const request = GPUAdapter.prototype.requestDevice;
    GPUAdapter.prototype.requestDevice = async function (...args) {
      const device = await request.apply(this, args);
      window.__devices.push(device);
      return device;
    };
  });
}

// A GPU that fails every product must not get a time or a ✓: the GPU path once quietly
// returned the CPU's answer, which then agreed with the CPU's answer.
test("a GPU lost before the race shows no GPU time and no ✓", async ({ page }, testInfo) => {
  test.skip(!hasWebGpu(testInfo), "needs a WebGPU adapter to lose");
  await keepDevices(page);
  await page.goto("?view=gpu");
  await expect(page.getByRole("status", { name: "Compute backend" })).toHaveText(/WebGPU/);
  await page.evaluate(() => window.__devices.forEach((d) => d.destroy()));
  await page.getByLabel("Largest size").selectOption("128");
  await page.getByRole("button", { name: "Run the race" }).click();
  const rows = page.getByRole("table", { name: "Race results" }).locator("tbody tr");
  await expect(rows).toHaveCount(4, { timeout: 60_000 });
  for (const row of await rows.all()) {
    const cells = await row.locator("td").allTextContents();
    expect(Number(cells[0])).toBeGreaterThan(0);
    expect(cells[2]).toBe("—");
    expect(cells[5]).toMatch(/^✗ not computed: the GPU was lost/);
  }
  // A race the GPU did not run measures no crossover: Auto keeps its default.
  await expect(page.getByRole("status", { name: "Crossover" })).toHaveText("The GPU has no time at every size, so Auto keeps what it had.");
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("eigenplay-gpu-from:")))).toEqual([]);
});

/** A 64×64 matrix of small integers as a link writes it (rows split by `;`), entry (i, j) from `f`. */
function linkMatrix(f) {
  return Array.from({ length: 64 }, (_, i) => Array.from({ length: 64 }, (_, j) => f(i, j)).join(",")).join(";");
}
const PRODUCT_64 = `#view=lab&op=matmul&A=${linkMatrix((i, j) => ((7 * i + 3 * j) % 11) - 5)}&B=${linkMatrix((i, j) => ((5 * i + j) % 7) - 3)}`;

test("a 64×64 product with products on the GPU runs there and agrees with the f64 engine; without WebGPU it says CPU and why", async ({ page }, testInfo) => {
  await openApp(page, `${PRODUCT_64}&products=gpu`);
  const ran = page.getByRole("status", { name: "Where the product ran" });
  await expect(page.getByLabel("Products on")).toHaveValue("gpu");
  if (hasWebGpu(testInfo)) {
    await expect(ran).toHaveAttribute("data-ran", "gpu", { timeout: 30_000 });
    await expect(ran).toHaveText(/^Computed on the GPU \(.+\), in f32: [\d.]+ ms there and back, upload and readback included\. The f64 engine's answer agrees ✓: relative difference 0\.0e0\.$/);
  } else {
    await expect(ran).toHaveAttribute("data-ran", "cpu");
    await expect(ran).toHaveText("Computed on the CPU, in f64: this browser has no WebGPU adapter.");
  }
  // The result on screen is the engine's whichever side ran: C[1,1] = Σ_k A[0,k]·B[k,0].
  let c11 = 0;
  for (let k = 0; k < 64; k++) c11 += (((3 * k) % 11) - 5) * (((5 * k) % 7) - 3);
  await expect(page.getByRole("table", { name: "Result" }).locator("tr").first().locator("td").first()).toHaveText(String(c11));
});

test("Auto keeps a typed product on the CPU and says why; the status line's menu moves products and the link follows", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul");
  const ran = page.getByRole("status", { name: "Where the product ran" });
  await expect(ran).toHaveText("Computed on the CPU, in f64: 2×2 times 2×2 is done here before a trip to the GPU could return (Auto sends 256×256×256 and up).");
  await page.getByLabel("Products on").selectOption("cpu");
  await expect(ran).toHaveText("Computed on the CPU, in f64: you chose the CPU below.");
  await expect(page).toHaveURL(/[#&]products=cpu(&|$)/);
  // Another operation has no product to place: the line goes.
  await page.getByLabel("Operation").selectOption("add");
  await expect(ran).toBeHidden();
});

test("opening a panel does not send the product to the GPU again", async ({ page }, testInfo) => {
  test.skip(!hasWebGpu(testInfo), "needs a GPU to send products to");
  await openApp(page, "#view=lab&op=matmul&products=gpu");
  const ran = page.getByRole("status", { name: "Where the product ran" });
  await expect(ran).toHaveAttribute("data-ran", "gpu", { timeout: 30_000 });
  const before = await ran.textContent();
  // "Show the maths" puts show=maths in the link: the page's state changes, the product does not.
  await ran.evaluate((el) => { window.__sent = 0; new MutationObserver(() => { if (el.dataset.ran === "sending") window.__sent++; }).observe(el, { attributes: true }); });
  await page.getByText("Show the maths").click();
  await expect(page).toHaveURL(/show=maths/);
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).focus();
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.__sent)).toBe(0);
  await expect(ran).toHaveText(before);
});

test("a GPU lost before a product: the Lab says the GPU could not compute it and shows the engine's answer", async ({ page }, testInfo) => {
  test.skip(!hasWebGpu(testInfo), "needs a WebGPU adapter to lose");
  await keepDevices(page);
  await openApp(page, "#view=lab&op=matmul&products=gpu");
  const ran = page.getByRole("status", { name: "Where the product ran" });
  await expect(ran).toHaveAttribute("data-ran", "gpu", { timeout: 30_000 });
  await page.evaluate(() => window.__devices.forEach((d) => d.destroy()));
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).fill("5");
  await expect(ran).toHaveAttribute("data-ran", "cpu", { timeout: 30_000 });
  await expect(ran).toHaveText(/^The GPU could not compute it \(the GPU was lost.*\); the result above is the CPU's, in f64\.$/);
  await expect(page.getByRole("table", { name: "Result" }).locator("td").first()).toHaveText("39");
});

test("the race draws GFLOP/s against n on log–log axes, names the crossover, and Auto in the Lab follows it", async ({ page }, testInfo) => {
  await openApp(page, "#view=gpu");
  await page.getByLabel("Largest size").selectOption("64");
  await page.getByRole("button", { name: "Run the race" }).click();
  const chart = page.getByRole("img", { name: "GFLOP/s against n" });
  await expect(page.getByRole("table", { name: "Race results" }).locator("tbody tr")).toHaveCount(3, { timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Run the race" })).toBeVisible({ timeout: 60_000 });
  // The x axis has a tick at each size up to the largest chosen; the CPU's line has a point
  // at each size raced, and the GPU's (the accent colour) where there is WebGPU.
  const ticks = (await chart.locator("text").allTextContents()).map((t) => t.trim());
  for (const n of ["16", "32", "64"]) expect(ticks).toContain(n);
  expect(ticks).toContain("GFLOP/s (log scale)");
  const line = (colour) => chart.locator(`polyline[stroke="${colour}"]`);
  expect((await line("#050505").getAttribute("points")).trim().split(/\s+/)).toHaveLength(3);
  // The chart downloads as a file of its own, like every chart of the page.
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the race chart as SVG" }).click()]);
  expect(file.suggestedFilename()).toBe("gpu-race.svg");
  expect(readFileSync(await file.path(), "utf8")).toContain("GFLOP/s (log scale)");
  const crossover = page.getByRole("status", { name: "Crossover" });
  if (hasWebGpu(testInfo)) {
    expect((await line("#030303").getAttribute("points")).trim().split(/\s+/)).toHaveLength(3);
    // SwiftShader is a GPU emulated on the CPU: whichever way it went, the words say it, and
    // the side Auto now sends to the GPU is the crossover or, with none, twice the largest.
    await expect(crossover).toHaveText(/^The GPU (overtook the CPU at n = (16|32|64)|did not overtake the CPU up to n = 64)\. Auto now sends products of (\d+)×\3×\3 multiply-adds and more to the GPU on this device \(.+\); run the race again to measure it again\.$/);
    const words = await crossover.textContent();
    const side = words.match(/products of (\d+)×/)[1];
    if (words.includes("did not overtake")) expect(side).toBe("128");
    else expect(words).toContain(`at n = ${side}.`);
    // The Lab's Auto now reads that side, and says it was measured.
    await page.goto("#view=lab&op=matmul");
    await expect(page.getByRole("status", { name: "Where the product ran" })).toHaveText(
      `Computed on the CPU, in f64: 2×2 times 2×2 is done here before a trip to the GPU could return (Auto sends ${side}×${side}×${side} and up, as the GPU view's race measured here).`,
    );
  } else {
    await expect(line("#030303")).toHaveCount(0);
    await expect(crossover).toHaveText("");
  }
});

test("Stop ends a race between sizes, keeps what it measured and leaves Auto as it was", async ({ page }) => {
  await openApp(page, "#view=gpu");
  await page.getByLabel("Largest size").selectOption("2048");
  const button = page.getByRole("button", { name: "Run the race" });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  await button.click();
  const progress = page.getByRole("progressbar", { name: "Sizes raced" });
  await expect(progress).toHaveAttribute("max", "8");
  const rows = page.getByRole("table", { name: "Race results" }).locator("tbody tr");
  await expect(rows.first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(button).toBeVisible();
  await expect(progress).toBeHidden();
  await expect(page.getByRole("status", { name: "Crossover" })).toHaveText("Stopped: Auto keeps what it had.");
  const kept = await rows.count();
  expect(kept).toBeLessThan(8);
  // The stopped race adds nothing later, even once the size it was on would have ended.
  await page.waitForTimeout(2000);
  await expect(rows).toHaveCount(kept);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("eigenplay-gpu-from:")))).toEqual([]);
});
