// Loads the app. A file of its own, not an inline script, so the Content-Security-Policy can stay 'self' only.
import init from "./eigenplay.js";

const theme = localStorage.getItem("eigenplay.theme");
if (theme) document.documentElement.dataset.theme = theme;

init({ module_or_path: new URL("./eigenplay_bg.wasm", import.meta.url) }).catch((err) => {
  const boot = document.getElementById("boot");
  if (boot) boot.textContent = "Eigenplay could not start: " + err;
});

// Offline after the first visit (sw.js). Browsers allow it only in a secure context.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker
    .register("./sw.js")
    .catch((err) => console.warn("Eigenplay will not work offline here:", err.message));
}
