// The size budget: all of dist/, gzipped, at most 350 KB. The test prints each file's share and
// what is left of the budget, so a change that grows the page shows by how much.
import { test, expect } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 350 * 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test("dist/ stays within its size budget, gzipped", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "cpu", "the size does not depend on the browser");
  const sizes = files("dist").map((f) => [f, gzipSync(readFileSync(f), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  for (const [f, n] of sizes) console.log(`  ${f}: ${n} bytes gzipped`);
  const verdict =
    total <= BUDGET_BYTES ? `${BUDGET_BYTES - total} bytes to spare` : `${total - BUDGET_BYTES} bytes over`;
  console.log(`  total: ${total} bytes gzipped (budget ${BUDGET_BYTES}: ${verdict})`);
  expect(sizes.some(([f]) => f.endsWith(".wasm")), "dist/ holds the app's wasm").toBe(true);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});
