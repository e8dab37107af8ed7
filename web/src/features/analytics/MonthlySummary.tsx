/** The monthly summary PDF (events held per agency, service levels): asked for, rendered by the
 * worker (PENDING, asked again every 2 s), then a download link. */

import { Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchQuery, graphql, useMutation, useRelayEnvironment } from "react-relay";
import type { MonthlySummaryMutation } from "../../__generated__/MonthlySummaryMutation.graphql";
import type { MonthlySummaryQuery } from "../../__generated__/MonthlySummaryQuery.graphql";
import { jakartaDate } from "../../lib/time";
import type { UserError } from "../../lib/userErrors";
import { ErrorAlert, fieldErrors, networkError } from "../admin/shared";

const query = graphql`
  query MonthlySummaryQuery($month: String!) {
    monthlySummary(month: $month) {
      status
      url
    }
  }
`;

function lastMonth(): string {
  const [y, m] = jakartaDate().split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

export function MonthlySummary() {
  const { t } = useTranslation("analytics");
  const environment = useRelayEnvironment();
  const [month, setMonth] = useState(lastMonth());
  const [doc, setDoc] = useState<{ status: string; url?: string | null } | null>(null);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [request, busy] = useMutation<MonthlySummaryMutation>(graphql`
    mutation MonthlySummaryMutation($input: RequestMonthlySummaryInput!) {
      requestMonthlySummary(input: $input) {
        document {
          status
          url
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  useEffect(() => {
    if (doc?.status !== "PENDING") return;
    const timer = setInterval(() => {
      fetchQuery<MonthlySummaryQuery>(environment, query, { month }, { fetchPolicy: "network-only" })
        .toPromise()
        .then((r) => r && r.monthlySummary.status !== "PENDING" && setDoc(r.monthlySummary))
        .catch(() => undefined);
    }, 2000);
    return () => clearInterval(timer);
  }, [doc?.status, environment, month]);
  const { byField, general } = fieldErrors(errors, ["month"]);
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t("monthly.title")}
        </Title>
        <Text size="sm">{t("monthly.help")}</Text>
        <ErrorAlert errors={general} />
        <Group align="end">
          <TextInput
            type="month"
            label={t("monthly.month")}
            value={month}
            onChange={(e) => {
              setMonth(e.currentTarget.value);
              setDoc(null);
            }}
            error={byField.month}
          />
          <Button
            loading={busy}
            onClick={() =>
              request({
                variables: { input: { month } },
                onCompleted: ({ requestMonthlySummary: r }) => {
                  setErrors(r.errors);
                  setDoc(r.document ?? null);
                },
                onError: () => setErrors(networkError(t("network"))),
              })
            }
          >
            {t("monthly.make")}
          </Button>
        </Group>
        {doc?.status === "READY" && doc.url && (
          <Anchor href={doc.url} target="_blank" rel="noopener" download>
            {t("monthly.download", { month })}
          </Anchor>
        )}
        {doc?.status === "PENDING" && (
          <Text size="sm" role="status">
            {t("monthly.pending")}
          </Text>
        )}
        {doc?.status === "FAILED" && (
          <Text size="sm" c="red.9" role="alert">
            {t("monthly.failed")}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
