"""The case editor's field layer: dates, tags, amounts, forms and the three-way merge."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QFormLayout, QWidget

from app.errors import DomainError
from app.vocab import Stage
from views.case_editor.fields import (
    AmountBinding,
    ChoiceBinding,
    DateBinding,
    Form,
    PlainTextBinding,
    SearchChoiceBinding,
    TagsBinding,
    TextBinding,
    format_date,
    parse_date,
    split_tags,
    three_way,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18.01.2025", date(2025, 1, 18)),
        ("8.1.2025", date(2025, 1, 8)),
        ("18/01/2025", date(2025, 1, 18)),
        ("2025-01-18", date(2025, 1, 18)),
        ("  18.01.2025 ", date(2025, 1, 18)),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.2024", "18.13.2025", "18.01.25", "yesterday", "2025"])
def test_parse_date_refuses(text: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        parse_date(text)


def test_format_date_round_trips() -> None:
    assert format_date(date(2025, 1, 8)) == "08.01.2025"
    assert format_date(None) == ""
    assert parse_date(format_date(date(2012, 2, 29))) == date(2012, 2, 29)


def test_split_tags_drops_blanks_and_duplicates() -> None:
    assert split_tags(" Torture,  torture , January  2022 events,,") == (
        "Torture",
        "January 2022 events",
    )


def test_date_binding_errors_name_the_field(qtbot) -> None:
    binding = DateBinding("decision_date", "Decision adopted", required=True)
    qtbot.addWidget(binding.container)
    binding.set_raw("31.02.2024")
    with pytest.raises(DomainError, match=r"“31\.02\.2024” is not a date") as e:
        binding.value()
    assert e.value.field == "decision_date"
    binding.set_raw("")
    with pytest.raises(DomainError, match="is required"):
        binding.value()
    binding.set_value(date(2014, 10, 21))
    assert binding.raw() == "21.10.2014"
    assert binding.widget.hint.text() == "21 October 2014"
    assert binding.display("21.10.2014") == "21 October 2014"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("11,250,000", Decimal("11250000")), ("1250.50", Decimal("1250.50")), ("", None)],
)
def test_amount_binding(qtbot, text: str, expected: Decimal | None) -> None:
    binding = AmountBinding("amount", "Amount")
    qtbot.addWidget(binding.container)
    binding.set_raw(text)
    assert binding.value() == expected


def test_amount_binding_refuses_words(qtbot) -> None:
    binding = AmountBinding("amount", "Amount")
    qtbot.addWidget(binding.container)
    binding.set_raw("eleven million")
    with pytest.raises(DomainError, match="is not a number") as e:
        binding.value()
    assert e.value.field == "amount"
    assert binding.raw_of(Decimal("11250000.00")) == "11,250,000"


def test_search_choice_finds_by_label_code_or_part(qtbot) -> None:
    binding = SearchChoiceBinding("state", "State party", what="State")
    qtbot.addWidget(binding.container)
    binding.set_choices([("Kazakhstan (KZ)", "KZ"), ("Uzbekistan (UZ)", "UZ")])
    binding.set_raw("Kazakhstan (KZ)")
    assert binding.value() == "KZ"
    binding.set_raw("uz")
    assert binding.value() == "UZ"
    binding.set_raw("Uzbek")
    assert binding.value() == "UZ"
    binding.set_raw("stan")
    with pytest.raises(DomainError, match="is not a State TreatyDesk knows") as e:
        binding.value()
    assert e.value.field == "state"
    assert binding.raw_of("kz") == "Kazakhstan (KZ)"


def test_tags_completion_inserts_into_the_list(qtbot) -> None:
    binding = TagsBinding("tags", "Tags")
    qtbot.addWidget(binding.container)
    edit = binding.widget
    edit.set_known_tags(["January 2022 events", "Torture"])
    edit.setText("Torture, Jan")
    edit.setCursorPosition(len(edit.text()))
    assert edit.current_fragment() == "Jan"
    edit.insert_tag("January 2022 events")
    assert binding.value() == ("Torture", "January 2022 events")


def make_form(qtbot) -> Form:
    host = QWidget()
    qtbot.addWidget(host)
    form = Form(parent=host)
    form.host = host  # type: ignore[attr-defined]  # qtbot holds widgets weakly
    layout = QFormLayout(host)
    form.add_row(layout, TextBinding("title", "Title"))
    form.add_row(layout, ChoiceBinding("stage", "Stage", [(s.label, s) for s in Stage]))
    form.add_row(layout, PlainTextBinding("notes", "Notes"))
    form.add_row(layout, DateBinding("decision_date", "Decision"))
    form.load({"title": "Original", "stage": Stage.MERITS, "notes": "", "decision_date": None})
    return form


def test_form_dirty_check_and_values(qtbot) -> None:
    form = make_form(qtbot)
    changes: list[bool] = []
    form.changed.connect(lambda: changes.append(True))
    assert not form.is_dirty()
    form["title"].set_raw("Edited")
    assert form.changed_fields() == ["title"]
    assert changes
    form["title"].set_raw("Original")
    assert not form.is_dirty()
    form["decision_date"].set_raw("01.02.2024")
    assert form.values()["decision_date"] == date(2024, 2, 1)


def test_form_error_lands_next_to_its_field(qtbot) -> None:
    form = make_form(qtbot)
    binding = form.show_error("stage", "Give the outcome.")
    assert binding is form["stage"]
    assert form["stage"].error.text() == "Give the outcome."
    assert not form["stage"].error.isHidden()
    assert form.show_error("unknown_field", "…") is None
    form.clear_errors()
    assert form["stage"].error.isHidden()


def test_three_way_merge_keeps_mine_takes_theirs_and_reports_both(qtbot) -> None:
    form = make_form(qtbot)
    form["title"].set_raw("Mine")
    form["notes"].set_raw("My notes")
    fresh = {
        "title": "Original",
        "stage": Stage.DECIDED,
        "notes": "Their notes",
        "decision_date": date(2024, 3, 1),
    }
    preview = form.preview_merge(fresh)
    assert [c.label for c in preview.mine] == ["Title"]
    assert [c.label for c in preview.theirs] == ["Stage", "Decision"]
    assert preview.both_labels == ["Notes"]
    assert preview.both[0].theirs == "Their notes"
    merge = form.rebase(fresh)
    assert merge == preview
    assert form["title"].raw() == "Mine"
    assert form["notes"].raw() == "My notes"
    assert form["stage"].raw() is Stage.DECIDED
    assert form["decision_date"].raw() == "01.03.2024"
    assert sorted(form.changed_fields()) == ["notes", "title"]  # mine, over the fresh base


def test_same_change_on_both_sides_is_no_conflict(qtbot) -> None:
    form = make_form(qtbot)
    form["title"].set_raw("Same")
    merged, merge = three_way(
        form.base, form.raws(), {**form.base, "title": "Same"}, bindings=form.bindings
    )
    assert merged["title"] == "Same"
    assert merge.both == () and merge.mine == () and merge.theirs == ()


def test_half_typed_text_survives_a_rebase(qtbot) -> None:
    form = make_form(qtbot)
    form["decision_date"].set_raw("31.02.20")  # not a date (yet): still kept
    form.rebase({"title": "New", "stage": Stage.MERITS, "notes": "", "decision_date": None})
    assert form["decision_date"].raw() == "31.02.20"
    assert form["title"].raw() == "New"
