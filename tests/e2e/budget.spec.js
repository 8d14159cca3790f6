// The size budget: all of dist/, gzipped, at most 450 KB, datasets apart. Datasets are fetched
// only when a person picks one, so they live under dist/data/ with a budget of their own. The
// test prints each file's share and what is left, so a change that grows the page shows by how much.
import { test, expect } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 450 * 1024;
const DATA_BUDGET_BYTES = 512 * 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test("dist/ stays within its size budget, gzipped", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "cpu", "the size does not depend on the browser");
  const all = files("dist").map((f) => [f, gzipSync(readFileSync(f), { level: 9 }).length]);
  const isData = ([f]) => f.startsWith(join("dist", "data"));
  const data = all.filter(isData);
  const sizes = all.filter((s) => !isData(s));
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  const dataTotal = data.reduce((sum, [, n]) => sum + n, 0);
  for (const [f, n] of data) console.log(`  ${f}: ${n} bytes gzipped (a dataset, fetched on demand)`);
  console.log(`  datasets: ${dataTotal} bytes gzipped (budget ${DATA_BUDGET_BYTES})`);
  expect(dataTotal).toBeLessThanOrEqual(DATA_BUDGET_BYTES);
  for (const [f, n] of sizes) console.log(`  ${f}: ${n} bytes gzipped`);
  const verdict =
    total <= BUDGET_BYTES ? `${BUDGET_BYTES - total} bytes to spare` : `${total - BUDGET_BYTES} bytes over`;
  console.log(`  total: ${total} bytes gzipped (budget ${BUDGET_BYTES}: ${verdict})`);
  expect(sizes.some(([f]) => f.endsWith(".wasm")), "dist/ holds the app's wasm").toBe(true);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});
