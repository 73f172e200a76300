"""Members write with a small set of formatting; everything else is removed on the server."""

import re

import nh3
from django.utils.html import strip_tags

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
_BLOCK = re.compile(r"<\s*(p|ul|ol|li|br)\b", re.IGNORECASE)


def clean_html(text):
    """Safe HTML from what a member typed: plain text becomes paragraphs, the rest is filtered."""
    text = (text or "").replace("\r\n", "\n").strip()
    if text and not _BLOCK.search(text):
        paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
        text = "".join("<p>" + part.replace("\n", "<br>") + "</p>" for part in paragraphs)
    return nh3.clean(
        text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
    ).strip()


def visible_text(html):
    """The words a reader would see, for emptiness and length checks and e-mails."""
    return re.sub(r"\s+", " ", strip_tags(html).replace("&nbsp;", " ")).strip()
