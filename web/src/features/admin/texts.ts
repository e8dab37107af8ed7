/** The texts of web-admin's pages (administration, check-in, reports, my password), loaded with
 * the app shell after the login, not in the login page's bundle: one JSON file per namespace and
 * language under ./locales/{id,en}/, added to i18next here. */

import i18n from "../../i18n";

const files = import.meta.glob<{ default: Record<string, unknown> }>("./locales/*/*.json", { eager: true });

for (const [path, mod] of Object.entries(files)) {
  const m = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
  if (m) i18n.addResourceBundle(m[1], m[2], mod.default, true, true);
}
