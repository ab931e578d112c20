"""Intake (入库): donors and receipts, manifests, receiving cartons and item sets by scan, labels,
reconciliation and the donation acknowledgement.

The page has four sections (tabs): *Receiving* — the inbound cartons, the selected carton's item sets,
the keyboard-fast item-set form and the label buttons; *Donors & receipts*; *Manifest*; and
*Reconciliation*. The receipt being received is chosen at the top and applies to all of them.

Scans: a carton code selects the carton; with a receipt chosen, a carton of that receipt (or a
pre-printed carton code not yet in the store, which is created for it) becomes the carton being
received into. An item-set code selects its carton and its row. A manufacturer's GTIN goes into the
form (a GTIN seen before pre-fills it). 完成 (DONE) closes the carton (its labels print when the
label choice is "per carton"); 取消 (CANCEL) clears the form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...documents.labels import DEFAULT_PROFILE, LabelProfile
from ...domain.catalogue import CATEGORY_LABELS
from ...domain.errors import DomainError
from ...domain.lifecycle import ITEM_SET_STATUS_LABELS
from ...domain.receiving import scanned_gtin, typed_gtin
from ...domain.roles import Permission
from ...domain.scanning import Command, Scan, ScanKind
from ...services import labelling, receiving
from ...queries import item_sets
from ...services.receiving import ReceiptView
from ...queries.rows import CartonView
from ...services.context import Actor
from .. import dialogs, document_actions
from ..i18n import term
from ..intake.donors import DonorsPanel
from ..intake.entry import ItemSetForm
from ..intake.manifest import ManifestPanel
from ..intake.reconciliation import ReconciliationPanel
from ..widgets.fields import CodeField
from ..widgets.rows import RowsModel
from ..widgets.tables import make_table
from .base import RequestToken, View

#: when labels print by themselves: never, after each registered entry, or when a carton is done
LABELS_NEVER, LABELS_PER_ENTRY, LABELS_PER_CARTON = "never", "entry", "carton"


def _carton_rows(cartons: list[CartonView]) -> tuple[list[tuple], list[str]]:
    """The cartons table's rows and keys (formatting 2,800 cartons takes 40 ms: done in the read)."""
    return ([(c.code, c.donor, term(CATEGORY_LABELS[c.category]) if c.category else "", c.item_sets, c.inspected,
              f"{c.received_at.astimezone():%Y-%m-%d}") for c in cartons], [c.code for c in cartons])


