"""The Russian interface: the language setting, Qt's own strings, dates and numbers, and no
English left in the chrome of the main pages and editors.

The chrome check (`test_no_english_left_in_the_russian_interface`) builds the main window on
the demo portfolio with Russian installed, visits every page, every case-editor tab and the
person and review editors, and collects every visible text that is not data: labels,
buttons, group titles, tab texts, menus and actions, window titles, placeholders, tooltips,
the header texts of every view, the items of combo boxes and lists. A text fails when

* it still contains a Latin-script word of three letters or more once data is taken out, or
* it is the source text of a message of the .ts whose translation is different (so it was
  shown untranslated).

Data is taken out of a text before it is checked (see `without_data`):
* every text value stored in the demo database (names, titles, references, symbols,
  countries, treaty and article titles; vocabulary keys such as "follow_up" are not data);
* document symbols (CCPR/C/KAZ/CO/3), file paths, URLs and e-mail addresses;
* ALLOWED: treaty-body codes, product and format names, key names of shortcuts, and the
  names of the languages in themselves (View ▸ Language lists "English").
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QThreadPool, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app import bootstrap
from app.vocab import Grade, Stage
from views.case_editor import CaseEditorWindow
from views.i18n import (
    ENV_LANGUAGE,
    LANGUAGE_KEY,
    SYSTEM,
    available_languages,
    format_date,
    format_number,
    install_translators,
    installed_language,
    language_name,
    resolve_language,
    store_language,
    stored_language,
    tr_vocab,
)
from views.i18n_tools import lrelease, read_ts, ts_path
from views.main_window import PAGE_NAMES, MainWindow

SIZE = (1280, 800)
DAY = dt.date(2026, 11, 22)


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs, the next test starts in English with the old locale."""
    locale, direction = QLocale(), qapp.layoutDirection()
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def russian(qapp: QApplication, restore_language: None) -> None:
    install_translators(qapp, "ru")


@pytest.fixture(autouse=True)
def no_env_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_LANGUAGE, raising=False)


@pytest.fixture(autouse=True)
def drain_pool() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(20_000)


# ---------------------------------------------------------------- dates, numbers, vocabulary


def test_dates_and_numbers_in_english(qapp, restore_language) -> None:
    install_translators(qapp, "en")
    assert format_date(DAY) == "22 November 2026"
    assert format_date(None) == ""
    assert format_number(11_250_000) == "11,250,000"
    assert format_number(3.5) == "3.50"
    assert format_number(1234.567, 1) == "1,234.6"


def test_dates_and_numbers_in_russian(russian) -> None:
    assert QLocale().language() == QLocale.Language.Russian
    assert format_date(DAY) == "22 ноября 2026"  # genitive month
    assert format_date(DAY, short=True) == "22.11.2026"
    # Russian groups with a no-break space and writes a decimal comma.
    assert format_number(11_250_000).replace("\u00a0", " ") == "11 250 000"
    assert format_number(3.5) == "3,50"


def test_tr_vocab_translates_in_the_vocab_context(qapp, tmp_path: Path) -> None:
    ts = tmp_path / "v_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ru_RU"><context><name>vocab</name>'
        "<message><source>Merits</source><translation>Существо дела</translation></message>"
        "<message><source>A — largely satisfactory</source>"
        "<translation>A — в основном удовлетворительно</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "v_ru.qm"
    lrelease(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert tr_vocab(Stage.MERITS) == "Merits"
    qapp.installTranslator(translator)
    try:
        assert tr_vocab(Stage.MERITS) == "Существо дела"
        assert tr_vocab(Grade.A) == "A — в основном удовлетворительно"
        assert tr_vocab(Stage.DECIDED) == "Decided"  # no translation: the English label
        assert tr_vocab(None) == ""
    finally:
        qapp.removeTranslator(translator)
    assert tr_vocab(Stage.MERITS) == "Merits"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("11,250,000", "11250000"),
        ("11 250 000", "11250000"),
        ("11\u00a0250\u00a0000,50", "11250000.50"),  # as a Russian locale writes it
        ("1250,50", "1250.50"),  # a decimal comma
        ("1250,5", "1250.5"),
        ("1250.50", "1250.50"),
        ("11,250", "11250"),  # three digits after the comma: thousands
        ("", ""),
    ],
)
def test_amounts_typed_the_russian_way_are_read_right(typed: str, read: str) -> None:
    from views.case_editor.fields import amount_text

    assert amount_text(typed) == read


