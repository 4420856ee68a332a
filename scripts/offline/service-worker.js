// PushPull's offline worker. The build (scripts/offline/write.mjs) fills in
// the list of files and a version that changes whenever any of them does, so
// a new deploy installs a fresh, complete copy and drops the old one.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `pushpull-${VERSION}`;
const SCOPE = self.registration.scope;
const SHELL = new URL("404.html", SCOPE).href;
// Names with a content hash never change, so the cached copy is always right.
const FINGERPRINTED = /-[0-9a-f]{16}(?:_bg|_loader)?\.[a-z]+$/;
// On bad wifi, wait this long for the network before using the saved copy.
const PATIENCE_MS = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((path) => new Request(new URL(path, SCOPE), { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("pushpull-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  const fingerprinted = FINGERPRINTED.test(new URL(request.url).pathname);
  event.respondWith(fingerprinted ? cacheFirst(request) : networkFirst(request));
});

async function saved(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  // Any route the app knows is drawn by the shell, so an unknown page still opens.
  return hit ?? (request.mode === "navigate" ? cache.match(SHELL) : undefined);
}

async function cacheFirst(request) {
  return (await saved(request)) ?? fetch(request);
}

async function networkFirst(request) {
  const network = fetch(request);
  network.catch(() => {});
  const slow = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS, null));
  try {
    const answer = await Promise.race([network, slow]);
    if (answer) return answer;
    return (await saved(request)) ?? (await network);
  } catch {
    return (await saved(request)) ?? Response.error();
  }
}
