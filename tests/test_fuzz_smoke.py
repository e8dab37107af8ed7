"""A short run of the schema-driven fuzzer (bench/fuzz_api.py) against a real server on this
session's database kind: a few hundred generated operations as a requester, an officer and an
admin, valid and invalid, queries, mutations and subscriptions; none may answer INTERNAL or an
HTTP 500, every top-level error has a code, and the server logs no traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench import fuzz_api
from tests.conftest import BACKEND

OPERATIONS_PER_ROLE = 120


def test_a_short_fuzz_run_finds_nothing():
    with tempfile.TemporaryDirectory() as tmp, fuzz_api.serve(BACKEND, Path(tmp)) as (base, log):
        tally = fuzz_api.fuzz(base, OPERATIONS_PER_ROLE, seed=13, log=log)
    assert all(n >= OPERATIONS_PER_ROLE for n in tally.operations.values()), tally.operations
    assert not tally.findings, fuzz_api.report(tally)
