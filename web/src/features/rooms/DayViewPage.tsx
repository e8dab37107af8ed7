import { Anchor, Button, Group, Stack, Text, TextInput, Title, Tooltip } from "@mantine/core";
import { memo, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useFragment, useLazyLoadQuery, useSubscription } from "react-relay";
import { Link, useSearchParams } from "react-router";
import type { GraphQLSubscriptionConfig } from "relay-runtime";
import type { DayViewPage_room$key } from "../../__generated__/DayViewPage_room.graphql";
import type { DayViewPageQuery } from "../../__generated__/DayViewPageQuery.graphql";
import type { DayViewPageSubscription } from "../../__generated__/DayViewPageSubscription.graphql";
import { hasRole, useViewer } from "../../auth/viewer";
import { addDays, formatDate, formatTime, jakartaDate, jakartaMinutes, jakartaTime } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import { useReconnectKey } from "../../lib/useRefresh";
import classes from "./DayView.module.css";

const query = graphql`
  query DayViewPageQuery($date: Date!) {
    availability(date: $date) {
      room {
        id
      }
      ...DayViewPage_room
    }
  }
`;

/** Only the rooms a change touched (after the first state): each room-day has an id, so Relay
 * updates that record in place and only its row renders again (RoomRow is memoised on its
 * fragment reference, which stays the same for the other rooms). */
const subscription = graphql`
  subscription DayViewPageSubscription($date: Date!) {
    availabilityChanged(date: $date, changedOnly: true) {
      room {
        id
      }
      ...DayViewPage_room
    }
  }
`;

const roomFragment = graphql`
  fragment DayViewPage_room on RoomAvailability {
    room {
      id
      name
      capacity
      building
    }
    opensAt
    closesAt
    busy {
      startsAt
      endsAt
      status
      agencyName
      booking {
        id
        title
      }
    }
    free {
      startsAt
      endsAt
    }
    blocked {
      startsAt
      endsAt
      reason
    }
  }
`;

const DAY_START = 6 * 60;
const DAY_END = 22 * 60;

/** Rooms × hours of one day, kept live by availabilityChanged: a booking made by someone else
 * appears without a reload. Requesters book a free stretch from here. */
export default function DayViewPage() {
  const { t } = useTranslation("rooms");
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const date = params.get("date") ?? jakartaDate();
  const fetchKey = useReconnectKey();
  const data = useLazyLoadQuery<DayViewPageQuery>(query, { date }, { fetchPolicy: "store-and-network", fetchKey });
  const config = useMemo<GraphQLSubscriptionConfig<DayViewPageSubscription>>(
    () => ({ subscription, variables: { date } }),
    [date],
  );
  useSubscription(config);
  const viewer = useViewer();
  const canBook = hasRole(viewer, "REQUESTER");
  const hours = useMemo(() => {
    const list: number[] = [];
    for (let m = DAY_START; m < DAY_END; m += 60) list.push(m);
    return list;
  }, []);
  const go = (d: string) => setParams({ date: d }, { replace: true });

  return (
    <Stack>
      <Group justify="space-between" align="end" wrap="wrap">
        <Stack gap={0}>
          <Title order={1}>{t("dayView.title")}</Title>
          <Text c="dimmed">{formatDate(`${date}T12:00:00+07:00`, lang)}</Text>
        </Stack>
        <Group gap="xs" align="end">
          <Button variant="default" onClick={() => go(addDays(date, -1))} aria-label={t("dayView.previous")}>
            ‹
          </Button>
          <TextInput
            type="date"
            label={t("dayView.date")}
            value={date}
            onChange={(e) => e.currentTarget.value && go(e.currentTarget.value)}
          />
          <Button variant="default" onClick={() => go(addDays(date, 1))} aria-label={t("dayView.next")}>
            ›
          </Button>
          <Button variant="light" onClick={() => go(jakartaDate())}>
            {t("dayView.today")}
          </Button>
          <Button component={Link} to={`/rooms/search?date=${date}`} variant="outline">
            {t("dayView.search")}
          </Button>
        </Group>
      </Group>
      <Group gap="md" aria-hidden>
        <Legend className={classes.busy} label={t("dayView.legendBusy")} />
        <Legend className={classes.pending} label={t("dayView.legendPending")} />
        <Legend className={classes.blocked} label={t("dayView.legendBlocked")} />
      </Group>
      <div className={classes.scroller}>
        <table className={classes.grid} aria-label={t("dayView.tableLabel", { date })}>
          <thead>
            <tr>
              <th className={classes.roomHead} scope="col">
                {t("dayView.room")}
              </th>
              <th className={classes.hours} scope="col">
                {hours.map((m) => (
                  <span key={m} className={classes.hour} style={{ left: pct(m) }}>
                    {String(m / 60).padStart(2, "0")}
                  </span>
                ))}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.availability.map((r) => (
              <RoomRow key={r.room.id} room={r} date={date} canBook={canBook} lang={lang} />
            ))}
          </tbody>
        </table>
      </div>
    </Stack>
  );
}

