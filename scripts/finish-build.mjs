// Trunk's post-build hook, run in the staging folder before it becomes dist/:
// - joins the stylesheets, which index.html links in cascade order, into the first one, so the
//   page loads one stylesheet however the sources are split (one file gzips smaller, too);
// - in release builds, minifies the stylesheet, the JavaScript and index.html in place (Trunk's
//   own JS minifier cannot parse wasm-bindgen's glue); debug builds stay readable;
// - writes the stylesheet's hash into index.html's integrity attribute;
// - joins the loader (boot.js) to the end of wasm-bindgen's glue: see `joinLoader`;
// - writes the list of the site's files into the service worker, so it caches all of them
//   (the datasets under data/ apart: it keeps each once a person has fetched it);
// - in release builds, drops the browser-stream classes Leptos brings and never uses, then
//   runs wasm-opt (index.html turns Trunk's own run off, so it runs once): see `dropUnusedStreams`;
//   then gives every import and export a short name, in the wasm and the glue: see `minifyNames`;
//   then runs wasm-opt once more: see `optimizeAgain`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify as minifyJs } from "terser";
import { minify as minifyCss } from "csso";
import { minify as minifyHtml } from "html-minifier-terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)");
const release = process.env.TRUNK_PROFILE === "release";
const read = (name) => readFileSync(join(dir, name), "utf8");
const write = (name, text) => writeFileSync(join(dir, name), text);

let html = read("index.html");
const links = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)" integrity="sha384-[^"]*"\s*\/>/g)];
if (links.length === 0) throw new Error("index.html links no stylesheet");
const [first, ...rest] = links;
let css = links.map((link) => read(link[1])).join("\n");
for (const link of rest) {
  html = html.replace(link[0], "");
  unlinkSync(join(dir, link[1]));
}
if (release) css = minifyCss(css).css;
write(first[1], css);
const hash = createHash("sha384").update(css).digest("base64");
html = html.replace(first[0], first[0].replace(/sha384-[^"]*/, `sha384-${hash}`));
html = joinLoader(html, "boot.js", "eigenplay.js");
write("index.html", html);

// Files only: the datasets under data/ are cached when a person first fetches one.
const names = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => entry.name);
const placeholder = 'const SITE = ["./"];';
const sw = read("sw.js");
if (!sw.includes(placeholder)) throw new Error("sw.js has no SITE list to fill");
write("sw.js", sw.replace(placeholder, `const SITE = ${JSON.stringify(["./", ...names])};`));

if (release) {
  dropUnusedStreams("eigenplay_bg.wasm", "eigenplay.js");
  optimizeWasm("eigenplay_bg.wasm");
  minifyNames("eigenplay_bg.wasm", "eigenplay.js");
  optimizeAgain("eigenplay_bg.wasm");
  for (const name of names.filter((n) => n.endsWith(".js"))) {
    write(name, (await minifyJs(read(name), { module: true })).code);
  }
  // The source's comments and indentation, and the rust link Trunk leaves in place when it
  // injects no loader (boot.js, joined to the glue, loads it): 190 bytes of the page, gzipped.
  const options = { collapseWhitespace: true, removeComments: true, removeAttributeQuotes: true };
  const page = read("index.html").replace(/<link data-trunk rel="rust"[^>]*>/, "");
  write("index.html", await minifyHtml(page, options));
  if (read("eigenplay.js").includes("IntoUnderlying")) throw new Error("the stream classes are still in the glue");
}

/**
 * Appends the page's loader (boot.js, which imports the glue's default export and calls it) to
 * the glue itself, calling the init function by its own name there, and points index.html's
 * script at the glue: one script to load and one stream for gzip, 166 bytes less than two.
 * Module order is kept: an import runs before the importer's body, as the appended body runs
 * after the glue's. Fails loudly if either file no longer looks as expected.
 */
function joinLoader(page, bootName, glueName) {
  const boot = read(bootName);
  const glue = read(glueName);
  const imported = new RegExp(`^import (\\w+) from "\\./${glueName.replaceAll(".", "\\.")}";$`, "m").exec(boot);
  const init = /^export \{[^}]*\b(\w+) as default\b[^}]*\};?$/m.exec(glue);
  const script = `<script type="module" src="${bootName}"></script>`;
  if (!imported || !init || !page.includes(script)) throw new Error(`cannot join ${bootName} to ${glueName}`);
  const body = boot.replace(imported[0], "").replace(new RegExp(`\\b${imported[1]}\\(`, "g"), `${init[1]}(`);
  write(glueName, `${glue}\n${body}`);
  unlinkSync(join(dir, bootName));
  return page.replace(script, `<script type="module" src="${glueName}"></script>`);
}

/**
 * Leptos always links server_fn, whose browser side exports wasm-streams' classes
 * (`IntoUnderlyingSource`, `IntoUnderlyingSink`, `IntoUnderlyingByteSource`) from the wasm.
 * A client-only app never calls them, but wasm-opt keeps whatever is exported. Dropping the
 * exports lets wasm-opt remove their code, and un-exporting the JavaScript classes lets terser
 * remove them: about 1.8 KB gzipped. Fails loudly if the glue no longer looks as expected.
 */
function dropUnusedStreams(wasmName, glueName) {
  const path = join(dir, wasmName);
  const { bytes, dropped } = withoutExports(readFileSync(path), /^(__wbg_)?intounderlying/);
  if (dropped.length === 0) return;
  writeFileSync(path, bytes);
  let glue = read(glueName);
  const exported = /^export class (IntoUnderlying\w+)/gm;
  const disposers = /^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = .*$/gm;
  if ((glue.match(exported) ?? []).length !== 3) throw new Error(`${glueName}: expected 3 stream classes`);
  glue = glue.replace(exported, "class $1").replace(disposers, "");
  write(glueName, glue);
}

