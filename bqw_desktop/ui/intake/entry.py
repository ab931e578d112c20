"""The keyboard-fast item-set form: template, GTIN, description, size, pieces, new/used, quantity.

Tab moves from field to field; Enter in any field registers the entry, except in the GTIN field,
where Enter looks the GTIN up (a GTIN seen before pre-fills category, description and pieces) and
moves on. The form holds the entry's request token (case C14): any change to a field makes a new
request, while Enter again on an unchanged form — even after the form was readied for the next entry
— repeats the one already registered, which the service answers without registering it twice. Buttons stay out of the Tab chain (the main window sends a focused button's focus to the
scan field).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from ...domain.catalogue import Category
from ...domain.receiving import CONDITION_LABELS, TEMPLATES, Condition, Template
from ...services.receiving import MAX_SETS_PER_ENTRY, ItemSetEntry
from ..i18n import term
from ..views.base import RequestToken
from ..widgets.fields import CodeField, CountBox

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ItemSetForm(QWidget):
    """Emits ``submitted`` on Enter, ``gtin_entered(text)`` on Enter in the GTIN field."""

    submitted = Signal()
    gtin_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = QComboBox()
        for t in TEMPLATES:
            self.template.addItem(t.name, t.key)
        self.gtin = CodeField()  # digits: Pinyin would eat one
        self.gtin.setPlaceholderText(self.tr("optional: scan or type the product barcode"))
        self.description = QLineEdit()
        self.size = QComboBox()
        self.size.setEditable(True)
        self.size.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pieces = CountBox()
        self.pieces.setRange(1, 999)
        self.condition = QComboBox()
        for condition in Condition:
            self.condition.addItem(term(CONDITION_LABELS[condition]), condition)
        self.quantity = CountBox()
        self.quantity.setRange(1, MAX_SETS_PER_ENTRY)
        self.quantity.setSuffix(self.tr(" item set(s)"))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("GTIN"), self.gtin)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Size (height or age)"), self.size)
        form.addRow(self.tr("Pieces per set"), self.pieces)
        form.addRow(self.tr("New / used"), self.condition)
        form.addRow(self.tr("Quantity"), self.quantity)
        self.fields = (self.template, self.gtin, self.description, self.size, self.pieces, self.condition, self.quantity)
        for first, second in zip(self.fields, self.fields[1:]):
            QWidget.setTabOrder(first, second)
        for field in (*self.fields, self.size.lineEdit()):
            field.installEventFilter(self)

        self.token = RequestToken()
        self._readying = False  # next_entry's own changes are not the person's
        for changed in (self.template.currentIndexChanged, self.gtin.textChanged, self.description.textChanged,
                        self.size.currentTextChanged, self.pieces.valueChanged, self.condition.currentIndexChanged,
                        self.quantity.valueChanged):
            changed.connect(self._changed)

        self._defaults: set[str] = set()  # descriptions the templates filled in (replaced on a template change)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self._template_chosen()

    def _changed(self) -> None:
        if not self._readying:
            self.token.renew()

    def current_template(self) -> Template:
        return next(t for t in TEMPLATES if t.key == self.template.currentData())

    def _template_chosen(self) -> None:
        chosen = self.current_template()
        text = self.description.text().strip()
        if not text or text in self._defaults:
            self.description.setText(chosen.description)
        self._defaults.add(chosen.description)
        size = self.size.currentText()
        self.size.clear()
        self.size.addItems(["", *chosen.sizes])
        self.size.setEnabled(True)
        self.size.setCurrentText(size if size in chosen.sizes else "")
        self.pieces.setValue(chosen.pieces)

    def fill(self, category: Category, description: str, pieces: int) -> None:
        """Pre-fill from an item set registered before with the same GTIN."""
        if self.current_template().category is not category:
            self.template.setCurrentIndex(next(i for i, t in enumerate(TEMPLATES) if t.category is category))
        self.description.setText(description)
        self.pieces.setValue(pieces)

    def entry(self) -> ItemSetEntry:
        return ItemSetEntry(
            category=self.current_template().category,
            description=self.description.text(),
            pieces=self.pieces.value(),
            size=self.size.currentText().strip() or None,
            condition=self.condition.currentData(),
            gtin=self.gtin.text().strip() or None,
        )

    def quantity_value(self) -> int:
        self.quantity.interpretText()
        return self.quantity.value()

    def next_entry(self) -> None:
        """After an entry is registered: a new GTIN and quantity, the rest kept for the next similar set.
        The request token stays: Enter again without changing anything is the same entry."""
        self._readying = True
        self.gtin.clear()
        self.quantity.setValue(1)
        self._readying = False
        self.template.setFocus(Qt.FocusReason.TabFocusReason)

    def reset(self) -> None:
        self.gtin.clear()
        self.description.clear()
        self.template.setCurrentIndex(0)
        self._template_chosen()
        self.condition.setCurrentIndex(0)
        self.quantity.setValue(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in _ENTER and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if watched is self.template and self.template.view().isVisible():
                return False  # Enter picks the entry in the open list
            if watched is self.gtin:
                self.gtin_entered.emit(self.gtin.text())
            else:
                self.submitted.emit()
            return True
        return False
