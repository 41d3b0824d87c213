"""Decisions written for the tests in the published layout, and builders for .docx and .pdf.

The texts are invented (names, numbers and facts), laid out as the treaty bodies publish
their decisions: a header with the document symbol, the cover block ("Communication
submitted by:", "State party:", "Date of adoption of Views:", ...), then numbered
paragraphs under section headings. In the text form a cover-block line is "Label:<TAB>value";
the .docx builder puts the cover block in a two-column table, as the published documents
do, and the .pdf builder draws it as a table too, with a running head and page numbers.
"""

# ruff: noqa: E501 - the decisions are documents: one line per paragraph, as published.
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "views"

CCPR_VIEWS = """\
United Nations\tCCPR/C/139/D/3016/2017
International Covenant on Civil and Political Rights\tDistr.: General
12 January 2024
Original: English

Human Rights Committee

Views adopted by the Committee under article 5 (4) of the Optional Protocol, concerning communication No. 3016/2017

Communication submitted by:\tGulnara Seitkali (represented by counsel, Daniyar Amanov, of the Bureau for Human Rights)
Alleged victim(s):\tMarat Seitkali (the author’s son)
State party:\tKazakhstan
Date of communication:\t14 August 2017 (initial submission)
Document references:\tDecision taken pursuant to rule 92 of the Committee’s rules of procedure, transmitted to the State party on 2 October 2017 (not issued in document form)
Date of adoption of Views:\t20 October 2023
Subject matter:\tTorture in police custody and use of a confession obtained under duress
Procedural issues:\tExhaustion of domestic remedies
Substantive issues:\tTorture; arbitrary detention; right not to be compelled to confess guilt
Articles of the Covenant:\t2 (3), 7, 9 (1) and (3), and 14 (1) and (3) (g)
Articles of the Optional Protocol:\t2 and 5 (2) (b)

1.1 The author of the communication is Gulnara Seitkali, a national of Kazakhstan born in 1961. She submits the communication on behalf of her son, Marat Seitkali, a national of Kazakhstan born on 3 May 1986. She claims that the State party has violated her son’s rights under articles 7, 9 (1) and (3) and 14 (1) and (3) (g), read alone and in conjunction with article 2 (3), of the Covenant. The Optional Protocol entered into force for the State party on 30 September 2009. The author is represented by counsel.

The facts as submitted by the author

2.1 On 5 March 2015, the author’s son was arrested by officers of the Almaty city police on suspicion of robbery and taken to a police station, where he was beaten until he signed a confession. He was brought before a judge only on 9 March 2015.

2.2 On 12 November 2015, the Almaty City Court convicted him on the basis of his confession and sentenced him to eight years of imprisonment. His appeals were dismissed, finally by the Supreme Court on 3 February 2017.

The complaint

3. The author claims that her son was tortured to make him confess, in violation of article 7, read alone and in conjunction with article 2 (3), of the Covenant, that his detention violated article 9 (1) and (3) and that his conviction rested on the confession, in violation of article 14 (1) and (3) (g).

State party’s observations on admissibility and the merits

4.1 In a note verbale dated 4 April 2018, the State party submitted that the communication is unfounded. The author’s son had not complained of ill-treatment during the trial.

Author’s comments on the State party’s observations

5.1 On 9 July 2018, the author submitted that her son raised the ill-treatment at every hearing.

Consideration of admissibility

6.1 Before considering any claim contained in a communication, the Committee must decide, in accordance with rule 97 of its rules of procedure, whether the communication is admissible under the Optional Protocol.

6.2 The Committee considers that the author’s claims under article 9 (3) and article 14 (1) have not been sufficiently substantiated and declares them inadmissible under article 2 of the Optional Protocol.

Consideration of the merits

7.1 The Committee has considered the communication in the light of all the information made available to it by the parties, in accordance with article 5 (1) of the Optional Protocol.

7.2 The Committee concludes that the facts before it disclose a violation of article 7 of the Covenant, and that the use of the confession violated article 14 (3) (g).

8. The Committee, acting under article 5 (4) of the Optional Protocol, is of the view that the facts before it disclose violations by the State party of articles 7 and 14 (3) (g), read alone and in conjunction with article 2 (3), and of article 9 (1) of the Covenant.

9. Pursuant to article 2 (3) (a) of the Covenant, the State party is under an obligation to provide Marat Seitkali with an effective remedy. This requires it to make full reparation to individuals whose Covenant rights have been violated. Accordingly, the State party is obligated, inter alia, to: (a) conduct a thorough and effective investigation into the allegations of torture and, if confirmed, prosecute and punish those responsible; (b) review the conviction of Marat Seitkali in a new trial that complies with the guarantees of article 14 of the Covenant; (c) provide him with adequate compensation, including reimbursement of the legal costs incurred; and (d) provide him with appropriate medical and psychological rehabilitation. The State party is also under an obligation to take all steps necessary to prevent similar violations from occurring in the future, including by reviewing its legislation on the admissibility of evidence obtained under duress.

10. Bearing in mind that, by becoming a party to the Optional Protocol, the State party has recognized the competence of the Committee to determine whether there has been a violation of the Covenant, the Committee wishes to receive from the State party, within six months, information about the measures taken to give effect to the Committee’s Views. The State party is also requested to publish the present Views and to have them translated into the official languages of the State party and widely disseminated.
"""

