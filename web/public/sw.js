/* ePesanRuangan service worker: the app shell opens without a network.
 * - Navigations: network first, else the cached index.html (the app then shows what it kept).
 * - /assets/* (hashed, immutable): cache first, stored as they are fetched, and those the page
 *   loaded before this worker controlled it (the page sends their list, src/pwa.ts).
 * - Everything else (GraphQL, files, uploads): straight to the network, never cached here.
 * web-b adds the push handlers to this file (see the comment at its end). */
const SHELL = "epesan-shell-v1";
const ASSETS = "epesan-assets-v1";
const SHELL_FILES = ["/manifest.webmanifest", "/icon.svg", "/icon-192.png"];
// The service's responses may vary on headers a module script sends (Origin) and cache.add does not.
const ANY = { ignoreVary: true };

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((c) => c.addAll(["/", ...SHELL_FILES]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== ASSETS).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/* The page lists the hashed assets it loaded before this worker controlled it (src/pwa.ts). */
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type !== "epesan-keep-assets" || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => {
    try {
      const url = new URL(u);
      return url.origin === self.location.origin && url.pathname.startsWith("/assets/");
    } catch {
      return false;
    }
  });
  event.waitUntil(
    caches
      .open(ASSETS)
      .then((cache) =>
        Promise.all(urls.map((u) => cache.match(u, ANY).then((hit) => hit || cache.add(u).catch(() => undefined)))),
      ),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && (response.headers.get("content-type") || "").includes("text/html")) {
            const copy = response.clone();
            caches.open(SHELL).then((c) => c.put("/", copy));
          }
          return response;
        })
        .catch(() => caches.match("/", { cacheName: SHELL }).then((r) => r || Response.error())),
    );
    return;
  }
  if (SHELL_FILES.includes(url.pathname)) {
    event.respondWith(
      fetch(request).catch(() => caches.match(url.pathname, { cacheName: SHELL }).then((r) => r || Response.error())),
    );
    return;
  }
  if (url.pathname.startsWith("/assets/")) {
    event.respondWith(
      caches.match(request, { cacheName: ASSETS, ...ANY }).then(
        (cached) =>
          cached ||
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              caches.open(ASSETS).then((c) => c.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});

/* Web Push (web-b): self.addEventListener("push", ...) and "notificationclick" go below. */
self.addEventListener("push", (event) => {
  // The API's payload (booking/delivery.py): {title, body, url, tag, kind, reference, notificationId}.
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { body: event.data ? event.data.text() : "" };
  }
  const title = data.title || "ePesanRuangan";
  const body = data.body || "";
  event.waitUntil(
    Promise.all([
      self.registration.showNotification(title, {
        body,
        tag: data.tag,
        icon: "/icon-192.png",
        badge: "/icon-192.png",
        lang: "id",
        data: { url: appUrl(data.url) },
      }),
      // An open tab hears of it too (its list is kept live by the socket; this is for tests and logs).
      self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((tabs) => {
        for (const tab of tabs) tab.postMessage({ type: "epesan-push", title, body });
      }),
    ]),
  );
});

/** The API names a booking by its database id (/bookings/12); the app's routes use global ids. */
function appUrl(url) {
  const match = /^\/bookings\/(\d+)$/.exec(url || "");
  if (match) return `/bookings/${btoa(`Booking:${match[1]}`)}`;
  return url && url.startsWith("/") ? url : "/notifications";
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || "/notifications";
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((tabs) => {
      const tab = tabs.find((t) => new URL(t.url).origin === self.location.origin);
      if (tab) return tab.focus().then((t) => t.navigate(url));
      return self.clients.openWindow(url);
    }),
  );
});
