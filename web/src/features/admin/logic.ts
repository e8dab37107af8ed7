/** Pure logic of the administration pages (unit-tested in logic.test.ts). */

import type { UserError } from "../../lib/userErrors";

/** Errors by the last part of their `field` ("room.code" → "code"); the others for the alert. */
export function fieldErrors(
  errors: readonly UserError[],
  fields: readonly string[],
): { byField: Record<string, string>; general: UserError[] } {
  const byField: Record<string, string> = {};
  const general: UserError[] = [];
  for (const e of errors) {
    const name = e.field?.split(".").pop();
    if (name && fields.includes(name) && !byField[name]) byField[name] = e.message;
    else general.push(e);
  }
  return { byField, general };
}

/** An audit entry's changed fields as "field: before → after" (on a create, "field: after"). */
export function auditChanges(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const show = (v: unknown) => (v === undefined ? "–" : JSON.stringify(v));
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => (before ? `${k}: ${show(b[k])} → ${show(a[k])}` : `${k}: ${show(a[k])}`));
}
