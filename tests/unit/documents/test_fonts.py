"""The CJK font is embedded or nothing is printed (case C03)."""

from __future__ import annotations

from pathlib import Path

import pytest
import reportlab

from bqw_desktop.documents import fonts
from bqw_desktop.documents.fonts import FontUnavailable, register_cjk_font


@pytest.fixture
def fresh_font_cache():
    register_cjk_font.cache_clear()
    yield
    register_cjk_font.cache_clear()


def test_the_shipped_font_registers_once(fresh_font_cache):
    assert register_cjk_font() == register_cjk_font() == fonts.FONT_NAME
    assert register_cjk_font.cache_info().hits == 1


def test_a_missing_font_is_an_error_naming_the_path(fresh_font_cache, monkeypatch, tmp_path):
    missing = tmp_path / "fonts" / "wqy-microhei.ttc"
    monkeypatch.setattr(fonts, "resource_path", lambda relative: tmp_path / relative)
    with pytest.raises(FontUnavailable, match=str(missing)):
        register_cjk_font()


def test_a_damaged_font_is_an_error(fresh_font_cache, monkeypatch, tmp_path):
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "wqy-microhei.ttc").write_bytes(b"not a font")
    monkeypatch.setattr(fonts, "resource_path", lambda relative: tmp_path / relative)
    with pytest.raises(FontUnavailable, match="cannot be used"):
        register_cjk_font()


def test_a_font_without_chinese_is_refused(fresh_font_cache, monkeypatch):
    latin_only = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # shipped with reportlab
    monkeypatch.setattr(fonts, "resource_path", lambda relative: latin_only)
    with pytest.raises(FontUnavailable, match="no glyphs"):
        register_cjk_font()
