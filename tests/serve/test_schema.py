"""Property-based checks of the API against its own OpenAPI schema: no 500s, no responses
that break the schema. Every operation gets generated requests, valid and invalid."""
import json

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from muster.ingest import ingest
from muster.reconcile import engine
from muster.serve import ServeSettings, create_app
from muster.store import open_store
from tests.serve.conftest import CORPUS

pytestmark = pytest.mark.slow

EXAMPLES_PER_OPERATION = 30


@pytest.fixture(scope="module")
def schema(tmp_path_factory):
    folder = tmp_path_factory.mktemp("schema")
    (folder / "c.jsonl").write_text("\n".join(json.dumps(x) for x in CORPUS) + "\n", encoding="utf-8")
    store = open_store(f"sqlite:///{folder / 'm.db'}")
    ingest(store, [str(folder / "c.jsonl")])
    engine.update(store)
    return schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(store, ServeSettings(token=None, allowed_hosts=("testserver", "127.0.0.1", "localhost"))))


def test_every_operation_conforms_to_the_schema(schema):
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate()

        check()
