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
