"""The GraphQL examples of the README and docs/ fit the schema and work on any day: no fixed
dates, only the placeholders docs/api.md explains ($DAY, $UNTIL), and with them filled in every
example parses and validates against schema.graphql."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from graphql import build_schema, parse, validate

ROOT = Path(__file__).parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCKS = [b for doc in DOCS for b in re.findall(r"```graphql\n(.*?)```", doc.read_text(), re.S)]


def placeholders() -> dict[str, str]:
    today = date.today()
    monday = today + timedelta(days=(7 - today.weekday()) or 7) + timedelta(days=7)
    return {
        "${DAY}": monday.isoformat(),
        "$DAY": monday.isoformat(),
        "$UNTIL": (monday + timedelta(weeks=12)).isoformat(),
    }


def documents(block: str) -> list[str]:
    """The block's operations (each starts at a line beginning with {, query, mutation or
    subscription; comments and continuation lines belong to the one before)."""
    docs: list[str] = []
    for line in block.splitlines():
        if re.match(r"^(\{|query\b|mutation\b|subscription\b)", line):
            docs.append(line)
        elif docs and not line.startswith("#"):
            docs[-1] += "\n" + line
    return docs


def test_the_examples_use_no_fixed_date():
    for block in BLOCKS:
        assert not re.search(r"\d{4}-\d{2}-\d{2}", block), block


def test_the_examples_fit_the_schema():
    schema = build_schema((ROOT / "schema.graphql").read_text())
    count = 0
    for block in BLOCKS:
        for document in documents(block):
            for name, value in placeholders().items():
                document = document.replace(name, value)
            errors = validate(schema, parse(document))
            assert not errors, (document, errors)
            count += 1
    assert count > 20
