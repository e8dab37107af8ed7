import { useTranslation } from "react-i18next";

/** The interface language, for the time formatters. */
export function useLang(): "id" | "en" {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "id";
}
