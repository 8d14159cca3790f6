// Autosave: a visit without a link of its own reopens the last state; a link wins over it.
import { test, expect, openApp } from "./fixtures.js";

test("the page reopens as it was left, and a shared link wins over the saved state", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=1,2;3,4");
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).fill("5");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("14");

  // Leaving the page saves it; the bare address brings it back, edit included.
  await openApp(page, "/");
  await expect(page.getByRole("textbox", { name: "A[1,1]", exact: true })).toHaveValue("5");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("14");
  await expect(page).toHaveURL(/#view=lab&op=det&A=5,2;3,4/);

  // A link of its own opens what it says, not what was saved.
  await openApp(page, "/?view=train");
  await expect(page.getByRole("heading", { name: "Train", level: 1 })).toBeVisible();
  await openApp(page, "/#view=lab&op=trace&A=1,0;0,7");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("8");
});

test("with storage switched off the page still starts and works, and says nothing is wrong", async ({ page }) => {
  // As in a browser whose settings block site data: every touch of localStorage throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await openApp(page, "#view=lab&op=det&A=1,2;3,4");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("-2");
  await page.getByLabel("Theme").selectOption("dark");
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).fill("5");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("14");
});
