"""What members write: a small editor in the browser, and on the server the same small set of
formatting (paragraphs, bold, italic, lists, links), cleaned with nh3, whatever was sent.

Without JavaScript the editor is a plain text area: its line breaks become paragraphs and
line breaks, and the addresses in it become links, so nobody ever types a tag.
"""

import html
import json
import re

import nh3
from django import forms
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
_BLOCK = re.compile(r"<\s*(p|ul|ol|li|br)\b", re.IGNORECASE)
# A tag, or the text between tags, of nh3's output.
_PIECES = re.compile(r"(<[^>]*>)")
# An address in running text: http(s)://… or www.…, up to a space or a quote.
_ADDRESS = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
# Punctuation that ends a sentence rather than the address.
_TRAILING = ".,;:!?)]}'’”"


def _cleaned(text):
    return nh3.clean(
        text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
    ).strip()


def _link(match):
    shown = match.group(0)
    tail = ""
    while shown and shown[-1] in _TRAILING:
        shown, tail = shown[:-1], shown[-1] + tail
    # nh3's text is escaped already (&amp;), which is what an attribute needs too.
    href = shown if "://" in shown else "https://" + shown
    return f'<a href="{href}" rel="nofollow noopener">{shown}</a>{tail}'


def autolink(cleaned):
    """Addresses in the text (not already inside a link) become links."""
    pieces, inside_link = [], 0
    for piece in _PIECES.split(cleaned):
        if piece.startswith("<"):
            name = piece[1:].lstrip("/").split(" ", 1)[0].rstrip(">").lower()
            if name == "a":
                inside_link += -1 if piece.startswith("</") else 1
            pieces.append(piece)
        elif inside_link > 0:
            pieces.append(piece)
        else:
            pieces.append(_ADDRESS.sub(_link, piece))
    return "".join(pieces)


def clean_html(text):
    """Safe HTML from what a member wrote: plain text becomes paragraphs, addresses become
    links, and everything outside the small set of formatting is removed."""
    text = (text or "").replace("\r\n", "\n").strip()
    if text and not _BLOCK.search(text):
        paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
        text = "".join("<p>" + part.replace("\n", "<br>") + "</p>" for part in paragraphs)
    return _cleaned(autolink(_cleaned(text)))


def safe_html(text):
    """Stored text as HTML for a template: cleaned again on the way out, so an old, imported or
    plain-text row is safe too (the forum's and the reflections' filters)."""
    return mark_safe(clean_html(text))  # noqa: S308 - nh3 output


def visible_text(html_text):
    """The words a reader would see, for emptiness and length checks and e-mails."""
    return re.sub(r"\s+", " ", strip_tags(html_text).replace("&nbsp;", " ")).strip()


_BREAKS = re.compile(r"<br\s*/?>|</p>|</li>|</ul>|</ol>", re.IGNORECASE)


def plain_text(html_text):
    """The text with its paragraphs and list items on lines of their own (for exports and
    the PDF): what a reader sees, without markup."""
    text = _BREAKS.sub("\n", html_text or "")
    text = re.sub(r"<li[^>]*>", "- ", text, flags=re.IGNORECASE)
    text = html.unescape(strip_tags(text)).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()


# The editor's buttons and its link dialog in the reader's language (the editor's own
# labels are English); the keys are the words the editor uses.
def editor_labels():
    return {
        "bold": _("Vet"),
        "italic": _("Cursief"),
        "unordered list": _("Lijst met bolletjes"),
        "ordered list": _("Genummerde lijst"),
        "insert link": _("Link toevoegen"),
        "remove link": _("Link weghalen"),
        "undo": _("Ongedaan maken"),
        "redo": _("Opnieuw doen"),
        "Edit Link": _("Link"),
        "URL": _("Adres (URL)"),
        "Title": _("Titel (niet verplicht)"),
        "Update": _("Bewaren"),
        "Cancel": _("Annuleren"),
        "toolbar": _("Opmaak"),
    }


class TextEditor(forms.Textarea):
    """A text area that becomes a small editor (bold, italic, lists, links) where JavaScript
    runs: Tiptap from django-prose-editor, served from the site's own static files.
    Without JavaScript it stays a text area; `clean_html` makes either safe."""

    def __init__(self, attrs=None):
        super().__init__({"rows": 8, **(attrs or {})})

    @property
    def media(self):
        return forms.Media(
            css={
                "all": [
                    "django_prose_editor/material-icons.css",
                    "django_prose_editor/editor.css",
                    "kenniskring/text_editor.css",
                ]
            },
            js=[forms.Script("kenniskring/text_editor.js", type="module")],
        )

    def use_required_attribute(self, initial):
        # The text area is hidden under the editor: a browser could not point at it.
        return False

    def get_context(self, name, value, attrs):
        """The editor opens the cleaned HTML (`data-text-editor-html`); the text area itself
        shows plain text, so without JavaScript nobody sees a tag, even when editing."""
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        labels = {key: str(label) for key, label in editor_labels().items()}
        widget["attrs"]["data-text-editor"] = json.dumps(labels, ensure_ascii=False)
        text = widget["value"] or ""
        if text.strip():
            widget["attrs"]["data-text-editor-html"] = clean_html(text)
            if _BLOCK.search(text):
                widget["value"] = plain_text(text)
        return context
