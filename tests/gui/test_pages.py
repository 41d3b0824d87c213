"""People, reviews and documents pages over the demo portfolio."""

from __future__ import annotations

from PySide6.QtCore import Qt

from views.main_window import MainWindow


def column_values(model, col: int) -> list[str]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_people_page_lists_everyone(demo_window: MainWindow, demo_workspace) -> None:
    page = demo_window.people
    model = page.model
    people = demo_workspace.services.people.list()
    assert model.rowCount() == len(people) == 28
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == [
        "Full name",
        "Original script",
        "Pseudonym",
        "Nationality",
        "Roles",
        "Cases",
        "Consent to be named",
    ]
    assert sorted(column_values(model, 0)) == sorted(p.full_name for p in people)
    assert set(column_values(model, 6)) <= {"Yes", "No"}
    assert page.count_label.text() == "28 people"
    assert page.empty_label.isHidden()


def test_people_consent_tooltip_says_what_documents_print(demo_window: MainWindow) -> None:
    model = demo_window.people.model
    for row in range(model.rowCount()):
        person = model.item(row).person
        tip = model.data(model.index(row, 6), Qt.ItemDataRole.ToolTipRole)
        if not person.consent_to_be_named:
            assert person.public_name in tip
            assert person.full_name not in tip or person.public_name == person.full_name


def test_people_filter(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.people
    first = page.model.item(0).person.full_name.split()[0]
    qtbot.keyClicks(page.filter_edit, first)
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert 1 <= page.model.rowCount() < 28
    assert all(first.lower() in r.person.full_name.lower() for r in page.model.items())
    page.filter_edit.setText("qqqqzzzz")
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    assert not page.empty_label.isHidden()
    assert "qqqqzzzz" in page.empty_label.text()


def test_reviews_page(demo_window: MainWindow) -> None:
    model = demo_window.reviews.model
    assert model.rowCount() == 1
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == [
        "Body",
        "State",
        "Cycle",
        "CO symbol",
        "Session",
        "Adopted",
        "Follow-up due",
        "Recommendations",
    ]
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[0] == "CCPR"
    assert row[1] == "Kazakhstan"
    assert row[3] == "CCPR/C/KAZ/CO/3"
    assert row[5] == "11 Jul 2025"
    assert row[6] == "18 Jul 2028"
    assert row[7] == "26"


def test_documents_page_explains_it_is_empty(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.documents
    assert page.model.rowCount() == 0
    assert page.model.columnCount() > 0
    assert page.empty_label.text() == "Generated documents and attachments will be listed here."
    demo_window.show()
    qtbot.waitExposed(demo_window)
    demo_window.go_to(4)
    assert page.empty_label.isVisible()
    assert page.table.isVisible()


def test_empty_database_pages(make_window, empty_workspace) -> None:
    window = make_window(empty_workspace)
    assert window.cases.model.rowCount() == 0
    assert window.cases.count_label.text() == "0 cases"
    assert window.people.model.rowCount() == 0
    assert not window.people.empty_label.isHidden()
    assert window.reviews.model.rowCount() == 0
    assert not window.reviews.empty_label.isHidden()
