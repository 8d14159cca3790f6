// TensorFlow Playground's controls on the generated 2-D sets, used as a person would: noise,
// a share held out with its own loss curve, features computed from each point, a weight
// penalty and a rate schedule, all kept in the link; values out of range are named in words.
import { test, expect, openApp, settled } from "./fixtures.js";

const button = (page, name) => page.getByRole("button", { name, exact: true });
const field = (page, name) => page.getByRole("textbox", { name, exact: true });
const feature = (page, name) => page.getByRole("checkbox", { name, exact: true });
const epoch = (page) => page.getByLabel("Result epoch", { exact: true });
const hash = (page) => decodeURIComponent(new URL(page.url()).hash);

async function set(box, value) {
  await box.fill(value);
  await box.blur();
}

test("circles: noise, a test share, features and a penalty train with a test-loss curve", async ({ page }) => {
  await openApp(page, "?view=train");
  const noise = field(page, "Noise");
  await expect(noise).toBeHidden();
  await page.getByLabel("Dataset").selectOption("circles");
  await expect(noise).toHaveValue("0.1");
  await expect(field(page, "Test share (%)")).toHaveValue("0");
  await expect(feature(page, "x₁")).toBeChecked();
  await expect(feature(page, "x₂")).toBeChecked();
  await expect(feature(page, "x₁²")).not.toBeChecked();

  await set(field(page, "Test share (%)"), "30");
  await expect(page.locator(".train-side")).toContainText("140 samples (and 60 held out), 2 inputs, two classes");
  await feature(page, "x₁²").check();
  await feature(page, "x₂²").check();
  await expect(page.getByText("Inputs: 4")).toBeVisible();
  await set(noise, "0.05");
  const penaltyRate = field(page, "Regularisation rate λ");
  await expect(penaltyRate).toBeHidden();
  await page.getByRole("combobox", { name: "Regularisation" }).selectOption("l2");
  await set(penaltyRate, "0.0005");
  await page.getByLabel("Rate schedule").selectOption("cosine");
  const link = hash(page);
  for (const part of ["data=circles", "test=30", "feat=x1,x2,x1sq,x2sq", "noise=0.05", "reg=l2:0.0005", "sched=cosine"]) {
    expect(link, part).toContain(part);
  }

  await button(page, "Play").click();
  await expect(epoch(page)).toHaveText("300", { timeout: 60_000 });
  await settled(page);
  const accuracy = parseFloat(await page.getByLabel("Result test accuracy", { exact: true }).textContent());
  expect(accuracy, "the squares make the ring easy, on points never trained on").toBeGreaterThanOrEqual(95);
  // Two lines on the loss curve, each named at its end: the training loss and the test loss.
  const curve = page.getByRole("img", { name: "Loss curve" });
  const names = await curve.evaluate((el) => [...el.querySelectorAll("text")].map((t) => t.textContent.trim()));
  expect(names).toEqual(expect.arrayContaining(["test", "training"]));
  await expect(page.getByRole("img", { name: "Decision regions" }).locator("svg").first()).toBeVisible();
  // Pointing at the regions reads the network's answer there: the ring's centre and its
  // corner are different classes, and the corner is left (x₁ < 0) and up (x₂ > 0).
  const square = page.getByRole("img", { name: "Decision regions" }).locator("svg svg");
  await square.scrollIntoViewIfNeeded();
  const sq = await square.boundingBox();
  const pointed = page.getByLabel("Pointed point", { exact: true });
  const read = async (fx, fy) => {
    await page.mouse.move(sq.x + sq.width * fx, sq.y + sq.height * fy);
    await expect(pointed).toHaveText(/^x₁ = \S+, x₂ = \S+: class [01], [\d.]+% sure$/);
    const [, x1, x2, c] = (await pointed.textContent()).replaceAll("−", "-").match(/x₁ = (\S+), x₂ = (\S+): class (\d)/);
    return [Number(x1), Number(x2), c];
  };
  const [cx1, cx2, centre] = await read(0.5, 0.5);
  expect(Math.abs(cx1) + Math.abs(cx2)).toBeLessThan(0.2);
  const [kx1, kx2, corner] = await read(0.02, 0.02);
  expect(kx1).toBeLessThan(-0.9);
  expect(kx2).toBeGreaterThan(0.9);
  expect(corner).not.toBe(centre);
  // Each hidden unit drawn over the plane, as TensorFlow Playground does: 16 different maps.
  await expect(page.getByText("Layer 1 (tanh)", { exact: true })).toBeVisible();
  const neurons = page.getByRole("list", { name: "Layer 1 neurons", exact: true });
  await expect(neurons.getByRole("listitem")).toHaveCount(16);
  const maps = await neurons.locator("svg").evaluateAll((els) => els.map((e) => e.innerHTML));
  expect(new Set(maps).size, "trained units see different things").toBeGreaterThan(8);
  // Under the pointer each map gives the range of its unit's output: tanh keeps it in [−1, 1].
  const ranges = await neurons.locator("svg > title").allTextContents();
  expect(ranges).toHaveLength(16);
  for (const r of ranges) {
    const [, lo, hi] = r.match(/^values from (\S+) to (\S+)$/).map(Number);
    expect(lo).toBeGreaterThanOrEqual(-1);
    expect(hi).toBeLessThanOrEqual(1);
    expect(lo).toBeLessThan(hi);
  }
  // The confusion matrix counts the 60 held-out points.
  const counts = await page
    .getByRole("table", { name: "Confusion matrix", exact: true })
    .evaluate((t) => [...t.querySelectorAll("tbody td")].map((td) => Number(td.textContent)));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(60);
});

