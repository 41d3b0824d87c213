"""The translation pipeline (views/i18n_tools.py): vocabulary strings, lupdate, lrelease,
the committed catalogs, and whether every marked string has a Russian translation."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from app import vocab
from views import i18n_tools
from views.i18n_tools import (
    LANGUAGES,
    VOCAB_MODULE,
    Message,
    lrelease,
    lupdate,
    qm_path,
    read_ts,
    render_vocab_strings,
    source_files,
    ts_path,
    unfinished,
    vocab_labels,
    vocabularies,
)

TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


# ---------------------------------------------------------------- vocabulary


def test_every_vocabulary_of_app_vocab_is_found() -> None:
    names = [cls.__name__ for cls in vocabularies()]
    assert names[:3] == ["Stage", "Outcome", "DecisionType"]
    assert {"Grade", "PartyRole", "Sex", "AuditAction", "Confidentiality"} <= set(names)
    assert "Vocabulary" not in names
    assert (
        len(names)
        == len(
            [
                v
                for v in vars(vocab).values()
                if isinstance(v, type) and issubclass(v, vocab.Vocabulary)
            ]
        )
        - 1
    )


def test_vocab_labels_are_every_label_once() -> None:
    labels = vocab_labels()
    assert len(labels) == len(set(labels))
    expected = {m.label for cls in vocabularies() for m in cls}
    assert set(labels) == expected
    assert "Follow-up" in labels  # an explicit label
    assert "Prosecution of perpetrators" in labels
    assert "Criminal investigation" in labels  # a derived one ("criminal_investigation")


def test_vocab_strings_module_is_in_sync_with_app_vocab() -> None:
    assert VOCAB_MODULE.read_text(encoding="utf-8") == render_vocab_strings(), (
        "views/vocab_strings.py is out of date: run `python -m views.i18n_tools update`"
    )
    from views import vocab_strings

    assert list(vocab_strings.LABELS) == vocab_labels()


def test_vocab_strings_module_compiles_and_quotes_every_label() -> None:
    text = render_vocab_strings()
    compile(text, "vocab_strings.py", "exec")
    assert text.count('QT_TRANSLATE_NOOP("vocab", ') == len(vocab_labels())
    assert "State party's reply" in text  # an apostrophe survives quoting


def test_write_vocab_strings_reports_a_change_once(tmp_path: Path) -> None:
    target = tmp_path / "vocab_strings.py"
    assert i18n_tools.write_vocab_strings(target) is True
    assert i18n_tools.write_vocab_strings(target) is False
    assert target.read_text(encoding="utf-8") == render_vocab_strings()


# ---------------------------------------------------------------- sources and tools


def test_sources_are_every_view_module() -> None:
    files = source_files()
    names = {p.relative_to(i18n_tools.VIEWS_DIR).as_posix() for p in files}
    assert {"main_window.py", "vocab_strings.py", "case_editor/editor.py", "i18n.py"} <= names
    assert not any("__pycache__" in p.parts for p in files)
    assert files == sorted(files)


@pytest.mark.parametrize("tool", ["lupdate", "lrelease"])
def test_qt_tools_ship_with_pyside6(tool: str) -> None:
    assert i18n_tools.qt_tool(tool).is_file()


def test_a_missing_tool_is_a_clear_error() -> None:
    with pytest.raises(FileNotFoundError, match="no-such-tool"):
        i18n_tools.qt_tool("no-such-tool")


# ---------------------------------------------------------------- lupdate / lrelease


SAMPLE = """
    from PySide6.QtCore import QCoreApplication, QObject

    from views.i18n import QT_TRANSLATE_NOOP

    COLUMNS = (QT_TRANSLATE_NOOP("Sample", "Reference"),)


    class Panel(QObject):
        def texts(self, n: int) -> list[str]:
            return [self.tr("Save"), self.tr("%n case(s)", "", n)]


    def title() -> str:
        return QCoreApplication.translate("Sample", "Overdue deadlines")
