"""The CLI asks coordinators and administrators for their PIN: the test accounts' PIN is in BQW_PIN."""

import pytest

from tests.helpers.people import PIN


@pytest.fixture(autouse=True)
def _pin_in_environment(monkeypatch):
    monkeypatch.setenv("BQW_PIN", PIN)