test("values out of range are named next to the run, and the typed text is kept", async ({ page }) => {
  await openApp(page, "?view=train&data=circles");
  const problems = page.getByRole("alert");
  const cases = [
    [field(page, "Noise"), "0.9", "The noise “0.9” must be a number from 0 to 0.5"],
    [field(page, "Test share (%)"), "95", "The test share “95” must be a whole percent from 0 to 90"],
  ];
  for (const [box, bad, said] of cases) {
    const before = await box.inputValue();
    await set(box, bad);
    await expect(problems.filter({ hasText: said })).toBeVisible();
    await expect(box).toHaveValue(bad);
    await expect(button(page, "Play")).toBeDisabled();
    await set(box, before);
    await expect(problems.filter({ hasText: said })).toHaveCount(0);
  }
  await feature(page, "x₁").uncheck();
  await feature(page, "x₂").uncheck();
  await expect(problems.filter({ hasText: "Pick at least one feature" })).toBeVisible();
  await feature(page, "sin x₁").check();
  await expect(problems.filter({ hasText: "Pick at least one feature" })).toHaveCount(0);
  await expect(page.getByText("Inputs: 1")).toBeVisible();
  await page.getByRole("combobox", { name: "Regularisation" }).selectOption("l1");
  await set(field(page, "Regularisation rate λ"), "-1");
  await expect(problems.filter({ hasText: "The regularisation rate “-1” must be a number from 0 up" })).toBeVisible();
});

test("Regenerate draws new points from the next seed, and the link keeps it", async ({ page }) => {
  await openApp(page, "?view=train&data=blobs");
  const regions = page.getByRole("img", { name: "Decision regions" });
  const before = await regions.evaluate((el) => el.innerHTML);
  await page.getByRole("button", { name: "Regenerate" }).click();
  await expect(field(page, "Seed")).toHaveValue("43");
  expect(hash(page)).toContain("seed=43");
  await expect.poll(() => regions.evaluate((el) => el.innerHTML)).not.toBe(before);
});