def test_date_hint_follows_the_language(qtbot, qapp, restore_language) -> None:
    from views.case_editor.fields import DateEdit

    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.line.setText("18.01.2025")
    assert edit.hint.text() == "18 January 2025"
    install_translators(qapp, "ru")
    edit.line.setText("18.01.2026")
    assert edit.hint.text() == "18 января 2026"


# ---------------------------------------------------------------- the language setting


def test_russian_is_available_and_named_in_itself() -> None:
    assert available_languages()[0] == "en"
    assert "ru" in available_languages()
    assert language_name("ru") == "Русский"
    assert language_name("en") == "English"


def test_the_default_is_the_system_language_when_translated() -> None:
    assert stored_language() == SYSTEM
    assert resolve_language(environ={}, system=QLocale("ru_RU")) == "ru"
    assert resolve_language(environ={}, system=QLocale("ru_KZ")) == "ru"
    assert resolve_language(environ={}, system=QLocale("de_DE")) == "en"  # not translated
    assert resolve_language(environ={}, system=QLocale("en_GB")) == "en"


def test_the_stored_choice_wins_over_the_system() -> None:
    store_language("en")
    assert QSettings().value(LANGUAGE_KEY) == "en"
    assert resolve_language(environ={}, system=QLocale("ru_RU")) == "en"
    store_language("RU")
    assert stored_language() == "ru"
    assert resolve_language(environ={}, system=QLocale("de_DE")) == "ru"
    store_language(SYSTEM)
    assert resolve_language(environ={}, system=QLocale("de_DE")) == "en"


def test_an_unknown_choice_is_refused_or_ignored() -> None:
    with pytest.raises(ValueError, match="xx"):
        store_language("xx")
    QSettings().setValue(LANGUAGE_KEY, "xx")  # e.g. a catalog removed since
    assert stored_language() == SYSTEM
    assert resolve_language(environ={}, system=QLocale("de_DE")) == "en"


def test_the_environment_overrides_the_stored_choice() -> None:
    store_language("en")
    assert resolve_language(environ={ENV_LANGUAGE: "ru"}, system=QLocale("de_DE")) == "ru"
    store_language("ru")
    assert resolve_language(environ={ENV_LANGUAGE: "en"}) == "en"
    assert resolve_language(environ={ENV_LANGUAGE: "system"}, system=QLocale("de_DE")) == "en"
    # An unknown override is ignored (logged): the system language decides.
    assert resolve_language(environ={ENV_LANGUAGE: "xx"}, system=QLocale("ru_RU")) == "ru"


def test_installing_russian_makes_qt_standard_buttons_russian(qapp, restore_language) -> None:
    buttons = QDialogButtonBox.StandardButton
    assert install_translators(qapp, "ru") == "ru"
    assert installed_language() == "ru"
    box = QDialogButtonBox(buttons.Save | buttons.Cancel | buttons.Close)
    assert box.button(buttons.Cancel).text() == "Отмена"
    assert box.button(buttons.Save).text() == "Сохранить"
    assert box.button(buttons.Close).text() == "Закрыть"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert install_translators(qapp, "en") == "en"
    box = QDialogButtonBox(buttons.Cancel)
    assert box.button(buttons.Cancel).text() == "Cancel"
    assert QLocale().language() == QLocale.Language.English


