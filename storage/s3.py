"""S3 (AWS or a self-hosted S3-compatible server such as SeaweedFS) through boto3.

Two clients: one for the API's and workers' own traffic (``endpoint_url``, possibly an internal
name such as ``http://seaweedfs:8333``) and one that only signs URLs for clients
(``public_endpoint_url``), because a presigned URL signs the host. Checksums are sent only when an
operation requires them: many S3-compatible servers reject boto3's default CRC headers. boto3 is
blocking; each call runs in a worker thread."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from booking.ports import ObjectInfo, PresignedPost

NOT_FOUND = {"404", "NoSuchKey", "NotFound"}


class S3Store:
    def __init__(
        self,
        bucket: str,
        *,
        endpoint_url: str | None = None,
        public_endpoint_url: str | None = None,
        region: str = "us-east-1",
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        addressing_style: Literal["path", "virtual", "auto"] = "path",
    ) -> None:
        self.bucket = bucket
        config = Config(
            signature_version="s3v4",
            s3={"addressing_style": addressing_style},
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
            retries={"max_attempts": 3, "mode": "standard"},
            connect_timeout=5,
            read_timeout=30,
            max_pool_connections=20,
        )
        session = boto3.session.Session(
            aws_access_key_id=access_key_id,
            aws_secret_access_key=secret_access_key,
            region_name=region,
        )
        self.client: Any = session.client("s3", endpoint_url=endpoint_url, config=config)
        self.signing_client: Any = session.client(
            "s3", endpoint_url=public_endpoint_url or endpoint_url, config=config
        )

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        await asyncio.to_thread(
            self.client.put_object,
            Bucket=self.bucket,
            Key=key,
            Body=data,
            ContentType=content_type,
        )

    async def get(self, key: str) -> bytes:
        def read() -> bytes:
            response = self.client.get_object(Bucket=self.bucket, Key=key)
            return bytes(response["Body"].read())

        return await asyncio.to_thread(read)

    async def read_head(self, key: str, length: int) -> bytes:
        def read() -> bytes:
            response = self.client.get_object(
                Bucket=self.bucket, Key=key, Range=f"bytes=0-{max(0, length - 1)}"
            )
            return bytes(response["Body"].read())[:length]

        return await asyncio.to_thread(read)

    async def head(self, key: str) -> ObjectInfo | None:
        try:
            response = await asyncio.to_thread(self.client.head_object, Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code")) in NOT_FOUND:
                return None
            raise
        return ObjectInfo(
            size=int(response["ContentLength"]), content_type=response.get("ContentType")
        )

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self.client.delete_object, Bucket=self.bucket, Key=key)

    async def move(self, source: str, target: str) -> bool:
        try:
            await asyncio.to_thread(
                self.client.copy_object,
                Bucket=self.bucket,
                Key=target,
                CopySource={"Bucket": self.bucket, "Key": source},
                MetadataDirective="COPY",
            )
        except ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code")) in NOT_FOUND:
                return False
            raise
        await self.delete(source)
        return True

    def download_url(
        self, key: str, content_type: str, seconds: int, filename: str | None = None
    ) -> str:
        params = {"Bucket": self.bucket, "Key": key, "ResponseContentType": content_type}
        if filename:
            params["ResponseContentDisposition"] = f'inline; filename="{filename}"'
        return str(
            self.signing_client.generate_presigned_url(
                "get_object", Params=params, ExpiresIn=seconds
            )
        )

    def presigned_post(
        self, key: str, content_type: str, max_bytes: int, seconds: int
    ) -> PresignedPost:
        post = self.signing_client.generate_presigned_post(
            self.bucket,
            key,
            Fields={"Content-Type": content_type},
            Conditions=[{"Content-Type": content_type}, ["content-length-range", 1, max_bytes]],
            ExpiresIn=seconds,
        )
        return PresignedPost(
            url=post["url"],
            fields={str(k): str(v) for k, v in post["fields"].items()},
            expires_at=datetime.now(UTC) + timedelta(seconds=seconds),
        )

    def ensure_bucket(self) -> None:
        """Create the bucket if it is missing (start-up of a self-hosted store)."""
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except ClientError:
            self.client.create_bucket(Bucket=self.bucket)
