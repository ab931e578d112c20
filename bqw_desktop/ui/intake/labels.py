"""The Receiving tab's label choices (when labels print, printer or PDF, the printer profile) and the
printing of labels, each print recorded (a reprint asks why)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QGroupBox, QVBoxLayout

from ...documents.labels import DEFAULT_PROFILE, LabelProfile
from ...domain.errors import DomainError
from ...services import labelling
from .. import dialogs, document_actions
from ..views.base import View

#: when labels print by themselves: never, after each registered entry, or when a carton is done
LABELS_NEVER, LABELS_PER_ENTRY, LABELS_PER_CARTON = "never", "entry", "carton"


class LabelPrinting(QGroupBox):
    """The "Labels" box; ``page`` gives the store, the person acting and the banner."""

    def __init__(self, page: View) -> None:
        super().__init__(self.tr("Labels"))
        self.page = page
        self._profiles: list[LabelProfile] = []
        self.label_timing = QComboBox()
        self.label_timing.addItem(self.tr("Labels: print them myself"), LABELS_NEVER)
        self.label_timing.addItem(self.tr("Labels: after each entry"), LABELS_PER_ENTRY)
        self.label_timing.addItem(self.tr("Labels: when the carton is done"), LABELS_PER_CARTON)
        self.label_output = QComboBox()
        self.label_output.addItem(self.tr("Print (Qt print dialog)"), True)
        self.label_output.addItem(self.tr("Save as PDF"), False)
        self.profile_box = QComboBox()
        layout = QVBoxLayout(self)
        for widget in (self.label_timing, self.label_output, self.profile_box):
            layout.addWidget(widget)

    def timing(self) -> str:
        """When labels print by themselves: ``LABELS_NEVER``, ``LABELS_PER_ENTRY`` or ``LABELS_PER_CARTON``."""
        return self.label_timing.currentData()

    def load_profiles(self, profiles: list[LabelProfile]) -> None:
        """List the printer profiles (as read by ``labelling.list_profiles``), keeping the one chosen."""
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

    def print_labels(self, codes: Sequence[str], suggested_name: str, print_them: bool | None = None) -> None:
        """Labels of ``codes`` with the chosen printer profile, printed or saved (``print_them``, default
        the box's choice). Labels printed before ask why, and every print is recorded."""
        page = self.page
        labels = page.attempt(lambda: labelling.labels_for_codes(page.store, codes))
        if not labels:
            return
        if print_them is None:
            print_them = bool(self.label_output.currentData())
        again = labelling.printed_before(page.store, codes)
        why = None
        if again:
            why = dialogs.ask_text(page, self.tr("Reprint labels"), self.tr(
                "{count} label(s) were printed before ({first}…). Why are they printed again?").format(
                count=len(again), first=again[0]))
            if not why:
                page.feedback.emit("warn", self.tr("Not printed: a reprint needs a reason."))
                return
        profile = self.profile()

        def render(path: str, progress) -> int:  # noqa: ANN001
            pages = labelling.write_labels(labels, path, profile, progress=progress).pages
            # recorded once the labels exist: a cancelled dialog prints nothing and records nothing
            try:
                labelling.record_printed(page.store, page.actor, codes, why)
            except DomainError:  # printed meanwhile elsewhere, a reprint by a volunteer, an ID number in the reason
                Path(path).unlink(missing_ok=True)  # a refused record leaves no unrecorded file
                raise
            return pages

        if print_them:
            document_actions.print_document(page, len(labels), render)
        else:
            document_actions.save_pdf(page, suggested_name, len(labels), render)