test("a weight edited in its heatmap changes the loss, the regions and the link", async ({ page }) => {
  await openApp(page, "?view=train&data=xor");
  for (let i = 0; i < 5; i++) await button(page, "Step").click();
  await expect(epoch(page)).toHaveText("5");
  await settled(page);
  const loss = page.getByLabel("Result loss", { exact: true });
  const before = await loss.textContent();
  const regions = page.getByRole("img", { name: "Decision regions" });
  const regionsBefore = await regions.evaluate((el) => el.innerHTML);
  const linkBefore = hash(page);

  // A click on the heatmap picks the entry under it: W1 is 8 × 2, so its top-left cell is W1[1, 1].
  const heat = page.getByRole("img", { name: "Heatmap of W1", exact: true });
  await heat.scrollIntoViewIfNeeded();
  const box = await heat.locator("svg").boundingBox();
  // The picked weight is outlined on its map: W1[3, 2] is the right column, third row.
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.3);
  await expect(page.getByRole("textbox", { name: "W1[3, 2]", exact: true })).toBeVisible();
  const outline = await page.locator(".heat-wrap .pick rect").boundingBox();
  // Its stroke widens the box a little on each side.
  for (const [got, want] of [
    [outline.x + outline.width / 2, box.x + box.width * 0.75],
    [outline.y + outline.height / 2, box.y + box.height * (2.5 / 8)],
    [outline.width, box.width / 2],
    [outline.height, box.height / 8],
  ]) {
    expect(Math.abs(got - want), "the outline is W1[3, 2]'s cell of the 8 × 2 map").toBeLessThan(4);
  }
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.05);
  const editor = page.getByRole("textbox", { name: "W1[1, 1]", exact: true });
  await expect(editor).toBeVisible();
  await set(editor, "25");
  await expect(loss).not.toHaveText(before);
  await expect(epoch(page)).toHaveText("5");
  await expect.poll(() => regions.evaluate((el) => el.innerHTML)).not.toBe(regionsBefore);
  await expect.poll(() => hash(page)).not.toBe(linkBefore);
  await expect(editor).toHaveValue("25");

  // From the keyboard: focus W2's heatmap, the arrows move the pick.
  const w2 = page.getByRole("img", { name: "Heatmap of W2", exact: true });
  await w2.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("textbox", { name: "W2[1, 2]", exact: true })).toBeVisible();

  // Not a number: said, and the weight keeps its value.
  const w2edit = page.getByRole("textbox", { name: "W2[1, 2]", exact: true });
  const kept = await w2edit.inputValue();
  const lossNow = await loss.textContent();
  await set(w2edit, "lots");
  await expect(page.getByRole("status").filter({ hasText: "“lots” is not a number" })).toBeVisible();
  await expect(loss).toHaveText(lossNow);
  expect(kept).not.toBe("");
});

test("pointing at a heatmap reads the weight under the pointer, or the block's mean", async ({ page }) => {
  await openApp(page, "?view=train&data=xor");
  const heat = page.getByRole("img", { name: "Heatmap of W1", exact: true });
  await heat.scrollIntoViewIfNeeded();
  const box = await heat.locator("svg").boundingBox();
  // W1 is 8 × 2: the right column, third row is W1[3, 2].
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.3);
  const read = page.getByLabel("Pointed weight", { exact: true });
  await expect(read).toHaveText(/^W1\[3, 2\] = -?\d/);
  // The same weight, picked, shows the same value in its editor (read from the model, not the map).
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.3);
  const value = await page.getByRole("textbox", { name: "W1[3, 2]", exact: true }).inputValue();
  await expect(read).toHaveText(`W1[3, 2] = ${value}`);

  // 64 × 64 is drawn in 2 × 2 blocks: the top-right cell covers rows 1–2, columns 63–64.
  await openApp(page, "?view=train&data=xor&net=2-64r-64r-1s");
  const w2 = page.getByRole("img", { name: "Heatmap of W2", exact: true });
  await w2.scrollIntoViewIfNeeded();
  const b2 = await w2.locator("svg").boundingBox();
  await page.mouse.move(b2.x + b2.width - 2, b2.y + 2);
  await expect(page.getByLabel("Pointed weight", { exact: true })).toHaveText(
    /^W2 rows 1–2, columns 63–64: mean -?\d/,
  );
});

test("before any training, the loss is the untrained network's, and a weight edit changes it", async ({ page }) => {
  await openApp(page, "?view=train&data=xor");
  await expect(epoch(page)).toHaveText("0");
  const loss = page.getByLabel("Result loss", { exact: true });
  await expect(loss).toHaveText(/^\d/);
  const before = await loss.textContent();
  const heat = page.getByRole("img", { name: "Heatmap of W1", exact: true });
  await heat.scrollIntoViewIfNeeded();
  const box = await heat.locator("svg").boundingBox();
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.05);
  await set(page.getByRole("textbox", { name: "W1[1, 1]", exact: true }), "25");
  await expect(loss).not.toHaveText(before);
  await expect(epoch(page)).toHaveText("0");
});
