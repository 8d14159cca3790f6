// The Matrix Lab, used as a person would: typing, pasting, opening links, bad input, keys.
import { test, expect, openApp } from "./fixtures.js";

/** The numbers of a table with the given accessible name, row by row. */
async function tableNumbers(page, name) {
  const table = page.getByRole("table", { name, exact: true });
  await expect(table).toBeVisible();
  return table.evaluate((t) =>
    [...t.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.textContent))),
  );
}

async function typeMatrix(page, name, rows) {
  for (const [i, row] of rows.entries()) {
    for (const [j, value] of row.entries()) {
      await page.getByRole("textbox", { name: `${name}[${i + 1},${j + 1}]`, exact: true }).fill(String(value));
    }
  }
}

/** Pastes text into a cell the way a browser does: a paste event carrying the clipboard text. */
async function paste(page, cellName, text) {
  const cell = page.getByRole("textbox", { name: cellName, exact: true });
  await cell.focus();
  await cell.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const result = (page) => page.getByRole("table", { name: "Result", exact: true });
const scalarResult = (page) => page.getByLabel("Result", { exact: true });

test("typing the lesson's matrices gives the lesson's products", async ({ page }) => {
  await openApp(page, "?view=lab");
  await typeMatrix(page, "A", [[1, 2], [3, 4]]);
  await typeMatrix(page, "B", [[2, 0], [1, 2]]);
  expect(await tableNumbers(page, "Result")).toEqual([[4, 4], [10, 8]]);
  await typeMatrix(page, "B", [[5, 6], [7, 8]]);
  expect(await tableNumbers(page, "Result")).toEqual([[19, 22], [43, 50]]);
  await page.getByLabel("Operation").selectOption("hadamard");
  expect(await tableNumbers(page, "Result")).toEqual([[5, 12], [21, 32]]);
  // The address bar follows the edits; A and B are back at their defaults, so it leaves them out.
  expect(new URL(page.url()).hash).toBe("#view=lab&op=hadamard");
  await typeMatrix(page, "A", [[1, 2], [3, 5]]);
  await expect(page).toHaveURL(/#view=lab&op=hadamard&A=1,2;3,5$/);
});

test("pasting a NumPy literal fills the grid and the 3×3 product follows", async ({ page }) => {
  await openApp(page, "?view=lab");
  await paste(page, "A[1,1]", "np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])");
  await paste(page, "B[1,1]", "9\t8\t7\n6\t5\t4\n3\t2\t1");
  await expect(page.getByRole("textbox", { name: "A[3,3]" })).toHaveValue("9");
  expect(await tableNumbers(page, "Result")).toEqual([
    [30, 24, 18],
    [84, 69, 54],
    [138, 114, 90],
  ]);
});

test("pointing at a result entry shows its sum and lights its row and column", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  const entry = result(page).locator("tr").nth(0).locator("td").nth(1);
  await entry.hover();
  await expect(page.getByRole("region", { name: "How did this come about" })).toContainText(
    "C[1,2] = 1·6 + 2·8 = 22",
  );
  await expect(page.locator("td.lit input")).toHaveCount(4); // row 1 of A and column 2 of B
});

const LINKS = [
  ["solve", "#view=lab&op=solve&A=2,1;1,3&b=8;13&exact=off", async (page) => {
    expect(await tableNumbers(page, "Result")).toEqual([[2.2], [3.6]]);
    await expect(page.getByLabel("Check")).toContainText("✓");
  }],
  ["dot", "?view=lab&op=dot&A=1,2&B=3,4", async (page) => {
    await expect(scalarResult(page)).toHaveText("11");
  }],
  ["rank", "#view=lab&op=rank&A=1,2,3;4,5,6;7,8,9", async (page) => {
    await expect(scalarResult(page)).toHaveText("2");
  }],
  ["eig", "#view=lab&op=eig&A=1,2,3;4,5,6;7,8,9", async (page) => {
    const values = page.getByLabel("Result eigenvalues");
    await expect(values).toContainText("16.1168");
    await expect(values).toContainText("-1.11684");
    await expect(page.getByLabel("Check")).toContainText("✓");
  }],
  ["pinv least squares", "#view=lab&op=solve&A=1,2;2,3;3,4;4,5&b=3;5;7;9", async (page) => {
    const x = await tableNumbers(page, "Result");
    expect(x.flat().map((v) => Math.round(v * 1e6) / 1e6)).toEqual([1, 1]);
    await expect(page.locator(".note")).toContainText(/least.squares/i);
  }],
  ["props", "#view=lab&op=props&A=1,2;3,4&B=5,6;7,8&C=2,0;1,2", async (page) => {
    const rows = page.getByRole("table", { name: "Result" }).locator("tbody tr");
    await expect(rows).toHaveCount(3);
    for (const row of await rows.all()) await expect(row).toContainText("holds ✓");
  }],
  ["svd", "#view=lab&op=svd&A=3,0;4,5", async (page) => {
    await expect(page.getByRole("table", { name: "Result Σ" })).toBeVisible();
    await expect(page.getByLabel("Check")).toContainText("✓");
  }],
];

for (const [name, link, check] of LINKS) {
  test(`the link for ${name} opens with its result`, async ({ page }) => {
    await openApp(page, link);
    await check(page);
  });
}

test("solve steps through the row operations with Next and Previous", async ({ page }) => {
  // In decimals; exact.spec.js steps through the same in fractions.
  await openApp(page, "#view=lab&op=solve&A=2,1;1,3&b=8;13&exact=off");
  const how = page.getByRole("region", { name: "How did this come about" });
  await expect(how).toContainText("Step 1 of 1: R2 ← R2 - 0.5·R1");
  await how.getByRole("button", { name: "Previous" }).click();
  await expect(how).toContainText("Step 0 of 1");
  expect(await tableNumbers(page, "Elimination step 0")).toEqual([[2, 1, 8], [1, 3, 13]]);
  await how.getByRole("button", { name: "Next" }).click();
  expect(await tableNumbers(page, "Elimination step 1")).toEqual([[2, 1, 8], [0, 2.5, 9]]);
});

const BAD_CELLS = [
  ["abc", "A[1,2] “abc” is not a number"],
  ["", "A[1,2] is empty"],
  ["NaN", "A[1,2] “NaN” is NaN"],
  ["1e999", "A[1,2] “1e999” is too large"],
];

for (const [text, message] of BAD_CELLS) {
  test(`a cell holding “${text}” is explained and nothing is lost`, async ({ page }) => {
    await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
    const cell = page.getByRole("textbox", { name: "A[1,2]" });
    await cell.fill(text);
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(cell).toHaveAttribute("aria-invalid", "true");
    await expect(cell).toHaveValue(text);
    // The last good result stays, marked as from before the change.
    await expect(page.getByRole("alert")).toContainText("from before this change");
    expect(await tableNumbers(page, "Result")).toEqual([[19, 22], [43, 50]]);
    // Mending the cell brings a live result back: with A[1,2] = 3 it differs from the stale one.
    await cell.fill("3");
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(await tableNumbers(page, "Result")).toEqual([[26, 30], [43, 50]]);
  });
}

test("wrong shapes name both shapes and the rule", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2,3;4,5,6&B=1,2;3,4");
  await expect(page.getByRole("alert")).toContainText("A is 2×3 and B is 2×2");
  await expect(page.getByRole("alert")).toContainText("(3)");
});

