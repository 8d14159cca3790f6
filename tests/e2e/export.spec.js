// The trained network leaves the page as code another tool runs: NumPy, a PyTorch
// nn.Sequential and JSON, each naming every layer, shown to select and copy, or downloaded.
import { readFileSync } from "node:fs";
import { test, expect, openApp } from "./fixtures.js";

const button = (page, name) => page.getByRole("button", { name, exact: true });

test("a trained XOR exports as NumPy, PyTorch and JSON that name every layer", async ({ page }) => {
  await openApp(page, "?view=train&data=xor");
  await button(page, "Play").click();
  await expect(page.getByLabel("Result epoch", { exact: true })).toHaveText("300", { timeout: 60_000 });
  const code = page.getByLabel("Exported network", { exact: true });
  await expect(code).toBeHidden();
  await expect(button(page, "Download")).toBeDisabled();

  await button(page, "PyTorch").click();
  await expect(button(page, "PyTorch")).toHaveAttribute("aria-pressed", "true");
  await expect(code).toContainText("nn.Linear(2, 8),  # layer 1");
  await expect(code).toContainText("nn.Linear(8, 1),  # layer 2");
  await expect(code).toContainText("nn.Sigmoid()");
  await expect(code).toContainText("model[2].weight.copy_(torch.tensor([[");

  await button(page, "NumPy").click();
  await expect(code).toContainText("W1 = np.array([[");
  await expect(code).toContainText("h = relu(h @ W1.T + b1)  # layer 1");
  await expect(code).toContainText("h = sigmoid(h @ W2.T + b2)  # layer 2");

  await button(page, "JSON").click();
  const model = JSON.parse(await code.textContent());
  expect(model.inputs).toBe(2);
  expect(model.layers.map((l) => [l.units, l.activation])).toEqual([
    [8, "relu"],
    [1, "sigmoid"],
  ]);
  expect(model.layers[0].weights).toHaveLength(8);
  expect(model.layers[0].weights[0]).toHaveLength(2);

  // Copy puts the shown code on the clipboard, and says so.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await button(page, "Copy").click();
  await expect(button(page, "Copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());
  await button(page, "NumPy").click();
  await expect(button(page, "Copy"), "another format is not copied yet").toBeVisible();
  await button(page, "JSON").click();

  const [download] = await Promise.all([page.waitForEvent("download"), button(page, "Download").click()]);
  expect(download.suggestedFilename()).toBe("eigenplay_model.json");
  const saved = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(saved).toEqual(model);
});

// Charts leave the page as files: SVG with the theme's colours in place of the page's
// sentinels, and PNG drawn from it.
test("a chart downloads as SVG and as PNG, in the theme on screen", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("eigenplay.theme", "projector"));
  await openApp(page, "?view=train&data=xor&epochs=20");
  await button(page, "Play").click();
  await expect(page.getByLabel("Result epoch", { exact: true })).toHaveText("20", { timeout: 60_000 });
  const save = async (name) => {
    const [file] = await Promise.all([page.waitForEvent("download"), button(page, name).click()]);
    return [file.suggestedFilename(), readFileSync(await file.path())];
  };
  const [svgName, svg] = await save("Download the loss curve as SVG");
  expect(svgName).toBe("loss-curve.svg");
  const text = svg.toString("utf8");
  expect(text.startsWith("<svg")).toBe(true);
  for (const sentinel of ["#010101", "#020202", "#030303", "#040404", "#050505"]) expect(text).not.toContain(sentinel);
  // The projector theme: a black background and the yellow accent for the loss line.
  expect(text).toContain('<rect width="100%" height="100%" fill="#000000"/>');
  expect(text).toMatch(/<polyline[^>]*stroke="#ffd23f"/);

  const [pngName, png] = await save("Download the loss curve as PNG");
  expect(pngName).toBe("loss-curve.png");
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  // Twice the size on screen (the width in the PNG's header).
  const shown = await page.locator(".plot.curve svg").evaluate((el) => el.getBoundingClientRect().width);
  expect(Math.abs(png.readUInt32BE(16) - 2 * shown)).toBeLessThan(1);

  await openApp(page, "#view=lab&op=eig&A=2,1;1,2&show=map");
  const [mapName, map] = await save("Download the map as SVG");
  expect(mapName).toBe("map.svg");
  expect(map.toString("utf8")).toContain("<svg");
});
