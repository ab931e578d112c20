"""A station for the real input-method test (tests/gui/test_real_input_method.py): the main window on the store
given, on the Shipments page with the store's first shipment selected and the focus in the field named
(``tracking``, ``weight`` or ``revert_reason``). Every scan the scanner input emits is appended to the
file ``$SCAN_OUT`` as ``scan <code>``, followed by ``field <the focused field's text>``.

    python -m tests.gui.ime.station DATABASE FIELD
"""

from __future__ import annotations

import os
import sys
from operator import attrgetter

from PySide6.QtCore import QTimer

from bqw_desktop.queries import shipments
from bqw_desktop.services.context import Actor
from bqw_desktop.domain.roles import Role
from bqw_desktop.store.database import open_store
from bqw_desktop.ui.app import create_application
from bqw_desktop.ui.i18n import Translations
from bqw_desktop.ui.main_window import MainWindow
from bqw_desktop.ui.sounds import Sounds


def main() -> None:
    database, field_name = sys.argv[1], sys.argv[2]
    app = create_application()
    Translations().install("zh_CN")
    store = open_store(f"sqlite:///{database}")
    window = MainWindow(store, Actor("ime-test", "IME-1", Role.ADMINISTRATOR), "zh_CN", sounds=Sounds(enabled=False))
    view = window.shipments_view
    window.tabs.setCurrentWidget(view)
    view.select(shipments.list_shipments(store)[0].code)
    if field_name == "tracking_panel.revert_reason":
        view.details.setCurrentIndex(1)
    field = attrgetter(field_name)(view)

    def record(code: str) -> None:
        with open(os.environ["SCAN_OUT"], "a", encoding="utf-8") as out:
            out.write(f"scan {code}\nfield {field.text()}\n")

    window.scanner.scanned.connect(record)
    window.show()
    QTimer.singleShot(300, lambda: (window.activateWindow(), field.setFocus()))
    app.exec()
    store.dispose()


if __name__ == "__main__":
    main()