CCPR_VIEWS_EXPECTED = {
    "symbol": "CCPR/C/139/D/3016/2017",
    "body": "CCPR",
    "state": "KZ",
    "communication_numbers": ["3016/2017"],
    "authors": ["Gulnara Seitkali"],
    "victims": ["Marat Seitkali"],
    "counsel": ["Daniyar Amanov"],
    "submission_date": "2017-08-14",
    "adoption_date": "2023-10-20",
    "decision_type": "views",
    "outcome": "violation",
    "articles_invoked": ["2(3)", "7", "9(1)", "9(3)", "14(1)", "14(3)(g)"],
    "articles_violated": ["2(3)", "7", "9(1)", "14(3)(g)"],
    "follow_up_days": 180,
}
CCPR_VIEWS_REMEDIES = {
    ("investigation", "individual"),
    ("prosecution", "individual"),
    ("review_of_conviction", "individual"),
    ("compensation", "individual"),
    ("reimbursement", "individual"),
    ("rehabilitation", "individual"),
    ("non_repetition", "general"),
    ("legislative_change", "general"),
    ("publication", "general"),
}

CAT_NO_VIOLATION = """\
CAT/C/78/D/1021/2020

Committee against Torture

Decision adopted by the Committee under article 22 of the Convention, concerning communication No. 1021/2020

Complaint submitted by:\tR.T. (represented by counsel, Refugee Law Clinic)
Alleged victim:\tThe complainant
State party:\tSwitzerland
Date of complaint:\t2 June 2020 (initial submission)
Document references:\tDecision taken pursuant to rules 114 and 115 of the Committee’s rules of procedure, transmitted to the State party on 8 June 2020 (not issued in document form)
Date of adoption of decision:\t14 November 2023
Subject matter:\tDeportation to Sri Lanka
Procedural issue:\tNone
Substantive issue:\tRisk of torture upon return (non-refoulement)
Article of the Convention:\t3

1.1 The complainant is R.T., a national of Sri Lanka born in 1984. He claims that his deportation to Sri Lanka would constitute a violation by Switzerland of article 3 of the Convention. The complainant is represented by counsel, Refugee Law Clinic.

Consideration of the merits

7.1 The Committee has considered the complaint in the light of all the information made available to it by the parties, in accordance with article 22 (4) of the Convention.

8. The Committee, acting under article 22 (7) of the Convention, concludes that the complainant’s removal to Sri Lanka by the State party would not constitute a breach of article 3 of the Convention.
"""

INADMISSIBLE = """\
CEDAW/C/86/D/170/2021

Committee on the Elimination of Discrimination against Women

Decision adopted by the Committee under the Optional Protocol to the Convention, concerning communication No. 170/2021

Communication submitted by:\tAnna Kovalenko (not represented by counsel)
Alleged victim:\tThe author
State party:\tUkraine
Date of communication:\t11 March 2021 (initial submission)
Date of adoption of decision:\t17 October 2023
Articles of the Convention:\t2 (c) and 16

1. The author of the communication is Anna Kovalenko, a Ukrainian national born in 1979. She claims to be a victim of violations by Ukraine of articles 2 (c) and 16 of the Convention.

Consideration of admissibility

6.1 The Committee notes that the author has not exhausted domestic remedies.

7. The Committee therefore decides: (a) That the communication is inadmissible under article 4 (1) of the Optional Protocol; (b) That the present decision be transmitted to the State party and to the author.
"""

