/** The service worker (public/sw.js): the app opens without a network once it was loaded. */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        // The scripts and styles this page loaded before the worker controlled it: kept too, so
        // the next start without a network finds them (later ones the worker keeps as they come).
        const keep = () => registration.active?.postMessage({ type: "epesan-keep-assets", urls: loadedAssets() });
        keep();
        navigator.serviceWorker.addEventListener("controllerchange", keep);
      })
      .catch(() => {
        // not installable here (e.g. plain http on another host): the app works without it
      });
  });
}

function loadedAssets(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((e) => e.name)
    .filter((url) => {
      const u = new URL(url);
      return u.origin === window.location.origin && u.pathname.startsWith("/assets/");
    });
}
