"""Members write with a small set of formatting; everything else is removed on the server.

The rules live in `kenniskring.writing`, shared with the reflections."""

from ..writing import ALLOWED_TAGS, clean_html, visible_text

__all__ = ["ALLOWED_TAGS", "clean_html", "visible_text"]
