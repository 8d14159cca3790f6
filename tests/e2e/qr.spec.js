// The QR code of the state on screen: read back from a screenshot with a QR decoder (jsQR, a
// test-only package), it is the page's link, and a phone that opens it sees the same state.
import { PNG } from "pngjs";
import jsQR from "jsqr";
import { test, expect, openApp, expectStudentsDeck } from "./fixtures.js";

/** The text of the QR code on screen, read from a screenshot of it. */
async function readQr(page) {
  const code = page.getByRole("img", { name: /^QR code/ });
  await expect(code).toBeVisible();
  const png = PNG.sync.read(await code.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(found, "a QR code the decoder can read").not.toBeNull();
  return found.data;
}

test("the QR code reads back as the page's link, follows the state, and opens it on a phone", async ({ page, browser }) => {
  await openApp(page, "#view=lab&op=det&A=1,2;3,4");
  await page.getByLabel("A[1,1]").fill("5");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("14");
  await page.getByRole("button", { name: "QR code" }).click();
  const first = await readQr(page);
  expect(first).toBe(page.url());
  expect(first).toContain("A=5,2;3,4");

  // Escape hides it; Q shows it again, for the state on screen now.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("img", { name: /^QR code/ })).toBeHidden();
  await page.getByLabel("A[1,2]").fill("1");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("17");
  // Q typed into a cell is a character of it; the page's keys are for the page.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press("q");
  const second = await readQr(page);
  expect(second).toBe(page.url());
  expect(second).toContain("A=5,1;3,4");

  // While it is open, a new state (a lesson's step, a link opened in place) redraws it.
  await page.evaluate(() => { location.hash = "#view=lab&op=rank&A=1,2;2,4"; });
  await expect.poll(() => readQr(page)).toContain("op=rank");
  expect(await readQr(page)).toBe(page.url());

  // A phone opens what it read.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const other = await phone.newPage();
  await other.goto(await readQr(page));
  await expect(other.getByLabel("Result", { exact: true })).toHaveText("1");
  await expect(other.getByLabel("A[2,2]")).toHaveValue("4");
  await phone.close();

  await page.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("img", { name: /^QR code/ })).toBeHidden();
});

test("a link too long for a QR code says so and loses nothing", async ({ page }) => {
  // A 30×30 matrix of ten-digit whole numbers, of rank 2: a link of about 10,000 characters.
  const entry = (i, j) => 1000000000 + 1000 * i + j;
  const a = Array.from({ length: 30 }, (_, i) => Array.from({ length: 30 }, (_, j) => entry(i, j)).join(",")).join(";");
  await openApp(page, `#view=lab&op=rank&A=${a}`);
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("2");
  await page.keyboard.press("q");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(/This link is [\d,]+ characters; a QR code holds at most 2,953/);
  await page.keyboard.press("Escape");
  await expect(alert).toBeHidden();
  await expect(page.getByLabel("A[30,30]")).toHaveValue(String(entry(29, 29)));
});

test("on a teacher's deck the QR code is the students' link: the slides without the notes", async ({ page, browser }) => {
  const deck = ["Determinant%09Ask%20for%20the%20sign%09%23view%3Dlab%26op%3Ddet", "Rank%09%09%23view%3Dlab%26op%3Drank"].join("%0A");
  await openApp(page, `#view=lab&op=det&deck=${deck}&lesson=deck.1`);
  const bar = page.getByRole("navigation", { name: "Lesson" });
  await expect(bar).toContainText("Note: Ask for the sign");
  await page.keyboard.press("q");
  const link = await readQr(page);
  expect(decodeURIComponent(link)).toContain("Determinant\t\t#view=lab&op=det");
  expect(decodeURIComponent(link)).not.toContain("Ask for the sign");
  await expectStudentsDeck(browser, (phone) => phone.goto(link), ["Slide 1 of 2: Determinant", "Slide 2 of 2: Rank"], {
    viewport: { width: 390, height: 844 },
  });
});
