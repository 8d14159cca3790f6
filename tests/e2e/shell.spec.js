// The page shell: views, theme, status line, links, security and sub-path hosting.
import { test, expect, hasWebGpu, openApp } from "./fixtures.js";
import { SUBPATH_PORT } from "../../playwright.config.js";

const VIEWS = [
  ["lab", "Matrix Lab"],
  ["train", "Train"],
  ["lessons", "Lessons"],
  ["gpu", "GPU"],
];

test("the status line names the compute backend", async ({ page }, testInfo) => {
  const status = await openApp(page);
  if (hasWebGpu(testInfo)) {
    await expect(status).toHaveText(/^WebGPU · \S/);
  } else {
    await expect(status).toHaveText(/^CPU · \S/);
  }
});

test("a GPU that never answers: the page settles on the CPU and everything works", async ({ page }) => {
  await page.addInitScript(() => {
    const never = () => new Promise(() => {});
    if (navigator.gpu) Object.getPrototypeOf(navigator.gpu).requestAdapter = never;
    else Object.defineProperty(Navigator.prototype, "gpu", { get: () => ({ requestAdapter: never }) });
  });
  await page.goto("#view=lab&op=det&A=1,2;3,4");
  const status = page.getByRole("status", { name: "Compute backend" });
  await expect(status).toHaveText("Looking for a GPU…");
  // The lab does not wait for the search.
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("-2");
  await expect(status).toHaveText("CPU · the GPU did not answer within 10 s", { timeout: 20_000 });
  await page.getByRole("button", { name: "GPU", exact: true }).click();
  await page.getByLabel("Largest size").selectOption("64");
  await page.getByRole("button", { name: "Run the race" }).click();
  const cells = page.getByRole("table", { name: "Race results" }).locator("tbody tr td");
  await expect(cells.nth(2)).toHaveText("—");
  expect(Number(await cells.nth(0).textContent())).toBeGreaterThan(0);
});