/** The wasm module `bytes` without the exports whose names match `pattern`. */
function withoutExports(bytes, pattern) {
  const uleb = (buf, at) => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = buf[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return [value, at];
  };
  const toUleb = (n) => {
    const out = [];
    do {
      out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
      n = Math.floor(n / 128);
    } while (n > 0);
    return Buffer.from(out);
  };
  const parts = [bytes.subarray(0, 8)];
  const dropped = [];
  let at = 8;
  while (at < bytes.length) {
    const [size, start] = uleb(bytes, at + 1);
    const end = start + size;
    if (bytes[at] !== 7) {
      parts.push(bytes.subarray(at, end));
    } else {
      // The export section: a count, then (name, kind byte, index) entries.
      let [count, p] = uleb(bytes, start);
      const kept = [];
      for (let i = 0; i < count; i++) {
        const from = p;
        const [length, nameAt] = uleb(bytes, p);
        const name = bytes.subarray(nameAt, nameAt + length).toString();
        p = uleb(bytes, nameAt + length + 1)[1];
        if (pattern.test(name)) dropped.push(name);
        else kept.push(bytes.subarray(from, p));
      }
      const body = Buffer.concat([toUleb(kept.length), ...kept]);
      parts.push(Buffer.from([7]), toUleb(body.length), body);
    }
    at = end;
  }
  return { bytes: Buffer.concat(parts), dropped };
}

/** Runs wasm-opt on a file in place with `passes` and the features the Rust target emits;
 * returns what it printed. */
function wasmOpt(path, passes, stdio) {
  const features = ["simd", "bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "reference-types", "multivalue"];
  const args = [...passes, ...features.map((f) => `--enable-${f}`), path, "-o", path];
  const run = spawnSync("wasm-opt", args, { stdio, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`wasm-opt failed (${run.error?.message ?? `exit ${run.status}`}); ./scripts/serve installs it`);
  return run.stdout;
}

/** wasm-opt in place: -Oz twice, after flattening the code and rebuilding its control flow
 * (`--flatten --rereloop`), which lets the second -Oz find 1.5 KB gzipped more than -Oz alone;
 * the whole round once more finds another 1.2 KB (a third finds nothing, and `--converge` or
 * `--gufa` less). */
function optimizeWasm(name) {
  const round = ["--flatten", "--rereloop", "-Oz", "-Oz"];
  // wasm-bindgen has read the target_features section by now; nothing reads the producers.
  const strip = ["--strip-target-features", "--strip-producers"];
  // `--low-memory-unused` lets wasm-opt fold constant offsets into loads and stores, on the
  // promise that no pointer lies in the first 1 KB (1.8 KB gzipped less). Rust's linker puts
  // the 1 MB stack first, growing down towards 0, so only a stack 1,023 KB deep would reach it.
  wasmOpt(join(dir, name), ["--low-memory-unused", ...round, ...round, ...strip], "inherit");
}

/** -Oz twice more, once the imports and exports have their short names: 1.9 KB gzipped less
 * (measured on the page of 2026-12-07; a third -Oz makes it 64 bytes larger). Which pass finds
 * it is not pinned down: none alone does, and `--reorder-functions` alone makes the file 14 KB
 * larger. It renames nothing the glue calls (-Oz keeps every import and export name). */
function optimizeAgain(name) {
  wasmOpt(join(dir, name), ["--low-memory-unused", "-Oz", "-Oz"], "inherit");
}

/**
 * wasm-bindgen names each import after its JavaScript function plus a 16-digit hash
 * (`__wbg_Window_2805651c516cb7aa`), and every name is written twice, in the wasm's import
 * section and as a key of the glue's import object; hashes do not compress. Binaryen's
 * `--minify-imports-and-exports-and-modules` gives each import and export a name of one or two
 * letters (and every import the module `a`) and prints the mapping, which is applied to the
 * glue here: its import keys, its one module key, and its `wasm.<export>` uses. About 6 KB
 * gzipped in all. Fails loudly wherever the glue does not name a thing exactly as expected.
 */
function minifyNames(wasmName, glueName) {
  const map = JSON.parse(wasmOpt(join(dir, wasmName), ["--minify-imports-and-exports-and-modules"], ["inherit", "pipe", "inherit"]));
  let glue = read(glueName);
  const once = (pattern, fresh, what) => {
    const found = glue.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`the glue names ${what} ${found} times, not once`);
    glue = glue.replace(pattern, () => fresh);
  };
  const modules = new Set(map.imports.map(([module]) => module));
  if (modules.size !== 1) throw new Error(`imports from ${modules.size} modules, not one`);
  once(new RegExp(`"${[...modules][0].replace(/[.]/g, "\\.")}":`, "g"), '"a":', "the import module");
  for (const [, name, fresh] of map.imports) once(new RegExp(`\\b${name}(?=: function)`, "g"), fresh, name);
  for (const [name, fresh] of map.exports) {
    glue = glue.replace(new RegExp(`\\bwasm\\.${name}\\b`, "g"), () => `wasm.${fresh}`);
  }
  for (const [name] of map.exports) {
    if (new RegExp(`\\bwasm\\.${name}\\b`).test(glue)) throw new Error(`the glue still uses the export ${name}`);
  }
  write(glueName, glue);
}
