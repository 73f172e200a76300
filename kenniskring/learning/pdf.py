"""The portfolio as a PDF, drawn with reportlab (pure Python, no system libraries)."""

import io
from xml.sax.saxutils import escape

from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer


def _text(value):
    return escape(str(value)).replace("\n", "<br/>")


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
    story = [
        Paragraph(
            _text(_("Portfolio van %(project)s") % {"project": project.title}), styles["Title"]
        ),
    ]
    for entry in portfolio["entries"]:
        date = entry.date.strftime("%d/%m/%Y")
        if entry.kind == "day":
            day_entry = entry.item
            state = _("aanwezig") if day_entry.attended else _("niet aanwezig")
            story.append(
                Paragraph(_text(f"{date} · {day_entry.day.title} ({state})"), styles["Heading2"])
            )
            for note in day_entry.impact_notes:
                story.append(
                    Paragraph(
                        f"<b>{_text(note.get_kind_display())}</b>: {_text(note.text)}",
                        styles["BodyText"],
                    )
                )
        elif entry.kind == "reflection":
            reflection = entry.item
            story.append(
                Paragraph(
                    _text(f"{date} · {_('Reflectie')}: {reflection.assignment.title}"),
                    styles["Heading2"],
                )
            )
            for item in reflection.answers:
                story.append(Paragraph(f"<b>{_text(item['question'])}</b>", styles["BodyText"]))
                story.append(Paragraph(_text(item["answer"]) or "–", styles["BodyText"]))
                story.append(Spacer(1, 4))
        else:
            question = entry.item
            story.append(
                Paragraph(
                    _text(f"{date} · {_('Leervraag')}: {question.question}"), styles["Heading2"]
                )
            )
            if question.explanation:
                story.append(Paragraph(_text(question.explanation), styles["BodyText"]))
    document.build(story)
    return buffer.getvalue()
