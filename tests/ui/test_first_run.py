"""Issue 12, item 4: the first-run wizard chooses nothing for the observer that would put a real
day into demo data: no election and no station are pre-selected; Enter alone cannot finish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from observer_app.domain.template import load_template
from observer_app.resources import DEMO_ELECTION
from observer_app.storage.store import Store
from ui.app import AppController


@pytest.fixture
def wizard(qtbot, db_path):
    with Store.open(db_path) as store:
        controller = AppController(store, "en")
        controller.start()
        widget = controller.wizard
        qtbot.add_widget(widget)
        widget.show()
        qtbot.wait_exposed(widget)
        yield widget


def enter(qtbot, wizard) -> None:
    """The observer presses Enter where the focus is (QWizard: its default button)."""
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def next_enabled(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_issue_12_enter_three_times_does_not_put_the_observer_into_the_demo(qtbot, wizard):
    store = wizard.store
    enter(qtbot, wizard)  # the language
    assert wizard.currentPage() is wizard.profile_page
    wizard.profile_page.full_name.setFocus()
    qtbot.keyClicks(wizard.profile_page.full_name, "Aigerim Bekova")
    enter(qtbot, wizard)
    page = wizard.election_page
    assert wizard.currentPage() is page
    assert [b.isChecked() for b in (page.keep, page.from_file, page.demo)] == [False, False, False]
    assert next_enabled(wizard) is False
    enter(qtbot, wizard)
    enter(qtbot, wizard)
    assert (wizard.currentPage(), store.election(), wizard.isVisible()) == (page, None, True)

    page.demo.click()  # a deliberate choice
    assert next_enabled(wizard) is True
    wizard.next()
    assert wizard.currentPage() is wizard.station_page
    assert store.template().demo is True


def test_issue_12_no_station_is_pre_selected_and_enter_without_one_says_so(qtbot, wizard):
    store = wizard.store
    wizard.next()
    wizard.profile_page.full_name.setText("Aigerim Bekova")
    wizard.next()
    wizard.election_page.demo.click()
    wizard.next()
    picker = wizard.station_page.picker
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert (picker.selected_id(), picker.filter.hasFocus(), finish.isEnabled()) == (None, True, False)
    assert picker.hint.text() == ("No station chosen yet: type part of its code or address, then "
                                  "pick it in the list (arrow keys or a click).")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert (wizard.currentPage(), store.setting("station_id"), picker.filter.hasFocus()) == (
        wizard.station_page, None, True)
    assert "font-weight: bold" in picker.hint.styleSheet()  # said, in red

    qtbot.keyClicks(picker.filter, "ALA")  # several stations: still none chosen
    assert (picker.proxy.rowCount() > 1, picker.selected_id(), finish.isEnabled()) == (True, None, False)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)  # into the list, on its first station
    assert picker.view.hasFocus()
    chosen = picker.selected_id()
    assert store.station(chosen).code == "ALA-101"
    assert picker.hint.text() == f"Chosen: {picker.view.currentIndex().data()}"
    assert finish.isEnabled()
    enter(qtbot, wizard)
    assert (store.setting("station_id"), wizard.isVisible()) == (chosen, False)


def test_issue_12_a_filter_that_leaves_one_station_chooses_it(qtbot, wizard):
    wizard.next()
    wizard.profile_page.full_name.setText("Aigerim Bekova")
    wizard.next()
    wizard.election_page.demo.click()
    wizard.next()
    picker = wizard.station_page.picker
    qtbot.keyClicks(picker.filter, "NQZ-115")
    assert picker.proxy.rowCount() == 1
    assert wizard.store.station(picker.selected_id()).code == "NQZ-115"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Backspace)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Backspace)  # "NQZ-1": three again
    assert picker.proxy.rowCount() > 1
    assert wizard.store.station(picker.selected_id()).code == "NQZ-115"  # kept until another is picked


def test_issue_12_a_demo_election_already_in_the_database_is_not_kept_for_the_observer(qtbot, db_path):
    with Store.open(db_path) as store:
        store.load_election(load_template(DEMO_ELECTION))
        controller = AppController(store, "en")
        controller.start()
        wizard = controller.wizard
        qtbot.add_widget(wizard)
        wizard.show()
        wizard.next()
        wizard.profile_page.full_name.setText("Aigerim Bekova")
        wizard.next()
        page = wizard.election_page
        assert page.keep.isVisible()
        assert (page.keep.isChecked(), page.demo.isChecked(), next_enabled(wizard)) == (False, False, False)
        page.keep.click()
        assert next_enabled(wizard) is True
