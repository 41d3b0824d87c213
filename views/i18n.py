"""Translation helpers shared by every view, and the choice of the interface language.

User-visible text goes through Qt's translation: ``self.tr("…")`` inside QObject
subclasses, ``QCoreApplication.translate("Context", "…")`` elsewhere, and
``QT_TRANSLATE_NOOP("Context", "…")`` for module-level constants that are translated
when shown. Vocabulary labels (app/vocab.py, Qt-free) are translated in the
``vocab`` context by :func:`tr_vocab`. Dates and numbers are formatted for the
current locale (``QLocale()``, set from the chosen language) by :func:`format_date`
and :func:`format_number`.

The language: ``$TREATYDESK_LANG`` (scripts, screenshots) wins over the stored choice
(QSettings ``ui/language``: ``system``, ``en``, ``ru``…), and ``system`` means the system
locale's language when a translation of TreatyDesk exists for it, else English.
:func:`install_translators` loads ``resources/translations/treatydesk_<lang>.qm`` and Qt's
own ``qtbase_<lang>.qm`` (standard buttons and dialogs), sets the default QLocale and the
layout direction. It runs in app/bootstrap.py before any window is built; the .qm files are
made by ``python -m views.i18n_tools update|release`` (see resources/translations/README.md).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Mapping
from enum import Enum
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from app.vocab import Vocabulary

log = logging.getLogger("treatydesk.i18n")

#: The day-month-year order lawyers write in both languages ("22 November 2026",
#: "22 ноября 2026"); QLocale supplies the month names (genitive in Russian).
LONG_DATE_FORMAT = "d MMMM yyyy"

#: QSettings key of the chosen language, and its values besides a language code.
LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
#: The language the source strings are written in (no translation file needed).
SOURCE_LANGUAGE = "en"
#: Overrides the stored choice for one run: TREATYDESK_LANG=ru treatydesk --demo
ENV_LANGUAGE = "TREATYDESK_LANG"
#: treatydesk_<lang>.qm / .ts in resources/translations.
CATALOG_PREFIX = "treatydesk_"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's own name
    """Mark ``text`` for pyside6-lupdate in ``context``; translate it when it is shown."""
    return text


def tr_vocab(member: Vocabulary | Enum | None) -> str:
    """The translated label of a vocabulary member ("" for None)."""
    if member is None:
        return ""
    label = member.label if isinstance(member, Vocabulary) else str(member.value)
    return QCoreApplication.translate("vocab", label)


def format_date(value: dt.date | None, *, short: bool = False) -> str:
    """A date in the current locale: "22 November 2026" / "22 ноября 2026" ("" for None)."""
    if value is None:
        return ""
    qdate = QDate(value.year, value.month, value.day)
    locale = QLocale()
    if short:
        return locale.toString(qdate, QLocale.FormatType.ShortFormat)
    return locale.toString(qdate, LONG_DATE_FORMAT)


def format_number(value: float | int, decimals: int | None = None) -> str:
    """A number with the locale's grouping and decimal separators."""
    locale = QLocale()
    if decimals is None:
        if isinstance(value, int):
            return locale.toString(value)
        decimals = 2
    return locale.toString(float(value), "f", decimals)


# ---------------------------------------------------------------- the language


def translations_dir() -> Path:
    """resources/translations, in the source tree or the installed package."""
    return Path(str(resources.files("resources"))) / "translations"


def catalog_path(language: str, *, suffix: str = ".qm") -> Path:
    return translations_dir() / f"{CATALOG_PREFIX}{language}{suffix}"


def available_languages() -> list[str]:
    """Language codes the interface can be shown in: English, then every compiled catalog."""
    found = sorted(
        p.stem.removeprefix(CATALOG_PREFIX)
        for p in translations_dir().glob(f"{CATALOG_PREFIX}*.qm")
        if p.stem != f"{CATALOG_PREFIX}{SOURCE_LANGUAGE}"
    )
    return [SOURCE_LANGUAGE, *found]


#: Languages named in themselves (QLocale would say "American English").
NATIVE_NAMES = {"en": "English", "ru": "Русский"}


