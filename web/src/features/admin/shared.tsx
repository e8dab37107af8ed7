/** Pieces the administration pages share: the API's field errors beside their fields, the rest in
 * an alert, a list of the bookings a refusal names, a secret shown once. */

import { Alert, Anchor, Button, Code, CopyButton, Group, Stack, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { StatusBadge } from "../../components/StatusBadge";
import { formatRange } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import type { UserError } from "../../lib/userErrors";

export { fieldErrors } from "./logic";

export function ErrorAlert({ errors }: { errors: readonly UserError[] }) {
  if (errors.length === 0) return null;
  return (
    <Alert color="red" role="alert">
      {errors.map((e) => (
        <Text key={`${e.code}-${e.message}`} size="sm">
          {e.message}
        </Text>
      ))}
    </Alert>
  );
}

/** A network failure, as an error of the form. */
export function networkError(message: string): UserError[] {
  return [{ code: "NETWORK", message, field: null }];
}

export interface BookingRow {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly status: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly agency?: { readonly name: string } | null;
}

export function BookingTable({ bookings, caption }: { bookings: readonly BookingRow[]; caption: string }) {
  const { t } = useTranslation("admin");
  const lang = useLang();
  return (
    <ScrollTable minWidth={520}>
      <Table>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("booking.reference")}</Table.Th>
            <Table.Th>{t("booking.title")}</Table.Th>
            <Table.Th>{t("booking.when")}</Table.Th>
            <Table.Th>{t("booking.agency")}</Table.Th>
            <Table.Th>{t("booking.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bookings.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td>
                <Anchor component={Link} to={`/bookings/${b.id}`}>
                  {b.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>{b.title}</Table.Td>
              <Table.Td>{formatRange(b.startsAt, b.endsAt, lang)}</Table.Td>
              <Table.Td>{b.agency?.name ?? "–"}</Table.Td>
              <Table.Td>
                <StatusBadge status={b.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** A temporary password: shown this once, with a copy button. */
export function OnceSecret({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation("admin");
  return (
    <Alert color="yellow" role="status" title={label} styles={DARK_TITLE}>
      <Stack gap="xs">
        <Group gap="xs">
          <Code fz="lg" data-testid="temporary-password">
            {value}
          </Code>
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t("copied") : t("copy")}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{t("onceHint")}</Text>
      </Stack>
    </Alert>
  );
}

/** A wide table that scrolls sideways on a phone; the scrolling box takes the keyboard focus
 * (axe: scrollable-region-focusable). */
export function ScrollTable({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <div tabIndex={0} style={{ overflowX: "auto", maxWidth: "100%" }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}

/** Alert titles in dark text: Mantine's coloured titles on their light tint miss AA contrast. */
export const DARK_TITLE = { title: { color: "var(--mantine-color-dark-8)" } };