def test_install_follows_the_setting_and_falls_back_to_english(qapp, restore_language) -> None:
    store_language("ru")
    assert install_translators(qapp) == "ru"
    assert install_translators(qapp, "xx") == "en"  # logged, not raised
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_bootstrap_installs_the_language_before_any_window(
    qapp, restore_language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_LANGUAGE, "ru")
    name, org = qapp.applicationName(), qapp.organizationName()
    try:
        assert bootstrap._application() is qapp
        assert installed_language() == "ru"
        assert QLocale().language() == QLocale.Language.Russian
    finally:
        qapp.setApplicationName(name)
        qapp.setOrganizationName(org)


def test_view_language_menu_stores_the_choice(qtbot, demo_window: MainWindow) -> None:
    menu = demo_window.language_menu
    assert menu.menuAction() in demo_window.menuBar().actions()[2].menu().actions()  # View
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&System default", "English", "Русский"]
    assert menu.actions_by_choice[SYSTEM].isChecked()

    menu.choose("ru")
    assert QSettings().value(LANGUAGE_KEY) == "ru"
    assert menu.actions_by_choice["ru"].isChecked()
    assert menu.message is not None and menu.message.isVisible()
    assert menu.message.text() == (
        "The interface will be in Русский the next time TreatyDesk starts."
    )
    menu.message.accept()

    menu.message = None
    menu.choose("en")  # the language shown now: nothing to restart for
    assert stored_language() == "en"
    assert menu.message is None
    menu.choose(SYSTEM)
    assert QSettings().value(LANGUAGE_KEY) == SYSTEM


# ---------------------------------------------------------------- no English left


#: Latin-script words that are not English to translate (kept small and explicit).
ALLOWED = frozenset(
    {
        # treaty bodies
        *("CCPR", "CAT", "CEDAW", "CERD", "CRPD", "CRC", "CED", "CESCR", "CMW", "SPT"),
        # products and file formats
        *("TreatyDesk", "DOCX", "PDF", "CSV", "XLSX", "JSON", "SQLite", "PostgreSQL", "SQLCipher"),
        # key names in shortcut hints ("Ctrl+S"), as Qt writes them in every language
        *("Ctrl", "Alt", "Shift", "Meta", "Esc", "Del", "Enter", "Return", "Tab"),
        # languages named in themselves (View ▸ Language)
        "English",
        # the UN's own acronym (list of issues prior to reporting), a checksum, calendar apps
        *("LOIPR", "SHA", "Outlook", "Google"),
    }
)
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
DATA_PATTERNS = (
    re.compile(r"\b[A-Z]{2,}(?:/[A-Za-z0-9.()\-]+)+"),  # CCPR/C/KAZ/CO/3, CAT/C/77/D/1/2020
    re.compile(r"\bhttps?://\S+|\bwww\.\S+"),
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    re.compile(r"(?:[A-Za-z]:)?(?:[/\\][\w .~()\-]+)+\.\w+"),  # a file path with a suffix
    re.compile(r"(?:~|\.)?(?:/[\w.~\-]+){2,}/?"),  # a folder path
    re.compile(r"\b(?:Ctrl|Alt|Shift|Meta)\+\S+"),
    re.compile(r"(?:\b\w+)?\.(?:tdbundle|sqlite|ics|txt|docx|pdf|csv|xlsx|json)\b"),  # file names
)
KEY = re.compile(r"[a-z0-9_]+")


def demo_data(database: Path) -> list[str]:
    """Every text value stored in the demo database that contains a Latin word, longest
    first (vocabulary keys and the search index left out)."""
    found: set[str] = set()
    with sqlite3.connect(database) as db:
        tables = [
            r[0]
            for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith(("sqlite_", "alembic")) and "fts" not in r[0]
        ]
        for table in tables:
            columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                for (value,) in db.execute(f'SELECT DISTINCT "{column}" FROM "{table}"'):
                    if isinstance(value, str) and not KEY.fullmatch(value):
                        found.update(
                            part.strip()
                            for part in [value, *value.splitlines()]
                            if LATIN_WORD.search(part)
                        )
    return sorted(found, key=len, reverse=True)


