""" "Bedoelde je …?": a close word for a query that found nothing.

The words come from what every visitor may read (public pages outside the kenniskring and
the partners), so a suggestion never hints at closed material. The word list of a language
is built in Python (the same on SQLite and PostgreSQL) and kept in the shared cache until
the page cache is purged; a suggestion is then a `difflib` comparison against it.
"""

import difflib
import re
from collections import Counter

from django.db.models.functions import Substr

from home.cache import fragment

from .models import Audience, SearchDocument

WORD = re.compile(r"\w{4,30}")
TEXT_READ = 2_000
WORDS_KEPT = 20_000


def word_list(language):
    def build():
        documents = SearchDocument.objects.filter(
            audience=Audience.PUBLIC, restrictions="", language=language
        ).values_list("title", Substr("text", 1, TEXT_READ))
        counts = Counter(
            word for title, text in documents for word in WORD.findall(f"{title} {text}".lower())
        )
        return [word for word, _ in counts.most_common(WORDS_KEPT)]

    return fragment("search-words", lambda: language, build)


def suggestion(words, language):
    """The query with each unknown word replaced by the closest known one, or ''."""
    vocabulary = word_list(language)
    known = set(vocabulary)
    suggested = []
    for word in (w.lower() for w in words):
        if word in known or len(word) < 4:
            suggested.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        suggested.append(close[0] if close else word)
    text = " ".join(suggested)
    return text if text != " ".join(w.lower() for w in words) else ""
