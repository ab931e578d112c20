"""Languages: Qt translators for our catalogue (resources/i18n/*.ts) and Qt's own strings.

The ``.ts`` sources are compiled to ``.qm`` with the ``lrelease`` that PySide6 ships, at start-up,
into the user cache folder (only when the source is newer), so a checkout needs no build step.
Simplified Chinese is the default; English is the source language and needs no catalogue.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .. import paths
from ..domain.errors import DomainError

log = logging.getLogger(__name__)

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
_SETTINGS_KEY = "ui/language"


def saved_language() -> str:
    value = QSettings().value(_SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    QSettings().setValue(_SETTINGS_KEY, language)


def _lrelease() -> str | None:
    bundled = Path(PySide6.__file__).parent / "lrelease"
    return str(bundled) if bundled.exists() else shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_catalogue(language: str) -> Path | None:
    """The ``.qm`` for ``language``: compiled by build.spec in a frozen build, else compiled into the cache.

    A source checkout keeps no ``.qm`` (.gitignore), so a stale one cannot shadow the ``.ts``.
    """
    source = paths.resource_path(f"i18n/bqw_{language}.ts")
    shipped = source.with_suffix(".qm")
    if shipped.exists():
        return shipped
    if not source.exists():
        return None
    target = paths.user_cache_dir() / shipped.name
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        tool = _lrelease()
        if tool is None:
            log.error("no lrelease to compile %s", source)
            return None
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
    return target


class Translations:
    """Installs and swaps the application's translators."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
            return
        QLocale.setDefault(QLocale(language))
        catalogues = [compiled_catalogue(language)]
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues.append(Path(qt_dir) / f"qtbase_{language}.qm")
        for path in catalogues:
            translator = QTranslator(app)
            if path is not None and translator.load(str(path)):
                app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("no translation catalogue %s", path)


def term(text: str) -> str:
    """Translate a glossary term marked in the domain (context ``"term"``)."""
    return QCoreApplication.translate("term", text)


def error_text(error: DomainError) -> str:
    """A domain error's message in the current language, its parameters translated where they are terms."""
    params = {key: term(value) if isinstance(value, str) else value for key, value in error.params.items()}
    return QCoreApplication.translate("domain", error.message).format(**params)
