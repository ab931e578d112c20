"""No column of the store, and no field of a printed document, is made to hold a child's name or an
identity card number (issue 10, "Children's data").

The beneficiaries are children: personal information of a minor under 14 is sensitive personal
information (PIPL art. 28), processed only under special rules and with a guardian's consent
(art. 31). The drive needs none of it: a child is known by a pseudonymous code (issue 12's wishes).
A later migration or model that adds such a column fails here, naming the law, on purpose.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re

from sqlalchemy import Column, Integer, MetaData, String, Table, inspect

from bqw_desktop import documents
from bqw_desktop.store.models import Base

#: names of a child's name or of an ID number, in English, pinyin or Chinese
FORBIDDEN = re.compile(
    r"(child|kid|minor|beneficiary|student|pupil|orphan)(ren|s)?_?(full_?|given_?|family_?|sur|real_?)?name"
    r"|(^|[._])id_?(card|number|no|num)($|_)|idcard|identity|national_?id|citizen_?id|resident_?id|(^|[._])ric($|_)"
    r"|passport|shenfen|(^|[._])sfz($|_)|身份证|证件|姓名|儿童.*名",
    re.IGNORECASE,
)

WHY = ("{names}: a column or printed field for a child's name or an ID number. The beneficiaries are "
       "minors; PIPL art. 28 makes their personal information sensitive and art. 31 restricts processing "
       "it. Identify a child by a pseudonymous code (issue 10, \"Children's data\") and keep no ID numbers.")


def offending(names) -> list[str]:
    return sorted(name for name in names if FORBIDDEN.search(name))


def columns(metadata: MetaData) -> list[str]:
    return [f"{table.name}.{column.name}" for table in metadata.sorted_tables for column in table.columns]


def test_no_model_column_holds_a_childs_name_or_an_id_number():
    found = offending(columns(Base.metadata))
    assert not found, WHY.format(names=", ".join(found))


def test_no_column_of_the_migrated_store_does_either(store):
    schema = inspect(store.engine)
    found = offending(f"{table}.{c['name']}" for table in schema.get_table_names() for c in schema.get_columns(table))
    assert not found, WHY.format(names=", ".join(found))


def test_no_document_has_a_field_for_either():
    """What the documents print comes in dataclasses: none of them has such a field to print."""
    fields = []
    for module in pkgutil.iter_modules(documents.__path__):
        for name, value in vars(importlib.import_module(f"{documents.__name__}.{module.name}")).items():
            if dataclasses.is_dataclass(value) and isinstance(value, type):
                fields += [f"{name}.{f.name}" for f in dataclasses.fields(value)]
    assert len(fields) > 50  # the documents were found
    found = offending(fields)
    assert not found, WHY.format(names=", ".join(found))


def test_the_check_catches_such_a_column_and_leaves_the_codes_and_adults_alone():
    metadata = MetaData()
    Table("wish", metadata, Column("id", Integer, primary_key=True), Column("child_code", String),
          Column("child_name", String), Column("id_number", String), Column("guardian_id_card", String),
          Column("儿童姓名", String), Column("身份证号", String), Column("contact_name", String),
          Column("receiver", String), Column("pickup_id", Integer), Column("rubric", String))
    assert offending(columns(metadata)) == ["wish.child_name", "wish.guardian_id_card", "wish.id_number",
                                            "wish.儿童姓名", "wish.身份证号"]
    assert "PIPL art. 28" in WHY.format(names="wish.child_name")
