// The handwritten digits in Train: fetched when picked, trained to a test accuracy a person
// can trust, read back digit by digit, and a digit drawn on the pad followed through the
// network. A fetch that fails or brings the wrong bytes says so and loses nothing.
import { test, expect, openApp, settled, watchLongTasks, pageNow, longTasksSince } from "./fixtures.js";

const button = (page, name) => page.getByRole("button", { name, exact: true });
const epoch = (page) => page.getByLabel("Result epoch", { exact: true });
const testAccuracy = (page) => page.getByLabel("Result test accuracy", { exact: true });
const note = (page) => page.locator(".digits-note");

test.describe("the digits", () => {
  // page.route must see the fetch, so no service worker may answer it first.
  test.use({ serviceWorkers: "block" });

  test("train past 90% on digits they never saw, with the confusion matrix, the test digits and the draw pad", async ({
    page,
  }) => {
    let fetched = 0;
    page.on("request", (r) => r.url().endsWith("/data/digits.bin") && fetched++);
    await openApp(page, "?view=train");
    expect(fetched, "nothing is fetched before the digits are picked").toBe(0);
    await page.getByLabel("Dataset").selectOption("digits");
    await expect(note(page)).toContainText("CC BY 4.0");
    await expect(page.locator(".train-side")).toContainText("1,433 samples (and 364 held out), 64 inputs, 10 classes");
    await expect(button(page, "Play")).toBeEnabled();
    await button(page, "Play").click();
    await expect(epoch(page)).toHaveText("50", { timeout: 120_000 });
    await settled(page);
    const accuracy = parseFloat(await testAccuracy(page).textContent());
    expect(accuracy).toBeGreaterThanOrEqual(90);
    expect(fetched, "fetched once").toBe(1);

    // The confusion matrix counts the 364 held-out digits; its diagonal is the test accuracy.
    const table = page.getByRole("table", { name: "Confusion matrix", exact: true });
    await expect(table).toBeVisible();
    const counts = await table.evaluate((t) =>
      [...t.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.textContent))),
    );
    expect(counts).toHaveLength(10);
    const total = counts.flat().reduce((a, b) => a + b, 0);
    const right = counts.reduce((sum, row, i) => sum + row[i], 0);
    expect(total).toBe(364);
    expect(Math.abs((100 * right) / total - accuracy)).toBeLessThan(0.06);

    // The test digits: the wrong ones first and marked, as many as the readout says.
    const wrongText = await page.getByLabel("Result test digits wrong", { exact: true }).textContent();
    const wrong = parseInt(wrongText, 10);
    expect(wrong).toBe(total - right);
    const grid = page.getByRole("list", { name: "Test digits", exact: true });
    await expect(grid.getByRole("listitem")).toHaveCount(40);
    await expect(grid.locator("li.wrong")).toHaveCount(Math.min(wrong, 40));
    await expect(page.getByRole("list", { name: "First-layer units", exact: true }).getByRole("listitem")).toHaveCount(32);

    // The pad starts blank and says so; a stroke drawn with the mouse gets a reading.
    const pad = page.getByRole("img", { name: "Draw pad, 8 by 8", exact: true });
    await expect(page.getByRole("status").filter({ hasText: "The pad is blank" })).toBeVisible();
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.1);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.9, { steps: 12 });
    await page.mouse.up();
    const reading = page.getByLabel("Result drawn digit", { exact: true });
    await expect(reading).toHaveText(/^The network reads a \d \(\d+(\.\d)?% sure\)\.$/);
    const forward = page.locator(".forward");
    await expect(forward).toContainText("W₁·x + b₁");
    await expect(forward).toContainText("relu → a₁");
    await expect(forward).toContainText("W₂·a₁ + b₂");
    await expect(forward).toContainText("softmax → a₂");
    // 32 numbers for each of the first layer's lines, 10 for the second's.
    const widths = await forward.locator(".nums").evaluateAll((els) => els.map((e) => e.textContent.trim().split(/\s+/).length));
    expect(widths).toEqual([32, 32, 10, 10]);

    // From the keyboard: Clear, then ink the cells below the start and move with the arrows.
    await button(page, "Clear").click();
    await expect(page.getByRole("status").filter({ hasText: "The pad is blank" })).toBeVisible();
    await pad.focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Space");
    await expect(reading).toHaveText(/^The network reads a \d/);
    await page.keyboard.press("Delete");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Delete");
    // The brush's half-ink around the two cells remains: the pad is not blank.
    await expect(reading).toBeVisible();
  });

  test("no main-thread task over 50 ms while the digits train 300 epochs", async ({ page }) => {
    await watchLongTasks(page);
    await openApp(page, "?view=train&data=digits&epochs=300");
    await expect(button(page, "Play")).toBeEnabled();
    await page.waitForTimeout(500);
    const t0 = await pageNow(page);
    await button(page, "Play").click();
    await expect(epoch(page)).toHaveText("300", { timeout: 120_000 });
    await page.waitForTimeout(300);
    const long = await longTasksSince(page, t0);
    expect(long, "long tasks while the digits train").toEqual([]);
    await expect(page.getByRole("list", { name: "Test digits", exact: true }).getByRole("listitem")).toHaveCount(40);
  });

  test("a fetch that fails says why, keeps the settings, and Try again brings them", async ({ page }) => {
    test.info().annotations.push({ type: "expected-console-error", description: "404" });
    let answer = (route) => route.fulfill({ status: 404, body: "not here" });
    await page.route("**/data/digits.bin", (route) => answer(route));
    await openApp(page, "?view=train&data=digits&lr=0.005");
    const alert = page.getByRole("alert").filter({ hasText: "could not be loaded" });
    await expect(alert).toContainText("The handwritten digits could not be loaded: the server answered 404. Every other dataset still works.");
    await expect(page.getByLabel("Learning rate", { exact: true })).toHaveValue("0.005");
    await expect(button(page, "Play")).toBeDisabled();

    // Bytes that are not the digits (an error page served as 200) are refused in words.
    answer = (route) => route.fulfill({ status: 200, body: "<!doctype html><title>Oops</title>" });
    await button(page, "Try again").click();
    await expect(page.getByRole("alert").filter({ hasText: "not the digits file" })).toBeVisible();

    // Another dataset trains meanwhile.
    await page.getByLabel("Dataset").selectOption("xor");
    await expect(button(page, "Play")).toBeEnabled();
    await page.getByLabel("Dataset").selectOption("digits");

    // With the real file the run is built.
    answer = (route) => route.continue();
    await button(page, "Try again").click();
    await expect(note(page)).toContainText("CC BY 4.0");
    await expect(button(page, "Play")).toBeEnabled();
    await expect(page).toHaveURL(/data=digits/);
  });
});