CEDAW_VIEWS = """\
CEDAW/C/84/D/155/2020

Views adopted by the Committee under article 7 (3) of the Optional Protocol, concerning communication No. 155/2020

Communication submitted by:\tMaria Popescu
Alleged victim:\tThe author
State party:\tRepublic of Moldova
Date of communication:\t5 February 2020 (initial submission)
Date of adoption of Views:\t20 February 2023

1. The author of the communication is Maria Popescu, a national of the Republic of Moldova born in 1990. She claims that the State party has violated her rights under articles 2 (c)–(e) and 5 (a) of the Convention. The author is not represented by counsel.

Consideration of the merits

7.1 The Committee has considered the communication in the light of all the information made available to it.

8. Acting under article 7 (3) of the Optional Protocol, the Committee is of the view that the State party has failed to fulfil its obligations and has thereby violated the rights of the author under articles 2 (c)–(e) and 5 (a) of the Convention, and makes the following recommendations to the State party:

9. The Committee recommends that the State party: (a) Concerning the author: (i) Provide appropriate reparation, including adequate financial compensation commensurate with the gravity of the violations of her rights; (b) General: (i) Provide mandatory training for judges and police officers on the Convention; (ii) Amend its legislation on domestic violence to provide for protection orders.

10. In accordance with article 7 (4) of the Optional Protocol, the State party shall give due consideration to the views of the Committee, together with its recommendations, and shall submit to the Committee, within six months, a written response, including information on any action taken in the light of the views and recommendations of the Committee. The State party is also requested to publish the Committee’s views and recommendations and to have them widely distributed.
"""

JOINED_90_DAYS = """\
CCPR/C/129/D/3106/2018-3122/2018

Human Rights Committee

Views adopted by the Committee under article 5 (4) of the Optional Protocol, concerning communications Nos. 3106/2018 and 3122/2018

Communications submitted by:\tIvan Petrenko and Olga Sidorenko (not represented by counsel)
Alleged victims:\tThe authors
State party:\tBelarus
Date of adoption of Views:\t9 July 2020

1. The authors of the communications are Ivan Petrenko and Olga Sidorenko, nationals of Belarus born in 1970 and 1975 respectively. They claim that the State party has violated their rights under article 19 of the Covenant.

8. The Committee, acting under article 5 (4) of the Optional Protocol, is of the view that the facts before it disclose a violation by the State party of the authors’ rights under article 19 of the Covenant.

9. The State party is under an obligation to provide the authors with adequate compensation, including reimbursement of the fines imposed on them.

10. The Committee wishes to receive from the State party, within 90 days, information about the measures taken to give effect to the Committee’s Views.
"""

DISCONTINUED = """\
CCPR/C/131/D/2990/2017

Human Rights Committee

Decision to discontinue, concerning communication No. 2990/2017

1. The author of the communication is Sergei Volkov, a national of the Russian Federation born in 1965. He claims that the State party has violated his rights under article 14 of the Covenant.

3. On 19 March 2021, the author informed the Committee that he wished to withdraw his communication. The Committee therefore decides to discontinue the consideration of communication No. 2990/2017.
"""


# ---------------------------------------------------------------- builders


def _blocks(text: str) -> list[tuple[str, str]]:
    """("cover", "Label:\\tvalue"), ("para", text) blocks, in order."""
    blocks: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        label, tab, value = line.partition("\t")
        if tab and label.endswith(":"):
            blocks.append(("cover", line))
        elif tab:
            blocks.append(("head", f"{label}    {value}"))
        else:
            blocks.append(("para", line))
    return blocks


def write_docx(text: str, path: Path) -> Path:
    """The decision as a Word document: paragraphs, and the cover block as a table."""
    import docx

    document = docx.Document()
    table = None
    for kind, content in _blocks(text):
        if kind == "cover":
            label, _, value = content.partition("\t")
            if table is None:
                table = document.add_table(rows=0, cols=2)
            cells = table.add_row().cells
            cells[0].text = label
            cells[1].text = value
            continue
        table = None
        document.add_paragraph(content)
    document.save(str(path))
    return path


def write_pdf(text: str, path: Path, *, symbol: str = "") -> Path:
    """The decision as a PDF with a text layer: wrapped paragraphs, the cover block as a
    table, the symbol as a running head and page numbers as a running foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    story: list[object] = []
    rows: list[list[object]] = []

    def flush_table() -> None:
        if rows:
            story.append(Table(list(rows), colWidths=[5.5 * cm, 11 * cm]))
            story.append(Spacer(1, 12))
            rows.clear()

    for kind, content in _blocks(text):
        if kind == "cover":
            label, _, value = content.partition("\t")
            rows.append(
                [
                    Paragraph(escape(label), styles["BodyText"]),
                    Paragraph(escape(value), styles["BodyText"]),
                ]
            )
            continue
        flush_table()
        story.append(Paragraph(escape(content), styles["BodyText"]))
        story.append(Spacer(1, 6))
    flush_table()

    def furniture(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        if symbol:
            canvas.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, symbol)  # type: ignore[attr-defined]
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, str(doc.page))  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Decision")
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def write_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages hold only drawings, as a scan holds only images: no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        for i in range(40):
            c.rect(50, 50 + i * 18, 400, 10, fill=1)
        c.showPage()
    c.save()
    return path
