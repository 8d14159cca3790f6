// Decks a teacher builds: three states added with titles and notes, reordered and trimmed,
// then opened from the copied links in fresh browsers and stepped through under the lesson
// bar; the student's link never shows the notes.
import { test, expect, openApp, expectStudentsDeck } from "./fixtures.js";

/** Adds the state on screen to the deck as `title`, with `note`, through the header's button. */
async function addToDeck(page, title, note) {
  await page.getByRole("button", { name: "Add to deck" }).click();
  await expect(page.getByLabel("Slide title")).toBeFocused();
  await page.getByLabel("Slide title").fill(title);
  await page.getByLabel("Note for the teacher").fill(note);
  await page.getByRole("button", { name: "Add this state" }).click();
  await expect(page.locator(".deck-list li").filter({ hasText: title })).toBeVisible();
  await page.getByRole("button", { name: "Close" }).last().click();
}

test("a three-state deck built in one browser steps through the same states in a fresh one", async ({ page, browser }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, "#view=lab&op=det&A=1,2;3,4");
  await addToDeck(page, "A determinant", "Ask for the sign first");
  // A lesson's step opened in place keeps the deck being built.
  await openApp(page, "#view=lab&op=rank&A=1,2;2,4&lesson=chapter2.3");
  await page.evaluate(() => { location.hash = "#view=lab&op=rank&A=1,2;2,4"; });
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("1");
  await addToDeck(page, "A wrong slide", "");
  await page.getByRole("link", { name: "Train" }).or(page.getByRole("button", { name: "Train" })).first().click();
  await addToDeck(page, "Training", "Press Play and watch the loss");

  // Reorder and trim: the wrong slide goes, rank's state comes back as the second.
  await page.getByRole("button", { name: "Add to deck" }).click();
  await page.getByRole("button", { name: "Remove A wrong slide" }).click();
  await expect(page.locator(".deck-list li")).toHaveCount(2);
  await page.getByRole("button", { name: "Close" }).last().click();
  await page.evaluate(() => { location.hash = "#view=lab&op=rank&A=1,2;2,4"; });
  await addToDeck(page, "Rank one", "Row 2 is twice row 1");
  await page.getByRole("button", { name: "Add to deck" }).click();
  await page.getByRole("button", { name: "Move Rank one up" }).click();
  const titles = page.locator(".deck-list li strong");
  await expect(titles).toHaveText(["A determinant", "Rank one", "Training"]);

  await page.getByRole("button", { name: "Copy teacher link" }).click();
  const teacher = await page.evaluate(() => navigator.clipboard.readText());
  await page.getByRole("button", { name: "Copy student link" }).click();
  const student = await page.evaluate(() => navigator.clipboard.readText());
  expect(teacher).not.toBe(student);

  // The teacher's link, in a fresh browser: slide 1 with its note, Next through the rest.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other, teacher.slice(teacher.indexOf("#")));
  const bar = other.getByRole("navigation", { name: "Lesson" });
  await expect(bar).toContainText("Slide 1 of 3: A determinant");
  await expect(bar).toContainText("Note: Ask for the sign first");
  await expect(other.getByLabel("Result", { exact: true })).toHaveText("-2");
  await bar.getByRole("button", { name: "Next" }).click();
  await expect(bar).toContainText("Slide 2 of 3: Rank one");
  await expect(other.getByLabel("Result", { exact: true })).toHaveText("1");
  await other.keyboard.press("PageDown");
  await expect(bar).toContainText("Slide 3 of 3: Training");
  await expect(bar).toContainText("Note: Press Play and watch the loss");
  await expect(other.getByRole("heading", { level: 1 })).toContainText("Train");
  await expect(bar.getByRole("button", { name: "Next" })).toBeDisabled();
  await bar.getByRole("button", { name: "Previous" }).click();
  await expect(bar).toContainText("Slide 2 of 3: Rank one");
  await fresh.close();

  // The student's link: the same slides, and no note anywhere, in the link or on the page.
  expect(decodeURIComponent(student)).not.toContain("Ask for the sign");
  await expectStudentsDeck(browser, (phone) => openApp(phone, student.slice(student.indexOf("#"))), [
    "Slide 1 of 3: A determinant",
    "Slide 2 of 3: Rank one",
  ]);
});

test("a broken deck in a link is named and the page opens without it", async ({ page }) => {
  await openApp(page, "#view=lab&deck=just%20a%20title&lesson=deck.1");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("deck=“just a title” is not a deck");
  await expect(alert).toContainText("lesson=“deck.1” is not a step of a lesson or a slide of the deck");
  await expect(page.getByRole("navigation", { name: "Lesson" })).toHaveCount(0);
  await expect(page.getByLabel("Result", { exact: true })).toBeVisible();
});
