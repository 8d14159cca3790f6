// Every link field of the README's table: a non-default value survives a reload, also while the
// view or the operation on screen does not use it, and a malformed value is named in a notice.
import { readFileSync } from "node:fs";
import { test, expect, openApp, hasWebGpu } from "./fixtures.js";

// The link does not depend on the backend: once, in the run without WebGPU, is enough.
test.beforeEach(({}, testInfo) => test.skip(hasWebGpu(testInfo), "the link is the same with WebGPU"));

// A value other than the default as a link writes it, and one the field refuses as the notice
// quotes it ("" where any text is kept).
const FIELDS = {
  view: ["train", "moon"],
  deck: ["Intro%09Ask%20first%09%23view%3Dlab", "a title alone"],
  lesson: ["chapter2.3", "demystified.42"],
  embed: ["1", "yes"],
  products: ["gpu", "tpu"],
  op: ["svd", "banana"],
  A: ["1,-2.5e-3;x,4", "1,2;3"],
  B: ["1,2,3", "1;2,3"],
  C: ["0,1;1,0", "1,2;3"],
  D: ["7", "1,2;3"],
  E: ["1,0;0,1", "1,2;3"],
  F: ["2;3", "1,2;3"],
  G: ["1,2", "1,2;3"],
  H: ["9,8;7,6", "1,2;3"],
  b: ["1;2;3", "1,2;3,4"],
  k: ["-0.5", "x"],
  i: ["2", "-4"],
  norm: ["inf", "banana"],
  show: ["maths,map", "graph"],
  turn: ["-30", "400"],
  exact: ["off", "maybe"],
  stage: ["1.5", "7"],
  data: ["spiral", "moons"],
  csv: ["a,b,y;1,2,3;4,5,6", ""],
  net: ["2-8t-4rn-1s", "2-0r-1s"],
  init: ["he", "ones"],
  loss: ["bce", "hinge"],
  opt: ["momentum", "rmsprop"],
  lr: ["0.5", "abc"],
  batch: ["16", "0"],
  epochs: ["1000", "1e9"],
  seed: ["7", "-1"],
  noise: ["0.25", "0.9"],
  test: ["30", "95"],
  feat: ["x1,x2,x1x2,sinx1", "x3"],
  reg: ["l2:0.003", "l3:0.1"],
  sched: ["cosine", "linear"],
  trained: ["3:0.15:2,1.25,-0.5", "3:0.1:2,x"],
};

const TRAIN = ["data", "csv", "net", "init", "loss", "opt", "lr", "batch", "epochs", "seed", "noise", "test", "feat", "reg", "sched", "trained"];

/** The field names in the README's table of link fields. */
function documentedFields() {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const section = readme.split("## Share links")[1];
  return section
    .split("\n")
    .filter((l) => l.startsWith("| `"))
    .flatMap((l) => l.split(" | ")[0].slice(2).split(", "))
    .map((n) => n.replaceAll("`", ""));
}

const fieldIn = (hash, name, value) =>
  new RegExp(`[#&]${name}=${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(&|$)`).test(hash);

test("this list names exactly the README's fields", () => {
  expect(Object.keys(FIELDS).sort()).toEqual(documentedFields().sort());
});

for (const [name, [value]] of Object.entries(FIELDS)) {
  // Lab fields ride along with an operation that uses none of B, C, b, k, i or norm, and
  // Train's fields with the lab on screen; Train's fields are also kept while Train shows them.
  const hosts = TRAIN.includes(name) ? ["view=lab&op=svd", "view=train"] : ["view=lab&op=svd"];
  for (const host of hosts) {
    test(`${name}=${value} stays in the link after a reload (${host})`, async ({ page }) => {
      await openApp(page, `#${host}&${name}=${value}`);
      // The value may be one the view then questions (a cell that is not a number, a loss that
      // does not suit the data); the link itself is understood.
      await expect(page.getByRole("alert").filter({ hasText: "Part of this link" })).toHaveCount(0);
      await page.reload();
      await expect(page.getByRole("status", { name: "Compute backend" })).not.toHaveText(/Looking for a GPU/);
      const hash = decodeURIComponent(new URL(page.url()).hash);
      expect(fieldIn(hash, name, decodeURIComponent(value)), hash).toBe(true);
    });
  }
}

for (const [name, [, bad]] of Object.entries(FIELDS).filter(([, [, bad]]) => bad !== "")) {
  test(`${name}=${bad} is named in the notice`, async ({ page }) => {
    await openApp(page, `#${name}=${encodeURIComponent(bad)}`);
    const notice = page.getByRole("alert").filter({ hasText: "Part of this link was not understood" });
    await expect(notice).toContainText(`${name}=“${bad}”`);
  });
}
