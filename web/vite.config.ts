import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import relay from "vite-plugin-relay";

// The API (epesan serve) during `npm run dev`; the built app is served by the API itself.
const api = process.env.EPESAN_API ?? "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react(), relay],
  resolve: {
    // The hooks entry of react-relay: the same hooks without the legacy containers
    // (QueryRenderer, createFragmentContainer...), which its CommonJS index would bundle whole.
    alias: [{ find: /^react-relay$/, replacement: "react-relay/hooks" }],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // Hashed names under /assets/ are cached for a year by the service; index.html never.
    assetsDir: "assets",
    // dist/.vite/manifest.json: which files each page loads (scripts/bundle-size.mjs).
    manifest: true,
  },
  server: {
    proxy: {
      "/graphql": { target: api, ws: true },
      "/files": api,
      "/uploads": api,
      "/bookings/": { target: api, bypass: (req) => (req.url?.endsWith("/letter") ? undefined : req.url) },
      "/calendar": api,
      "/health": api,
    },
  },
});
