/** Interface texts: one JSON file per feature and language, web/src/locales/{id,en}/<feature>.json,
 * each a namespace (`useTranslation("rooms")`). Indonesian first; English on request. A new
 * feature adds its two files; nothing here changes.
 *
 * Only the shell's namespaces of Indonesian (CORE) are in the first script; every other file is
 * its own small chunk, loaded when a page first asks for its namespace (the page's Suspense
 * fallback shows meanwhile) or when the language changes. */

import i18n, { type BackendModule, type ResourceKey } from "i18next";
import { initReactI18next } from "react-i18next";

/** Namespaces every page may use (`common`, the navigation labels `webb:`): loaded before the
 * first render. */
const CORE = ["common", "webb"];

type Json = { default: Record<string, unknown> };
const bundled = import.meta.glob<Json>(["../locales/id/common.json", "../locales/id/webb.json"], { eager: true });
const lazyFiles = import.meta.glob<Json>("../locales/*/*.json");

function key(path: string): [string, string] | null {
  const m = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
  return m ? [m[1], m[2]] : null;
}

const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, mod] of Object.entries(bundled)) {
  const k = key(path);
  if (!k) continue;
  resources[k[0]] ??= {};
  resources[k[0]][k[1]] = mod.default;
}
const loaders = new Map<string, () => Promise<Json>>();
for (const [path, load] of Object.entries(lazyFiles)) {
  const k = key(path);
  if (k) loaders.set(`${k[0]}/${k[1]}`, load);
}

const backend: BackendModule = {
  type: "backend",
  init() {},
  read(language, namespace, callback) {
    const load = loaders.get(`${language}/${namespace}`);
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (m) => callback(null, m.default as ResourceKey),
      (e: unknown) => callback(e instanceof Error ? e.message : String(e), null),
    );
  },
};

export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = "epesan.language";

function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === "en" || saved === "id") return saved;
  } catch {
    // no storage (tests)
  }
  return "id";
}

/** Resolves once the core namespaces of the initial language are there (at once for Indonesian). */
export const i18nReady = i18n
  .use(backend)
  .use(initReactI18next)
  .init({
    resources,
    partialBundledLanguages: true,
    lng: initialLanguage(),
    fallbackLng: "id",
    defaultNS: "common",
    ns: CORE,
    interpolation: { escapeValue: false },
    returnNull: false,
  });

if (typeof document !== "undefined") document.documentElement.lang = i18n.language;

export function setLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export function currentLanguage(): Language {
  return i18n.language === "en" ? "en" : "id";
}

export default i18n;
