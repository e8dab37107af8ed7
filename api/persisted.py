"""Trusted documents (persisted queries): the web build's manifest of the operations it uses.

The manifest is the file Relay's compiler writes (``persistConfig``, SHA-256): a JSON object of
id -> document text, where the id is the SHA-256 of the text. A client names a document by its id
in one of the ways clients do:

* ``extensions.persistedQuery.sha256Hash`` (Apollo's APQ shape; what the web app sends, beside the
  text), for HTTP and for graphql-transport-ws ``subscribe`` payloads;
* a top-level ``doc_id`` (Relay's documentation) or ``documentId`` (the GraphQL-over-HTTP
  trusted-documents draft).

``EPESAN_PERSISTED_QUERIES``:

* ``off`` (default): ids are ignored, every request carries its text, as before;
* ``allow``: a known id runs the manifest's document (text optional); an unknown id runs the text
  sent with it, and without text is ``PERSISTED_QUERY_NOT_FOUND``;
* ``only`` (production): an id must be known (``PERSISTED_QUERY_NOT_FOUND`` otherwise, text or
  not), and runs the manifest's document, never the text sent beside it. Clients that send text
  and no id (GraphiQL, scripts, other apps) keep working unless ``EPESAN_PERSISTED_QUERIES_TEXT``
  is false; then they get ``PERSISTED_QUERY_REQUIRED``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson

from booking.enums import Language
from booking.errors import DomainError, ErrorCode
from booking.messages import render
from booking.settings import Settings

#: Top-level request keys naming a document, moved into ``extensions`` so they survive parsing.
ID_KEYS = ("doc_id", "documentId")
ID_EXTENSION = "documentId"


class PersistedQueryError(DomainError):
    pass


def load_manifest(path: Path) -> dict[str, str]:
    """id -> text; every id must be the SHA-256 of its text (a stale or edited file fails here,
    at start-up, not at the first request)."""
    try:
        data = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        raise RuntimeError(
            f"EPESAN_PERSISTED_QUERIES needs the manifest {path} (npm run build writes it)"
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise RuntimeError(f"{path}: not a JSON object of id -> document text")
    wrong = [k for k, v in data.items() if hashlib.sha256(v.encode()).hexdigest() != k]
    if wrong:
        raise RuntimeError(f"{path}: {len(wrong)} id(s) are not the SHA-256 of their text")
    return data


def lift_ids(data: Any) -> Any:
    """Move ``doc_id``/``documentId`` of a request (or a batch) into its extensions."""
    items = data if isinstance(data, list) else [data]
    for item in items:
        if isinstance(item, dict) and any(k in item for k in ID_KEYS):
            doc_id = next(item.pop(k) for k in ID_KEYS if k in item)
            for k in ID_KEYS:
                item.pop(k, None)
            extensions = item.get("extensions")
            if not isinstance(extensions, dict):
                extensions = item["extensions"] = {}
            extensions[ID_EXTENSION] = doc_id
    return data


def document_id(extensions: Mapping[str, Any] | None) -> str | None:
    """The id a request names, if any (a malformed one counts as an unknown id)."""
    if not extensions:
        return None
    if ID_EXTENSION in extensions:
        return str(extensions[ID_EXTENSION])
    persisted = extensions.get("persistedQuery")
    if isinstance(persisted, Mapping) and "sha256Hash" in persisted:
        return str(persisted["sha256Hash"])
    return None


class TrustedDocuments:
    def __init__(self, mode: str, manifest: dict[str, str], allow_text: bool) -> None:
        self.mode = mode
        self.manifest = manifest
        self.allow_text = allow_text

    @classmethod
    def from_settings(cls, settings: Settings) -> TrustedDocuments | None:
        if settings.persisted_queries == "off":
            return None
        manifest = load_manifest(settings.persisted_queries_file)
        return cls(settings.persisted_queries, manifest, settings.persisted_queries_text)

    def resolve(self, query: str | None, extensions: Mapping[str, Any] | None) -> str | None:
        """The document to run, or a typed refusal."""
        doc_id = document_id(extensions)
        if doc_id is None:
            if query is not None and self.mode == "only" and not self.allow_text:
                raise PersistedQueryError(ErrorCode.PERSISTED_QUERY_REQUIRED)
            return query
        known = self.manifest.get(doc_id)
        if known is not None:
            return known
        if query is not None and self.mode == "allow":
            return query
        raise PersistedQueryError(ErrorCode.PERSISTED_QUERY_NOT_FOUND, field=None, id=doc_id)


def error_body(error: DomainError, language: Language) -> dict[str, Any]:
    return {
        "errors": [{"message": render(error, language), "extensions": {"code": error.code.value}}]
    }
