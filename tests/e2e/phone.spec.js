// At phone width the page never scrolls sideways: wide matrices and tables scroll in their own box.
import { test, expect, openApp } from "./fixtures.js";

const PAGES = [
  "#view=lab&op=matmul&A=1,2,3,4,5,6,7,8;1,2,3,4,5,6,7,8&B=1;2;3;4;5;6;7;8",
  "#view=lab&op=svd&A=1,2,3,4,5,6;7,8,9,10,11,12;1,0,0,0,0,1",
  "?view=train",
  "#view=train&data=xor",
  "?view=lessons",
  "?view=gpu",
  "#view=lab&op=eig&A=2,1;1,2&show=map,maths&lesson=demystified.3",
  "#view=lab&op=props&A=1,2,3;4,5,6;7,8,10&B=1,0,2;0,1,0;3,1,1",
];

test.use({ viewport: { width: 390, height: 844 } });

for (const path of PAGES) {
  test(`no sideways scroll at 390 px: ${path}`, async ({ page }) => {
    await openApp(page, path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Nor does anything stick out of its panel: what is wide scrolls inside.
    const spilling = await page.evaluate(() =>
      [...document.querySelectorAll(".panel")]
        .filter((p) => p.scrollWidth > p.clientWidth + 1)
        .map((p) => p.querySelector("h2, summary")?.textContent ?? p.className),
    );
    expect(spilling).toEqual([]);
  });
}

test("no sideways scroll at 390 px once the race table is filled", async ({ page }) => {
  await openApp(page, "?view=gpu");
  await page.getByLabel("Largest size").selectOption("128");
  await page.getByRole("button", { name: "Run the race" }).click();
  const rows = page.getByRole("table", { name: "Race results" }).locator("tbody tr");
  // 16, 32, 64 and 128; the chart above the table is drawn by then.
  await expect(rows).toHaveCount(4, { timeout: 60_000 });
  await expect(page.getByRole("img", { name: "GFLOP/s against n" }).locator("svg")).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