def without_data(text: str, data: list[str]) -> str:
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    for pattern in DATA_PATTERNS:
        text = pattern.sub(" ", text)
    return text


def english_words(text: str, data: list[str]) -> list[str]:
    if not LATIN_WORD.search(text):
        return []
    return [w for w in LATIN_WORD.findall(without_data(text, data)) if w not in ALLOWED]


@dataclass(frozen=True)
class Shown:
    where: str
    text: str


def path_of(obj: QWidget | QMenu, root: QWidget) -> str:
    """Class#objectName segments from the window down to the widget (the last five)."""
    parts = []
    node = obj
    while node is not None:
        name = node.objectName()
        parts.append(f"{type(node).__name__}#{name}" if name else type(node).__name__)
        if node is root:
            break
        node = node.parent()
    return " > ".join(reversed(parts[:5]))


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.strip()


def menu_texts(menu: QMenu, root: QWidget, seen: set[int]) -> Iterator[Shown]:
    if id(menu) in seen:
        return
    seen.add(id(menu))
    menu.aboutToShow.emit()  # menus filled when opened (recent files, windows)
    where = path_of(menu, root)
    yield Shown(where, menu.title())
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield Shown(f"{where} > QAction#{action.objectName()}", action.text())
        if action.toolTip() != action.text().replace("&", ""):
            yield Shown(f"{where} > QAction#{action.objectName()} (tooltip)", action.toolTip())
        if action.menu() is not None:
            yield from menu_texts(action.menu(), root, seen)


def header_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    headers: list[QHeaderView] = [h for h in view.findChildren(QHeaderView) if h.parent() is view]
    model = view.model()
    if model is None:
        return
    for header in headers:
        if header.isHidden():
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            for role, label in (
                (Qt.ItemDataRole.DisplayRole, "header"),
                (Qt.ItemDataRole.ToolTipRole, "header tooltip"),
            ):
                value = model.headerData(section, header.orientation(), role)
                if isinstance(value, str) and value:
                    yield label, value


