// Every page test runs with these checks: no console error, no page error,
// and no request to any origin but the page's own.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page, baseURL }, use, testInfo) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("request", (req) => {
      const url = new URL(req.url());
      const local = url.origin === origin || url.hostname === "127.0.0.1";
      if (!local && !["data:", "blob:"].includes(url.protocol)) {
        problems.push(`request to another origin: ${req.url()}`);
      }
    });
    await use(page);
    const allowed = testInfo.annotations.filter((a) => a.type === "expected-console-error");
    const unexpected = problems.filter((p) => !allowed.some((a) => p.includes(a.description)));
    expect(unexpected, "console errors, page errors or foreign requests").toEqual([]);
  },
});

export { expect };

/** Whether this run's browser has WebGPU (the project decides). */
export function hasWebGpu(testInfo) {
  return testInfo.project.metadata.webgpu === true;
}

/** Opens a path and waits until the app has mounted and found its backend. */
export async function openApp(page, path = "") {
  await page.goto(path);
  const status = page.getByRole("status", { name: "Compute backend" });
  await expect(status).not.toHaveText(/Looking for a GPU/);
  return status;
}

/**
 * Waits `frames` animation frames. Train redraws its slow panels one group a frame after
 * training stops (`TrainState::stages`), so a panel read the moment the epoch shows can still
 * be the frame before's; the last group lands four frames on.
 */
export async function settled(page, frames = 6) {
  await page.evaluate(
    (n) => new Promise((done) => { const next = (k) => (k === 0 ? done() : requestAnimationFrame(() => next(k - 1))); next(n); }),
    frames,
  );
}

/** Records every main-thread long task (the Long Tasks API: over 50 ms); call before openApp. */
export async function watchLongTasks(page) {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
}

/** The page's clock (`performance.now()`), to pass to `longTasksSince`. */
export function pageNow(page) {
  return page.evaluate(() => performance.now());
}

/** The long tasks that began at or after `since` on the page's clock. */
export function longTasksSince(page, since) {
  return page.evaluate((t) => window.__longTasks.filter((e) => e.start >= t), since);
}

/**
 * Opens a deck as a class gets it, in a browser context of its own (`options`: a phone's
 * viewport, say): `open(page)` goes to the students' link, then the bar must read slide 1 and,
 * after Next, slide 2 (`slides`: "Slide 1 of 3: A determinant", …), with no note on the way.
 */
export async function expectStudentsDeck(browser, open, slides, options = {}) {
  const classroom = await browser.newContext(options);
  const phone = await classroom.newPage();
  await open(phone);
  const theirs = phone.getByRole("navigation", { name: "Lesson" });
  await expect(theirs).toContainText(slides[0]);
  await expect(theirs).not.toContainText("Note");
  await theirs.getByRole("button", { name: "Next" }).click();
  await expect(theirs).toContainText(slides[1]);
  await classroom.close();
}