function Legend({ className, label }: { className: string; label: string }) {
  return (
    <Group gap={4}>
      <span className={`${classes.swatch} ${className}`} />
      <Text size="xs">{label}</Text>
    </Group>
  );
}

const pct = (minutes: number) =>
  `${((Math.max(DAY_START, Math.min(DAY_END, minutes)) - DAY_START) / (DAY_END - DAY_START)) * 100}%`;
const width = (a: number, b: number) =>
  `${((Math.min(DAY_END, b) - Math.max(DAY_START, a)) / (DAY_END - DAY_START)) * 100}%`;

/** Minutes of the day of an instant; an end at midnight is 24:00. */
function minutesOf(iso: string, date: string, end = false): number {
  const m = jakartaMinutes(iso);
  return end && m === 0 && jakartaDate(iso) !== date ? 24 * 60 : m;
}

const RoomRow = memo(function RoomRow({
  room,
  date,
  canBook,
  lang,
}: {
  room: DayViewPage_room$key;
  date: string;
  canBook: boolean;
  lang: "id" | "en";
}) {
  const { t } = useTranslation("rooms");
  const r = useFragment(roomFragment, room);
  const open = minutesOf(r.opensAt, date);
  const close = minutesOf(r.closesAt, date, true);
  return (
    <tr className={classes.row}>
      <th className={classes.roomCell} scope="row">
        <Anchor component={Link} to={`/rooms/${r.room.id}`} size="sm" fw={600}>
          {r.room.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {t("capacity", { count: r.room.capacity })}
        </Text>
      </th>
      <td className={classes.track}>
        <div className={classes.closed} style={{ left: 0, width: pct(open) }} />
        <div className={classes.closed} style={{ left: pct(close), right: 0 }} />
        {r.free.map((f) => {
          const a = minutesOf(f.startsAt, date);
          const b = minutesOf(f.endsAt, date, true);
          if (!canBook || b - a < 30) return null;
          const start = jakartaTime(f.startsAt);
          const end = b >= 24 * 60 ? "23:59" : jakartaTime(f.endsAt);
          const label = t("dayView.bookFree", {
            room: r.room.name,
            from: formatTime(f.startsAt, lang),
            to: formatTime(f.endsAt, lang),
          });
          return (
            <Link
              key={f.startsAt}
              className={classes.free}
              style={{ left: pct(a), width: width(a, b) }}
              to={`/requests/new?roomId=${encodeURIComponent(r.room.id)}&date=${date}&start=${start}&end=${end}`}
              aria-label={label}
              title={label}
            />
          );
        })}
        {r.blocked.map((s) => {
          const a = minutesOf(s.startsAt, date);
          const b = minutesOf(s.endsAt, date, true);
          const label = `${t("dayView.legendBlocked")} ${formatTime(s.startsAt, lang)}–${formatTime(s.endsAt, lang)}${s.reason ? `: ${s.reason}` : ""}`;
          return (
            <div
              key={`b${s.startsAt}`}
              className={`${classes.slot} ${classes.blocked}`}
              style={{ left: pct(a), width: width(a, b) }}
              title={label}
            >
              <span className={classes.slotText}>{label}</span>
            </div>
          );
        })}
        {r.busy.map((s) => {
          const a = minutesOf(s.startsAt, date);
          const b = minutesOf(s.endsAt, date, true);
          const pending = s.status !== "APPROVED" && s.status !== "COMPLETED" && s.status !== "REPORTED";
          const text = `${formatTime(s.startsAt, lang)}–${formatTime(s.endsAt, lang)} ${s.booking?.title ?? s.agencyName}`;
          const label = `${text} (${s.agencyName}, ${t(`status.${s.status}`, { ns: "common" })})`;
          const cls = `${classes.slot} ${pending ? classes.pending : classes.busy}`;
          const style = { left: pct(a), width: width(a, b) };
          return s.booking ? (
            <Tooltip key={s.startsAt} label={label} withinPortal>
              <Link className={cls} style={style} to={`/bookings/${s.booking.id}`} aria-label={label}>
                <span className={classes.slotText}>{text}</span>
              </Link>
            </Tooltip>
          ) : (
            <div key={s.startsAt} className={cls} style={style} title={label}>
              <span className={classes.slotText}>{text}</span>
              <span className={classes.srOnly}>{label}</span>
            </div>
          );
        })}
      </td>
    </tr>
  );
});