test("a singular matrix for inverse says so with its rank", async ({ page }) => {
  await openApp(page, "#view=lab&op=inv&A=1,2;2,4");
  await expect(page.getByRole("alert")).toContainText(/singular/i);
  await expect(page.getByRole("alert")).toContainText("its rank is 1");
});

test("ragged and enormous pastes are refused without losing the grid", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  await paste(page, "A[1,1]", "1\t2\n3");
  await expect(page.getByRole("alert").first()).toContainText("Nothing was changed");
  const huge = Array.from({ length: 1000 }, () => Array(1000).fill("1").join("\t")).join("\n");
  await paste(page, "A[1,1]", huge);
  await expect(page.getByRole("alert").first()).toContainText("Nothing was changed");
  expect(await tableNumbers(page, "Result")).toEqual([[19, 22], [43, 50]]);
  await expect(page.getByRole("textbox", { name: "A[2,2]" })).toHaveValue("4");
});

test("a hostile link keeps the page working", async ({ page }) => {
  await openApp(page, "#view=lab&op=%3Cimg%20src%3Dx%3E&A=1,2;3&B=" + "9,".repeat(5000) + "9");
  await expect(page.getByRole("alert").first()).toContainText("not an operation");
  await expect(page.getByRole("alert").first()).toContainText("different lengths");
  expect(await tableNumbers(page, "Result")).toEqual([[19, 22], [43, 50]]);
});

