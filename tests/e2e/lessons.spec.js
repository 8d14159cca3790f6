// Lessons as decks: a step's link opens its state with the lesson bar, and Next / Previous
// (or PageDown / PageUp, as presentation clickers send) walk a class through the lesson.
import { test, expect, openApp } from "./fixtures.js";

const bar = (page) => page.getByRole("navigation", { name: "Lesson" });

test("a lesson's steps open one after another, by button and by clicker keys", async ({ page }) => {
  await openApp(page, "?view=lessons");
  await page.getByRole("link", { name: "Multiply two matrices" }).click();
  await expect(bar(page)).toContainText("Level 1 · A first picture · Step 1 of 12: Multiply two matrices");
  await expect(bar(page)).toContainText("The top-left 4 is 1·2 + 2·1.");
  await expect(page.getByLabel("Result", { exact: true })).toContainText("4");
  await expect(bar(page).getByRole("button", { name: "Previous" })).toBeDisabled();

  await bar(page).getByRole("button", { name: "Next" }).click();
  await expect(bar(page)).toContainText("Step 2 of 12: Directions a matrix only stretches");
  await expect(page.locator(".map-panel")).toContainText("3");
  await bar(page).getByRole("button", { name: "Next" }).click();
  await expect(bar(page)).toContainText("Level 2 · The rules · Step 3 of 12: The product of two 3×3 matrices");
  await expect(page.getByRole("textbox", { name: "A[3,3]", exact: true })).toHaveValue("9");
  await expect(page).toHaveURL(/lesson=demystified\.3/);

  // A clicker's PageDown, even with the caret in a cell.
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).focus();
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await expect(bar(page)).toContainText("Level 3 · The formal view · Step 5 of 12: Eigenvalues and eigenvectors");
  await expect(page.getByLabel("Result eigenvalues")).toContainText("16.1168");
  await expect(page.locator(".map-panel")).toContainText("The unit cube is flattened onto a plane");
  await page.keyboard.press("PageUp");
  await expect(bar(page)).toContainText("Step 4 of 12");
});

