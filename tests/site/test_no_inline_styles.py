"""The look lives in the stylesheets (home/static/home/css/site.css and the kenniskring's
kenniskring/static/kenniskring/components.css), never in a template: a template that styles
itself with a style attribute or a <style> block fails here, unless it is in ALLOWED with the
reason it cannot do otherwise."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIP = {".venv", "node_modules", "artifacts", "staticfiles", "media", "media-test", ".git"}
# Template path (relative to the repository) -> why it may style itself. Keep it empty.
ALLOWED = {}
INLINE_STYLE = re.compile(r"<style[\s>]|<[a-zA-Z][^>]*\sstyle\s*=", re.IGNORECASE)


def templates():
    for path in ROOT.rglob("*.html"):
        relative = path.relative_to(ROOT)
        if SKIP.isdisjoint(relative.parts) and "templates" in relative.parts:
            yield relative


def inline_styles(text):
    return [match.group(0)[:80] for match in INLINE_STYLE.finditer(text)]


def test_the_check_finds_both_kinds_of_inline_style():
    assert inline_styles('<p class="x" style="color: red">') == ['<p class="x" style=']
    assert inline_styles("<style>p { color: red }</style>") == ["<style>"]
    assert inline_styles('<p class="stylesheet" data-style-name="x">') == []


def test_no_template_styles_itself():
    found = list(templates())
    assert len(found) > 100, found  # the site's, the kenniskring's and its plug-ins' templates
    offenders = {
        str(path): inline_styles((ROOT / path).read_text(encoding="utf-8"))
        for path in found
        if str(path) not in ALLOWED
    }
    assert not {path: hits for path, hits in offenders.items() if hits}
