from __future__ import annotations

import json

from click.testing import CliRunner

from minutebook.cli import main
from minutebook.models.schema import RECORD_MODELS, json_schema

from conftest import ROOT

COMMITTED = ROOT / "docs" / "minutebook.schema.json"


def test_schema_command_prints_the_generated_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == json_schema()


def test_committed_schema_matches_the_models(regen):
    current = json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
    if regen:
        COMMITTED.write_text(current)
    assert COMMITTED.read_text() == current, "models changed: run pytest --regen-golden and review docs/ diff"


def test_every_record_model_forbids_unknown_fields_and_is_frozen():
    for model in RECORD_MODELS:
        assert model.model_config.get("extra") == "forbid", model.__name__
        assert model.model_config.get("frozen") is True, model.__name__
        assert "record_type" in model.model_fields
