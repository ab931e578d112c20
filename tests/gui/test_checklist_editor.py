"""The administrator's checklist editor: every change is a service call and shows at the next scan."""

from PySide6.QtCore import Qt

from bqw_desktop.domain.catalogue import Category
from bqw_desktop.services import inspection
from bqw_desktop.queries import item_sets
from bqw_desktop.ui.checklist_editor import ChecklistEditor
from tests.helpers.keys import scanner_types


def test_add_edit_move_and_take_off(qtbot, window, drive_store, actor):
    editor = ChecklistEditor(drive_store, actor)
    qtbot.addWidget(editor)
    editor.category.setCurrentIndex(editor.category.findData(Category.SPORTS))
    before = inspection.checklist(drive_store, Category.SPORTS)
    assert editor.ids() == [c.id for c in before]

    editor.text.setText("气压适中，无漏气")
    editor.source.setText("使用状况检查")
    qtbot.mouseClick(editor.buttons[editor.tr("Add as new check")], Qt.MouseButton.LeftButton)
    after = inspection.checklist(drive_store, Category.SPORTS)
    assert after[-1].text == "气压适中，无漏气" and len(after) == len(before) + 1

    editor.checks.setCurrentRow(len(after) - 1)
    qtbot.mouseClick(editor.buttons[editor.tr("Move up")], Qt.MouseButton.LeftButton)
    moved = inspection.checklist(drive_store, Category.SPORTS)
    assert moved[-2].text == "气压适中，无漏气"

    editor.checks.setCurrentRow(len(after) - 2)
    editor.text.setText("球类气压适中，无漏气")
    qtbot.mouseClick(editor.buttons[editor.tr("Save changes")], Qt.MouseButton.LeftButton)
    assert inspection.checklist(drive_store, Category.SPORTS)[-2].text == "球类气压适中，无漏气"

    editor.text.clear()
    qtbot.mouseClick(editor.buttons[editor.tr("Save changes")], Qt.MouseButton.LeftButton)
    assert editor.message.text() and inspection.checklist(drive_store, Category.SPORTS)[-2].text == "球类气压适中，无漏气"

    editor.checks.setCurrentRow(0)
    qtbot.mouseClick(editor.buttons[editor.tr("Take off the list")], Qt.MouseButton.LeftButton)
    final = inspection.checklist(drive_store, Category.SPORTS)
    assert before[0].id not in [c.id for c in final] and len(final) == len(before)

    # the inspection page shows the edited list at the next scan of a sports item set
    sports = next(c for c in inspection.checklist(drive_store, Category.SPORTS))
    window.tabs.setCurrentWidget(window.inspection)
    window.inspection.refresh()
    carton = next(c for c in item_sets.list_cartons(drive_store) if c.category is Category.SPORTS)
    scanner_types(item_sets.carton_item_sets(drive_store, carton.code)[0].code)
    shown = [window.inspection.checks.checklist.item(r).text() for r in range(window.inspection.checks.checklist.count())]
    assert shown[0] == sports.text and "球类气压适中，无漏气" in shown
