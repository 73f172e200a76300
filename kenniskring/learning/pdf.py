"""The portfolio as a PDF, drawn with reportlab (pure Python, no system libraries)."""

import io
from xml.sax.saxutils import escape

from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from kenniskring.writing import plain_text

# reportlab's time grows much faster than the length of one paragraph: long texts are drawn
# as paragraphs of at most this many characters, and the whole PDF stops at a budget.
PARAGRAPH_CHARACTERS = 1_500
PDF_MAX_CHARACTERS = 600_000


def _text(value):
    return escape(str(value)).replace("\n", "<br/>")


def _pieces(text):
    """The text's lines, long lines cut at a space, each at most PARAGRAPH_CHARACTERS long."""
    for line in str(text).splitlines():
        while len(line) > PARAGRAPH_CHARACTERS:
            cut = line.rfind(" ", 0, PARAGRAPH_CHARACTERS)
            cut = cut if cut > 0 else PARAGRAPH_CHARACTERS
            yield line[:cut]
            line = line[cut:].lstrip()
        if line.strip():
            yield line


class Story(list):
    """The PDF's flowables, counting the characters of the text they hold."""

    characters = 0

    def text(self, value, style, bold_prefix=""):
        pieces = list(_pieces(value)) or ["–"]
        for number, piece in enumerate(pieces):
            prefix = f"<b>{_text(bold_prefix)}</b>: " if bold_prefix and number == 0 else ""
            self.append(Paragraph(prefix + _text(piece), style))
            self.characters += len(piece)

    @property
    def full(self):
        return self.characters > PDF_MAX_CHARACTERS


def portfolio_pdf(project, portfolio):
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        title=_("Portfolio van %(project)s") % {"project": project.title},
    )
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = Story()
    story.text(_("Portfolio van %(project)s") % {"project": project.title}, styles["Title"])
    for entry in portfolio["entries"]:
        if story.full:
            story.text(_("De rest van het portfolio staat op de portfoliopagina."), body)
            break
        date = entry.date.strftime("%d/%m/%Y")
        if entry.kind == "day":
            day_entry = entry.item
            state = _("aanwezig") if day_entry.attended else _("niet aanwezig")
            story.text(f"{date} · {day_entry.day.title} ({state})", styles["Heading2"])
            for note in day_entry.impact_notes:
                story.text(note.text, body, bold_prefix=note.get_kind_display())
        elif entry.kind == "reflection":
            reflection = entry.item
            title = f"{date} · {_('Reflectie')}: {reflection.assignment.label}"
            story.text(title, styles["Heading2"])
            for item in reflection.answers:
                story.append(Paragraph(f"<b>{_text(item['question'])}</b>", body))
                story.text(plain_text(item["answer"]), body)
                story.append(Spacer(1, 4))
        else:
            question = entry.item
            story.text(f"{date} · {_('Leervraag')}: {question.question}", styles["Heading2"])
            if question.explanation:
                story.text(question.explanation, body)
    document.build(story)
    return buffer.getvalue()
