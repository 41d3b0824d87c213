"""Generated DOCX files open cleanly in another word processor: LibreOffice converts each
to PDF (where it is installed) and the PDF carries the document's text."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.documents.conftest import Demo, flat, pdf_text

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = [
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed"),
    pytest.mark.slow,
]


def test_every_docx_kind_converts_to_pdf(demo: Demo, tmp_path: Path) -> None:
    sources: dict[str, Path] = {}
    for lang in ("en", "ru"):
        for kind, kwargs in (
            ("followup_letter", {"case_id": demo.case_id("ILI-2022-UZ23")}),
            ("state_letter", {"case_id": demo.case_id("KZ-CCPR-2137")}),
            (
                "shadow_section",
                {"review_id": demo.review_id, "sections": (demo.torture_section(),)},
            ),
            ("shadow_report", {"review_id": demo.review_id}),
        ):
            path = demo.generate(kind, lang, organisation="ILI", **kwargs)
            name = f"{kind}_{lang}.docx"
            shutil.copyfile(path, tmp_path / name)
            sources[name] = tmp_path / name
    out = tmp_path / "pdf"
    profile = tmp_path / "lo-profile"
    env = dict(os.environ, HOME=str(tmp_path))
    result = subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, sources.values()),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    expected = {
        "followup_letter_en": "Compensation was paid to 3 of the 23 victims",
        "followup_letter_ru": "Выполнено полностью",
        "state_letter_en": "Measures still outstanding",
        "state_letter_ru": "Меры, которые еще не выполнены",
        "shadow_section_en": "§1. Article 7. Prohibition of torture",
        "shadow_section_ru": "§1. Статья 7. Prohibition of torture",
        "shadow_report_en": "SUBMISSION TO THE HUMAN RIGHTS COMMITTEE",
        "shadow_report_ru": "ИНФОРМАЦИЯ ДЛЯ КОМИТЕТА ПО ПРАВАМ ЧЕЛОВЕКА",
    }
    for stem, phrase in expected.items():
        pdf = out / f"{stem}.pdf"
        assert pdf.exists(), f"LibreOffice did not convert {stem}.docx: {result.stdout}"
        assert phrase in flat(pdf_text(pdf)), stem
