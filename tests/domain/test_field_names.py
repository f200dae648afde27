"""Issue 12: errors speak Danish without the code's field names. Every text a service stores is named in
Danish in a refusal ("Afsnittet om økonomi indeholder …", not "economy: indeholder …"); only a path into a
meeting file keeps its path in front, since it says where in the file."""

from __future__ import annotations

import pytest
import sqlmodel

from tests.ui.meeting_builders import build
from workshop import models
from workshop.db import Database
from workshop.errors import FIELD_NAMES, ValidationError, field_message
from workshop.services import agenda

# Columns no one types: kept by the services themselves.
NOT_TYPED = {"content", "sha256", "lock_state", "current_step", "origin"}


def _text_columns() -> set[str]:
    found = set()
    for name in dir(models):
        table = getattr(models, name)
        if isinstance(table, type) and issubclass(table, sqlmodel.SQLModel) and hasattr(table, "__table__"):
            for column in table.__table__.columns:
                kind = type(column.type).__name__
                if any(k in kind for k in ("String", "Text", "JSON")):
                    found.add(column.name)
    return found - NOT_TYPED


def test_every_typed_text_has_a_danish_name() -> None:
    columns = _text_columns()
    assert "economy" in columns and "perspectives" in columns  # the scan finds the case sections and lists
    assert sorted(columns - set(FIELD_NAMES)) == []
    for column in columns:
        for detail in ("må ikke være tom", "indeholder et kontroltegn (U+0007), som ikke kan gemmes"):
            message = field_message(column, detail)
            assert column not in message and ":" not in message, message


@pytest.mark.parametrize(("field", "value", "said"), [
    ("economy", "Udgifter\x07", "Afsnittet om økonomi indeholder"),
    ("perspectives", ["Borgeren", "Medarbejderen\x07"], "Et perspektiv indeholder"),
])
def test_a_refused_case_section_names_it_in_danish(sqlite_db: Database, field: str, value: object,
                                                   said: str) -> None:
    w = build(sqlite_db)
    with pytest.raises(ValidationError) as refused:
        agenda.update_item(sqlite_db, w.items[2], **{field: value})
    assert str(refused.value).startswith(said) and field not in str(refused.value)
