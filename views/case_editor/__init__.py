"""The case editor: a window per case, ten tabs sharing one load()/save() contract.

    window = open_case_editor(main_window, services, case_id)   # None: a new case
    window.saved.connect(lambda case_id: cases_page.refresh())

See editor.py (the editor), base.py (the tab contract), fields.py (bindings, forms and the
three-way merge that keeps edits after a conflict).
"""

from __future__ import annotations

from views.case_editor.editor import CaseEditor
from views.case_editor.window import (
    CaseEditorWindow,
    find_case_editor,
    open_case_editor,
    open_case_editors,
    unsaved_case_editors,
)

__all__ = [
    "CaseEditor",
    "CaseEditorWindow",
    "find_case_editor",
    "open_case_editor",
    "open_case_editors",
    "unsaved_case_editors",
]
