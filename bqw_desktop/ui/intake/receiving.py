"""The Intake page's Receiving tab: the inbound cartons, the selected carton's item sets, the
keyboard-fast item-set form and the label buttons; it takes every scan the page takes.

Scans: a carton code selects the carton; with a receipt chosen, the receiving service decides whether
it is opened for the receipt (a carton of that receipt, or a pre-printed carton code not yet in the
store, created for it). An item-set code selects its carton and its row. A manufacturer's GTIN goes
into the form (a GTIN seen before pre-fills it). 完成 (DONE) closes the carton (its labels print when
the label choice is "per carton"); 取消 (CANCEL) clears the form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...domain.lifecycle import ITEM_SET_STATUS_LABELS
from ...domain.receiving import receipt_number, scanned_gtin, typed_gtin
from ...domain.roles import Permission
from ...domain.scanning import Command, Scan, ScanKind
from ...queries import item_sets
from ...services import receiving
from ..i18n import term
from ..views.base import RequestToken, View
from ..widgets.fields import CodeField
from .cartons import CartonLists
from .entry import ItemSetForm
from .labels import LABELS_PER_CARTON, LABELS_PER_ENTRY, LabelPrinting
from .receipt import ChosenReceipt


class ReceivingPanel(QWidget):
    """Cartons on the left, the selected carton's item sets in the middle, the item-set form and the
    label choices on the right. ``page`` gives the store, the person acting and the banner; ``chosen``
    the receipt chosen. Emits ``started()`` when a carton is opened for receiving (the page shows this tab)."""

    started = Signal()

    def __init__(self, page: View, chosen: ChosenReceipt) -> None:
        super().__init__()
        self.page, self.chosen = page, chosen
        self.receiving_carton: str | None = None
        # one click, one carton (C14): renewed by a scan, another receipt or item sets registered
        self.carton_token = RequestToken()
        parts = [QWidget() for _ in range(3)]
        left, middle, right = (QVBoxLayout(part) for part in parts)
        self.lists = CartonLists(page.store, left, middle)
        self.new_carton = QPushButton(self.tr("New carton (prints its label)"))
        self.new_carton.clicked.connect(self.create_carton)
        left.addWidget(self.new_carton)
        self.labels = LabelPrinting(page)
        right.addWidget(self._entry_box())
        right.addWidget(self.labels)
        right.addStretch()
        splitter = QSplitter()
        for n, (part, stretch) in enumerate(zip(parts, (2, 3, 2), strict=True)):
            splitter.addWidget(part)
            splitter.setStretchFactor(n, stretch)
        splitter.setSizes([320, 420, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._label_buttons())
        for button in (self.new_carton, self.register_button, self.save_carton_labels, self.print_carton_labels,
                       self.save_selected_labels, self.print_selected_labels):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # out of the Tab chain of the form
        self.show_receiving_carton()

    def _entry_box(self) -> QGroupBox:
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
        box = QGroupBox(self.tr("Register item sets"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.carton_caption)
        ref_row = QHBoxLayout()
        ref_row.addWidget(QLabel(self.tr("Donor's carton no.")))
        ref_row.addWidget(self.donor_ref, 1)
        layout.addLayout(ref_row)
        layout.addWidget(self.form)
        register_row = QHBoxLayout()
        register_row.addWidget(self.register_button)
        register_row.addStretch()
        layout.addLayout(register_row)
        return box

    def _label_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        buttons = []
        for text, print_them, selected_only in (
            (self.tr("Save carton labels as PDF…"), False, False), (self.tr("Print carton labels…"), True, False),
            (self.tr("Save labels of selected item sets…"), False, True),
            (self.tr("Print labels of selected item sets…"), True, True),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, p=print_them, s=selected_only: self._labels(print_them=p,
                                                                                                 selected_only=s))
            row.addWidget(button)
            buttons.append(button)
        row.addStretch()
        (self.save_carton_labels, self.print_carton_labels, self.save_selected_labels,
         self.print_selected_labels) = buttons
        return row

    # --- the receipt and the carton being received -------------------------------------------------

    def receipt_chosen(self) -> None:
        """Another receipt was chosen: a carton being received stays only if it is one of that receipt's."""
        self.carton_token.renew()
        rid, code = self.chosen.id, self.receiving_carton
        if code and (rid is None or code not in {
                c.code for c in self.page.attempt(lambda: receiving.receipt_cartons(self.page.store, rid)) or []}):
            self.receiving_carton = None

    def show_receiving_carton(self) -> None:
        code, rid = self.receiving_carton, self.chosen.id
        self.donor_ref.setEnabled(code is not None)
        self.new_carton.setEnabled(rid is not None)
        if code is None:
            self.carton_caption.setText(self.tr("Scan a carton of this receipt (or create one) to register its item sets.")
                                        if rid else self.tr("Choose a receipt first, then scan its cartons."))
            self.donor_ref.clear()
        else:
            self.carton_caption.setText(self.tr("Receiving into carton {code} ({number})").format(
                code=code, number=receipt_number(rid)))

    # --- scans -------------------------------------------------------------------------------------

    def on_scan(self, scan: Scan) -> None:
        page = self.page
        for token in (self.carton_token, self.form.token):  # something done in between: new requests
            token.renew()
        if scan.kind is ScanKind.CARTON:
            self._carton_scanned(scan.text)
        elif scan.kind is ScanKind.ITEM_SET:
            item = page.attempt(lambda: item_sets.find_item_set(page.store, scan.text))
            if item is not None:
                self.lists.select_carton(item.carton_code, item.code)
                page.feedback.emit("ok", self.tr("{code}: {description} — {status}").format(
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
        page = self.page
        rid = self.chosen.id if page.may(Permission.RECEIVE) else None  # who may not receive only looks
        if rid is not None:  # the service opens a carton of this receipt or a new pre-printed label
            carton = page.attempt(lambda: receiving.open_carton(page.store, page.actor, rid, code,
                                                                show_other_arrival=True))
            if carton is None:
                return
            if carton.opened:
                self._start_carton(carton.code, carton.donor_ref, carton.created)
                return
        elif page.attempt(lambda: item_sets.carton_item_sets(page.store, code)) is None:
            return
        self.lists.select_carton(code, again=True)
        if rid is None:
            page.feedback.emit("ok", self.tr("Carton {code}").format(code=code))
        else:
            page.feedback.emit("warn", self.tr("Carton {code} was received with another arrival: it is shown, not opened "
                                               "for receipt {number}.").format(code=code, number=receipt_number(rid)))

    def _start_carton(self, code: str, donor_ref: str | None, created: bool) -> None:
        if code != self.receiving_carton:
            self.form.token.renew()  # the same entry into another carton is another request
        self.receiving_carton = code
        if created:
            self.chosen.changed.emit()
            self.lists.show_cartons(self.lists.read()())
        self.lists.select_carton(code, again=True)
        self.show_receiving_carton()
        self.started.emit()
        self.donor_ref.setText(donor_ref or "")
        if donor_ref:
            self.form.template.setFocus(Qt.FocusReason.TabFocusReason)
            self.page.feedback.emit("ok", self.tr("Carton {code} (donor's no. {ref}): register its item sets.").format(
                code=code, ref=donor_ref))
        else:
            self.donor_ref.setFocus(Qt.FocusReason.TabFocusReason)
            text = (self.tr("New carton {code} for this receipt: type the donor's carton no., then register its item sets.")
                    if created else self.tr("Carton {code}: type the donor's carton no., then register its item sets."))
            self.page.feedback.emit("ok", text.format(code=code))

    def _gtin(self, gtin: str) -> None:
        """A GTIN (checked) into the form; one seen before pre-fills category, description and pieces."""
        self.form.gtin.setText(gtin)
        known = self.page.attempt(lambda: receiving.description_for_gtin(self.page.store, gtin))
        if known:
            self.form.fill(*known)
            self.form.quantity.setFocus(Qt.FocusReason.TabFocusReason)
            self.form.quantity.selectAll()  # a typed quantity replaces the shown one, never extends it
            self.page.feedback.emit("ok", self.tr("{gtin}: {description} (as registered before). Give the quantity, "
                                                  "then Enter.").format(gtin=gtin, description=known[1]))
        else:
            self.form.description.setFocus(Qt.FocusReason.TabFocusReason)
            self.form.description.selectAll()
            self.page.feedback.emit("ok", self.tr("{gtin} is new here: type its description.").format(gtin=gtin))

    def gtin_typed(self, text: str) -> None:
        """Enter in the GTIN field: a typed GTIN is checked (C01: a wrong check digit is refused)."""
        if not text.strip():
            self.form.description.setFocus(Qt.FocusReason.TabFocusReason)
            return
        gtin = self.page.attempt(lambda: typed_gtin(text))
        if gtin is not None:
            self._gtin(gtin)

    def _command(self, scan: Scan) -> None:
        if scan.command is Command.DONE:
            self.carton_done()
        elif scan.command is Command.CANCEL:
            self.form.reset()
            self.page.feedback.emit("ok", self.tr("Entry cleared."))
        else:
            self.page.feedback.emit("warn", self.tr("Pass and Fail are scanned on the Inspection page."))

    # --- receiving -----------------------------------------------------------------------------------

    def create_carton(self) -> None:
        """A new carton for the receipt (the next carton code), its label printed at once."""
        page, rid = self.page, self.chosen.id
        if rid is None:
            page.feedback.emit("warn", self.tr("Choose a receipt first."))
            return
        token = self.carton_token.value
        carton = page.attempt_once(lambda: receiving.open_carton(page.store, page.actor, rid, None, token=token))
        if carton is None:
            return
        self._start_carton(carton.code, None, True)
        self.labels.print_labels([carton.code], f"label-{carton.code}.pdf")

    def save_donor_ref(self) -> None:
        page, code, ref = self.page, self.receiving_carton, self.donor_ref.text()
        if code is None:
            return
        if page.attempt(lambda: receiving.set_donor_ref(page.store, page.actor, code, ref) or True):
            self.form.template.setFocus(Qt.FocusReason.TabFocusReason)
            page.feedback.emit("ok", self.tr("Carton {code} is the donor's no. {ref}.").format(code=code, ref=ref.strip()))

    def register(self) -> bool:
        """Register the form's entry in the carton being received (Enter in the form, or the next product
        scan); whether it was registered."""
        page, carton = self.page, self.receiving_carton
        if carton is None:
            page.feedback.emit("warn", self.tr("Scan a carton of the receipt first (or create one)."))
            return False
        entry, count, token = self.form.entry(), self.form.quantity_value(), self.form.token.value
        codes = page.attempt_once(lambda: receiving.register_item_sets(page.store, page.actor, carton, entry, count,
                                                                       token=token))
        if not codes:
            return False
        self.carton_token.renew()
        self.lists.select_carton(carton, codes[-1], again=True)
        self.chosen.changed.emit()
        self.form.next_entry()
        first_last = codes[0] if len(codes) == 1 else f"{codes[0]}–{codes[-1]}"
        page.feedback.emit("ok", self.tr("{n} × {description} registered in {carton}: {codes}").format(
            n=len(codes), description=entry.description, carton=carton, codes=first_last))
        if self.labels.timing() == LABELS_PER_ENTRY:
            self.labels.print_labels(codes, f"labels-{codes[0]}.pdf")
        return True

    def carton_done(self) -> None:
        carton = self.receiving_carton
        if carton is None:
            self.page.feedback.emit("warn", self.tr("No carton is being received."))
            return
        self.receiving_carton = None
        self.show_receiving_carton()
        self.page.feedback.emit("ok", self.tr("Carton {code} done: scan the next carton.").format(code=carton))
        if self.labels.timing() == LABELS_PER_CARTON:
            items = item_sets.carton_item_sets(self.page.store, carton)
            self.labels.print_labels([carton, *(i.code for i in items)], f"labels-{carton}.pdf")

    def _labels(self, *, print_them: bool, selected_only: bool) -> None:
        carton = self.lists.current_carton()
        if carton is None:
            return
        if selected_only:
            codes = self.lists.selected_items()
            if not codes:
                self.page.feedback.emit("warn", self.tr("Select item sets in the list first."))
                return
        else:
            codes = [carton, *self.lists.item_codes(carton)]
        self.labels.print_labels(codes, f"labels-{carton}.pdf", print_them)
