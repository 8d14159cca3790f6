// Exact mode: integer and fraction inputs give fractions, checked against the decimal
// answer; a toggle shows decimals; the row operations are in fractions too.
import { test, expect, openApp } from "./fixtures.js";

/** The fractions of the result table, row by row. */
async function fractions(page, name = "Result") {
  const table = page.getByRole("table", { name, exact: true });
  await expect(table).toBeVisible();
  return table.evaluate((t) =>
    [...t.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("td .fraction")].map((s) => s.textContent)),
  );
}

const exactCheck = (page) => page.getByLabel("Exact check");

test("the inverse of the lesson's 2×2 is in fractions, and decimals are one click away", async ({ page }) => {
  await openApp(page, "#view=lab&op=inv&A=1,2;3,4");
  expect(await fractions(page)).toEqual([["-2", "1"], ["3/2", "-1/2"]]);
  await expect(exactCheck(page)).toContainText("A·A⁻¹ = I exactly");
  await expect(exactCheck(page)).toContainText("✓");
  // The row operations of [A | I], in fractions.
  await expect(page.locator(".step-op").first()).toContainText("Step 3 of 3: R1 ← R1 − 2·R2");
  // Kept on the shelf, the result stays in fractions.
  await page.getByRole("button", { name: "Keep as D" }).click();
  await expect(page.getByRole("textbox", { name: "D[2,1]", exact: true })).toHaveValue("3/2");
  await page.getByRole("button", { name: "Show decimals" }).click();
  await expect(page).toHaveURL(/[#&]exact=off(&|$)/);
  const decimals = await page
    .getByRole("table", { name: "Result", exact: true })
    .evaluate((t) => [...t.querySelectorAll("td")].map((td) => Number(td.textContent)));
  expect(decimals).toEqual([-2, 1, 1.5, -0.5]);
  await page.getByRole("button", { name: "Show fractions" }).click();
  expect(await fractions(page)).toEqual([["-2", "1"], ["3/2", "-1/2"]]);
});

test("the lesson's system solves to 11/5 and 18/5", async ({ page }) => {
  await openApp(page, "#view=lab&op=solve&A=2,1;1,3&b=8;13");
  expect(await fractions(page)).toEqual([["11/5"], ["18/5"]]);
  // The decimals stay beside the fractions: the lesson prints 2.2 and 3.6.
  await expect(page.getByRole("table", { name: "Result", exact: true })).toContainText("≈ 2.2");
  await expect(exactCheck(page)).toContainText("A·x = b exactly");
});

test("a link with fractions is read as fractions", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=1/2,1;1/3,1");
  await expect(page.getByRole("textbox", { name: "A[1,1]", exact: true })).toHaveValue("1/2");
  // det = 1/2 − 1/3 = 1/6, and its cofactor expansion in fractions.
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("1/6");
  await expect(page.locator(".how")).toContainText("1/2·1 − 1·1/3 = 1/6");
});

test("the lesson's 3×3 reduces to two pivots and sends (1, −2, 1) to zero", async ({ page }) => {
  await openApp(page, "#view=lab&op=rref&A=1,2,3;4,5,6;7,8,9");
  expect(await fractions(page)).toEqual([["1", "0", "-1"], ["0", "1", "2"], ["0", "0", "0"]]);
  await expect(page.locator(".how")).toContainText("Pivots in column(s) 1, 2, so the rank is 2.");
  await page.goto("#view=lab&op=null&A=1,2,3;4,5,6;7,8,9");
  await page.reload();
  expect(await fractions(page)).toEqual([["1"], ["-2"], ["1"]]);
  await expect(exactCheck(page)).toContainText("A·x = 0 exactly");
  await expect(exactCheck(page)).toContainText("✓");
  // In decimals the basis is orthonormal: still a multiple of (1, −2, 1).
  await page.getByRole("button", { name: "Show decimals" }).click();
  const v = await page
    .getByRole("table", { name: "Result", exact: true })
    .evaluate((t) => [...t.querySelectorAll("td")].map((td) => Number(td.textContent)));
  expect(v[1] / v[0]).toBeCloseTo(-2, 4);
  expect(v[2] / v[0]).toBeCloseTo(1, 4);
});

test("integers past 64 bits stay exact", async ({ page }) => {
  // det = 10¹⁸·10¹⁸ − 1 = 999999999999999999999999999999999999 (36 nines), far past i64.
  await openApp(page, "#view=lab&op=det&A=1000000000000000000,1;1,1000000000000000000");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("9".repeat(36));
});

test("a decimal that does not end, or a cell that is not a number, leaves exact mode", async ({ page }) => {
  await openApp(page, "#view=lab&op=inv&A=1,2;3,4");
  await expect(page.getByRole("button", { name: "Show decimals" })).toBeVisible();
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).fill("1e-3");
  await expect(page.getByRole("button", { name: "Show decimals" })).toBeHidden();
  await expect(exactCheck(page)).toBeHidden();
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).fill("1/0");
  await expect(page.getByRole("alert")).toContainText("A[1,1]");
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).fill("1");
  expect(await fractions(page)).toEqual([["-2", "1"], ["3/2", "-1/2"]]);
});

test("past 128 bits exact mode says where it stops, and the decimals answer", async ({ page }) => {
  // det = 10⁶⁰ − 1: the entries fit 128 bits, the determinant does not.
  const e30 = "1" + "0".repeat(30);
  await openApp(page, `#view=lab&op=det&A=${e30},1;1,${e30}`);
  const result = page.getByLabel("Result", { exact: true });
  await expect(result).toContainText("outgrow 128-bit integers");
  await expect(exactCheck(page)).toContainText("more than 128-bit integers");
  await expect(page.getByRole("textbox", { name: "A[1,1]", exact: true })).toHaveValue(e30);
  await page.getByRole("button", { name: "Show decimals" }).click();
  await expect(result).not.toContainText("outgrow");
  expect(Number(await result.textContent()) / 1e60).toBeCloseTo(1, 6);
});
