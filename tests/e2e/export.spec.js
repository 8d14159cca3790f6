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
