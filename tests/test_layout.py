"""booking/ is the domain: it imports no transport, worker or storage SDK."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = (
    "strawberry",
    "starlette",
    "celery",
    "redis",
    "boto3",
    "uvicorn",
    "aiosmtplib",
    "pywebpush",
)


@pytest.fixture(autouse=True)
def clean_tables():  # no database needed here
    yield


def test_the_domain_imports_no_adapter_library():
    modules = sorted(
        f"booking.{p.stem}" for p in (ROOT / "booking").glob("*.py") if p.stem != "__init__"
    )
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"print(json.dumps(sorted(n for n in sys.modules if n.split('.')[0] in {FORBIDDEN!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
