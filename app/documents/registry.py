"""Where templates come from: the built-in ones and the user's templates folder.

A template is a Word file named `<kind>.<lang>.docx`, or `<kind>.<lang>.<name>.docx` for a
variant ("followup_letter.en.formal.docx"). The built-in templates live in the
`templates_docs` package; a lawyer copies one, restyles it in Word or LibreOffice, and drops
it into the templates folder of the data folder, where it appears beside the built-ins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import templates_docs
from app.documents.i18n import LANGUAGES, check_language
from app.documents.kinds import KINDS, kind_info
from app.errors import DomainError

BUILTIN_DIR = Path(templates_docs.__file__).resolve().parent

_NAME = re.compile(r"^(?P<kind>[a-z_]+)\.(?P<lang>[a-z]{2})(?:\.(?P<name>.+))?\.docx$", re.I)


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    lang: str
    name: str  # "Built-in" or the variant's name ("formal") or the file name
    path: Path
    builtin: bool

    @property
    def key(self) -> str:
        """Stable identifier for a settings file or a combo box: "builtin" or the file name."""
        return "builtin" if self.builtin else self.path.name

    @property
    def display_name(self) -> str:
        return "Built-in" if self.builtin else f"{self.name} (your templates folder)"


def parse_template_name(filename: str) -> tuple[str, str, str] | None:
    """ "followup_letter.en.formal.docx" -> ("followup_letter", "en", "formal"), else None."""
    match = _NAME.match(filename)
    if not match:
        return None
    kind = match["kind"].lower()
    lang = match["lang"].lower()
    if kind not in KINDS or lang not in LANGUAGES or not KINDS[kind].uses_templates:
        return None
    return kind, lang, match["name"] or ""


def _is_temporary(path: Path) -> bool:
    # Word's lock files ("~$llowup_letter.en.docx") and hidden files are not templates.
    return path.name.startswith(("~$", "."))


class TemplateRegistry:
    def __init__(self, user_dir: Path | None, builtin_dir: Path = BUILTIN_DIR) -> None:
        self.user_dir = user_dir
        self.builtin_dir = builtin_dir

    def builtin(self, kind: str, lang: str) -> TemplateInfo:
        path = self.builtin_dir / f"{kind}.{lang}.docx"
        if not path.is_file():
            raise DomainError(
                f"The built-in template {path.name} is missing from {self.builtin_dir}: "
                "reinstall TreatyDesk, or run templates_docs/build_templates.py."
            )
        return TemplateInfo(kind, lang, "Built-in", path, True)

    def user_templates(self) -> list[TemplateInfo]:
        """Every well-named template in the user's templates folder."""
        if self.user_dir is None or not self.user_dir.is_dir():
            return []
        found = []
        for path in sorted(self.user_dir.glob("*.docx")):
            if _is_temporary(path) or not path.is_file():
                continue
            parsed = parse_template_name(path.name)
            if parsed is None:
                continue
            kind, lang, name = parsed
            found.append(TemplateInfo(kind, lang, name or path.stem, path, False))
        return found

    def ignored_files(self) -> list[Path]:
        """Word files in the templates folder whose names say no kind and language."""
        if self.user_dir is None or not self.user_dir.is_dir():
            return []
        return [
            p
            for p in sorted(self.user_dir.glob("*.docx"))
            if not _is_temporary(p) and parse_template_name(p.name) is None
        ]

    def templates_for(self, kind: str, lang: str) -> list[TemplateInfo]:
        """The built-in template first, then the user's, for this kind and language."""
        info = kind_info(kind)
        lang = check_language(lang)
        if not info.uses_templates:
            return []
        result = []
        builtin_path = self.builtin_dir / f"{info.key}.{lang}.docx"
        if builtin_path.is_file():
            result.append(TemplateInfo(info.key, lang, "Built-in", builtin_path, True))
        result.extend(t for t in self.user_templates() if t.kind == info.key and t.lang == lang)
        return result

    def resolve(
        self, kind: str, lang: str, template: TemplateInfo | Path | str | None
    ) -> TemplateInfo:
        """The template to render: the built-in one for None, else the file given (checked)."""
        info = kind_info(kind)
        if not info.uses_templates:
            if template is not None:
                raise DomainError(
                    f"A {info.label.lower()} is laid out by TreatyDesk (PDF) and takes no "
                    "template.",
                    field="template",
                )
            raise DomainError(f"A {info.label.lower()} takes no template.", field="template")
        if template is None:
            return self.builtin(info.key, lang)
        path = template.path if isinstance(template, TemplateInfo) else Path(template).expanduser()
        if not path.is_file():
            raise DomainError(f"The template {path} does not exist.", field="template")
        if path.suffix.lower() != ".docx":
            raise DomainError(
                f"The template {path.name} is not a Word document (.docx). Templates are "
                "DOCX files: save it from Word or LibreOffice as “Word Document (.docx)”.",
                field="template",
            )
        parsed = parse_template_name(path.name)
        if parsed is not None:
            t_kind, t_lang, name = parsed
            if t_kind != info.key:
                raise DomainError(
                    f"The template {path.name} is for a {kind_info(t_kind).label.lower()}, "
                    f"not for a {info.label.lower()}.",
                    field="template",
                )
            if t_lang != lang:
                raise DomainError(
                    f"The template {path.name} is written in {t_lang.upper()}, but the "
                    f"document was asked for in {lang.upper()}: choose a {lang.upper()} "
                    "template or change the language.",
                    field="template",
                )
        else:
            name = path.stem
        builtin = path.resolve().parent == self.builtin_dir
        return TemplateInfo(
            info.key, lang, "Built-in" if builtin else name or path.stem, path, builtin
        )