test("every view is reachable by clicking", async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole("navigation", { name: "Views" });
  for (const [name, label] of VIEWS) {
    await nav.getByRole("button", { name: label, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
    await expect(nav.getByRole("button", { name: label, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    // The address bar follows, so a copied link reopens this view.
    expect(new URL(page.url()).hash).toContain(`view=${name}`);
  }
});

for (const [name, label] of VIEWS) {
  test(`?view=${name} opens ${label}`, async ({ page }) => {
    await openApp(page, `?view=${name}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
  });
}

test("the fragment wins over the query string", async ({ page }) => {
  await openApp(page, "?view=train#view=gpu");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("GPU");
});

test("an unknown view or field is named in an alert and the lab opens", async ({ page }) => {
  await openApp(page, "#view=%3Cscript%3Ealert(1)%3C%2Fscript%3E&colour=red");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Matrix Lab");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("is not a view");
  await expect(alert).toContainText("“colour” is not one Eigenplay knows");
  // The hostile text is shown as text, never run as markup.
  await expect(alert).toContainText("<script>");
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the theme switch works and survives a reload", async ({ page }) => {
  await openApp(page);
  const html = page.locator("html");
  const picker = page.getByLabel("Theme");
  for (const theme of ["projector", "dark", "light", "projector"]) {
    await picker.selectOption(theme);
    await expect(html).toHaveAttribute("data-theme", theme);
  }
  const projectorFont = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await picker.selectOption("light");
  const lightFont = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(projectorFont).toBeGreaterThan(lightFont * 1.3);
  await picker.selectOption("projector");
  await page.reload();
  await expect(page.getByRole("status", { name: "Compute backend" })).toBeVisible();
  await expect(html).toHaveAttribute("data-theme", "projector");
  await expect(page.getByLabel("Theme")).toHaveValue("projector");
});

test("the page declares a strict Content-Security-Policy", async ({ page }) => {
  await openApp(page);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toMatch(/https?:/);
});

test("the site works under a sub-path", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${SUBPATH_PORT}/eigenplay/?view=train`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Train");
  await expect(page.getByRole("status", { name: "Compute backend" })).not.toHaveText(
    /Looking for a GPU/,
  );
});

test("Copy link puts the address of the state on screen on the clipboard, and a fresh page opens it", async ({ page, browser }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, "#view=lab&op=det&A=1,2;3,4");
  await page.getByLabel("A[1,1]").fill("5");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("14");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Link copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain("A=5,2;3,4");
  // A change of state makes the button offer the new link again.
  await page.getByLabel("A[1,2]").fill("7");
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  // The copied link, opened in a fresh context, shows the state it was copied from.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await expect(other.getByLabel("A[1,1]")).toHaveValue("5");
  await expect(other.getByLabel("Result", { exact: true })).toHaveText("14");
  await fresh.close();
});

test("embed=1 shows the view without the header, and a link out opens the same state as the whole page", async ({ page }) => {
  await openApp(page, "#view=lab&op=det&A=1,2;3,4&embed=1");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("-2");
  await expect(page.getByRole("navigation", { name: "Views" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
  const out = page.getByRole("link", { name: "Open in Eigenplay ↗" });
  await expect(out).toBeVisible();
  await expect(out).toHaveAttribute("target", "_blank");
  // The link follows the state; it leaves embed out, and the fresh tab is the whole page.
  await page.getByLabel("A[1,1]").fill("5");
  await expect(out).toHaveAttribute("href", /A=5,2;3,4/);
  expect(await out.getAttribute("href")).not.toContain("embed");
  const [whole] = await Promise.all([page.context().waitForEvent("page"), out.click()]);
  await expect(whole.getByRole("navigation", { name: "Views" })).toBeVisible();
  await expect(whole.getByLabel("Result", { exact: true })).toHaveText("14");
  await expect(whole.getByRole("link", { name: "Open in Eigenplay ↗" })).toBeHidden();
});

// Presenter mode, for a class: by button and by P, type at least 20 px at 1920×1080, → and ←
// step through a lesson (not inside a cell), Space plays or pauses training, F goes fullscreen.
test("presenter mode: button and keys, large type, arrows step, Space plays", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  // Headless Chromium grants no fullscreen; count what the page asks for.
  await page.addInitScript(() => {
    window.__fullscreenAsked = 0;
    Element.prototype.requestFullscreen = function () {
      window.__fullscreenAsked += 1;
      return Promise.resolve();
    };
  });
  await openApp(page, "#view=lab&op=matmul&A=1,2;3,4&B=2,0;1,2&lesson=demystified.1");
  const bar = page.getByRole("navigation", { name: "Lesson" });
  const html = page.locator("html");
  // Off, the arrows do nothing.
  await page.keyboard.press("ArrowRight");
  await expect(bar).toContainText("Step 1 of 12");

  await page.getByRole("button", { name: "Present", exact: true }).click();
  await expect(html).toHaveAttribute("data-present", "");
  await expect(page.getByRole("button", { name: "Stop presenting" })).toBeVisible();
  // The button gave up the focus: Space right after it does not press it again.
  await page.keyboard.press("Space");
  await expect(html).toHaveAttribute("data-present", "");
  for (const text of [bar.locator(".lesson-notice"), page.getByLabel("Result", { exact: true }).locator("td").first()]) {
    expect(await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(20);
  }
  await page.keyboard.press("ArrowRight");
  await expect(bar).toContainText("Step 2 of 12");
  await page.keyboard.press("ArrowLeft");
  await expect(bar).toContainText("Step 1 of 12");
  // In a cell the arrows move between cells, and P is a letter typed.
  const cell = page.getByRole("textbox", { name: "A[1,1]", exact: true });
  await cell.focus();
  await page.keyboard.press("ArrowRight");
  await expect(bar).toContainText("Step 1 of 12");
  await page.keyboard.press("p");
  await expect(html).toHaveAttribute("data-present", "");
  const leaveCell = () => page.evaluate(() => document.activeElement.blur());
  await leaveCell();

  // F asks for fullscreen (not while typing in a cell).
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => window.__fullscreenAsked)).toBe(1);
  await cell.focus();
  await page.keyboard.press("f");
  await leaveCell();
  expect(await page.evaluate(() => window.__fullscreenAsked)).toBe(1);

  // S: a spotlight that follows the pointer.
  await page.keyboard.press("s");
  await expect(html).toHaveAttribute("data-spotlight", "");
  await page.mouse.move(300, 200);
  await expect.poll(() => html.evaluate((el) => el.style.getPropertyValue("--spot-x"))).toBe("300px");
  await page.keyboard.press("s");
  await expect(html).not.toHaveAttribute("data-spotlight", "");

  // P stops presenting; the page is as it was, and S does nothing.
  await page.keyboard.press("p");
  await expect(html).not.toHaveAttribute("data-present", "");
  await page.keyboard.press("s");
  await expect(html).not.toHaveAttribute("data-spotlight", "");
  await expect(page.getByRole("button", { name: "Present", exact: true })).toBeVisible();

  // Space plays and pauses training, while presenting only.
  await openApp(page, "#view=train&data=xor&epochs=100000");
  const pause = page.getByRole("button", { name: "Pause", exact: true });
  await page.keyboard.press("Space");
  await expect(pause).toBeDisabled();
  await page.keyboard.press("p");
  await page.keyboard.press("Space");
  await expect(pause).toBeEnabled();
  await page.keyboard.press("Space");
  await expect(pause).toBeDisabled();
});


// While presenting, a key that the focused element takes (a weight heatmap's arrows) stays
// with it: the lesson does not step as well.
test("while presenting, the arrows a heatmap takes do not step the lesson", async ({ page }) => {
  await openApp(page, "#view=train&data=xor&lesson=ponder.2");
  const bar = page.getByRole("navigation", { name: "Lesson" });
  await page.keyboard.press("p");
  await page.locator(".plot.heat").first().focus();
  await page.keyboard.press("ArrowRight");
  // PageDown always steps: one step on means the arrow did not step too.
  await page.keyboard.press("PageDown");
  await expect(bar).toContainText("Step 3 of 7");
});
