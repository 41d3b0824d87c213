"""Concluding observations for tests: the seed (CCPR/C/KAZ/CO/3) and layouts of other
Committees built from their published conventions, plus a PDF-like rendering.

CAT: "Principal subjects of concern", "The State party should:" with sub-items, plain-digit
footnote markers, the symbol printed at the top, follow-up by date naming "paras. 6 (a)".
CEDAW: lettered sections before the concerns (C. Sustainable Development Goals, D.
Parliament), "The Committee recommends that the State party:", inline citations of the
previous observations, follow-up "within two years" with sub-items, no adoption date in
paragraph 1 (only the session in the asterisk note).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

SEEDS = Path("/work/shared/seeds")
RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "CCPR_C_KAZ_CO_3.txt"


def seed(prefix: str) -> str:
    """A seed file; 002 is the copy shipped with the demo (the same public UN document), so
    the tests of the importer run where the seeds are not."""
    if prefix == "002":
        return RESOURCE.read_text(encoding="utf-8")
    found = sorted(SEEDS.glob(f"{prefix}_*")) if SEEDS.exists() else []
    if found:
        return found[0].read_text(encoding="utf-8")
    raise FileNotFoundError(prefix)


CAT = """United Nations
CAT/C/KAZ/CO/4
Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment
Distr.: General
14 May 2024

Original: English

Committee against Torture

Concluding observations on the fourth periodic report of Kazakhstan*

1. The Committee against Torture considered the fourth periodic report of Kazakhstan1 at
its 2100th and 2103rd meetings,2 held on 22 and 23 April 2024, and adopted the present
concluding observations at its 2116th meeting, held on 3 May 2024.

A. Introduction

2. The Committee expresses its appreciation to the State party for accepting the
simplified reporting procedure and submitting its periodic report thereunder.

B. Positive aspects

3. The Committee welcomes the ratification of the Second Optional Protocol to the
International Covenant on Civil and Political Rights, in 2022.

C. Principal subjects of concern and recommendations

Pending follow-up issues from the previous reporting cycle

4. In its previous concluding observations,3 the Committee asked the State party for
information on its recommendations on fundamental legal safeguards. The Committee regrets
that the recommendation in paragraph 18 has not been implemented.

Definition and criminalization of torture

5. While noting the amendments made to article 146 of the Criminal Code, the Committee is
concerned that the penalties for torture remain lenient and that the statute of
limitations still applies in some cases (arts. 1, 2 and 4).

6. The State party should:

(a) Ensure that the penalties for torture are commensurate with the gravity of the
crime;

(b) Ensure that torture is not subject to any statute of limitations or amnesty.

Fundamental legal safeguards

7. The Committee is concerned at reports that persons deprived of their liberty are not
afforded all the fundamental legal safeguards from the outset of their deprivation of
liberty (arts. 2, 11 and 12–14).

8. Recalling its previous recommendations,4 the State party should ensure, in law and in
practice, that all detained persons are afforded all fundamental legal safeguards, including:

(a) The right to have access to a lawyer of their choice;

(b) The right to request and receive a medical examination by an independent doctor;

(c) The right to be informed of their rights.

Follow-up procedure

9. The Committee requests the State party to provide, by 3 May 2025, information on
follow-up to the Committee's recommendations on the definition of torture and on
fundamental legal safeguards (see paras. 6 (a), 8 (b) and 8 (c) above). In that context,
the State party is invited to inform the Committee about its plans for implementing,
within the coming reporting period, some or all of the remaining recommendations.

Other issues

10. The State party is requested to disseminate widely the report submitted to the
Committee and the present concluding observations, in appropriate languages, through
official websites, the media and non-governmental organizations.

11. The Committee invites the State party to submit its next periodic report, which will
be its fifth, by 3 May 2028. For that purpose, the Committee will, in due course,
transmit to the State party a list of issues prior to reporting.

* Adopted by the Committee at its seventy-ninth session (15 April–10 May 2024).
1 CAT/C/KAZ/4.
2 See CAT/C/SR.2100 and CAT/C/SR.2103.
3 CAT/C/KAZ/CO/3, para. 32.
4 Ibid., para. 18.
"""

CEDAW = """Committee on the Elimination of Discrimination against Women

Concluding observations on the fifth periodic report of Kazakhstan*

1. The Committee considered the fifth periodic report of Kazakhstan (CEDAW/C/KAZ/5) at
its 1702nd and 1703rd meetings (see CEDAW/C/SR.1702 and CEDAW/C/SR.1703), held on 2 July
2019. The Committee's list of issues and questions is contained in CEDAW/C/KAZ/Q/5 and
the responses of Kazakhstan are contained in CEDAW/C/KAZ/RQ/5.

A. Introduction

2. The Committee appreciates the submission by the State party of its fifth periodic
report.

B. Positive aspects

3. The Committee welcomes the progress achieved since the consideration in 2014 of the
State party's combined third and fourth periodic reports (CEDAW/C/KAZ/CO/3-4) in
undertaking legislative reforms, in particular the adoption of the following:

(a) The Law on Domestic Violence, in 2017;

(b) The Law on Gender Equality, in 2018.

C. Sustainable Development Goals

4. The Committee calls for the realization of substantive gender equality, in accordance
with the provisions of the Convention, throughout the process of implementing the 2030
Agenda for Sustainable Development.

D. Parliament

5. The Committee stresses the crucial role of the legislative power in ensuring the full
implementation of the Convention.

E. Principal areas of concern and recommendations