def language_name(language: str) -> str:
    """The language's name in itself: "English", "Русский"."""
    name = NATIVE_NAMES.get(language) or QLocale(language).nativeLanguageName() or language
    return name[:1].upper() + name[1:]


def stored_language() -> str:
    """The choice kept in the settings: SYSTEM (the default) or a language code."""
    value = QSettings().value(LANGUAGE_KEY, SYSTEM)
    value = str(value or SYSTEM).strip().lower()
    return value if value == SYSTEM or value in available_languages() else SYSTEM


def store_language(choice: str) -> None:
    """Keep SYSTEM or a language code for the next start; ValueError for anything else."""
    choice = choice.strip().lower()
    if choice != SYSTEM and choice not in available_languages():
        raise ValueError(f"no translation for {choice!r}")
    QSettings().setValue(LANGUAGE_KEY, choice)


def system_language(locale: QLocale | None = None) -> str:
    """The system locale's language when TreatyDesk is translated into it, else English."""
    locale = locale or QLocale.system()
    available = available_languages()
    for tag in [*locale.uiLanguages(), locale.name()]:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in available:
            return code
    return SOURCE_LANGUAGE


def resolve_language(
    choice: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    system: QLocale | None = None,
) -> str:
    """The language to show: $TREATYDESK_LANG, else ``choice`` (default: the stored one);
    SYSTEM and unknown codes fall back to the system language, then English."""
    environ = os.environ if environ is None else environ
    override = environ.get(ENV_LANGUAGE, "").strip().lower()
    available = available_languages()
    if override and override != SYSTEM:
        if override in available:
            return override
        log.warning("%s=%s: no such translation, ignored", ENV_LANGUAGE, override)
    elif not override:
        choice = (choice if choice is not None else stored_language()).strip().lower()
        if choice in available:
            return choice
    return system_language(system)


_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Show the interface in ``language`` (None: :func:`resolve_language`); returns the code.

    Replaces the translators installed before, so it can be called again to switch. Only
    new text is affected: windows built before keep theirs until they are built again.
    """
    global _current
    if language is None or language.strip().lower() == SYSTEM:
        code = resolve_language()
    else:
        code = language.strip().lower()
    if code not in available_languages():
        log.warning("no translation for %r; the interface stays in English", code)
        code = SOURCE_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    if code != SOURCE_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{code}", qt_dir),
            (f"{CATALOG_PREFIX}{code}", str(translations_dir())),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("translation %s not found in %s", name, folder)
    system = QLocale.system()
    # The system locale keeps its region (ru_KZ, en_GB) when it speaks the chosen language.
    locale = system if system.name().split("_")[0] == code else QLocale(code)
    QLocale.setDefault(locale)
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(locale.textDirection())  # type: ignore[attr-defined]
    log.info("interface language: %s (%s)", code, locale.name())
    _current = code
    return code


def installed_language() -> str:
    """The language :func:`install_translators` installed last ("en" before it runs)."""
    return _current


class _Counts(QObject):
    """Counts of days, months and years with the language's plural forms.

    pyside6-lupdate records plural forms only for ``self.tr(text, "", n)`` inside a class,
    not for ``QCoreApplication.translate``; hence this small QObject. Without a translation
    (English), "(s)" is resolved here."""

    def days(self, n: int) -> str:
        return _english_plural(self.tr("%n day(s)", "", n), n)

    def months(self, n: int) -> str:
        return _english_plural(self.tr("%n month(s)", "", n), n)

    def years(self, n: int) -> str:
        return _english_plural(self.tr("%n year(s)", "", n), n)


def _english_plural(text: str, n: int) -> str:
    return text.replace("(s)", "" if n == 1 else "s")


_counts: _Counts | None = None


def _counter() -> _Counts:
    global _counts
    if _counts is None:
        _counts = _Counts()
    return _counts


def count_days(n: int) -> str:
    """ "1 day", "5 days" / "1 день", "5 дней"."""
    return _counter().days(n)


def count_months(n: int) -> str:
    """ "1 month", "2 months" / "1 месяц", "2 месяца"."""
    return _counter().months(n)


def count_years(n: int) -> str:
    """ "1 year", "14 years" / "1 год", "14 лет"."""
    return _counter().years(n)
