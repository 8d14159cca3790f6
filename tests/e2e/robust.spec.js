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

// Leaving Train while Play runs once panicked with "Tried to access a reactive value that has
// already been disposed": the training loop's next frame read the view's values after it was
// gone. Each way of leaving, then the page must go on working.
const leaveMidTraining = {
  "the Matrix Lab tab": async (page) => page.getByRole("button", { name: "Matrix Lab", exact: true }).click(),
  "a weight matrix opened in the Lab": async (page) =>
    page.getByRole("button", { name: "Open in the Matrix Lab" }).first().click(),
  "an address edited by hand": async (page) =>
    page.evaluate(() => (location.hash = "#view=lab&op=det&A=2,0;0,5")),
  "a lesson step": async (page) => {
    await page.getByRole("button", { name: "Lessons" }).click();
    await page.getByRole("link", { name: "Multiply two matrices" }).click();
  },
};
for (const [way, leave] of Object.entries(leaveMidTraining)) {
  test(`leaving Train mid-training by ${way} keeps the page working`, async ({ page }) => {
    await openApp(page, "?view=train&data=spiral&epochs=100000");
    await page.getByRole("button", { name: "Play" }).click();
    await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
    await page.waitForTimeout(300);
    await leave(page);
    await expect(page.getByRole("heading", { name: "Matrix Lab", level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    await cell(page, "A[1,1]").fill("3");
    await expect(page.getByLabel("Result", { exact: true }).first()).toBeVisible();
    await page.getByRole("button", { name: "Train" }).click();
    await expect(page.getByRole("button", { name: "Play" })).toBeEnabled();
  });
}

// 270,000 rows of class 999 with categorical cross-entropy once asked for a 270-million-entry
// one-hot table and the page went blank. Now it is refused in words, and the table is kept.
test("a huge CSV of many classes is refused in words, not by a blank page", async ({ page }) => {
  await openApp(page, "?view=train&data=csv&loss=cce&net=1-4x");
  const big = "x,c\n" + "0,999\n".repeat(270_000);
  await page.getByLabel(/CSV data/).evaluate((el, text) => {
    el.value = text;
    el.dispatchEvent(new Event("change", { bubbles: true }));
  }, big);
  await expect(page.getByRole("alert")).toContainText("class 999");
  await expect(page.getByRole("button", { name: "Matrix Lab", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Matrix Lab", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Matrix Lab", level: 1 })).toBeVisible();
});

// A clicker's key pressed with the caret in one of Train's text boxes, into another Train
// step: the box, removed with the old view, must not write into its disposed state.
test("PageUp from a Train text box into another Train step keeps the page working", async ({ page }) => {
  await openApp(page, "#view=train&data=xor&lesson=ponder.2");
  await page.getByRole("textbox", { name: "Learning rate" }).fill("NaN");
  await page.keyboard.press("PageUp");
  await expect(page.getByRole("navigation", { name: "Lesson" })).toContainText("Step 1 of 7");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await expect(page.getByRole("navigation", { name: "Lesson" })).toContainText("Step 3 of 7");
  await page.getByRole("textbox", { name: "Learning rate" }).fill("0.5");
  await page.keyboard.press("PageDown");
  await expect(page.getByRole("navigation", { name: "Lesson" })).toContainText("Step 4 of 7");
  await page.getByRole("button", { name: "Step", exact: true }).click();
  await expect(page.getByRole("button", { name: "Play", exact: true })).toBeEnabled();
});