def visible_texts(root: QWidget) -> Iterator[Shown]:
    """Every text of the chrome of ``root`` that the user can see now."""
    yield Shown(path_of(root, root) + " (title)", root.windowTitle())
    if isinstance(root, QMainWindow):
        seen: set[int] = set()
        for action in root.menuBar().actions():
            if action.menu() is not None and action.isVisible():
                yield from menu_texts(action.menu(), root, seen)
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = path_of(widget, root)
        if widget.toolTip():
            yield Shown(where + " (tooltip)", widget.toolTip())
        if widget.isWindow() and widget is not root:
            yield Shown(where + " (title)", widget.windowTitle())
        for action in widget.actions():  # context menus and shortcuts of the widget
            if not action.isSeparator() and action.isVisible() and action.menu() is None:
                yield Shown(f"{where} > QAction#{action.objectName()}", action.text())
        if isinstance(widget, QLabel | QAbstractButton):
            yield Shown(where, widget.text())
        elif isinstance(widget, QGroupBox):
            yield Shown(where, widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield Shown(f"{where} [tab {i}]", widget.tabText(i))
                yield Shown(f"{where} [tab {i} tooltip]", widget.tabToolTip(i))
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield Shown(where + " (placeholder)", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield Shown(f"{where} [item {i}]", widget.itemText(i))
        if isinstance(widget, QListWidget):
            for i in range(min(widget.count(), 50)):
                yield Shown(f"{where} [item {i}]", widget.item(i).text())
        if isinstance(widget, QAbstractItemView):
            for label, text in header_texts(widget):
                yield Shown(f"{where} ({label})", text)


def settle(qtbot) -> None:
    """Let background loads finish and their results reach the widgets."""
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=20_000)
    qtbot.wait(50)


def collect_everything(qtbot, window: MainWindow, services) -> list[Shown]:
    shown: list[Shown] = []
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    for row, name in enumerate(PAGE_NAMES):
        window.go_to(row)
        settle(qtbot)
        shown += [Shown(f"[{name}] {s.where}", s.text) for s in visible_texts(window)]

    case = services.cases.get_by_reference("ILI-2022-UZ23")
    editor_window = CaseEditorWindow(services=services, case_id=case.id)
    qtbot.addWidget(editor_window)
    editor_window.resize(*SIZE)
    editor_window.show()
    qtbot.waitExposed(editor_window)
    qtbot.waitUntil(lambda: not editor_window.editor.loading, timeout=20_000)
    for tab in editor_window.editor.tab_pages:
        editor_window.editor.show_tab(tab)
        settle(qtbot)
        label = f"[case editor: {type(tab).__name__}]"
        shown += [Shown(f"{label} {s.where}", s.text) for s in visible_texts(editor_window)]

    person = max(services.people.list(""), key=lambda p: len(p.full_name))
    person_editor = window.open_person(person.id)
    settle(qtbot)
    shown += [Shown(f"[person editor] {s.where}", s.text) for s in visible_texts(person_editor)]
    review = services.reviews.list()[0]
    review_editor = window.open_review(review.id)
    settle(qtbot)
    shown += [Shown(f"[review editor] {s.where}", s.text) for s in visible_texts(review_editor)]
    return shown


def test_the_chrome_collector_sees_the_english_interface(
    qtbot, make_window, demo_workspace
) -> None:
    """The check below would pass vacuously if it collected nothing: in English it must
    find the page names, menus, headers and tab titles, and flag them."""
    window = make_window(demo_workspace)
    shown = collect_everything(qtbot, window, demo_workspace.services)
    texts = {s.text for s in shown}
    assert {"Dashboard", "Cases", "People", "Reviews", "Documents"} <= texts
    assert "&File" in texts and "&Language" in texts
    assert any("[case editor" in s.where and "QTabBar" in s.where for s in shown)
    assert any("[person editor]" in s.where for s in shown)
    assert any("[review editor]" in s.where and "(header)" in s.where for s in shown)
    data = demo_data(demo_workspace.database_file)
    assert english_words("Cases", data) == ["Cases"]
    assert english_words("ILI-2022-UZ23 — CCPR/C/140/D/3456/2023", data) == []
    assert english_words("Сохранить (Ctrl+S)", data) == []
    assert english_words("/tmp/x/demo.sqlite", data) == []


def test_no_english_left_in_the_russian_interface(
    qtbot, russian, make_window, demo_workspace
) -> None:
    data = demo_data(demo_workspace.database_file)
    translations: dict[str, set[str]] = {}
    for message in read_ts(ts_path("ru")):
        translations.setdefault(message.source, set()).add(message.translation)

    window = make_window(demo_workspace)
    shown = collect_everything(qtbot, window, demo_workspace.services)
    assert len(shown) > 200  # the collector saw the interface

    problems: dict[str, list[str]] = {}
    for item in shown:
        text = plain(item.text)
        if not text:
            continue
        reasons = []
        words = english_words(text.replace("&", ""), data)
        if words:
            reasons.append("English: " + " ".join(dict.fromkeys(words)))
        for candidate in {text, text.replace("&", "")}:
            if candidate in translations and candidate not in translations[candidate]:
                reasons.append("untranslated source text of the .ts")
                break
        if reasons:
            problems.setdefault(f"{text[:90]!r} — {'; '.join(reasons)}", []).append(item.where)
    if problems:
        lines = [
            f"{text}\n      at {where[0]}"
            + (f" (+{len(where) - 1} more)" if len(where) > 1 else "")
            for text, where in sorted(problems.items())
        ]
        pytest.fail(
            f"{len(problems)} texts of the Russian interface are still in English:\n  "
            + "\n  ".join(lines[:1000])
        )
