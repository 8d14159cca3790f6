// Loads the app. A file of its own, not an inline script, so the Content-Security-Policy can stay 'self' only.
import init from "./eigenplay.js";

// Storage can be switched off (or full); then nothing is remembered, and the page still starts.
const storage = {
  get: (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key, value) => {
    try {
      localStorage.setItem(key, value);
    } catch {}
  },
};

const theme = storage.get("eigenplay.theme");
if (theme) document.documentElement.dataset.theme = theme;

// Autosave. The app keeps its whole state in the address (#view=lab&A=...), so saving that is
// saving everything: the page stores it whenever it is hidden or left, and a visit with no
// link of its own reopens it. A shared link always wins over what was saved.
const SAVED = "eigenplay.link";
if (!location.search && !location.hash) {
  const saved = storage.get(SAVED);
  if (saved?.startsWith("#")) history.replaceState(null, "", saved);
}
const save = () => location.hash && storage.set(SAVED, location.hash);
addEventListener("pagehide", save);
document.addEventListener("visibilitychange", () => document.hidden && save());

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
