// Trunk's post-build hook: minifies the JavaScript and the stylesheet of a release build in
// place (Trunk's own JS minifier cannot parse wasm-bindgen's glue), then writes the new
// stylesheet's hash into index.html's integrity attribute. Debug builds stay readable.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify as minifyJs } from "terser";
import { minify as minifyCss } from "csso";

const dir = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE === "release" && dir) {
  const htmlPath = join(dir, "index.html");
  let html = readFileSync(htmlPath, "utf8");
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name.endsWith(".js")) {
      const { code } = await minifyJs(readFileSync(path, "utf8"), { module: true });
      writeFileSync(path, code);
    } else if (name.endsWith(".css")) {
      const css = minifyCss(readFileSync(path, "utf8")).css;
      writeFileSync(path, css);
      const hash = createHash("sha384").update(css).digest("base64");
      const link = new RegExp(`(href="\\./${name.replace(".", "\\.")}" integrity=")sha384-[^"]*`);
      if (!link.test(html)) throw new Error(`index.html has no integrity attribute for ${name}`);
      html = html.replace(link, `$1sha384-${hash}`);
    }
  }
  writeFileSync(htmlPath, html);
}
