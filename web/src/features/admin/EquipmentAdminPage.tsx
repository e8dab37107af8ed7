/** ADMIN: the equipment kinds and their stock. A stock lower than approved bookings already hold
 * at one future moment is refused (EQUIPMENT_IN_USE) with that peak and those bookings. */

import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Table, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import type { EquipmentAdminPageChangeStockMutation } from "../../__generated__/EquipmentAdminPageChangeStockMutation.graphql";
import type { EquipmentAdminPageCreateMutation } from "../../__generated__/EquipmentAdminPageCreateMutation.graphql";
import type { EquipmentAdminPageEditMutation } from "../../__generated__/EquipmentAdminPageEditMutation.graphql";
import type {
  EquipmentAdminPageQuery,
  EquipmentAdminPageQuery$data,
} from "../../__generated__/EquipmentAdminPageQuery.graphql";
import { formatDateTime } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import type { UserError } from "../../lib/userErrors";
import {
  type BookingRow,
  BookingTable,
  DARK_TITLE,
  ErrorAlert,
  fieldErrors,
  networkError,
  ScrollTable,
} from "./shared";

type Item = EquipmentAdminPageQuery$data["equipmentItems"]["edges"][number]["node"];

export default function EquipmentAdminPage() {
  const { t } = useTranslation("admin");
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<EquipmentAdminPageQuery>(
    graphql`
      query EquipmentAdminPageQuery {
        equipmentItems(first: 100) {
          edges {
            node {
              id
              code
              name
              unit
              stock
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const [editing, setEditing] = useState<Item | "new" | null>(null);
  const [stockOf, setStockOf] = useState<Item | null>(null);
  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={1}>{t("equipment.title")}</Title>
        <Button onClick={() => setEditing("new")}>{t("equipment.new")}</Button>
      </Group>
      <ScrollTable minWidth={600}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("equipment.code")}</Table.Th>
              <Table.Th>{t("equipment.name")}</Table.Th>
              <Table.Th>{t("equipment.unit")}</Table.Th>
              <Table.Th>{t("equipment.stock")}</Table.Th>
              <Table.Th>{t("actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.equipmentItems.edges.map(({ node: i }) => (
              <Table.Tr key={i.id}>
                <Table.Td>{i.code}</Table.Td>
                <Table.Td>{i.name}</Table.Td>
                <Table.Td>{i.unit}</Table.Td>
                <Table.Td>{i.stock}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setEditing(i)}
                      aria-label={t("editNamed", { name: i.name })}
                    >
                      {t("edit")}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setStockOf(i)}
                      aria-label={t("equipment.changeStockNamed", { name: i.name })}
                    >
                      {t("equipment.changeStock")}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {editing && (
        <ItemForm
          item={editing === "new" ? null : editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) setFetchKey((k) => k + 1);
          }}
        />
      )}
      {stockOf && <StockDialog item={stockOf} onClose={() => setStockOf(null)} />}
    </Stack>
  );
}

function ItemForm({ item, onClose }: { item: Item | null; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation("admin");
  const [code, setCode] = useState(item?.code ?? "");
  const [name, setName] = useState(item?.name ?? "");
  const [unit, setUnit] = useState(item?.unit ?? "");
  const [stock, setStock] = useState<number>(item?.stock ?? 1);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [create, creating] = useMutation<EquipmentAdminPageCreateMutation>(graphql`
    mutation EquipmentAdminPageCreateMutation($input: CreateEquipmentInput!) {
      createEquipment(input: $input) {
        equipmentItem {
          id
          code
          name
          unit
          stock
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  const [edit, editing] = useMutation<EquipmentAdminPageEditMutation>(graphql`
    mutation EquipmentAdminPageEditMutation($input: EditEquipmentInput!) {
      editEquipment(input: $input) {
        equipmentItem {
          id
          code
          name
          unit
          stock
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  function submit(e: FormEvent) {
    e.preventDefault();
    const equipment = { code: code.trim(), name: name.trim(), unit: unit.trim() };
    const done = (errs: readonly UserError[]) => {
      setErrors(errs);
      if (errs.length === 0) onClose(true);
    };
    const onError = () => setErrors(networkError(t("network")));
    if (item) {
      edit({
        variables: { input: { equipmentId: item.id, equipment } },
        onCompleted: (r) => done(r.editEquipment.errors),
        onError,
      });
    } else {
      create({
        variables: { input: { equipment, stock } },
        onCompleted: (r) => done(r.createEquipment.errors),
        onError,
      });
    }
  }
  const { byField, general } = fieldErrors(errors, ["code", "name", "unit", "stock"]);
  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={item ? t("equipment.editTitle", { name: item.name }) : t("equipment.newTitle")}
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert errors={general} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t("equipment.code")}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={byField.code}
              required
              data-autofocus
            />
            <TextInput
              label={t("equipment.name")}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={byField.name}
              required
            />
            <TextInput
              label={t("equipment.unit")}
              value={unit}
              onChange={(e) => setUnit(e.currentTarget.value)}
              error={byField.unit}
              required
            />
            {!item && (
              <NumberInput
                label={t("equipment.stock")}
                value={stock}
                min={0}
                onChange={(v) => setStock(Number(v) || 0)}
                error={byField.stock}
              />
            )}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" loading={creating || editing}>
              {item ? t("save") : t("equipment.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function StockDialog({ item, onClose }: { item: Item; onClose: () => void }) {
  const { t } = useTranslation("admin");
  const lang = useLang();
  const [stock, setStock] = useState<number>(item.stock);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [refusal, setRefusal] = useState<{
    peak: number | null;
    at: string | null;
    bookings: readonly BookingRow[];
  } | null>(null);
  const [change, busy] = useMutation<EquipmentAdminPageChangeStockMutation>(graphql`
    mutation EquipmentAdminPageChangeStockMutation($input: ChangeStockInput!) {
      changeEquipmentStock(input: $input) {
        equipmentItem {
          id
          stock
        }
        peakQuantity
        peakAt
        holdingBookings {
          id
          reference
          title
          status
          startsAt
          endsAt
          agency {
            name
          }
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  function submit(e: FormEvent) {
    e.preventDefault();
    setRefusal(null);
    change({
      variables: { input: { equipmentId: item.id, stock } },
      onCompleted: ({ changeEquipmentStock: r }) => {
        setErrors(r.errors);
        if (r.errors.some((x) => x.code === "EQUIPMENT_IN_USE")) {
          setRefusal({ peak: r.peakQuantity ?? null, at: r.peakAt ?? null, bookings: r.holdingBookings });
        } else if (r.errors.length === 0) onClose();
      },
      onError: () => setErrors(networkError(t("network"))),
    });
  }
  const { byField, general } = fieldErrors(errors, ["stock"]);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("equipment.stockTitle", { name: item.name })}
      size="xl"
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert errors={general} />
          <NumberInput
            label={t("equipment.newStock", { unit: item.unit })}
            value={stock}
            min={0}
            onChange={(v) => setStock(Number(v) || 0)}
            error={byField.stock}
            maw={240}
            data-autofocus
          />
          {refusal && (
            <Alert color="orange" title={t("equipment.refusedTitle")} styles={DARK_TITLE}>
              {refusal.at &&
                t("equipment.peak", { peak: refusal.peak, unit: item.unit, at: formatDateTime(refusal.at, lang) })}
            </Alert>
          )}
          {refusal && refusal.bookings.length > 0 && (
            <BookingTable bookings={refusal.bookings} caption={t("equipment.holding")} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button type="submit" loading={busy}>
              {t("equipment.saveStock")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
