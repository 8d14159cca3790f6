// Loads the app. A file of its own, not an inline script, so the Content-Security-Policy can stay 'self' only.
import init from "./eigenplay.js";

const theme = localStorage.getItem("eigenplay.theme");
if (theme) document.documentElement.dataset.theme = theme;

init({ module_or_path: new URL("./eigenplay_bg.wasm", import.meta.url) }).catch((err) => {
  const boot = document.getElementById("boot");
  if (boot) boot.textContent = "Eigenplay could not start: " + err;
});
