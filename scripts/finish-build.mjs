// Trunk's post-build hook, run in the staging folder before it becomes dist/:
// - joins the stylesheets, which index.html links in cascade order, into the first one, so the
//   page loads one stylesheet however the sources are split (one file gzips smaller, too);
// - in release builds, minifies the stylesheet and the JavaScript in place (Trunk's own JS
//   minifier cannot parse wasm-bindgen's glue); debug builds stay readable;
// - writes the stylesheet's hash into index.html's integrity attribute;
// - writes the list of the site's files into the service worker, so it caches all of them.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify as minifyJs } from "terser";
import { minify as minifyCss } from "csso";

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
write("index.html", html);

const names = readdirSync(dir);
const placeholder = 'const SITE = ["./"];';
const sw = read("sw.js");
if (!sw.includes(placeholder)) throw new Error("sw.js has no SITE list to fill");
write("sw.js", sw.replace(placeholder, `const SITE = ${JSON.stringify(["./", ...names])};`));

if (release) {
  for (const name of names.filter((n) => n.endsWith(".js"))) {
    write(name, (await minifyJs(read(name), { module: true })).code);
  }
}
