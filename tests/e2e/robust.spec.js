// Sequences a random-clicking run once found to stop the page (a Rust panic ends the wasm):
// each now keeps the page working, and the fixture fails on any console or page error.
import { test, expect, openApp } from "./fixtures.js";

const cell = (page, name) => page.getByRole("textbox", { name, exact: true });

test("A made wider while its eigenvectors are shown: the shape is explained, nothing stops", async ({ page }) => {
  await openApp(page, "#view=lab&op=eig&A=1,2,3;4,5,6;7,8,10");
  await expect(page.getByLabel("Result eigenvalues")).toContainText("16.7075");
  await page.getByRole("group", { name: "Shape of A" }).getByRole("button", { name: "Add column" }).click();
  await expect(page.getByRole("alert")).toContainText("3×4");
  await page.getByRole("group", { name: "Shape of A" }).getByRole("button", { name: "Remove column" }).click();
  await expect(page.getByLabel("Result eigenvalues")).toContainText("16.7075");
  await cell(page, "A[3,3]").fill("9");
  await expect(page.getByLabel("Result eigenvalues")).toContainText("16.1168");
});

test("a hidden layer added to the lesson's regression and removed again", async ({ page }) => {
  await openApp(page, "?view=train");
  await expect(page.getByRole("table", { name: "Learned vs true" })).toBeVisible();
  await page.getByRole("button", { name: "Add a hidden layer" }).click();
  await page.getByRole("button", { name: "Remove layer 1" }).click();
  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByRole("table", { name: "Learned vs true" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Play" })).toBeEnabled();
});

test("a result kept on the shelf after the lab reopened in place stays usable", async ({ page }) => {
  await openApp(page, "?view=lessons");
  await page.getByRole("link", { name: "Multiply two matrices" }).click();
  await page.getByRole("button", { name: "Leave the lesson" }).click();
  await page.getByRole("button", { name: "Add to sheet" }).click();
  await page.getByRole("group", { name: "Shape of A" }).getByRole("button", { name: "Add row" }).click();
  await page.getByText("Show the maths", { exact: true }).click();
  await page.getByRole("button", { name: "Keep as D" }).click();
  await expect(cell(page, "D[1,1]")).toBeVisible();
  await cell(page, "A[2,2]").fill("1e999");
  await expect(page.getByRole("alert")).toBeVisible();
  await cell(page, "A[2,2]").fill("4");
  await cell(page, "D[1,1]").fill("7");
  await page.getByRole("button", { name: "Swap with A" }).click();
  await expect(cell(page, "A[1,1]")).toHaveValue("7");
});
