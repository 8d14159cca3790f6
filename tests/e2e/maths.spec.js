// "Show the maths" in the Matrix Lab: the formula of each result in MathML with the
// person's own numbers, and the product of a decomposition's factors.
import { test, expect, openApp } from "./fixtures.js";

/** Opens "Show the maths" and gives the `<math>` element. */
async function openMaths(page) {
  await page.getByText("Show the maths", { exact: true }).click();
  const math = page.locator('.maths-body math[aria-label="The maths"]');
  await expect(math).toBeVisible();
  await expect(math).toHaveAttribute("display", "block");
  return math;
}

/** The text of every number token (`<mn>`) in the maths. */
const numbers = (math) => math.evaluate((m) => [...m.querySelectorAll("mn")].map((n) => n.textContent));

/** The numbers of a table with the given accessible name, row by row. */
async function tableNumbers(page, name) {
  const table = page.getByRole("table", { name, exact: true });
  await expect(table).toBeVisible();
  return table.evaluate((t) =>
    [...t.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.textContent))),
  );
}

test("matmul: A·B = C with the person's numbers, and the first entry as its sum", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  const math = await openMaths(page);
  expect(await numbers(math)).toEqual(expect.arrayContaining(["1", "2", "3", "4", "5", "6", "7", "8", "19", "22", "43", "50"]));
  await expect(math.locator("mo", { hasText: "⋅" }).first()).toBeAttached();
  // Each matrix is a table of its own: A, B and C.
  await expect(math.locator("mtable.mx")).toHaveCount(3);
  await expect(math).toContainText("1⋅5+2⋅7=19");
});

test("the maths stays open and follows an edit", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  const math = await openMaths(page);
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).fill("2");
  await expect(math).toContainText("2⋅5+2⋅7=24");
  await expect(page.locator("details.maths")).toHaveAttribute("open", "");
});

test("det: ad − bc with the numbers", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=1,2;3,4");
  const math = await openMaths(page);
  await expect(math).toContainText("1⋅4−2⋅3=−2");
  await expect(math.locator("mtable.det")).toHaveCount(1);
});

test("det of a 3×3: the cofactor expansion along the first row", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=2,0,1;1,3,2;1,1,1");
  const math = await openMaths(page);
  // 2·(3−2) − 0·(1−2) + 1·(1−3) = 0
  await expect(math).toContainText("2⋅1−0⋅(−1)+1⋅(−2)=0");
});

test("eig: the characteristic equation and the eigenvalues", async ({ page }) => {
  await openApp(page, "#view=lab&op=eig&A=2,1;1,2");
  const math = await openMaths(page);
  await expect(math).toContainText("det(A−λI)=0");
  await expect(math).toContainText("λ2−4λ+3=0");
  await expect(math).toContainText(/λ1=3,λ2=1|λ1=1,λ2=3/);
});

test("solve: A x = b and the solution", async ({ page }) => {
  await openApp(page, "#view=lab&op=solve&A=2,1;1,3&b=8;13");
  const math = await openMaths(page);
  await expect(math).toContainText("Ax=b");
  expect(await numbers(math)).toEqual(expect.arrayContaining(["8", "13", "2.2", "3.6"]));
});

test("inv, norm, cond and props each write their formula", async ({ page }) => {
  await openApp(page, "#view=lab&op=inv&A=1,2;3,4");
  let math = await openMaths(page);
  await expect(math).toContainText("A−1=1detA");
  expect(await numbers(math)).toEqual(expect.arrayContaining(["1.5", "0.5"]));

  await page.getByLabel("Operation").selectOption("cond");
  math = page.locator('.maths-body math[aria-label="The maths"]');
  await expect(math).toContainText("κ(A)=σmaxσmin");

  await page.getByLabel("Operation").selectOption("norm");
  await expect(math).toContainText("‖A‖F=");
  await expect(math.locator("msqrt").first()).toBeAttached();

  await page.getByLabel("Operation").selectOption("props");
  await expect(math).toContainText("A(B+C)=AB+AC");
  await expect(math).toContainText("(AB)T=BTAT");
  await expect(math).toContainText("✓ holds");
});

test("every operation's maths renders without a console error", async ({ page }) => {
  await openApp(page, "#view=lab&op=add&A=1,2;3,4&B=5,6;7,8");
  const math = await openMaths(page);
  const ops = await page.getByLabel("Operation").evaluate((s) => [...s.options].map((o) => o.value));
  for (const op of ops) {
    await page.getByLabel("Operation").selectOption(op);
    // Some operations refuse these inputs (dot, outer); those show a problem instead.
    const refused = await page.getByRole("alert").count();
    if (refused === 0) await expect(math, op).toBeVisible();
  }
});

test("SVD shows U·Σ·Vᵀ, which equals A, and the maths A = U Σ Vᵀ", async ({ page }) => {
  await openApp(page, "#view=lab&op=svd&A=3,0;4,5");
  expect(await tableNumbers(page, "Result U·Σ·Vᵀ")).toEqual([
    [3, 0],
    [4, 5],
  ]);
  const math = await openMaths(page);
  await expect(math).toContainText("A=UΣVT");
  // Multiplied out two factors at a time, ending in A again.
  await expect(math).toContainText("(UΣ)VT=");
  await expect(math).toContainText("=A");
  const last = await math.evaluate((m) =>
    [...m.querySelectorAll("mtable.mx")].at(-1).textContent,
  );
  expect(last).toBe("3045");
});

test("LU shows Pᵀ·L·U, which equals A", async ({ page }) => {
  await openApp(page, "#view=lab&op=lu&A=1,2;3,4");
  expect(await tableNumbers(page, "Result Pᵀ·L·U")).toEqual([
    [1, 2],
    [3, 4],
  ]);
  const math = await openMaths(page);
  await expect(math).toContainText("PA=LU");
  // P·A and L·U, each worked out, are the same matrix: A with its rows swapped.
  await expect(math).toContainText("LU=");
  expect(await numbers(math)).toEqual(expect.arrayContaining(["3", "4", "1", "2"]));
});
