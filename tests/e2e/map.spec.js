// A 2×2 matrix A as a map of the plane: a picture and what it shows, in words, that follow
// the cells as the person types.
import { test, expect, openApp } from "./fixtures.js";

const SUMMARY = "A as a map of the plane";

test("a 2×2 A is drawn as a map of the plane, and the words follow an edit", async ({ page }) => {
  await openApp(page, "#view=lab&op=eig&A=2,1;1,2");
  await page.getByText(SUMMARY, { exact: true }).click();
  const picture = page.getByRole("img", { name: SUMMARY });
  await expect(picture).toBeVisible();
  await expect(picture.locator("svg polyline").first()).toBeAttached();
  const panel = page.locator(".map-panel");
  await expect(panel).toContainText("A sends e₁ to (2, 1) and e₂ to (1, 2)");
  await expect(panel).toContainText("area det A = 3.");
  await expect(panel).toContainText("along (0.707107, 0.707107) by λ = 3");
  // The eigenvalues agree with the operation's own result.
  const values = page.getByLabel("Result eigenvalues");
  await expect(values).toContainText("3");
  await expect(values).toContainText("1");

  // A[1,2] = −1 turns the plane: no real eigen-direction is left.
  await page.getByRole("textbox", { name: "A[1,2]", exact: true }).fill("-1");
  await expect(panel).toContainText("A turns them all. Its eigenvalues are complex, 2 ± 1i.");
  await expect(panel).toContainText("area det A = 5.");

  // A reflection flips the plane over: A = [[0, −1], [−1, 0]].
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).fill("0");
  await page.getByRole("textbox", { name: "A[2,2]", exact: true }).fill("0");
  await page.getByRole("textbox", { name: "A[2,1]", exact: true }).fill("-1");
  await expect(panel).toContainText("flipped over: det A is negative");
});

test("the map is offered only while A is a valid 2×2 or 3×3 matrix, and stays open", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=1,2;2,4");
  const summary = page.getByText(SUMMARY, { exact: true });
  await summary.click();
  const panel = page.locator(".map-panel");
  await expect(panel).toContainText("flattened onto a line");

  // A cell that is not a number hides the map; the alert names the cell; fixing it brings
  // the map back, still open.
  const cell = page.getByRole("textbox", { name: "A[2,2]", exact: true });
  await cell.fill("x");
  await expect(page.getByRole("alert")).toContainText("A[2,2]");
  await expect(summary).toBeHidden();
  await cell.fill("5");
  await expect(page.getByRole("img", { name: SUMMARY })).toBeVisible();
  await expect(panel).toContainText("area det A = 1.");

  // A 2×3 A maps the plane into space, not a space onto itself: no map is offered.
  await page.goto("#view=lab&op=rank&A=1,2,3;4,5,6");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("2");
  await expect(page.locator(".map-panel")).toBeHidden();
});

test("a 3×3 A is drawn as a map of space: volume, mirror, stretched and turning directions", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=2,0,0;0,3,0;0,0,4&show=map");
  const space = "A as a map of space";
  await expect(page.getByRole("img", { name: space })).toBeVisible();
  const panel = page.locator(".map-panel");
  await expect(panel).toContainText("A sends e₁ to (2, 0, 0), e₂ to (0, 3, 0) and e₃ to (0, 0, 4)");
  await expect(panel).toContainText("box of volume det A = 24.");
  await expect(panel).toContainText("along (0, 0, 1) by λ = 4");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("24");

  // A quarter turn about z keeps z and turns the xy-plane.
  await page.goto("#view=lab&op=eig&A=0,-1,0;1,0,0;0,0,1&show=map");
  await expect(panel).toContainText("keeps one direction on its line, along (0, 0, 1) by λ = 1");
  await expect(panel).toContainText("complex, 0 ± 1i");

  // Swapping two axes mirrors space.
  await page.getByRole("textbox", { name: "A[3,3]", exact: true }).fill("-1");
  await expect(panel).toContainText("mirrored: det A is negative");
});

test("a link opens the panels it names, and the address follows them", async ({ page }) => {
  await openApp(page, "#view=lab&op=eig&A=2,1;1,2&show=map,maths");
  await expect(page.getByRole("img", { name: SUMMARY })).toBeVisible();
  await expect(page.locator('.maths-body math[aria-label="The maths"]')).toBeVisible();

  await page.getByText("Show the maths", { exact: true }).click();
  await expect(page).toHaveURL(/&show=map(&|$)/);
  await page.getByText(SUMMARY, { exact: true }).click();
  await expect(page).not.toHaveURL(/show=/);
  await page.getByText(SUMMARY, { exact: true }).click();
  await expect(page).toHaveURL(/&show=map(&|$)/);

  // A name that is not a panel is said, and the rest of the link still opens.
  await openApp(page, "/#view=lab&op=det&A=1,2;3,4&show=graph,map");
  await expect(page.getByRole("alert")).toContainText("show=“graph,map” names no panel");
  await expect(page.getByRole("img", { name: SUMMARY })).toBeVisible();
});

