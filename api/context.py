"""Per-request context: the caller, their language, loaders, settings and storage."""

from __future__ import annotations

from dataclasses import dataclass, field

from strawberry.types import Info as StrawberryInfo

from api.loaders import Loaders
from booking.enums import Language
from booking.errors import DomainError, ErrorCode
from booking.models import Session, User
from booking.ports import Dispatcher, DocumentStore, NoDispatcher
from booking.settings import Settings
from live.hub import Hub


@dataclass
class Context:
    settings: Settings
    store: DocumentStore
    language: Language = Language.ID
    user: User | None = None
    session: Session | None = None
    loaders: Loaders = field(default_factory=Loaders)
    dispatcher: Dispatcher = field(default_factory=NoDispatcher)
    hub: Hub = field(default_factory=Hub)  # live updates (subscriptions)
    token: str | None = None  # the session token, re-checked before each live update
    connection_params: dict[str, object] | None = None  # graphql-transport-ws connection_init
    websocket: object | None = None  # closed when all the user's sessions end (api.sessions)
    base_url: str = ""  # how this client reaches the API (EPESAN_PUBLIC_URL, else its own address)

    def require_user(self, *, before_password_change: bool = False) -> User:
        """The caller. After a password reset only what ``before_password_change`` allows
        (changing the password, logging out) is served until the password is changed."""
        if self.user is None:
            raise DomainError(ErrorCode.UNAUTHENTICATED)
        if self.user.must_change_password and not before_password_change:
            raise DomainError(ErrorCode.PASSWORD_CHANGE_REQUIRED)
        return self.user


Info = StrawberryInfo[Context, None]


def language_from_header(value: str | None) -> Language:
    """``Accept-Language: en`` (or en-US, ...) switches to English; Bahasa Indonesia otherwise."""
    for part in (value or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("en"):
            return Language.EN
        if tag.startswith("id"):
            return Language.ID
    return Language.ID
