/** The service worker (public/sw.js): the app opens without a network once it was loaded. */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // not installable here (e.g. plain http on another host): the app works without it
    });
  });
}
