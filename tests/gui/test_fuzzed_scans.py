"""Random scans through every page's scan handler in the real window (issue 9, fault 10).

10,000 fuzzed scans once let "]C13101" raise ``decimal.InvalidOperation`` out of ``handle_scan`` (a
traceback, the banner still green) and a 1,000,000-character "scan" freeze the window for 163 s. Here
random text — control characters, GS1 prefixes, full width, huge — mixed with real codes of the drive
(so real actions happen too) goes to ``MainWindow.handle_scan`` on a random page: nothing may escape,
nothing may be an internal error, and every scan leaves a line in the banner and the station's log.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bqw_desktop.domain.catalogue import NonconformanceReason
from bqw_desktop.domain.identifiers import CodeKind, make_code
from bqw_desktop.domain.scanning import GS1_SYMBOLOGY_IDS, Command, clean_scan, command_text
from bqw_desktop.ui import dialogs

_REAL_CODES = st.one_of(
    st.integers(1, 1896).map(lambda n: make_code(CodeKind.ITEM_SET, n)),
    st.integers(1, 30).map(lambda n: make_code(CodeKind.CARTON, n)),
    st.integers(1, 40).map(lambda n: make_code(CodeKind.SHIPMENT, n)),
    st.integers(1, 40).map(lambda n: make_code(CodeKind.PACKAGE, n)),
    st.sampled_from([command_text(c) for c in Command if c is not Command.FAIL]
                    + [command_text(Command.FAIL, r) for r in NonconformanceReason]),
    st.sampled_from(["6901234567892", "012345678905", "96385074", "SF1234567890123", "SF 1234 5678 90123",
                     "123456789012", "RR473124829CN", "]C10106901234567892", "]C13101", "]C1" + "0106901234567892"
                     + "10LOT7" + "17261231"]),
)
_NOISE = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=string.digits + "()\x1d", max_size=40).map(lambda t: "]C1" + t),
    st.text(alphabet="０１２３４５６７８９ＩＳＣＴＳＨＦ　－\x00\x02\x03\x1d\t ", max_size=30),
    st.sampled_from(GS1_SYMBOLOGY_IDS).map(lambda p: p + "3101"),
    st.integers(150, 1_000_000).map(lambda n: "IS000001L"[: n % 9] + "9" * n),  # up to a million characters
)
SCANS = st.one_of(_REAL_CODES, _NOISE)


@pytest.fixture
def no_dialogs(monkeypatch):
    """Every question a page may ask is answered "cancel": a fuzzed scan must not wait for a person."""
    monkeypatch.setattr(dialogs, "ask_courier", lambda parent, number, choices: None)
    for name, answer in (("ask_save_path", None), ("ask_open_path", None), ("ask_text", None),
                         ("ask_printer", False), ("confirm", False)):
        monkeypatch.setattr(dialogs, name, lambda *args, answer=answer: answer)


def test_property_every_page_takes_any_scan_and_always_answers(qtbot, window, no_dialogs):
    window.timer.stop()  # the change poll (and its refresh) is not under test here
    pages = window.views()

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(page=st.integers(0, len(pages) - 1), raw=SCANS)
    def scan_on_page(page, raw):
        window.tabs.setCurrentIndex(page)
        window.history.clear()
        window.banner.show_message("idle", "")
        window.handle_scan(raw)  # nothing may escape
        shown = window.banner.text()
        if not clean_scan(raw):  # nothing but blanks and control characters: nothing to answer
            assert shown == "" and window.history.toPlainText() == ""
            return
        assert window.banner.kind in ("ok", "warn", "error") and shown, raw[:80]
        assert window.history.toPlainText().strip(), raw[:80]
        assert "内部错误" not in shown and "Internal error" not in shown, (raw[:80], shown)
        assert len(shown) < 400 and len(window.history.toPlainText()) < 800  # never the whole scan echoed

    scan_on_page()


def test_the_scans_that_broke_the_window(qtbot, window):
    """The two inputs from the issue, on every page: a red refusal, no traceback, no freeze."""
    for page in range(len(window.views())):
        window.tabs.setCurrentIndex(page)
        for raw in ("]C13101", "9" * 1_000_000):
            window.banner.show_message("ok", "IS000001L 合格。")  # the previous green message
            window.handle_scan(raw)
            assert window.banner.kind == "error" and len(window.banner.text()) < 200, window.banner.text()
    window.handle_scan("9" * 1_000_000)  # the same again at once: a double read, still not echoed whole
    assert len(window.banner.text()) < 200 and len(window.history.toPlainText().splitlines()[-1]) < 300