Definition of discrimination and legal framework

6. The Committee notes the efforts of the State party to harmonize its legislation with
the Convention. However, it is concerned that:

(a) The Constitution does not contain a definition of discrimination against women;

(b) There is no comprehensive anti-discrimination legislation.

7. Recalling its previous recommendations (CEDAW/C/KAZ/CO/3-4, para. 10), the Committee
recommends that the State party:

(a) Adopt comprehensive anti-discrimination legislation that includes a definition of
discrimination against women in line with article 1 of the Convention;

(b) Ensure that such legislation covers direct and indirect discrimination.

Access to justice

8. The Committee notes with concern the barriers faced by women in gaining access to
justice, including the lack of legal aid.

9. The Committee recommends that the State party:

(a) Expand free legal aid to women without sufficient means;

(b) Conduct capacity-building for judges on women's rights.

Dissemination

10. The Committee requests the State party to ensure the timely dissemination of the
present concluding observations, in the official languages of the State party, to the
relevant State institutions at all levels.

Follow-up to the concluding observations

11. The Committee requests the State party to provide, within two years, written
information on the steps taken to implement the recommendations contained in paragraphs
7 (a) and 9 (b) above.

Preparation of the next report

12. The Committee invites the State party to submit its sixth periodic report, which is
due in July 2023.

* Adopted by the Committee at its seventy-third session (1–19 July 2019).
"""

DECISION = """United Nations
CCPR/C/112/D/2137/2012
International Covenant on Civil and Political Rights
Distr.: General

Human Rights Committee

Views adopted by the Committee under article 5 (4) of the Optional Protocol, concerning
communication No. 2137/2012

Submitted by: Aliya Toregozhina (not represented by counsel)
Alleged victim: The author
State party: Kazakhstan
Date of communication: 21 February 2011

1. The author of the communication is Aliya Toregozhina, a national of Kazakhstan.

2. The facts as submitted by the author.

3. The complaint.

4. The State party's observations on admissibility and merits.
"""

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def pdf_like(text: str, width: int = 90) -> str:
    """The seed as pypdf gives a PDF: wrapped lines, no blank lines, no bold, plain-digit
    footnote markers, footnotes at the foot of each page, then the job number, the page
    number and the symbol heading the next page."""
    out = ["United Nations", "CCPR/C/KAZ/CO/3"]
    page = 1
    in_notes = False
    for block in (b.strip() for b in text.split("\n\n")):
        if not block:
            continue
        block = block.replace("**", "")
        block = re.sub(r"(?<!\w)\*(\S[^*]*?)\*", r"\1", block)
        if re.match("^[⁰¹²³⁴⁵⁶⁷⁸⁹]", block):
            out.append(block.translate(_SUPERSCRIPT))
            in_notes = True
            continue
        if in_notes:
            page += 1
            out += [f"GE.25-1137{page}", str(page), "CCPR/C/KAZ/CO/3"]
            in_notes = False
        for line in block.translate(_SUPERSCRIPT).split("\n"):
            out += textwrap.wrap(re.sub(r"^- ", "", line), width)
    return "\n".join(out)


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes(text: str) -> bytes:
    """The seed as a Word document the way OHCHR publishes one: each block a paragraph, the
    recommendations in bold runs, footnote references and a footnotes part."""
    import io
    import zipfile

    import docx

    base = io.BytesIO()
    docx.Document().save(base)
    notes: dict[int, str] = {}
    paragraphs: list[str] = []
    for block in (b.strip() for b in text.split("\n\n")):
        if not block:
            continue
        m = re.match("^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\s*(.*)$", block, re.DOTALL)
        if m:
            notes[int(m.group(1).translate(_SUPERSCRIPT))] = m.group(2)
            continue
        for line in block.split("\n"):
            runs = []
            for k, segment in enumerate(line.split("**")):
                bold = k % 2 == 1
                for piece in re.split("([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", segment):
                    if not piece:
                        continue
                    if piece[0] in "⁰¹²³⁴⁵⁶⁷⁸⁹":
                        number = int(piece.translate(_SUPERSCRIPT))
                        runs.append(
                            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                            f'<w:footnoteReference w:id="{number + 1}"/></w:r>'
                        )
                        continue
                    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
                    runs.append(
                        f'<w:r>{props}<w:t xml:space="preserve">{_xml_text(piece)}</w:t></w:r>'
                    )
            paragraphs.append(f"<w:p>{''.join(runs)}</w:p>")
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W_NS}">'
        f"<w:body>{''.join(paragraphs)}<w:sectPr/></w:body></w:document>"
    )
    footnotes = "".join(
        f'<w:footnote w:id="{n + 1}"><w:p><w:r><w:t xml:space="preserve">{_xml_text(t)}'
        "</w:t></w:r></w:p></w:footnote>"
        for n, t in sorted(notes.items())
    )
    footnotes_xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f"</w:footnote>{footnotes}</w:footnotes>"
    )
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(base.getvalue())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = document.encode("utf-8")
            target.writestr(item, data)
        target.writestr("word/footnotes.xml", footnotes_xml.encode("utf-8"))
    return out.getvalue()


def pdf_bytes(text: str) -> bytes:
    """A PDF of the text (reportlab): wrapped lines as pypdf will read them back."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for line in pdf_like(text).split("\n"):
        if y < 60:
            pdf.showPage()
            y = 800
        pdf.setFont("Helvetica", 9)
        pdf.drawString(40, y, line)
        y -= 12
    pdf.save()
    return buffer.getvalue()
