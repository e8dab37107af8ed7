"""One settings object, read from the environment (prefix ``EPESAN_``), shared by every process."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from booking.working_calendar import WorkingCalendar


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EPESAN_", env_file=".env", extra="ignore")

    # Storage of record. The embedded default is a SQLite file in the working folder.
    database_url: str = "sqlite://epesan.sqlite3"
    production: bool = False
    secret_key: str = Field(default="dev-only-change-me", min_length=8)
    office_timezone: str = "Asia/Jakarta"

    # Development features: GraphiQL at /graphql. None: on in development, off in production.
    graphiql: bool | None = None

    # Operating: logs (one JSON object per line, or text) and /metrics (only with a token:
    # ``Authorization: Bearer <token>``; without one /metrics is not served)
    log_level: str = "INFO"
    log_format: Literal["json", "text"] = "json"
    metrics_token: str | None = None
    # A port of its own for /metrics (prometheus-client's server, in a thread of each API process)
    # on ``metrics_host`` (default loopback); the API's own port then no longer serves /metrics.
    # The token, when set, is required there too. None: /metrics on the API's port (token only).
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    metrics_host: str = "127.0.0.1"

    # HTTP
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = Field(default=1, ge=1, le=64)  # `epesan serve`: API processes (SO_REUSEPORT)
    day_cache: bool = True  # day views from completed room-days kept per change (api/day_cache.py)
    allowed_origins: list[str] = ["http://localhost:3000", "http://127.0.0.1:3000"]

    # Sessions and login (SOP step 1)
    session_idle_minutes: int = 120
    session_absolute_hours: int = 12
    login_max_failures: int = 5
    login_lock_minutes: int = 15
    password_min_length: int = 10  # a new password (booking.auth.check_new_password)
    # a one-time password reset link an administrator makes works this long (and once)
    password_reset_link_minutes: int = Field(default=24 * 60, ge=5, le=7 * 24 * 60)
    login_delay_step_seconds: float = 0.5  # added per earlier failure, capped below
    login_delay_max_seconds: float = 3.0

    # Working calendar of the service-level clock (SOP "Waktu")
    work_weekdays: list[str] = ["mon", "tue", "wed", "thu", "fri"]
    work_opens: str = "07:30"
    work_closes: str = "16:00"
    work_closures: list[date] = []  # extra closure days, e.g. cuti bersama
    work_always_open: bool = False  # 24/7 calendar
    sla_reminder_fraction: float = Field(default=0.8, gt=0, lt=1)  # of the standard, then remind

    # Workers and delivery
    broker_url: str | None = None  # e.g. redis://127.0.0.1:6379/0; None: in-process worker
    task_queue: str = "epesan"
    embedded_worker: bool = True  # with no broker: run the worker inside the API process
    smtp_host: str | None = None  # None: e-mail deliveries wait in the outbox
    smtp_port: int = 25
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    mail_from: str = "ePesanRuangan <no-reply@balaikota.jakarta.go.id>"
    vapid_private_key: str | None = None  # Web Push (VAPID); None: push deliveries wait
    vapid_public_key: str | None = None  # base64url, given to browsers as applicationServerKey
    vapid_subject: str = "mailto:pelayanan.balaikota@jakarta.go.id"
    delivery_max_attempts: int = 30  # 10 s doubling, capped at 1 h: about a day of retrying
    delivery_backoff_seconds: float = 10.0
    delivery_lease_seconds: float = 120.0  # a claimed row is retried after this if its sender died
    # Webhooks (booking.webhooks): targets on private, loopback, link-local (and other non-public)
    # addresses are refused unless allowed (tests, a receiver inside the City Hall's network)
    webhook_allow_private_targets: bool = False
    webhook_timeout_seconds: float = Field(default=10.0, gt=0)  # one attempt, connect to answer
    webhook_backoff_seconds: float = Field(default=10.0, ge=0)  # doubling, capped at one hour
    webhook_max_attempts: int = Field(default=30, ge=1)  # per message: about a day of retrying
    webhook_max_failures: int = Field(default=20, ge=1)  # in a row, then the endpoint is disabled
    webhook_concurrency: int = Field(default=8, ge=1)  # messages in flight per worker round

    # Live updates (GraphQL subscriptions over graphql-transport-ws)
    live_redis_url: str | None = None  # None: the broker's Redis, or in-process with no broker
    live_channel_prefix: str = "epesan"
    ws_max_subscriptions: int = 20  # per connection
    ws_init_timeout_seconds: float = 10.0  # connection_init must arrive within this
    # permessage-deflate on WebSockets: smaller frames, but ~30-40 KiB and a compression per message
    # for every connection (live updates are small and sent to many): off unless asked for
    ws_compression: bool = False
    # Trusted documents (api/persisted.py): off, allow (ids as well as text), only (known ids; text
    # from clients that send no id unless persisted_queries_text is false)
    persisted_queries: Literal["off", "allow", "only"] = "off"
    persisted_queries_file: Path = Path(__file__).parents[1] / "web" / "persisted-queries.json"
    persisted_queries_text: bool = True
    display_refresh_seconds: float = Field(default=30.0, gt=0)  # door displays re-read

    # Booking rules: global defaults; a room may override each (booking.models.RoomRules).
    # Bookable hours default to each room's opening hours on every day.
    max_advance_days: int = 365
    min_lead_minutes: int = 0  # a booking starts at least this long after it is made
    max_duration_minutes: int = 24 * 60
    buffer_minutes: int = 0  # free minutes required between two bookings of one room

    # Calendar feeds (iCalendar, GET /calendar/<token>.ics)
    calendar_past_days: int = 90  # events that ended up to this long ago
    calendar_ahead_days: int = 366  # events starting up to this far ahead
    calendar_cancelled_days: int = 30  # cancelled/rejected events stay (STATUS:CANCELLED) this long

    # Files: request letters (SOP step 2) and event photos (SOP step 10)
    storage_backend: Literal["local", "s3"] = "local"
    storage_dir: Path = Path("var/files")  # the local backend's folder
    # How clients reach this API, e.g. https://epesanruangan.jakarta.go.id, for the links it
    # gives (calendar feeds, the local backend's files). None: the address each client used.
    public_url: str | None = None
    s3_endpoint_url: str | None = None  # None: AWS; e.g. http://seaweedfs:8333
    s3_public_endpoint_url: str | None = None  # what clients reach; None: s3_endpoint_url
    s3_region: str = "us-east-1"
    s3_bucket: str = "epesan-files"
    s3_access_key_id: str | None = None  # None: boto3's usual credential chain
    s3_secret_access_key: str | None = None
    s3_addressing_style: Literal["path", "virtual", "auto"] = "path"
    download_url_seconds: int = Field(default=300, ge=10, le=7 * 24 * 3600)
    upload_url_seconds: int = Field(default=600, ge=10, le=3600)
    max_letter_bytes: int = 10 * 1024 * 1024
    max_letter_pixels: int = 50_000_000  # a scanned letter's image (A4 at 600 dpi: ~35 MP)
    max_photo_bytes: int = 20 * 1024 * 1024
    max_photos_per_booking: int = 30
    max_photo_pixels: int = 50_000_000  # decompression-bomb guard
    # Rendering memory per process (storage/render_guard.py): renders at once, and the most
    # pixels decoded at once in the process; a bigger decode runs in a short-lived child process
    photo_renders_in_flight: int = Field(default=1, ge=1)
    photo_decode_pixels: int = Field(default=24_000_000, ge=1_000_000)
    photo_queue: str = "epesan-photos"  # Celery queue of the photo worker
    photo_max_attempts: int = 5  # transient failures (storage down) before FAILED

    # The web app: the folder of its build (index.html, assets/); None: the repository's web/dist
    web_dir: Path | None = None

    # GraphQL limits
    max_page_size: int = 100
    max_query_depth: int = 10
    max_aliases: int = 30
    max_tokens: int = 2000
    # What one request may cost (api/limits.py): the cost of a document (each field 1, times the
    # items its parent may return: a page size, or query_cost_list_items for a plain list), one
    # field repeated in a selection, directives per document
    max_query_cost: int = 20_000
    query_interleave_cost: int = 15_000  # from this cost, an answer is completed in turns ...
    query_interleave_objects: int = Field(default=5, ge=1)  # ... of this many objects per loop pass
    query_cost_list_items: int = 10
    max_field_repeats: int = 5
    max_directives: int = 20
    max_requests_in_flight: int = Field(default=4, ge=1)  # per user (anonymous: per address)
    max_cost_in_flight: int = Field(default=20_000, ge=1)  # per user: the costs of those requests
    request_time_budget_seconds: float = Field(default=10.0, gt=0)
    db_statement_timeout_seconds: float = Field(default=5.0, ge=0)  # 0: none
    # The booking list's CSV on PostgreSQL is one COPY that lasts as long as the download (it
    # waits while the client does not read): its own statement timeout (0: none).
    export_statement_timeout_seconds: float = Field(default=600.0, ge=0)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.office_timezone)

    def working_calendar(self) -> WorkingCalendar:
        return _calendar(
            self.office_timezone,
            tuple(self.work_weekdays),
            self.work_opens,
            self.work_closes,
            tuple(self.work_closures),
            self.work_always_open,
        )

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def graphiql_on(self) -> bool:
        return not self.production if self.graphiql is None else self.graphiql

    def production_problems(self) -> list[str]:
        """Why this configuration must not serve in production (empty: it may, or this is not
        production): each names the setting to change."""
        if not self.production:
            return []
        problems = []
        if self.secret_key in EXAMPLE_SECRETS or len(self.secret_key) < 32:
            problems.append("EPESAN_SECRET_KEY is the example value or shorter than 32 characters")
        if self.s3_secret_access_key in EXAMPLE_SECRETS:
            problems.append("EPESAN_S3_SECRET_ACCESS_KEY is the example value")
        if self.graphiql:
            problems.append("EPESAN_GRAPHIQL is on (a development feature)")
        if not self.allowed_origins or any(
            origin.strip() in {"*", "null", ""} for origin in self.allowed_origins
        ):
            problems.append(
                "EPESAN_ALLOWED_ORIGINS is open (empty, '*' or 'null'): list the web app's origins"
                " (they also bound the WebSocket origins)"
            )
        if self.metrics_token and len(self.metrics_token) < 16:
            problems.append("EPESAN_METRICS_TOKEN is shorter than 16 characters")
        return problems

    def check_production(self) -> None:
        """Refuse to start a production process with an unsafe configuration."""
        problems = self.production_problems()
        if problems:
            raise UnsafeSettings(problems)


class UnsafeSettings(RuntimeError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            "Refusing to start in production (EPESAN_PRODUCTION=true): " + "; ".join(problems)
        )
        self.problems = problems


#: The example secrets of the code, docker-compose.yml and the docs: never valid in production.
EXAMPLE_SECRETS = frozenset(
    {
        "dev-only-change-me",
        "change-me-in-production",
        "epesan-dev-secret-change-me",
        "change-me",
    }
)


@lru_cache(maxsize=8)
def _calendar(
    timezone: str,
    weekdays: tuple[str, ...],
    opens: str,
    closes: str,
    closures: tuple[date, ...],
    always_open: bool,
) -> WorkingCalendar:
    return WorkingCalendar.from_settings(
        timezone=timezone,
        weekdays=weekdays,
        opens=opens,
        closes=closes,
        closures=closures,
        always_open=always_open,
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()
