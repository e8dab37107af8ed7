#!/usr/bin/env node
/** Bytes of JavaScript and CSS (gzip, level 9) a page loads, from the build's manifest
 * (dist/.vite/manifest.json): the entry (index.html's script and stylesheet) plus the page's lazy
 * chunks (the app shell for pages behind the login, the page, its Indonesian texts) and every
 * chunk they import statically. `bench/bench_web.mjs` measures the same in a browser. Run after
 * `npm run build`:
 *   node scripts/bundle-size.mjs */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));

function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

function files(keys) {
  const out = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    out.add(chunk.file);
    for (const css of chunk.css ?? []) out.add(css);
  }
  return [...out];
}

function measure(label, pageKeys, extra = []) {
  const keys = new Set(closure("index.html"));
  for (const k of pageKeys) closure(k, keys);
  const list = [...files([...keys]), ...extra];
  let raw = 0;
  let gz = 0;
  const rows = list.map((f) => {
    const data = readFileSync(join(dist, f));
    const g = gzipSync(data, { level: 9 }).length;
    raw += data.length;
    gz += g;
    return `    ${f}  ${data.length} B, gzip ${g} B`;
  });
  console.log(`${label}: ${list.length} files, ${raw} B, gzip ${gz} B (${(gz / 1024).toFixed(1)} KiB)`);
  console.log(rows.join("\n"));
}

const ws = Object.values(manifest).find((c) => c.src?.includes("graphql-ws"))?.file;
const shell = ["src/shell/AppLayout.tsx", "src/features/notifications/NotificationBell.tsx"];
const texts = (...ns) => ns.map((n) => `src/locales/id/${n}.json`);
measure("login page (/login)", ["src/features/login/LoginPage.tsx", ...texts("login")]);
const home = [...shell, "src/features/home/HomePage.tsx", ...texts("home", "notifications")];
measure("home page (/), requester", home);
measure("home page (/), officer (+ graphql-ws for the live inbox)", home, ws ? [ws] : []);