test("a lesson framed in a course page (embed=1) stays framed from step to step", async ({ page }) => {
  await openApp(page, "#view=lab&lesson=demystified.1&embed=1");
  await expect(bar(page)).toContainText("Step 1 of 12: Multiply two matrices");
  await bar(page).getByRole("button", { name: "Next" }).click();
  await expect(bar(page)).toContainText("Step 2 of 12");
  await expect(page).toHaveURL(/lesson=demystified\.2/);
  await expect(page).toHaveURL(/[#&]embed=1(&|$)/);
  await expect(page.getByRole("navigation", { name: "Views" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Open in Eigenplay ↗" })).toBeVisible();
  await bar(page).getByRole("button", { name: "Previous" }).click();
  await expect(bar(page)).toContainText("Step 1 of 12");
  await expect(page).toHaveURL(/[#&]embed=1(&|$)/);
});

test("the last step has no Next, a step into Train keeps the bar, and Leave keeps the state", async ({ page }) => {
  await openApp(page, "#view=lab&op=lowrank&A=1,2,3;4,5,6;7,8,10&i=1&lesson=demystified.12");
  await expect(bar(page)).toContainText("Level 5 · Research · Step 12 of 12: Low rank");
  await expect(bar(page).getByRole("button", { name: "Next" })).toBeDisabled();
  await page.keyboard.press("PageDown");
  await expect(bar(page)).toContainText("Step 12 of 12");

  await page.keyboard.press("PageUp");
  await expect(bar(page)).toContainText("Step 11 of 12: SVD");
  await page.keyboard.press("PageUp");
  await expect(bar(page)).toContainText("Step 10 of 12: The Hessian's eigenvalues set the learning rate");
  await expect(page.getByRole("heading", { name: "Train", level: 1 })).toBeVisible();

  await bar(page).getByRole("button", { name: "Leave the lesson" }).click();
  await expect(bar(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/lesson=/);
  await expect(page.getByRole("heading", { name: "Train", level: 1 })).toBeVisible();
});

test("a step that does not exist is named and the page opens without a bar", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=1,2;3,4&lesson=demystified.42");
  await expect(page.getByRole("alert")).toContainText("“demystified.42” is not a step of a lesson");
  await expect(bar(page)).toHaveCount(0);
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("-2");
  await expect(page).not.toHaveURL(/lesson=/);
});

test("the gradient step of the second lesson opens with its four samples loaded", async ({ page }) => {
  await openApp(page, "?view=lessons");
  await page.getByRole("link", { name: "One gradient step by hand, then many" }).click();
  await expect(bar(page)).toContainText("A network by hand · Step 11 of 15");
  await page.getByRole("button", { name: "Step", exact: true }).click();
  const step = page.getByRole("table", { name: "Gradient step", exact: true });
  await expect(step).toContainText("[15, 25, 35, 45]");
  await expect(step).toContainText("656");
  await expect(step).toContainText("[9.84, 16.56, 23.28, 30]");
  await expect(step).toContainText("221.6144");
});

// The numbers the lessons print, each where its step says it is.
test("the lessons' numbers show in their steps", async ({ page }) => {
  const result = () => page.getByLabel("Result", { exact: true });
  await openApp(page, "?view=lessons");
  await page.getByRole("link", { name: "The product of two 3×3 matrices" }).click();
  for (const n of ["30", "84", "138", "114", "90"]) await expect(result()).toContainText(n);

  // The first lesson's eigenpair check: A·v and λ·v side by side.
  await bar(page).getByRole("button", { name: "Next" }).click();
  await bar(page).getByRole("button", { name: "Next" }).click();
  await expect(bar(page)).toContainText("A·v = λ·v");
  const pairs = page.getByRole("table", { name: "Result eigenvectors" });
  await expect(pairs).toContainText("[3.73864, 8.46653, 13.1944]");

  await openApp(page, "#view=lab&op=matmul&A=1,2,3&B=0.1,0.4;-0.2,0.5;0.3,-0.6&lesson=chapter2.10");
  await expect(bar(page)).toContainText("nn.Linear(3, 2) by hand");
  await expect(result()).toContainText("0.6");
  await expect(result()).toContainText("-0.4");

  await bar(page).getByRole("button", { name: "Next" }).click();
  await bar(page).getByRole("button", { name: "Next" }).click();
  await expect(bar(page)).toContainText("The samples' rank");
  await expect(result()).toHaveText("2");
  await bar(page).getByRole("button", { name: "Next" }).click();
  await expect(result().locator("td")).toHaveText(["1", "1"]);

  await openApp(page, "#view=train&data=keras&lesson=chapter2.15");
  await expect(bar(page)).toContainText("The Keras exercise · Step 15 of 15");
  await expect(page.getByLabel("Result total params")).toHaveText("Total params: 2,497");
});

// Each of the seven questions opens the state that answers it.
test("the seven questions are on the Lessons view and each opens its demo", async ({ page }) => {
  await openApp(page, "?view=lessons");
  const questions = page.getByRole("article", { name: "Seven questions to ponder" }).getByRole("link");
  await expect(questions).toHaveCount(7);
  const demos = [
    // W (2×4) times x (4 long): [6, 0].
    [/3 or 100 inputs/, async () => expect(page.getByLabel("Result", { exact: true }).locator("td")).toHaveText(["6", "0"])],
    // XOR with one sigmoid unit: 3 parameters.
    [/more layers/, async () => expect(page.getByLabel("Result total params")).toHaveText("Total params: 3")],
    [/activation functions/, async () => expect(page.getByLabel("Result total params")).toHaveText("Total params: 105")],
    [/digits/, async () => expect(page.getByRole("combobox", { name: "Dataset" })).toHaveValue("digits")],
    [/no biases/, async () => expect(page.getByText("This neuron has no bias")).toBeVisible()],
    [/eigenvectors say about data/, async () => expect(page.getByText("6.6", { exact: true })).toBeVisible()],
    [/GPUs/, async () => expect(page.getByRole("heading", { name: "GPU", level: 1 })).toBeVisible()],
  ];
  for (const [i, [name, shows]] of demos.entries()) {
    await openApp(page, "?view=lessons");
    await page.getByRole("link", { name }).click();
    await expect(bar(page)).toContainText(`Seven questions to ponder · Step ${i + 1} of 7`);
    await shows();
  }
});

test("a step opens in place: no reload, the backend stays found, and Next keeps the focus", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=2,0;1,2&lesson=demystified.1");
  // Gone after a reload.
  await page.evaluate(() => (window.__samePage = true));
  const next = bar(page).getByRole("button", { name: "Next" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(bar(page)).toContainText("Step 2 of 12");
  await expect(bar(page).getByRole("button", { name: "Next" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(bar(page)).toContainText("Step 3 of 12");
  await expect(page.getByRole("textbox", { name: "A[3,3]", exact: true })).toHaveValue("9");
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  await expect(page.getByRole("status", { name: "Compute backend" })).not.toHaveText(/Looking for a GPU/);

  // From the lab into Train and back, by keys.
  for (let i = 0; i < 4; i++) await page.keyboard.press("PageDown");
  await expect(bar(page)).toContainText("Step 7 of 12");
  await expect(page.getByRole("heading", { name: "Train", level: 1 })).toBeVisible();
  await page.keyboard.press("PageUp");
  await expect(bar(page)).toContainText("Step 6 of 12");
  await expect(page.getByRole("heading", { name: "Matrix Lab", level: 1 })).toBeVisible();
  // The browser's Back returns to the step before, in place too.
  await page.goBack();
  await expect(bar(page)).toContainText("Step 7 of 12");
  await expect(page.getByRole("heading", { name: "Train", level: 1 })).toBeVisible();
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
});

test("an address edited by hand opens in place, with its own notes", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=1,2;3,4");
  await page.evaluate(() => (window.__samePage = true));
  await page.evaluate(() => (location.hash = "#view=lab&op=inv&A=2,0;0,4&zz=1"));
  await expect(page.getByRole("textbox", { name: "A[2,2]", exact: true })).toHaveValue("4");
  await expect(page.getByLabel("Result", { exact: true })).toContainText("0.25");
  await expect(page.getByRole("alert")).toContainText("zz");
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
});

// The glossary: each term opens the step or the state that shows it.
test("the glossary's terms open their steps and states", async ({ page }) => {
  await openApp(page, "?view=lessons");
  const glossary = page.getByRole("article", { name: "Glossary" });
  await expect(glossary.getByRole("link")).toHaveCount(23);
  await glossary.getByRole("link", { name: "Eigenvalue", exact: true }).click();
  await expect(bar(page)).toContainText("Step 5 of 12: Eigenvalues and eigenvectors");
  await expect(page.getByLabel("Result eigenvalues")).toContainText("16.1168");

  await openApp(page, "?view=lessons");
  await page.getByRole("article", { name: "Glossary" }).getByRole("link", { name: "Scalar", exact: true }).click();
  await expect(page.getByRole("combobox", { name: "Operation" })).toHaveValue("scale");
  await expect(page.getByLabel("Result", { exact: true })).toContainText("8");
  await expect(bar(page)).toHaveCount(0);
});

test("every step of both lessons opens by Next, whole, with no part of its link refused", async ({ page }) => {
  for (const [first, steps] of [["Multiply two matrices", 12], ["Dot product", 15]]) {
    await openApp(page, "?view=lessons");
    await page.getByRole("link", { name: first, exact: true }).first().click();
    for (let k = 1; k <= steps; k++) {
      await expect(bar(page)).toContainText(`Step ${k} of ${steps}: `);
      await expect(page.getByRole("alert").filter({ hasText: "Part of this link" })).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (k < steps) await bar(page).getByRole("button", { name: "Next" }).click();
    }
    await expect(bar(page).getByRole("button", { name: "Next" })).toBeDisabled();
  }
});

test("chapter 2's tensor step marks what T[0], T[:, 1, :] and T[..., 2] keep, with their shapes", async ({ page }) => {
  await openApp(page, "?view=lessons");
  await page.getByRole("link", { name: "Tensors: T[0], T[:, 1, :] and T[..., 2]" }).click();
  await expect(bar(page)).toContainText("Vectors and matrices · Step 3 of 15: Tensors");
  const index = (name) => bar(page).locator("figure").filter({ hasText: name });
  await expect(index("T[0]").first().locator(".kept")).toHaveText(["0", "1", "2", "3", "4", "5", "6", "7", "8"]);
  await expect(index("T[:, 1, :]")).toContainText("shape (3, 3)");
  await expect(index("T[:, 1, :]").locator(".kept")).toHaveText(["3", "4", "5", "12", "13", "14", "21", "22", "23"]);
  await expect(index("T[..., 2]").locator(".kept")).toHaveText(["2", "5", "8", "11", "14", "17", "20", "23", "26"]);
  await expect(index("T[0, 1, 2]")).toContainText("shape (), the number 5");
  await expect(index("T[0, 1, 2]").locator(".kept")).toHaveText(["5"]);
  // A is T[0]; its row 2 is T[0, 1].
  await expect(page.getByLabel("Result", { exact: true })).toContainText("3");
  await expect(page.getByLabel("Result", { exact: true })).toContainText("5");
  // The other steps have no picture.
  await bar(page).getByRole("button", { name: "Next" }).click();
  await expect(bar(page)).toContainText("Step 4 of 15: Transpose");
  await expect(bar(page).locator("figure")).toHaveCount(0);
});
