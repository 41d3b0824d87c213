"""Screenshots of the main pages of the demo portfolio, for the README (docs/screenshots/).

    QT_QPA_PLATFORM=offscreen python -m tests.gui.make_screenshots [--out docs/screenshots]
        [--lang ru]

With --lang, the interface is shown in that language and the files are named
`<page>-<lang>.png` (the README shows the Russian dashboard and cases list).

Every window is 1280 x 800, over a freshly built demo portfolio, with "today" fixed at
22 November 2026 (as in the tests) so that the figures do not drift. Settings go to a
temporary folder: the user's own are never read or written.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

SIZE = (1280, 800)
TODAY = date(2026, 11, 22)


def main() -> None:  # pragma: no cover - run by hand
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en", help="interface language, e.g. ru")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    from app.config import Paths
    from app.context import open_demo_workspace
    from app.services.dto import CaseFilter
    from app.vocab import Stage
    from views.i18n import install_translators
    from views.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    install_translators(app, args.lang)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        QCoreApplication.setOrganizationName("TreatyDeskScreenshots")
        QCoreApplication.setApplicationName("TreatyDeskScreenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        paths = Paths(Path(tmp) / "data")
        workspace = open_demo_workspace(paths, clock=lambda: TODAY)
        services = workspace.services
        window = MainWindow(
            services=services,
            database_label="~/.local/share/TreatyDesk/demo.sqlite",
            is_demo=True,
            data_folder=paths.data_dir,
            backups=workspace.backups,
            case_opener=_case_opener(services),
        )

        def shoot(widget: QWidget, name: str) -> None:
            widget.resize(*SIZE)
            widget.show()
            for _ in range(5):
                app.processEvents()
            path = out / name.replace(".png", f"{suffix}.png")
            widget.grab().save(str(path))
            print(f"wrote {path}")

        shoot(window, "dashboard.png")
        window.show_cases(CaseFilter(stage=Stage.FOLLOW_UP))
        window.cases.table.selectRow(1)
        shoot(window, "cases.png")
        window.cases.clear_filters()
        window.go_to(2)
        window.people.table.selectRow(1)
        shoot(window, "people.png")

        gerasimov = next(p for p in services.people.list("Gerasimov"))
        person = window.open_person(gerasimov.id)
        shoot(person, "person-editor.png")
        person.close()

        review = window.open_review(services.reviews.list()[0].id)
        for row, rec in enumerate(review.recommendations.items()):
            if rec.paragraph == 34:
                review.rec_table.selectRow(row)
                review.rec_table.scrollTo(review.recommendations.index(row, 0))
        shoot(review, "review.png")
        review.close()

        window.go_to(0)
        search = window.show_search()
        search.edit.setText("ka")
        search.run_search()
        search.step(1)
        for _ in range(5):
            app.processEvents()
        # The dialog is a window of its own: draw it over the main window, as seen.
        picture = window.grab()
        painter = QPainter(picture)
        dialog = search.grab()
        left, top = (SIZE[0] - dialog.width()) // 2, 110
        painter.drawPixmap(left, top, dialog)
        painter.setPen(QColor("#80868b"))  # the frame a desktop would draw
        painter.drawRect(left - 1, top - 1, dialog.width() + 1, dialog.height() + 1)
        painter.end()
        picture.save(str(out / f"search{suffix}.png"))
        print(f"wrote {out / f'search{suffix}.png'}")
        search.close()
        window.close()
        workspace.close()


def _case_opener(services: object) -> object:  # pragma: no cover
    """The case editor's opener when it is there (the screenshots show New case enabled)."""
    try:
        from views.case_editor import open_case_editor
    except ImportError:
        return None
    return lambda case_id: open_case_editor(None, services, case_id)  # type: ignore[arg-type]


if __name__ == "__main__":  # pragma: no cover
    main()
