/** The API's typed mutation errors (`errors { code message field }`): by field for the form, the
 * rest for an alert above it. */
export interface UserError {
  readonly code: string;
  readonly message: string;
  readonly field?: string | null;
}

export function splitErrors(
  errors: readonly UserError[],
  fields: readonly string[],
): { byField: Record<string, string>; general: UserError[] } {
  const byField: Record<string, string> = {};
  const general: UserError[] = [];
  for (const e of errors) {
    const name = e.field ? fieldName(e.field) : null;
    if (name && fields.includes(name) && !byField[name]) byField[name] = e.message;
    else general.push(e);
  }
  return { byField, general };
}

/** "input.startsAt" / "startsAt" / "equipment.0.quantity" → the form's field name. */
export function fieldName(field: string): string {
  const parts = field.split(".").filter((p) => p !== "input");
  return parts[0] ?? field;
}
