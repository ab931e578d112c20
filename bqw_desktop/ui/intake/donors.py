"""Donors (捐赠方) found by name or pinyin initials, created with kind and contact; receipts opened for one.

The list shows phone numbers whole only to roles that phone people (``roles.sees_whole_phone``), masked
to the others (issue 10, "Children's data"; PIPL art. 28 and 31).
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.receiving import DONOR_KIND_LABELS, DonorKind, receipt_number
from ...domain.roles import mask_phone, sees_whole_phone
from ...services import receiving
from ..i18n import term
from ..views.base import RequestToken, View
from ..widgets.fields import CodeField
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from .receipt import ChosenReceipt


class DonorsPanel(QWidget):
    """Search on the left (SQL ``LIKE``, 50 rows at most), a new donor and a new receipt on the right."""

    def __init__(self, view: View, chosen: ChosenReceipt) -> None:
        super().__init__()
        self.view, self.chosen = view, chosen
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a donor by name or pinyin initials (e.g. hzs)"))
        self.search.textChanged.connect(self.find)
        self.found: list[receiving.DonorView] = []
        self.donors = RowsModel([self.tr("Donor"), self.tr("Kind"), self.tr("Initials"), self.tr("Contact"),
                                 self.tr("Phone")])
        self.table = make_table(self.donors)

        new_donor = QGroupBox(self.tr("New donor"))
        form = QFormLayout(new_donor)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in DonorKind:
            self.kind.addItem(term(DONOR_KIND_LABELS[kind]), kind)
        self.contact = QLineEdit()
        self.phone = CodeField()  # digits: no input method
        self.address = QLineEdit()
        self.add_button = QPushButton(self.tr("Add donor"))
        self.add_button.clicked.connect(self.add_donor)
        self.donor_token = RequestToken()  # one click, one donor (C14): a new name typed is a new request
        for field in (self.name, self.contact, self.phone, self.address):
            field.textEdited.connect(self.donor_token.renew)
        self.kind.activated.connect(self.donor_token.renew)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Contact person"), self.contact)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        form.addRow("", self.add_button)

        new_receipt = QGroupBox(self.tr("New receipt for the selected donor"))
        receipt_form = QFormLayout(new_receipt)
        self.received_on = QDateEdit(QDate.currentDate())
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        self.receipt_button = QPushButton(self.tr("Open receipt"))
        self.receipt_button.clicked.connect(self.open_receipt)
        # one click, one receipt (C14): another donor, date or note makes a new request
        self.receipt_token = RequestToken()
        self.table.selectionModel().currentRowChanged.connect(self.receipt_token.renew)
        self.received_on.dateChanged.connect(self.receipt_token.renew)
        self.note.textEdited.connect(self.receipt_token.renew)
        receipt_form.addRow(self.tr("Arrived on"), self.received_on)
        receipt_form.addRow(self.tr("Note"), self.note)
        receipt_form.addRow("", self.receipt_button)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(new_donor)
        right.addWidget(new_receipt)
        right.addStretch()
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def find(self) -> None:
        found = self.view.attempt(lambda: receiving.find_donors(self.view.store, self.search.text()))
        if found is None:
            return
        self.found = found
        self.show_found()
        if found:
            self.table.selectRow(0)

    def show_found(self) -> None:
        """Show the donors last found, phone numbers as the person signed in now may see them (the page
        calls this on every refresh: another person may have signed in at this station since)."""
        whole = self.view.actor is not None and sees_whole_phone(self.view.actor.role)
        self.donors.set_rows([(d.name, term(DONOR_KIND_LABELS[d.kind]), d.initials, d.contact or "",
                               (d.phone if whole else mask_phone(d.phone)) or "") for d in self.found],
                             [d.name for d in self.found])

    def selected_donor(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.donors.keys[row] if 0 <= row < len(self.donors.keys) else None

    def add_donor(self) -> None:
        token = self.donor_token.value
        donor = self.view.attempt_once(lambda: receiving.create_donor(
            self.view.store, self.view.actor, self.name.text(), self.kind.currentData(), self.contact.text().strip(),
            self.phone.text().strip(), self.address.text().strip(), token=token))
        if donor is None:
            return
        for field in (self.name, self.contact, self.phone, self.address):
            field.clear()
        self.search.setText(donor.name)  # finds it, selected
        self.table.selectRow(max(self.donors.row_of(donor.name), 0))
        self.view.feedback.emit("ok", self.tr("Donor “{name}” added: open a receipt for its arrival.").format(name=donor.name))

    def open_receipt(self) -> None:
        donor = self.selected_donor()
        if donor is None:
            self.view.feedback.emit("warn", self.tr("Find and select the donor first."))
            return
        when, token = self.received_on.date().toPython(), self.receipt_token.value
        receipt = self.view.attempt_once(lambda: receiving.create_receipt(
            self.view.store, self.view.actor, donor, when, self.note.text().strip(), token=token))
        if receipt is None:
            return
        self.note.clear()
        self.chosen.opened.emit(receipt.id)
        self.view.feedback.emit("ok", self.tr("Receipt {number} opened for {donor}: import or type its manifest, then "
                                              "scan its cartons.").format(number=receipt_number(receipt.id),
                                                                          donor=donor))
