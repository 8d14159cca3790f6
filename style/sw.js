// The service worker: after one visit Eigenplay opens and works with no network at all, in a
// classroom whose Wi-Fi has dropped or on a train. Network first, so a new release is used as
// soon as the page is online; the cache answers only when the network does not.
const CACHE = "eigenplay";
// The build writes every file of the site into this list (scripts/finish-build.mjs).
const SITE = ["./"];

self.addEventListener("install", (event) => {
  // force-cache: the page has just fetched these files, so take them from the HTTP cache
  // rather than downloading the wasm a second time.
  const requests = SITE.map((path) => new Request(path, { cache: "force-cache" }));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(requests))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      // A link's query (?view=train) names a state, not a file: any state opens the cached page.
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())),
  );
});