test("the lesson on complex eigenvalues opens the rotation as a map", async ({ page }) => {
  await openApp(page, "?view=lessons");
  await page.getByRole("link", { name: "When eigenvalues are complex" }).click();
  await expect(page.locator(".map-panel")).toContainText("A turns them all");
  await expect(page.getByRole("img", { name: SUMMARY })).toBeVisible();
});

/** The picture's label that reads exactly `text` ("λ = 2" and not "λ = 2.5"). */
function eigenLabel(picture, text) {
  return picture.locator("text").filter({ hasText: new RegExp(`^\\s*${text.replace(".", "\\.")}\\s*$`) });
}

test("the slider and Play move the picture from the identity to A along (1 − t)·I + t·A", async ({ page }) => {
  await openApp(page, "#view=lab&op=eig&A=2,1;1,2&show=map");
  const picture = page.getByRole("img", { name: SUMMARY });
  const slider = page.getByLabel("From I to A");
  const shown = page.getByLabel("Shown");
  await expect(slider).toHaveValue("100");
  await expect(shown).toHaveText("A itself");
  await expect(eigenLabel(picture, "λ = 3")).toBeAttached();

  // Halfway, the matrix is [[1.5, 0.5], [0.5, 1.5]]: the same directions, stretched by 2 and 1.
  await slider.fill("50");
  await expect(shown).toHaveText("(1 − t)·I + t·A at t = 0.5");
  await expect(eigenLabel(picture, "λ = 2")).toBeAttached();
  await expect(eigenLabel(picture, "λ = 3")).toHaveCount(0);
  // The words still describe A itself.
  await expect(page.locator(".map-panel")).toContainText("area det A = 3.");

  // At t = 0 the picture is the identity's: no direction is singled out.
  await slider.fill("0");
  await expect(picture.locator("text", { hasText: "λ" })).toHaveCount(0);

  await page.getByRole("button", { name: "Play I → A" }).click();
  await expect(slider).toHaveValue("100", { timeout: 10_000 });
  await expect(shown).toHaveText("A itself");
  await expect(eigenLabel(picture, "λ = 3")).toBeAttached();
});

test("a 3×3 A moves from the cube to its box too", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=2,0,0;0,3,0;0,0,4&show=map");
  const picture = page.getByRole("img", { name: "A as a map of space" });
  await page.getByLabel("From I to A").fill("50");
  // Halfway: diag(1.5, 2, 2.5).
  for (const label of ["λ = 1.5", "λ = 2", "λ = 2.5"]) {
    await expect(eigenLabel(picture, label)).toBeAttached();
  }
  await expect(page.locator(".map-panel")).toContainText("volume det A = 24.");
});

test("the 3×3 view turns with its slider; a 2×2 map has none", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=2,0,0;0,3,0;0,0,4&show=map");
  const picture = page.getByRole("img", { name: "A as a map of space" });
  const turn = page.getByLabel("Turn the view");
  await expect(turn).toHaveValue("0");
  const drawing = () => picture.locator("svg").evaluate((svg) => svg.outerHTML);
  const before = await drawing();
  await turn.fill("60");
  await expect.poll(drawing).not.toBe(before);
  // Turned, the picture still holds the box and its labels; the words do not change.
  await expect(picture.locator("text", { hasText: "Ae₃" })).toBeAttached();
  await expect(page.locator(".map-panel")).toContainText("volume det A = 24.");
  // The address keeps the turn, and the link reopens it.
  await expect(page).toHaveURL(/turn=60/);
  const turned = await drawing();
  await openApp(page, "#view=lab&op=det&A=2,0,0;0,3,0;0,0,4&show=map&turn=60");
  await expect(turn).toHaveValue("60");
  expect(await drawing()).toBe(turned);
  await turn.fill("0");
  await expect.poll(drawing).toBe(before);
  await expect(page).not.toHaveURL(/turn=/);

  await openApp(page, "#view=lab&op=det&A=2,0,0;0,3,0;0,0,4&show=map&turn=400");
  await expect(page.getByRole("alert")).toContainText("turn=“400” is not a turn of the view");
  await expect(turn).toHaveValue("0");

  await openApp(page, "#view=lab&op=det&A=2,1;1,2&show=map");
  await expect(page.getByRole("img", { name: SUMMARY })).toBeVisible();
  await expect(page.getByLabel("Turn the view")).toBeHidden();
});

test("leaving the lab while Play runs stops it cleanly; the page keeps working", async ({ page }) => {
  await openApp(page, "#view=lab&op=eig&A=2,1;1,2&show=map");
  await page.getByRole("button", { name: "Play I → A" }).click();
  await page.getByRole("button", { name: "Train", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Train", level: 1 })).toBeVisible();
  // Longer than Play takes: a loop left running would reach its disposed state by now.
  await page.waitForTimeout(3000);
  await page.getByRole("button", { name: "Matrix Lab", exact: true }).click();
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).fill("3");
  await expect(page.getByLabel("Result eigenvalues")).toContainText("3.61803");
});
