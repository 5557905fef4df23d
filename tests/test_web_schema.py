"""Schemathesis against the app's OpenAPI spec: generated requests to every read endpoint of
the real app over the real store must get documented, well-formed answers and no 5xx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

from storylens.web import WebSettings, create_app  # noqa: E402

# Examples per operation: enough to hit the boundaries of every parameter, few enough that
# the whole spec runs in seconds.
EXAMPLES = 25


@pytest.fixture(scope="module")
def api_schema(web_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("schema")
    app = create_app(WebSettings(db_path=web_store, alias_file=folder / "aliases.json"))
    # Write endpoints start analyses; they are tested directly in test_web.py.
    return schemathesis.openapi.from_asgi("/api/openapi.json", app).include(method="GET")


def test_api_conforms_to_its_spec(api_schema: Any) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 6
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            case.call_and_validate()

        check()
