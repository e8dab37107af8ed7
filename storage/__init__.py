"""Object storage behind a small interface: S3 through boto3, or a local folder (the embedded
default)."""

from __future__ import annotations

from booking.ports import DocumentStore
from booking.settings import Settings
from storage.local import LocalFolderStore


def make_store(settings: Settings) -> DocumentStore:
    if settings.storage_backend == "s3":
        from storage.s3 import S3Store

        return S3Store(
            settings.s3_bucket,
            endpoint_url=settings.s3_endpoint_url,
            public_endpoint_url=settings.s3_public_endpoint_url,
            region=settings.s3_region,
            access_key_id=settings.s3_access_key_id,
            secret_access_key=settings.s3_secret_access_key,
            addressing_style=settings.s3_addressing_style,
        )
    base = (
        settings.public_url or f"http://{settings.host}:{settings.port}"
    )  # per request in the API
    return LocalFolderStore(settings.storage_dir, settings.secret_key, base)


__all__ = ["LocalFolderStore", "make_store"]