test("the whole lab works from the keyboard", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  const a11 = page.getByRole("textbox", { name: "A[1,1]" });
  await a11.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("textbox", { name: "A[1,2]" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("textbox", { name: "A[2,2]" })).toBeFocused();
  await page.keyboard.type("7");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("textbox", { name: "A[2,1]" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "A[2,1]" })).toBeFocused();
  // Escape undoes the edits made since the cell took focus.
  await page.keyboard.type("99");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("textbox", { name: "A[2,1]" })).toHaveValue("3");
  expect(await tableNumbers(page, "Result")).toEqual([[19, 22], [64, 74]]);
  // Tab reaches the shape buttons; Enter presses them.
  await page.getByRole("group", { name: "Shape of A" }).getByRole("button", { name: "Add column" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "A[1,3]" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("A is 2×3 and B is 2×2");
  // Ctrl+Shift+arrows grow and shrink the grid without leaving the keyboard.
  await page.getByRole("textbox", { name: "A[1,1]" }).focus();
  await page.keyboard.press("Control+Shift+ArrowDown");
  await expect(page.getByRole("textbox", { name: "A[3,1]" })).toBeVisible();
  await page.keyboard.press("Control+Shift+ArrowUp");
  await expect(page.getByRole("textbox", { name: "A[3,1]" })).toHaveCount(0);
  await page.keyboard.press("Control+Shift+ArrowLeft");
  await expect(page.getByRole("textbox", { name: "A[1,3]" })).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.keyboard.press("Control+Shift+ArrowRight");
  await expect(page.getByRole("textbox", { name: "A[1,3]" })).toBeVisible();
  // The operation picker answers to keys too.
  await page.getByLabel("Operation").focus();
  await page.getByLabel("Operation").selectOption("transpose");
  expect(await tableNumbers(page, "Result")).toEqual([[1, 3], [2, 7], [0, 0]]);
});

test("the results sheet collects operations and downloads as CSV", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  await page.getByRole("button", { name: "Add to sheet" }).click();
  await page.getByLabel("Operation").selectOption("det");
  await expect(scalarResult(page)).toHaveText("-2");
  await page.getByRole("button", { name: "Add to sheet" }).click();
  const sheet = page.getByRole("table", { name: "Results sheet" });
  await expect(sheet.locator("tbody tr")).toHaveCount(2);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const file = await download;
  const chunks = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(chunks).toString()).toBe(
    'Operation,Result\nMatrix product,"[[19, 22], [43, 50]]"\nDeterminant,-2\n',
  );
});

test("editing the link by hand reopens the page in that state", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  await page.evaluate(() => {
    location.hash = "#view=lab&op=det&A=2,0;0,5";
  });
  await expect(scalarResult(page)).toHaveText("10");
});

/** Types `text` into a cell key by key, replacing what it held, and returns how many times
 *  the lab computed its result meanwhile (the page counts them in `data-runs`). */
async function computationsWhileTyping(page, cellName, text) {
  const results = page.locator(".lab-results");
  const before = Number(await results.getAttribute("data-runs"));
  const cell = page.getByRole("textbox", { name: cellName, exact: true });
  await cell.selectText();
  await cell.pressSequentially(text);
  return async () => Number(await results.getAttribute("data-runs")) - before;
}

test("small matrices recompute on every key, large ones once typing pauses", async ({ page }) => {
  await openApp(page, "#view=lab&op=trace&A=1,2;3,4");
  let runs = await computationsWhileTyping(page, "A[1,1]", "12345");
  await expect(scalarResult(page)).toHaveText("12349");
  expect(await runs()).toBe(5);

  // 20×20 = 400 cells: past the size where each key would wait on the maths.
  const big = Array.from({ length: 20 }, (_, i) =>
    Array.from({ length: 20 }, (_, j) => (i === j ? 2 : 0)).join(","),
  ).join(";");
  await openApp(page, `#view=lab&op=trace&A=${big}`);
  await expect(scalarResult(page)).toHaveText("40");
  runs = await computationsWhileTyping(page, "A[1,1]", "12345");
  await expect(scalarResult(page)).toHaveText("12383");
  // Five keys, computed once when they stop; a loaded machine that stalls 150 ms between two
  // keys adds a run, so up to two such stalls are allowed. Every key would make it five.
  expect(await runs()).toBeLessThanOrEqual(3);
  await expect(page.getByRole("textbox", { name: "A[1,1]", exact: true })).toHaveValue("12345");
});

/** The button of shelf matrix `name` (D to H) with the given text. */
const shelfButton = (page, name, text) =>
  page.getByRole("group", { name: `Use ${name}` }).getByRole("button", { name: text });

