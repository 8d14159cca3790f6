// The GPU view: the race between the CPU and the GPU, with and without WebGPU.
import { test, expect, hasWebGpu } from "./fixtures.js";

test("the race times the CPU and, where there is WebGPU, the GPU, checked against the CPU", async ({ page }, testInfo) => {
  // Pressed as soon as the page is up, before the search for a GPU has ended: the button waits
  // for it, so the GPU is not left out of the race.
  await page.goto("?view=gpu");
  await page.getByLabel("Largest size").selectOption("256");
  await page.getByRole("button", { name: "Run the race" }).click();
  const rows = page.getByRole("table", { name: "Race results" }).locator("tbody tr");
  await expect(rows).toHaveCount(3, { timeout: 60_000 });
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

// A GPU that fails every product must not get a time or a ✓: the GPU path once quietly
// returned the CPU's answer, which then agreed with the CPU's answer.
test("a GPU lost before the race shows no GPU time and no ✓", async ({ page }, testInfo) => {
  test.skip(!hasWebGpu(testInfo), "needs a WebGPU adapter to lose");
  await page.addInitScript(() => {
    window.__devices = [];
    const request = GPUAdapter.prototype.requestDevice;
    GPUAdapter.prototype.requestDevice = async function (...args) {
      const device = await request.apply(this, args);
      window.__devices.push(device);
      return device;
    };
  });
  await page.goto("?view=gpu");
  await expect(page.getByRole("status", { name: "Compute backend" })).toHaveText(/WebGPU/);
  await page.evaluate(() => window.__devices.forEach((d) => d.destroy()));
  await page.getByLabel("Largest size").selectOption("128");
  await page.getByRole("button", { name: "Run the race" }).click();
  const rows = page.getByRole("table", { name: "Race results" }).locator("tbody tr");
  await expect(rows).toHaveCount(2, { timeout: 60_000 });
  for (const row of await rows.all()) {
    const cells = await row.locator("td").allTextContents();
    expect(Number(cells[0])).toBeGreaterThan(0);
    expect(cells[2]).toBe("—");
    expect(cells[5]).toMatch(/^✗ not computed: the GPU was lost/);
  }
});
