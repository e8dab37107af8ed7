/** The page for a tablet beside a room's door (/display/<token>): no login, read-only, legible
 * from 3 m. Now, next, free until, today's schedule; kept live by `roomDisplayChanged`. */

import { QRCodeSVG } from "qrcode.react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchQuery, graphql, requestSubscription } from "react-relay";
import { useParams } from "react-router";
import type { DisplayPageQuery, DisplayPageQuery$data } from "../../__generated__/DisplayPageQuery.graphql";
import type { DisplayPageSubscription } from "../../__generated__/DisplayPageSubscription.graphql";
import { formatDate, formatTime } from "../../lib/time";
import { createDisplayEnvironment } from "./displayEnvironment";
import "./display.css";

const query = graphql`
  query DisplayPageQuery($token: String!) {
    roomDisplay(token: $token) {
      ...DisplayPage_fields @relay(mask: false)
    }
  }
`;

graphql`
  fragment DisplayPage_fields on RoomDisplay {
    room {
      code
      name
      building
      floor
      capacity
    }
    date
    now
    isOpen
    opensAt
    closesAt
    freeUntil
    checkInCode
    current {
      kind
      title
      agencyName
      startsAt
      endsAt
      confirmed
    }
    next {
      kind
      title
      agencyName
      startsAt
      endsAt
      confirmed
    }
    schedule {
      kind
      title
      agencyName
      startsAt
      endsAt
      confirmed
    }
  }
`;

const subscription = graphql`
  subscription DisplayPageSubscription($token: String!) {
    roomDisplayChanged(token: $token) {
      ...DisplayPage_fields @relay(mask: false)
    }
  }
`;

type Shown = DisplayPageQuery$data["roomDisplay"];
type Entry = Shown["schedule"][number];

/** The API's code in a failure: Relay puts the response's errors in `source`. */
function errorCode(error: unknown): string {
  const source = (error as { source?: { errors?: { extensions?: { code?: string } }[] } }).source;
  const code = source?.errors?.find((e) => e.extensions?.code)?.extensions?.code;
  if (code) return code;
  const text = error instanceof Error ? error.message : JSON.stringify(error);
  for (const code of ["DISPLAY_LINK_REVOKED", "NOT_FOUND"]) if (text.includes(code)) return code;
  return "NETWORK";
}

export default function DisplayPage() {
  const { token = "" } = useParams();
  const { t, i18n } = useTranslation("display");
  const lang = i18n.language === "en" ? "en" : "id";
  const [shown, setShown] = useState<Shown | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [live, setLive] = useState<"up" | "down">("down");
  const { environment, dispose } = useMemo(() => createDisplayEnvironment(token, () => lang, setLive), [token, lang]);

  useEffect(() => {
    const read = fetchQuery<DisplayPageQuery>(environment, query, { token }).subscribe({
      next: (data) => {
        setShown(data.roomDisplay);
        setFailure(null);
      },
      error: (e: unknown) => setFailure(errorCode(e)),
    });
    const follow = requestSubscription<DisplayPageSubscription>(environment, {
      subscription,
      variables: { token },
      onNext: (data) => {
        if (data) {
          setShown(data.roomDisplayChanged);
          setFailure(null);
        }
      },
      onError: (e) => setFailure(errorCode(e)),
    });
    return () => {
      read.unsubscribe();
      follow.dispose();
      dispose();
    };
  }, [environment, dispose, token]);

  useEffect(() => {
    document.title = shown ? `${shown.room.name} · ePesanRuangan` : "ePesanRuangan";
  }, [shown]);

  if (failure === "DISPLAY_LINK_REVOKED" || failure === "NOT_FOUND") {
    return (
      <main className="display display--closed">
        <p className="display__status" role="alert">
          {t(failure === "NOT_FOUND" ? "unknown" : "revoked")}
        </p>
        <p className="display__sub">{t("askAdmin")}</p>
      </main>
    );
  }
  if (!shown) {
    return (
      <main className="display">
        <p className="display__sub" role="status">
          {failure ? t("offline") : t("loading")}
        </p>
      </main>
    );
  }

  const current = shown.current;
  const state = current
    ? current.kind === "LEADERSHIP_EVENT"
      ? "leadership"
      : "busy"
    : shown.isOpen
      ? "free"
      : "closed";
  const who = (e: Entry) =>
    e.kind === "LEADERSHIP_EVENT" ? t("leadership") : (e.title ?? t("tentative", { agency: e.agencyName ?? "" }));

  return (
    <main className={`display display--${state}`} aria-live="polite">
      <header className="display__head">
        <h1 className="display__room">{shown.room.name}</h1>
        <p className="display__meta">
          {shown.room.code} · {shown.room.building}, {t("floor", { floor: shown.room.floor })} ·{" "}
          {formatDate(shown.now, lang)}
        </p>
      </header>
      <section className="display__now" aria-label={t("now")}>
        <p className="display__status">{t(`state.${state}`)}</p>
        {current ? (
          <>
            {current.kind === "BOOKING" && <p className="display__title">{who(current)}</p>}
            {current.agencyName && <p className="display__sub">{current.agencyName}</p>}
            <p className="display__until">{t("until", { time: formatTime(current.endsAt, lang) })}</p>
          </>
        ) : shown.freeUntil ? (
          <p className="display__until">{t("freeUntil", { time: formatTime(shown.freeUntil, lang) })}</p>
        ) : null}
      </section>
      {shown.checkInCode && <CheckInCode code={shown.checkInCode} />}
      <section className="display__next" aria-label={t("next")}>
        <h2>{t("next")}</h2>
        {shown.next.length === 0 ? (
          <p className="display__sub">{t("nothingNext")}</p>
        ) : (
          <ol>
            {shown.next.map((e) => (
              <li key={e.startsAt}>
                <span className="display__time">
                  {formatTime(e.startsAt, lang)}–{formatTime(e.endsAt, lang)}
                </span>{" "}
                <span>{who(e)}</span>
                {e.title && e.agencyName ? <span className="display__agency"> · {e.agencyName}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <footer className="display__foot">
        <span>
          {t("today")}: {shown.schedule.length} · {formatTime(shown.opensAt, lang)}–{formatTime(shown.closesAt, lang)}{" "}
          WIB
        </span>
        <span className={`display__live display__live--${live}`}>{t(live === "up" ? "live" : "reconnecting")}</span>
      </footer>
    </main>
  );
}

/** The booking's check-in code as a QR code of `<origin>/check-in#code=…` (drawn here as SVG, no
 * network), and as text for typing it in. */
function CheckInCode({ code }: { code: string }) {
  const { t } = useTranslation("display");
  const url = `${window.location.origin}/check-in#code=${encodeURIComponent(code)}`;
  return (
    <section className="display__checkin" aria-label={t("checkIn.title")}>
      <div className="display__qr">
        <QRCodeSVG value={url} size={220} level="M" marginSize={2} title={t("checkIn.qr")} role="img" />
      </div>
      <div>
        <p className="display__sub">{t("checkIn.scan")}</p>
        <p className="display__code" data-testid="check-in-code">
          {code}
        </p>
      </div>
    </section>
  );
}