"""


def test_lupdate_collects_tr_translate_and_noop(tmp_path: Path) -> None:
    source = write(tmp_path / "sample.py", SAMPLE)
    ts = tmp_path / "out_ru.ts"
    lupdate(ts, "ru", [source])
    messages = {(m.context, m.source) for m in read_ts(ts)}
    assert messages == {
        ("Sample", "Reference"),
        ("Sample", "Overdue deadlines"),
        ("Panel", "Save"),
        ("Panel", "%n case(s)"),
    }
    assert all(not m.finished for m in read_ts(ts))
    assert 'language="ru"' in ts.read_text(encoding="utf-8")


def test_lupdate_keeps_translations_and_drops_vanished_strings(tmp_path: Path) -> None:
    source = write(tmp_path / "sample.py", SAMPLE)
    ts = tmp_path / "out_ru.ts"
    lupdate(ts, "ru", [source])
    text = ts.read_text(encoding="utf-8")
    text = text.replace(
        '<source>Reference</source>\n        <translation type="unfinished"></translation>',
        "<source>Reference</source>\n        <translation>Номер дела</translation>",
    )
    ts.write_text(text, encoding="utf-8")
    source.write_text(source.read_text().replace("Overdue deadlines", "Deadlines"))
    lupdate(ts, "ru", [source])
    by_source = {m.source: m for m in read_ts(ts)}
    assert by_source["Reference"] == Message("Sample", "Reference", "Номер дела", True)
    assert "Overdue deadlines" not in by_source  # -no-obsolete
    assert not by_source["Deadlines"].finished


def test_lrelease_compiles_translations_qt_can_load(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    ts = write(
        tmp_path / "t_ru.ts",
        TS_HEADER
        + """
        <TS version="2.1" language="ru_RU" sourcelanguage="en">
        <context><name>Sample</name>
          <message><source>Reference</source><translation>Номер дела</translation></message>
        </context>
        </TS>
        """,
    )
    qm = tmp_path / "t_ru.qm"
    lrelease(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Sample", "Reference") == "Номер дела"


def test_a_broken_ts_is_reported(tmp_path: Path) -> None:
    ts = write(tmp_path / "bad_ru.ts", "<TS><context>")
    with pytest.raises(RuntimeError, match="lrelease failed"):
        lrelease(ts, tmp_path / "bad_ru.qm")


def test_read_ts_tells_finished_from_unfinished(tmp_path: Path) -> None:
    ts = write(
        tmp_path / "t_ru.ts",
        TS_HEADER
        + """
        <TS version="2.1" language="ru_RU">
        <context><name>C</name>
          <message><source>Done</source><translation>Готово</translation></message>
          <message><source>Draft</source>
            <translation type="unfinished">Черновик</translation></message>
          <message><source>Empty</source><translation type="unfinished"></translation></message>
          <message><source>Gone</source><translation type="vanished">Нет</translation></message>
          <message numerus="yes"><source>%n case(s)</source><translation>
            <numerusform>%n дело</numerusform><numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform></translation></message>
          <message numerus="yes"><source>%n day(s)</source><translation>
            <numerusform>%n день</numerusform><numerusform></numerusform>
            <numerusform></numerusform></translation></message>
        </context>
        </TS>
        """,
    )
    messages = {m.source: m for m in read_ts(ts)}
    assert set(messages) == {"Done", "Draft", "Empty", "%n case(s)", "%n day(s)"}
    assert messages["Done"].finished
    assert messages["%n case(s)"].finished
    assert messages["%n case(s)"].translation == "%n дело"
    assert [m.source for m in unfinished(ts)] == ["Draft", "Empty", "%n day(s)"]


def test_main_reports_a_missing_catalog(tmp_path: Path, capsys) -> None:
    assert i18n_tools.main(["status", "--language", "xx"]) == 1
    assert "treatydesk_xx.ts" in capsys.readouterr().err


# ---------------------------------------------------------------- the committed catalogs


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_is_compiled_from_the_committed_ts(language: str, tmp_path: Path) -> None:
    ts, qm = ts_path(language), qm_path(language)
    assert ts.is_file(), f"{ts} is missing: run `python -m views.i18n_tools update`"
    assert qm.is_file(), f"{qm} is missing: run `python -m views.i18n_tools release`"
    fresh = tmp_path / qm.name
    lrelease(ts, fresh)
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is older than {ts.name}: run `python -m views.i18n_tools release`"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_string_is_in_the_catalog_and_translated(
    language: str, tmp_path: Path
) -> None:
    """lupdate over today's views adds nothing new to the committed .ts, and every message
    in it has a finished translation. Fails with the list of what a translator must do."""
    committed = ts_path(language)
    copy = tmp_path / committed.name
    shutil.copyfile(committed, copy)
    before = {(m.context, m.source) for m in read_ts(committed)}
    lupdate(copy, language)
    after = read_ts(copy)
    new = sorted({(m.context, m.source) for m in after} - before)
    todo = [m for m in after if not m.finished]
    report = [f"  new (run update): [{c}] {s!r}" for c, s in new[:40]]
    report += [f"  untranslated: [{m.context}] {m.source!r}" for m in todo[:80]]
    if new or todo:
        pytest.fail(
            f"{len(new)} marked strings are not in {committed.name}, {len(todo)} of "
            f"{len(after)} messages have no finished translation:\n" + "\n".join(report)
        )


# ---------------------------------------------------------------- marking mistakes


def test_calls_lupdate_cannot_read_are_found(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(i18n_tools, "VIEWS_DIR", tmp_path / "views")
    source = write(
        tmp_path / "bad.py",
        """
        from PySide6.QtCore import QCoreApplication
        from views.i18n import QT_TRANSLATE_NOOP

        LABEL = QT_TRANSLATE_NOOP("Ctx", "Reference")


        def texts(self, n, key):
            return [
                self.tr(f"{n} cases"),
                self.tr("Cases: " + str(n)),
                QCoreApplication.translate("Ctx", "{} cases".format(n)),
                QCoreApplication.translate("Ctx", LABEL),
                QCoreApplication.translate("Ctx", {"a": LABEL}.get(key, LABEL)),
                self.tr("{n} cases").format(n=n),
            ]
        """,
    )
    found = i18n_tools.unextractable_calls([source])
    assert [line.split(": ", 1)[0].rsplit(":", 1)[1] for line in found] == ["9", "10", "11"]


def test_views_mark_strings_only_in_ways_lupdate_reads() -> None:
    assert i18n_tools.unextractable_calls() == []
