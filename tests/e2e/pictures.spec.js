// The pictures of "A as a map" for the operation at hand: the SVD in three stages, least
// squares as a projection, PCA of points the person moves, a low-rank picture, and the 2×2
// map's tips that drag. Each draws, follows an edit (the picture changes) and says in words
// what it shows.
import { test, expect, openApp } from "./fixtures.js";

const panel = (page) => page.locator(".map-panel");
const plot = (page) => panel(page).locator(".plot:visible").first();

/** The picture's SVG, to compare before and after an edit. */
const picture = (page) => plot(page).innerHTML();

async function fill(page, name, value) {
  await page.getByRole("textbox", { name, exact: true }).fill(String(value));
}

test("the SVD of a 2×2 goes through Vᵀ, Σ and U, and follows A", async ({ page }) => {
  await openApp(page, "#view=lab&op=svd&A=3,0;4,5&show=map");
  await expect(panel(page).locator("summary")).toHaveText("A = U·Σ·Vᵀ: rotate, stretch, rotate");
  await expect(panel(page)).toContainText("σ₁");
  await expect(page.getByLabel("Stage shown")).toHaveText(/U (flips, then )?rotates/);
  const whole = await picture(page);
  // Halfway through: Σ stretches, and the link keeps the stage.
  await page.getByRole("slider", { name: "Stage" }).fill("1.5");
  await expect(page.getByLabel("Stage shown")).toHaveText("Σ stretches");
  await expect(page).toHaveURL(/[#&]stage=1\.5(&|$)/);
  expect(await picture(page)).not.toEqual(whole);
  await page.reload();
  await expect(page.getByLabel("Stage shown")).toHaveText("Σ stretches");
  const before = await picture(page);
  await fill(page, "A[1,2]", 2);
  await expect.poll(() => picture(page)).not.toEqual(before);
});

test("least squares is drawn as b, its projection and a perpendicular residual", async ({ page }) => {
  await openApp(page, "#view=lab&op=proj&A=1,0;0,1;1,1&b=1;2;4&show=map");
  await expect(panel(page).locator("summary")).toHaveText("Least squares as a projection");
  await expect(panel(page)).toContainText("residual");
  const before = await picture(page);
  await fill(page, "b[3]", 0);
  await expect.poll(() => picture(page)).not.toEqual(before);
  // The chapter's four samples: the best line through them.
  await page.goto("#view=lab&op=proj&A=1,1;1,2;1,3;1,4&b=3;5;7;9&show=map");
  await page.reload();
  await expect(panel(page).locator("summary")).toHaveText("Least squares: the best line through the samples");
  await expect(panel(page)).toContainText("1 + 2");
});

test("PCA follows points that are added and dragged, and A follows the points", async ({ page }) => {
  await openApp(page, "#view=lab&op=pca&A=1,2;2,3;3,5;4,4&show=map");
  await expect(panel(page).locator("summary")).toHaveText("The rows of A as points, and their principal directions");
  await expect(panel(page)).toContainText("%");
  const before = await picture(page);
  // A click where no point is adds a row to A.
  await plot(page).scrollIntoViewIfNeeded();
  const box = await plot(page).boundingBox();
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height * 0.1);
  await expect(page.getByRole("textbox", { name: "A[5,1]", exact: true })).toBeVisible();
  await expect.poll(() => picture(page)).not.toEqual(before);
  // Dragging the first point (row 1 of A, the first blue dot drawn) moves it: A[1,·] change.
  const svg = plot(page).locator("svg");
  const dot = await svg.evaluate((s) => {
    const c = [...s.querySelectorAll("circle")].find((c) => c.getAttribute("fill") === "#0072B2");
    return [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))];
  });
  const scale = box.width / 360;
  const [x, y] = [box.x + dot[0] * scale, box.y + dot[1] * scale];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 40 * scale, y + 40 * scale, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole("textbox", { name: "A[1,1]", exact: true })).not.toHaveValue("1");
  await expect(page.getByRole("textbox", { name: "A[1,2]", exact: true })).not.toHaveValue("2");
  await expect(page.getByRole("textbox", { name: "A[6,1]", exact: true })).toHaveCount(0);
});

test("a picture's low-rank approximation follows the rank", async ({ page }) => {
  await openApp(page, "#view=lab&op=lowrank&A=1,2;3,4&show=map");
  await page.getByRole("button", { name: /Use a 24×24 picture as A/ }).click();
  await expect(page.getByRole("textbox", { name: "A[24,24]", exact: true })).toBeVisible();
  await expect(page.getByLabel("Rank shown")).toHaveText("k = 3");
  await expect(panel(page)).toContainText("is lost");
  const three = await picture(page);
  await page.getByRole("slider", { name: "Rank k" }).fill("8");
  await expect(page.getByLabel("Rank shown")).toHaveText("k = 8");
  await expect(page).toHaveURL(/[#&]i=8(&|$)/);
  expect(await picture(page)).not.toEqual(three);
});

test("dragging the tip of Ae₁ edits A's first column", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=2,0;0,1&show=map");
  const svg = plot(page).locator("svg");
  // The tip: the end of the blue column line, in the SVG's own pixels.
  const tip = await svg.evaluate((s) => {
    const line = [...s.querySelectorAll("polyline")].find((p) => p.getAttribute("stroke") === "#0072B2");
    const points = line.getAttribute("points").trim().split(/\s+/).map((p) => p.split(",").map(Number));
    return points[points.length - 1];
  });
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  const scale = box.width / 360;
  const [x, y] = [box.x + tip[0] * scale, box.y + tip[1] * scale];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 30 * scale, y - 60 * scale, { steps: 6 });
  await page.mouse.up();
  await expect(page.getByRole("textbox", { name: "A[1,1]", exact: true })).not.toHaveValue("2");
  await expect(page.getByRole("textbox", { name: "A[2,1]", exact: true })).not.toHaveValue("0");
  // The second column did not move.
  await expect(page.getByRole("textbox", { name: "A[1,2]", exact: true })).toHaveValue("0");
  await expect(page.getByRole("textbox", { name: "A[2,2]", exact: true })).toHaveValue("1");
  // The determinant follows the new column.
  await expect(page.getByLabel("Result", { exact: true })).not.toHaveText("2");
});