class IntakeView(View):
    """Cartons on the left, the selected carton's item sets and the item-set form on the right."""

    accepts = frozenset({ScanKind.CARTON, ScanKind.ITEM_SET, ScanKind.GTIN, ScanKind.COMMAND})

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.receipt_id: int | None = None
        self.receipt_info: ReceiptView | None = None
        self.receiving_carton: str | None = None
        self._receipt_ids: tuple[int, ...] = ()
        self._profiles: list[LabelProfile] = []

        # --- the receipt being received ------------------------------------------------------------
        self.receipt_box = QComboBox()
        self.receipt_box.setMinimumContentsLength(36)
        self.receipt_box.currentIndexChanged.connect(self._receipt_chosen)
        self.receipt_summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Receipt:")))
        top.addWidget(self.receipt_box)
        top.addWidget(self.receipt_summary, 1)

        # --- receiving: cartons | item sets + form ------------------------------------------------
        self.cartons = RowsModel([self.tr("Carton"), self.tr("Donor"), self.tr("Category"), self.tr("Item sets"),
                                  self.tr("Inspected"), self.tr("Received")])
        self.items = RowsModel([self.tr("Item set"), self.tr("Category"), self.tr("Description"), self.tr("Size"),
                                self.tr("Pieces"), self.tr("Status")])
        self.carton_table = make_table(self.cartons)
        self.item_table = make_table(self.items)
        self.carton_table.selectionModel().currentRowChanged.connect(self._carton_chosen)

        self.new_carton = QPushButton(self.tr("New carton (prints its label)"))
        self.new_carton.clicked.connect(self.create_carton)
        # one click, one carton (C14): renewed by a scan, another receipt or item sets registered
        self.carton_token = RequestToken()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Inbound cartons")))
        left_layout.addWidget(self.carton_table)
        left_layout.addWidget(self.new_carton)

        self.carton_caption = QLabel()
        font = self.carton_caption.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.carton_caption.setFont(font)
        self.carton_caption.setWordWrap(True)
        self.donor_ref = CodeField()  # a carton number: no input method
        self.donor_ref.setPlaceholderText(self.tr("the donor's carton no. (箱号 on the manifest), then Enter"))
        self.donor_ref.returnPressed.connect(self.save_donor_ref)
        self.form = ItemSetForm()
        self.form.submitted.connect(self.register)
        self.form.gtin_entered.connect(self.gtin_typed)
        self.register_button = QPushButton(self.tr("Register (Enter)"))
        self.register_button.clicked.connect(self.register)

        self.label_timing = QComboBox()
        self.label_timing.addItem(self.tr("Labels: print them myself"), LABELS_NEVER)
        self.label_timing.addItem(self.tr("Labels: after each entry"), LABELS_PER_ENTRY)
        self.label_timing.addItem(self.tr("Labels: when the carton is done"), LABELS_PER_CARTON)
        self.label_output = QComboBox()
        self.label_output.addItem(self.tr("Print (Qt print dialog)"), True)
        self.label_output.addItem(self.tr("Save as PDF"), False)
        self.profile_box = QComboBox()

        entry_box = QGroupBox(self.tr("Register item sets"))
        entry_layout = QVBoxLayout(entry_box)
        entry_layout.addWidget(self.carton_caption)
        ref_row = QHBoxLayout()
        ref_row.addWidget(QLabel(self.tr("Donor's carton no.")))
        ref_row.addWidget(self.donor_ref, 1)
        entry_layout.addLayout(ref_row)
        entry_layout.addWidget(self.form)
        register_row = QHBoxLayout()
        register_row.addWidget(self.register_button)
        register_row.addStretch()
        entry_layout.addLayout(register_row)
        labels_box = QGroupBox(self.tr("Labels"))
        labels_layout = QVBoxLayout(labels_box)
        for widget in (self.label_timing, self.label_output, self.profile_box):
            labels_layout.addWidget(widget)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        self.items_caption = QLabel(self.tr("Item sets"))
        middle_layout.addWidget(self.items_caption)
        middle_layout.addWidget(self.item_table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(entry_box)
        right_layout.addWidget(labels_box)
        right_layout.addStretch()
        splitter = QSplitter()
        for part in (left, middle, right):
            splitter.addWidget(part)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([320, 420, 340])

        self.save_carton_labels = QPushButton(self.tr("Save carton labels as PDF…"))
        self.print_carton_labels = QPushButton(self.tr("Print carton labels…"))
        self.save_selected_labels = QPushButton(self.tr("Save labels of selected item sets…"))
        self.print_selected_labels = QPushButton(self.tr("Print labels of selected item sets…"))
        self.save_carton_labels.clicked.connect(lambda: self._labels(print_them=False, selected_only=False))
        self.print_carton_labels.clicked.connect(lambda: self._labels(print_them=True, selected_only=False))
        self.save_selected_labels.clicked.connect(lambda: self._labels(print_them=False, selected_only=True))
        self.print_selected_labels.clicked.connect(lambda: self._labels(print_them=True, selected_only=True))
        buttons = QHBoxLayout()
        for button in (self.save_carton_labels, self.print_carton_labels, self.save_selected_labels,
                       self.print_selected_labels):
            buttons.addWidget(button)
        buttons.addStretch()
        for button in (self.new_carton, self.register_button, self.save_carton_labels, self.print_carton_labels,
                       self.save_selected_labels, self.print_selected_labels):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # out of the Tab chain of the form

        receiving_page = QWidget()
        receiving_layout = QVBoxLayout(receiving_page)
        receiving_layout.setContentsMargins(0, 4, 0, 0)
        receiving_layout.addWidget(splitter, 1)
        receiving_layout.addLayout(buttons)

        # --- the other sections ------------------------------------------------------------------
        self.donors = DonorsPanel(self)
        self.manifest = ManifestPanel(self)
        self.reconciliation = ReconciliationPanel(self)
        self.sections = QTabWidget()
        self.sections.addTab(receiving_page, self.tr("Receiving"))
        self.sections.addTab(self.donors, self.tr("Donors && receipts"))
        self.sections.addTab(self.manifest, self.tr("Manifest"))
        self.sections.addTab(self.reconciliation, self.tr("Reconciliation && acknowledgement"))
        self.sections.currentChanged.connect(self._section_shown)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sections, 1)
        self._show_receiving_carton()

    def title(self) -> str:
        return self.tr("Intake")

    # --- receipts ----------------------------------------------------------------------------------

    def _load_receipts(self, receipts: list[ReceiptView] | None = None) -> None:
        """Fill the receipt list when receipts were added (by this station or another); ``receipts`` as
        read by :meth:`read`, or read now."""
        if receipts is None:
            receipts = receiving.list_receipts(self.store)
        ids = tuple(r.id for r in receipts)
        if ids == self._receipt_ids:
            return
        self._receipt_ids = ids
        chosen = self.receipt_id
        self.receipt_box.blockSignals(True)
        self.receipt_box.clear()
        self.receipt_box.addItem(self.tr("— no receipt: choose or open one —"), None)
        for r in receipts:
            self.receipt_box.addItem(f"{receiving.receipt_number(r.id)} · {r.donor} · {r.received_on:%Y-%m-%d}", r.id)
        self.receipt_box.setCurrentIndex(max(self.receipt_box.findData(chosen), 0) if chosen else 0)
        self.receipt_box.blockSignals(False)
        if self.receipt_box.currentData() != chosen:
            self._receipt_chosen()

    def receipt_opened(self, receipt_id: int) -> None:
        """A receipt was created on this page: choose it and go on to its manifest."""
        self._load_receipts()
        self.receipt_box.setCurrentIndex(self.receipt_box.findData(receipt_id))
        self.sections.setCurrentWidget(self.manifest)

    def _receipt_chosen(self) -> None:
        self.receipt_id = self.receipt_box.currentData()
        self.carton_token.renew()
        if self.receiving_carton and self.receiving_carton not in self._cartons_of(self.receipt_id):
            self.receiving_carton = None
        self.manifest.preview = None
        self.receipt_changed()

    def _cartons_of(self, receipt_id: int | None) -> set[str]:
        if receipt_id is None:
            return set()
        cartons = self.attempt(lambda: receiving.receipt_cartons(self.store, receipt_id))
        return {c.code for c in cartons or []}

    def receipt_changed(self) -> None:
        """Re-read the chosen receipt's summary, manifest and differences."""
        self._summary()
        self._section_shown()  # the manifest and the differences are read only for their tab in sight

    def _summary(self, info: ReceiptView | None = None) -> None:
        """The line at the top: the receipt's donor, date and counts (three small queries, unless ``info``
        was read already)."""
        rid = self.receipt_id
        if info is None:
            info = self.attempt(lambda: receiving.get_receipt(self.store, rid)) if rid else None
        self.receipt_info = info
        if info is None:
            self.receipt_summary.setText(self.tr("Choose a receipt to receive into, or open one under “Donors & receipts”."))
        else:
            self.receipt_summary.setText(self.tr(
                "{donor} · arrived {date} · {cartons} carton(s) · {received} of {expected} expected item set(s) "
                "received").format(donor=info.donor, date=f"{info.received_on:%Y-%m-%d}", cartons=info.cartons,
                                   received=info.item_sets, expected=info.expected))
        self._show_receiving_carton()

    def _section_shown(self) -> None:
        if self.sections.currentWidget() is self.manifest:
            self.manifest.show_stored()
        elif self.sections.currentWidget() is self.reconciliation:
            self.reconciliation.refresh()
        elif self.sections.currentWidget() is self.donors and not self.donors.donors.keys:
            self.donors.find()

    # --- what is shown -----------------------------------------------------------------------------

    def current_carton(self) -> str | None:
        row = self.carton_table.currentIndex().row()
        return self.cartons.keys[row] if 0 <= row < len(self.cartons.keys) else None

    def read(self) -> Callable[[], tuple[tuple[list[tuple], list[str]], list[ReceiptView], list[LabelProfile],
                                         ReceiptView | None]]:
        store, rid = self.store, self.receipt_id
        return lambda: (_carton_rows(item_sets.list_cartons(store)), receiving.list_receipts(store),
                        labelling.list_profiles(store), receiving.get_receipt(store, rid) if rid is not None else None)

    def set_actor(self, actor: Actor | None) -> None:
        """As :meth:`View.set_actor`; the donors' phone numbers are shown at once as the new person may see them."""
        super().set_actor(actor)
        self.donors.show_found()

    def show_read(self, data: tuple[tuple[list[tuple], list[str]], list[ReceiptView], list[LabelProfile],
                                    ReceiptView | None]) -> None:
        (rows, keys), receipts, profiles, info = data
        chosen = self.current_carton()
        self.cartons.set_rows(rows, keys)
        self.select_carton(chosen or (keys[0] if keys else None))
        self._load_receipts(receipts)
        self._load_profiles(profiles)
        self.donors.show_found()
        if self.receipt_id is not None:
            self._summary(info if info is not None and info.id == self.receipt_id else None)
            if self.sections.currentWidget() is self.reconciliation:
                self.reconciliation.refresh()

    def _load_profiles(self, profiles: list[LabelProfile]) -> None:
        if [p.name for p in profiles] == [p.name for p in self._profiles] and self.profile_box.count():
            return
        chosen = self.profile_box.currentText()
        self._profiles = profiles
        self.profile_box.clear()
        self.profile_box.addItem(self.tr("Default profile: 60×40 mm, 203 dpi"), None)
        for p in profiles:
            self.profile_box.addItem(self.tr("Profile {name}: {width:g}×{height:g} mm, {dpi} dpi").format(
                name=p.name, width=p.width_mm, height=p.height_mm, dpi=p.dpi), p.name)
        self.profile_box.setCurrentIndex(max(self.profile_box.findText(chosen), 0))

    def profile(self) -> LabelProfile:
        name = self.profile_box.currentData()
        return next((p for p in self._profiles if p.name == name), DEFAULT_PROFILE)

    def select_carton(self, code: str | None, item_code: str | None = None) -> None:
        row = self.cartons.row_of(code) if code else -1
        if row < 0:
            self.items.set_rows([], [])
            return
        self.carton_table.selectRow(row)
        self._show_items(code)
        if item_code:
            item_row = self.items.row_of(item_code)
            self.item_table.selectionModel().setCurrentIndex(
                self.items.index(item_row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.item_table.scrollTo(self.items.index(item_row, 0))

    def _carton_chosen(self) -> None:
        code = self.current_carton()
        if code:
            self._show_items(code)

    def _show_items(self, carton_code: str, *, again: bool = False) -> None:
        if not again and self.items_caption.property("carton") == carton_code and self.items.keys:
            return
        items = item_sets.carton_item_sets(self.store, carton_code)
        self.items.set_rows(
            [(i.code, term(CATEGORY_LABELS[i.category]), i.description, i.size, i.pieces,
              term(ITEM_SET_STATUS_LABELS[i.status])) for i in items],
            [i.code for i in items],
        )
        self.items_caption.setProperty("carton", carton_code)
        self.items_caption.setText(self.tr("Item sets in carton {code}: {count}").format(code=carton_code, count=len(items)))

    def _show_receiving_carton(self) -> None:
        code = self.receiving_carton
        self.donor_ref.setEnabled(code is not None)
        self.new_carton.setEnabled(self.receipt_id is not None)
        if code is None:
            self.carton_caption.setText(self.tr("Scan a carton of this receipt (or create one) to register its item sets.")
                                        if self.receipt_id else self.tr("Choose a receipt first, then scan its cartons."))
            self.donor_ref.clear()
        else:
            self.carton_caption.setText(self.tr("Receiving into carton {code} ({number})").format(
                code=code, number=receiving.receipt_number(self.receipt_id)))

    # --- scans -------------------------------------------------------------------------------------

    def on_scan(self, scan: Scan) -> None:
        for token in (self.carton_token, self.form.token):  # something done in between: new requests
            token.renew()
        if scan.kind is ScanKind.CARTON:
            self._carton_scanned(scan.text)
        elif scan.kind is ScanKind.ITEM_SET:
            item = self.attempt(lambda: item_sets.find_item_set(self.store, scan.text))
            if item is not None:
                self.select_carton(item.carton_code, item.code)
                self.feedback.emit("ok", self.tr("{code}: {description} — {status}").format(
                    code=item.code, description=item.description, status=term(ITEM_SET_STATUS_LABELS[item.status])))
        elif scan.kind is ScanKind.GTIN:
            # A scan ends what was typed before it (C10): the entry begun with the previous product code is
            # registered first, so "scan, 2, scan, 2, Enter" is two entries of 2, never one of 22.
            if self.receiving_carton is not None and self.form.gtin.text().strip() and not self.register():
                return  # refused (the banner says why): the entry stays in the form, the new code is not used
            self._gtin(scanned_gtin(scan.text))
        elif scan.kind is ScanKind.COMMAND:
            self._command(scan)

    def _carton_scanned(self, code: str) -> None:
        rid = self.receipt_id if self.may(Permission.RECEIVE) else None  # who may not receive only looks
        if rid is not None:  # the service opens a carton of this receipt or a new pre-printed label
            carton = self.attempt(lambda: receiving.open_carton(self.store, self.actor, rid, code,
                                                                show_other_arrival=True))
            if carton is None:
                return
            if carton.opened:
                self._start_carton(carton.code, carton.donor_ref, carton.created)
                return
        elif self.attempt(lambda: item_sets.carton_item_sets(self.store, code)) is None:
            return
        self.items_caption.setProperty("carton", None)
        self.select_carton(code)
        if rid is None:
            self.feedback.emit("ok", self.tr("Carton {code}").format(code=code))
        else:
            self.feedback.emit("warn", self.tr("Carton {code} was received with another arrival: it is shown, not opened "
                                               "for receipt {number}.").format(code=code, number=receiving.receipt_number(rid)))

    def _start_carton(self, code: str, donor_ref: str | None, created: bool) -> None:
        if code != self.receiving_carton:
            self.form.token.renew()  # the same entry into another carton is another request
        self.receiving_carton = code
        if created:
            self.receipt_changed()
            self.refresh_cartons()
        self.items_caption.setProperty("carton", None)
        self.select_carton(code)
        self._show_receiving_carton()
        self.sections.setCurrentIndex(0)
        self.donor_ref.setText(donor_ref or "")
        if donor_ref:
            self.form.template.setFocus(Qt.FocusReason.TabFocusReason)
            self.feedback.emit("ok", self.tr("Carton {code} (donor's no. {ref}): register its item sets.").format(
                code=code, ref=donor_ref))
        else:
            self.donor_ref.setFocus(Qt.FocusReason.TabFocusReason)
            text = (self.tr("New carton {code} for this receipt: type the donor's carton no., then register its item sets.")
                    if created else self.tr("Carton {code}: type the donor's carton no., then register its item sets."))
            self.feedback.emit("ok", text.format(code=code))

    def refresh_cartons(self) -> None:
        self.cartons.set_rows(*_carton_rows(item_sets.list_cartons(self.store)))

    def _gtin(self, gtin: str) -> None:
        """A GTIN (checked) into the form; one seen before pre-fills category, description and pieces."""
        self.form.gtin.setText(gtin)
        known = self.attempt(lambda: receiving.description_for_gtin(self.store, gtin))
        if known:
            self.form.fill(*known)
            self.form.quantity.setFocus(Qt.FocusReason.TabFocusReason)
            self.form.quantity.selectAll()  # a typed quantity replaces the shown one, never extends it
            self.feedback.emit("ok", self.tr("{gtin}: {description} (as registered before). Give the quantity, then Enter.")
                               .format(gtin=gtin, description=known[1]))
        else:
            self.form.description.setFocus(Qt.FocusReason.TabFocusReason)
            self.form.description.selectAll()
            self.feedback.emit("ok", self.tr("{gtin} is new here: type its description.").format(gtin=gtin))

    def gtin_typed(self, text: str) -> None:
        """Enter in the GTIN field: a typed GTIN is checked (C01: a wrong check digit is refused)."""
        if not text.strip():
            self.form.description.setFocus(Qt.FocusReason.TabFocusReason)
            return
        gtin = self.attempt(lambda: typed_gtin(text))
        if gtin is not None:
            self._gtin(gtin)

    def _command(self, scan: Scan) -> None:
        if scan.command is Command.DONE:
            self.carton_done()
        elif scan.command is Command.CANCEL:
            self.form.reset()
            self.feedback.emit("ok", self.tr("Entry cleared."))
        else:
            self.feedback.emit("warn", self.tr("Pass and Fail are scanned on the Inspection page."))

    # --- receiving -----------------------------------------------------------------------------------

    def create_carton(self) -> None:
        """A new carton for the receipt (the next carton code), its label printed at once."""
        rid = self.receipt_id
        if rid is None:
            self.feedback.emit("warn", self.tr("Choose a receipt first."))
            return
        token = self.carton_token.value
        carton = self.attempt_once(lambda: receiving.open_carton(self.store, self.actor, rid, None, token=token))
        if carton is None:
            return
        self._start_carton(carton.code, None, True)
        self.print_labels([carton.code], f"label-{carton.code}.pdf")

    def save_donor_ref(self) -> None:
        code, ref = self.receiving_carton, self.donor_ref.text()
        if code is None:
            return
        if self.attempt(lambda: receiving.set_donor_ref(self.store, self.actor, code, ref) or True):
            self.form.template.setFocus(Qt.FocusReason.TabFocusReason)
            self.feedback.emit("ok", self.tr("Carton {code} is the donor's no. {ref}.").format(code=code, ref=ref.strip()))

    def register(self) -> bool:
        """Register the form's entry in the carton being received (Enter in the form, or the next product
        scan); whether it was registered."""
        carton = self.receiving_carton
        if carton is None:
            self.feedback.emit("warn", self.tr("Scan a carton of the receipt first (or create one)."))
            return False
        entry, count, token = self.form.entry(), self.form.quantity_value(), self.form.token.value
        codes = self.attempt_once(lambda: receiving.register_item_sets(self.store, self.actor, carton, entry, count,
                                                                       token=token))
        if not codes:
            return False
        self.carton_token.renew()
        self._show_items(carton, again=True)
        self.select_carton(carton, codes[-1])
        self._summary()
        self.form.next_entry()
        first_last = codes[0] if len(codes) == 1 else f"{codes[0]}–{codes[-1]}"
        self.feedback.emit("ok", self.tr("{n} × {description} registered in {carton}: {codes}").format(
            n=len(codes), description=entry.description, carton=carton, codes=first_last))
        if self.label_timing.currentData() == LABELS_PER_ENTRY:
            self.print_labels(codes, f"labels-{codes[0]}.pdf")
        return True

    def carton_done(self) -> None:
        carton = self.receiving_carton
        if carton is None:
            self.feedback.emit("warn", self.tr("No carton is being received."))
            return
        self.receiving_carton = None
        self._show_receiving_carton()
        self.feedback.emit("ok", self.tr("Carton {code} done: scan the next carton.").format(code=carton))
        if self.label_timing.currentData() == LABELS_PER_CARTON:
            items = item_sets.carton_item_sets(self.store, carton)
            self.print_labels([carton, *(i.code for i in items)], f"labels-{carton}.pdf")

    # --- labels ------------------------------------------------------------------------------------

    def print_labels(self, codes: Sequence[str], suggested_name: str, print_them: bool | None = None) -> None:
        """Labels of ``codes`` with the chosen printer profile, printed or saved (``print_them``, default
        the page's choice). Labels printed before ask why, and every print is recorded."""
        labels = self.attempt(lambda: labelling.labels_for_codes(self.store, codes))
        if not labels:
            return
        if print_them is None:
            print_them = bool(self.label_output.currentData())
        again = labelling.printed_before(self.store, codes)
        why = None
        if again:
            why = dialogs.ask_text(self, self.tr("Reprint labels"), self.tr(
                "{count} label(s) were printed before ({first}…). Why are they printed again?").format(
                count=len(again), first=again[0]))
            if not why:
                self.feedback.emit("warn", self.tr("Not printed: a reprint needs a reason."))
                return
        profile = self.profile()

        def render(path: str, progress) -> int:  # noqa: ANN001
            pages = labelling.write_labels(labels, path, profile, progress=progress).pages
            # recorded once the labels exist: a cancelled dialog prints nothing and records nothing
            try:
                labelling.record_printed(self.store, self.actor, codes, why)
            except DomainError:  # printed meanwhile elsewhere, a reprint by a volunteer, an ID number in the reason
                Path(path).unlink(missing_ok=True)  # a refused record leaves no unrecorded file
                raise
            return pages

        if print_them:
            document_actions.print_document(self, len(labels), render)
        else:
            document_actions.save_pdf(self, suggested_name, len(labels), render)

    def _labels(self, *, print_them: bool, selected_only: bool) -> None:
        carton = self.current_carton()
        if carton is None:
            return
        if selected_only:
            codes = [self.items.keys[i.row()] for i in self.item_table.selectionModel().selectedRows()]
            if not codes:
                self.feedback.emit("warn", self.tr("Select item sets in the list first."))
                return
        else:
            codes = [carton, *self.items.keys] if self.items_caption.property("carton") == carton else [
                carton, *(i.code for i in item_sets.carton_item_sets(self.store, carton))]
        self.print_labels(codes, f"labels-{carton}.pdf", print_them)
