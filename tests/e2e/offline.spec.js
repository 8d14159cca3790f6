// After one visit the page works with no server at all: the service worker answers from its cache.
import { spawn } from "node:child_process";
import { test, expect, openApp } from "./fixtures.js";

// A server of this test's own, so the test can take it away.
const PORT = 4177;

test("after one visit the lab opens and computes with the server gone", async ({ page }) => {
  const server = spawn("node", ["scripts/static-server.mjs", "dist", String(PORT)], { stdio: "pipe" });
  const gone = new Promise((resolve) => server.once("exit", resolve));
  try {
    await new Promise((resolve) => server.stdout.once("data", resolve));
    await openApp(page, `http://127.0.0.1:${PORT}/index.html#view=lab&op=det&A=1,2;3,4`);
    await expect(page.getByLabel("Result", { exact: true })).toHaveText("-2");
    // The worker has stored the whole site once it is active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  } finally {
    server.kill();
  }
  await gone;
  const offline = await page.request
    .get(`http://127.0.0.1:${PORT}/index.html`)
    .then(() => false, () => true);
  expect(offline, "the server is gone").toBe(true);

  await page.reload();
  await expect(page.getByRole("status", { name: "Compute backend" })).not.toHaveText(/Looking for a GPU/);
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("-2");
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).fill("2");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("2");
});
