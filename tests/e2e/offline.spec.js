// After one visit the page works with no server at all: the service worker answers from its cache.
import { spawn } from "node:child_process";
import { test, expect, openApp } from "./fixtures.js";

/** Starts a server of this test's own, on a free port, so the test can take it away. */
async function startServer() {
  const server = spawn("node", ["scripts/static-server.mjs", "dist", "0"], { stdio: "pipe" });
  const line = await new Promise((resolve) => server.stdout.once("data", resolve));
  const origin = String(line).match(/http:\/\/127\.0\.0\.1:\d+/)[0];
  return { server, origin, gone: new Promise((resolve) => server.once("exit", resolve)) };
}

// With the server gone, Chromium may log a failed load (its own check for a newer sw.js, or a
// socket it kept open): that is the condition under test, not a fault of the page.
const serverGone = ["net::ERR_CONNECTION_REFUSED", "net::ERR_CONNECTION_RESET"].map((error) => ({
  type: "expected-console-error",
  description: `Failed to load resource: ${error}`,
}));

test("after one visit the lab opens and computes with the server gone", { annotation: serverGone }, async ({ page }) => {
  const { server, origin, gone } = await startServer();
  try {
    await openApp(page, `${origin}/index.html#view=lab&op=det&A=1,2;3,4`);
    await expect(page.getByLabel("Result", { exact: true })).toHaveText("-2");
    // The worker has stored the whole site once it is active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForLoadState("networkidle");
  } finally {
    server.kill();
  }
  await gone;
  const offline = await page.request.get(`${origin}/index.html`).then(
    () => false,
    () => true,
  );
  expect(offline, "the server is gone").toBe(true);

  await page.reload();
  await expect(page.getByRole("status", { name: "Compute backend" })).not.toHaveText(/Looking for a GPU/);
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("-2");
  await page.getByRole("textbox", { name: "A[1,1]", exact: true }).fill("2");
  await expect(page.getByLabel("Result", { exact: true })).toHaveText("2");
});