test("a matrix added as D is swapped into A, and the link keeps both", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  await page.getByRole("button", { name: "Add matrix D" }).click();
  expect(await tableNumbers(page, "D")).toEqual([[0, 0], [0, 0]]);
  await typeMatrix(page, "D", [[2, 0], [1, 2]]);
  await shelfButton(page, "D", "Swap with A").click();
  await expect(page.getByRole("textbox", { name: "A[2,1]", exact: true })).toHaveValue("1");
  await expect(page.getByRole("textbox", { name: "D[2,1]", exact: true })).toHaveValue("3");
  expect(await tableNumbers(page, "Result")).toEqual([[10, 12], [19, 22]]);
  const hash = decodeURIComponent(new URL(page.url()).hash);
  expect(hash).toContain("A=2,0;1,2");
  expect(hash).toContain("D=1,2;3,4");

  // The link reopens the shelf as it was.
  await openApp(page, `/index.html${new URL(page.url()).hash}`);
  await expect(page.getByRole("textbox", { name: "D[1,2]", exact: true })).toHaveValue("2");
  expect(await tableNumbers(page, "Result")).toEqual([[10, 12], [19, 22]]);
});

test("Swap A and B shows that BA is not AB", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  expect(await tableNumbers(page, "Result")).toEqual([[19, 22], [43, 50]]);
  await page.getByRole("button", { name: "Swap A and B" }).click();
  expect(await tableNumbers(page, "Result")).toEqual([[23, 34], [31, 46]]);
  expect(decodeURIComponent(new URL(page.url()).hash)).toContain("A=5,6;7,8&B=1,2;3,4");
});

test("a result kept as D feeds the next product: (AB)C, then A comes back", async ({ page }) => {
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  await page.getByRole("button", { name: "Keep as D" }).click();
  await expect(page.getByRole("textbox", { name: "D[2,2]", exact: true })).toHaveValue("50");
  await shelfButton(page, "D", "Swap with A").click();
  await typeMatrix(page, "B", [[2, 0], [1, 2]]);
  expect(await tableNumbers(page, "Result")).toEqual([[60, 44], [136, 100]]);
  // Nothing was lost: A waits on the shelf and swaps back.
  await shelfButton(page, "D", "Swap with A").click();
  expect(await tableNumbers(page, "Result")).toEqual([[4, 4], [10, 8]]);
  await expect(page.getByRole("button", { name: "Add matrix E" })).toBeEnabled();
});

test("the shelf holds D to H; a link with more says what it ignored", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&D=1&E=2&F=3&G=4&H=5&K=6");
  await expect(page.getByRole("alert")).toContainText("the lab holds matrices A to H, so K in the link was ignored");
  const full = page.getByRole("button", { name: "Add a matrix (D to H are all in use)" });
  await expect(full).toBeDisabled();
  await shelfButton(page, "E", "Remove").click();
  await expect(page.getByRole("table", { name: "E", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add matrix E" })).toBeEnabled();
  expect(new URL(page.url()).hash).not.toContain("E=");
  expect(new URL(page.url()).hash).toContain("H=5");
});

test("a 16×16 matrix fits a laptop screen: the inputs take the whole width", async ({ page }) => {
  const row = (i) => Array.from({ length: 16 }, (_, j) => ((i * 16 + j) % 19) - 9).join(",");
  const big = Array.from({ length: 16 }, (_, i) => row(i)).join(";");
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  const inputs = page.locator(".lab-inputs");
  const results = page.locator(".lab-results");
  // 2×2: side by side.
  expect((await results.boundingBox()).x).toBeGreaterThan((await inputs.boundingBox()).x + 100);
  await openApp(page, `#view=lab&op=matmul&A=${big}&B=${big}`);
  await expect(page.getByRole("table", { name: "Result", exact: true })).toBeVisible();
  // 16×16: results below the inputs, and A's grid shows every column without scrolling.
  expect((await results.boundingBox()).y).toBeGreaterThan((await inputs.boundingBox()).y + 100);
  const grid = page.getByRole("table", { name: "A", exact: true }).locator("xpath=..");
  const [scroll, client] = await grid.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
});

test("a matrix result copies as LaTeX and as NumPy; a number has no LaTeX to copy", async ({ page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=5,6;7,8");
  await page.getByText("The same in NumPy and PyTorch").click();
  await page.getByRole("button", { name: "Copy LaTeX" }).click();
  await expect(page.getByRole("button", { name: "Copied LaTeX" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    "\\begin{bmatrix} 19 & 22 \\\\ 43 & 50 \\end{bmatrix}",
  );
  await page.getByRole("button", { name: "Copy NumPy" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("np.array([[1, 2], [3, 4]])");
  await page.getByLabel("Operation").selectOption("det");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("-2");
  await expect(page.getByRole("button", { name: "Copy NumPy" })).toBeVisible();
  await expect(page.getByRole("button", { name: /LaTeX/ })).toHaveCount(0);
});
