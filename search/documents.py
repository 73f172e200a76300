"""Builds the search document of a page or a piece of member content, or removes it.

Member content that nobody may find any more (deleted, hidden, a draft reflection, an answer
in a hidden thread) has no document at all, so no search can show it or count it.
"""

import datetime

from django.db import transaction
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator, capfirst
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from home.models import KnowledgeClipPage, Partner
from kenniskring.forum.models import Answer, Comment, Experience, Question
from kenniskring.learning.models import (
    Challenge,
    ChallengeComment,
    LearningQuestion,
    Reflection,
)
from kenniskring.models import Theme
from kenniskring.models.themes import source_language

from . import audience, results
from .models import Audience, Kind, SearchDocument

PAGE_KINDS = {
    "home.filmpage": Kind.FILM,
    "home.knowledgeclippage": Kind.CLIP,
    "home.eventpage": Kind.EVENT,
    "home.newspage": Kind.NEWS,
    "kenniskring.buddyprojectpage": Kind.PROJECT,
    "kenniskring.networkdaypage": Kind.NETWORK_DAY,
}
MEMBER_MODELS = (
    Question,
    Answer,
    Experience,
    Comment,
    LearningQuestion,
    Reflection,
    Challenge,
    ChallengeComment,
    Partner,
)
# What carries themes of its own (replies share their thread's or challenge's).
TAGGED = (Question, Experience, LearningQuestion, Challenge)
TEXT_LIMIT = 20_000
BATCH = 500
# While `bulk_build` runs, documents are gathered here instead of saved one by one, and the
# themes' names are looked up once.
_collecting = None
_names = None


def source_type(model):
    return model._meta.label_lower


def plain(value):
    """Text without markup; paragraphs, list items and headings stay separate words."""
    return " ".join(get_text_for_indexing(str(value or "")).split())


def as_datetime(value):
    if isinstance(value, datetime.datetime) or value is None:
        return value
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time()))


def remove(model, pk):
    if _collecting is not None:
        return
    # A queryset delete still sends post_delete per row, which takes the row out of the index.
    SearchDocument.objects.filter(source_type=source_type(model), source_id=pk).delete()


def _store(model, pk, themes=(), **fields):
    themes = list(themes)
    fields["theme_ids"] = sorted({theme.pk for theme in themes})
    if _collecting is not None:
        _collecting.append((source_type(model), pk, themes, fields))
        return None
    with transaction.atomic():
        document, _ = SearchDocument.objects.update_or_create(
            source_type=source_type(model), source_id=pk, defaults=fields
        )
        document.themes.set(themes)
    return document


# Pages -------------------------------------------------------------------------------------


def field_texts(obj, fields):
    """The searchable content of `obj`'s search fields, following related fields (an event's
    workshops and programme, a day's documents, a page's contact person)."""
    for field in fields:
        if isinstance(field, index.RelatedFields):
            related = getattr(obj, field.field_name, None)
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                if item is not None:
                    yield from field_texts(item, field.fields)
        elif isinstance(field, index.SearchField):
            # SearchField.get_value gives the searchable content: a string, or a list of them.
            value = field.get_value(obj)
            if isinstance(value, list | tuple):
                yield from (str(part) for part in value)
            elif value:
                yield str(value)


def page_text(page):
    fields = [f for f in page.get_search_fields() if getattr(f, "field_name", None) != "title"]
    return plain(" ".join(field_texts(page, fields)))[:TEXT_LIMIT]


def theme_names(themes):
    """The themes' names in every language, so that "grenzen" and "limites" both find what
    is tagged with the theme."""
    global _names
    keys = {theme.translation_key for theme in themes}
    if not keys:
        return ""
    if _collecting is not None:
        if _names is None:
            _names = {}
            for key, name in Theme.objects.values_list("translation_key", "name"):
                _names.setdefault(key, []).append(name)
        return " ".join(name for key in keys for name in _names.get(key, ()))
    return " ".join(Theme.objects.filter(translation_key__in=keys).values_list("name", flat=True))


def with_themes(text, themes):
    return f"{text} {theme_names(themes)}".strip()[:TEXT_LIMIT]


def page_date(page):
    """The page's own date (an event's or a network day's `date`, a clip's `published`), or
    None; never the day it was last published, which says nothing about its content."""
    return getattr(page, "date", None) or getattr(page, "published", None)


def page_region_id(page):
    if getattr(page, "region_id", None):
        return page.region_id
    host = getattr(page, "host_project", None)
    if host is not None:
        return host.region_id
    parent = page.get_parent()
    return getattr(parent.specific, "region_id", None) if parent else None


def clip_themes(page):
    """A clip's themes are those of its Dutch source clip, whatever its language."""
    return list(
        Theme.objects.filter(
            knowledge_clips__translation_key=page.translation_key,
            knowledge_clips__locale__language_code=source_language(),
        )
    )


def sync_page(page, tree=None):
    page = page.specific
    if not page.live or page.depth < 2:
        remove(Page, page.pk)
        return None
    keys = audience.page_fields(page, tree)
    inside = keys["audience"] == Audience.KENNISKRING
    kind = PAGE_KINDS.get(page._meta.label_lower, Kind.KENNISKRING if inside else Kind.PAGE)
    themes = clip_themes(page) if isinstance(page, KnowledgeClipPage) else []
    return _store(
        Page,
        page.pk,
        themes=themes,
        kind=kind,
        **keys,
        page=page,
        project=None,
        region_id=page_region_id(page),
        language=page.locale.language_code,
        title=page.title[:300],
        text=with_themes(page_text(page), themes),
        url="",
        date=as_datetime(page_date(page)),
    )


# Member content ----------------------------------------------------------------------------


def _url(obj):
    # Stored in Dutch; the search page translates it to the visitor's language.
    with translation.override("nl"):
        return obj.get_absolute_url()


def _project_fields(project):
    return {"project": project, "region_id": project.region_id if project else None}


def sync_post(post):
    thread = post.thread
    if not (post.is_visible and thread.is_visible):
        remove(type(post), post.pk)
        return None
    kind = {
        Question: Kind.QUESTION,
        Answer: Kind.ANSWER,
        Experience: Kind.EXPERIENCE,
        Comment: Kind.COMMENT,
    }[type(post)]
    themes = list(thread.themes.all())
    return _store(
        type(post),
        post.pk,
        themes=themes,
        kind=kind,
        audience=Audience.FORUM,
        page=None,
        language="",
        title=thread.title[:300],
        text=with_themes(plain(post.text), themes),
        url=_url(post),
        date=post.created_at,
        **_project_fields(post.project),
    )


def sync_thread(thread):
    """A question or experience and its answers or comments, which share its fate and themes."""
    sync_post(thread)
    replies = thread.answers.all() if isinstance(thread, Question) else thread.comments.all()
    for reply in replies.select_related("project"):
        reply.question = reply.experience = thread
        sync_post(reply)


def sync_learning_question(question):
    with translation.override("nl"):
        url = reverse("kenniskring_learning:learning_questions")
    themes = list(question.themes.all())
    return _store(
        LearningQuestion,
        question.pk,
        themes=themes,
        kind=Kind.LEARNING_QUESTION,
        audience=Audience.KENNISKRING,
        page=None,
        language="",
        title=question.question[:300],
        text=with_themes(plain(question.explanation), themes),
        url=url,
        date=question.created_at,
        **_project_fields(question.project),
    )


def sync_reflection(reflection):
    if not reflection.is_submitted:
        remove(Reflection, reflection.pk)
        return None
    with translation.override("nl"):
        url = reverse("kenniskring_learning:reflection", args=[reflection.pk])
        # The assignment with its region and day: two of the same title stay apart.
        title = f"{reflection.project.title} – {reflection.assignment.label}"
    answers = [
        f"{item.get('question', '')} {item.get('answer', '')}"
        for item in reflection.answers or []
        if isinstance(item, dict)
    ]
    return _store(
        Reflection,
        reflection.pk,
        kind=Kind.REFLECTION,
        audience=Audience.KENNISKRING if reflection.is_shared else Audience.PROJECT,
        page=None,
        language="",
        title=title[:300],
        text=plain(" ".join(answers))[:TEXT_LIMIT],
        url=url,
        date=reflection.submitted_at or reflection.updated_at,
        **_project_fields(reflection.project),
    )


def _board_url():
    with translation.override("nl"):
        return reverse("kenniskring_learning:challenges")


def _challenge_title(challenge):
    return f"{capfirst(challenge.get_category_display())}: {Truncator(challenge.text).chars(120)}"


def _store_board_entry(model, entry, kind, challenge, themes):
    """A card or a reaction on the challenge board: titled by its challenge, with its themes."""
    with translation.override("nl"):
        title = _challenge_title(challenge)
    return _store(
        model,
        entry.pk,
        themes=themes,
        kind=kind,
        audience=Audience.KENNISKRING,
        page=None,
        language="",
        title=title[:300],
        text=with_themes(plain(entry.text), themes),
        url=_board_url(),
        date=entry.created_at,
        **_project_fields(entry.project),
    )


def sync_challenge_comment(comment, challenge=None, themes=None):
    """A reaction on the challenge board, found by its own words and its challenge's themes."""
    challenge = challenge or comment.challenge
    themes = list(challenge.themes.all()) if themes is None else themes
    return _store_board_entry(ChallengeComment, comment, Kind.CHALLENGE_COMMENT, challenge, themes)


def sync_challenge(challenge, comments=None):
    """A challenge on the board and its reactions, which carry its themes."""
    themes = list(challenge.themes.all())
    _store_board_entry(Challenge, challenge, Kind.CHALLENGE, challenge, themes)
    if comments is None:
        comments = challenge.comments.select_related("project")
    for comment in comments:
        sync_challenge_comment(comment, challenge, themes)


def sync_partner(partner):
    """A partner as the home page and the footer show it, in its own language, to everybody."""
    return _store(
        Partner,
        partner.pk,
        kind=Kind.PARTNER,
        audience=Audience.PUBLIC,
        page=None,
        project=None,
        region_id=None,
        language=partner.locale.language_code,
        title=partner.name[:300],
        text=plain(partner.contribution)[:TEXT_LIMIT],
        url=partner.website or f"/{partner.locale.language_code}/",
        date=None,
    )


def sync(obj):
    if isinstance(obj, Page):
        return sync_page(obj)
    if isinstance(obj, Question | Experience):
        return sync_thread(obj)
    if isinstance(obj, Answer | Comment):
        return sync_post(obj)
    if isinstance(obj, LearningQuestion):
        return sync_learning_question(obj)
    if isinstance(obj, Reflection):
        return sync_reflection(obj)
    if isinstance(obj, Challenge):
        return sync_challenge(obj)
    if isinstance(obj, ChallengeComment):
        return sync_challenge_comment(obj)
    if isinstance(obj, Partner):
        return sync_partner(obj)
    return None


def _write(collected):
    documents = SearchDocument.objects.bulk_create(
        [SearchDocument(source_type=t, source_id=pk, **fields) for t, pk, _, fields in collected],
        batch_size=BATCH,
    )
    Through = SearchDocument.themes.through
    Through.objects.bulk_create(
        [
            Through(searchdocument_id=document.pk, theme_id=theme.pk)
            for document, (_, _, themes, _) in zip(documents, collected, strict=True)
            for theme in themes
        ],
        batch_size=BATCH,
    )
    backend = get_search_backend()
    for start in range(0, len(documents), BATCH):
        # The index reads each document's themes: one query a batch, not one a document.
        pks = [document.pk for document in documents[start : start + BATCH]]
        batch = SearchDocument.objects.filter(pk__in=pks).prefetch_related("themes")
        backend.add_bulk(SearchDocument, list(batch))
    return len(documents)


def bulk_build(replace=True):
    """Every document from its source in bulk, for freshly imported (bulk-created) content."""
    global _collecting, _names
    _collecting = collected = []
    try:
        tree = audience.Tree()
        for page in Page.objects.filter(depth__gte=2).live().specific().select_related("locale"):
            sync_page(page, tree)
        for model, replies in ((Question, "answers"), (Experience, "comments")):
            threads = model.objects.select_related("project").prefetch_related("themes", replies)
            for thread in threads:
                sync_post(thread)
                for reply in getattr(thread, replies).all():
                    reply.question = reply.experience = thread
                    sync_post(reply)
        for question in LearningQuestion.objects.select_related("project").prefetch_related(
            "themes"
        ):
            sync_learning_question(question)
        for reflection in Reflection.objects.select_related("project").with_assignment():
            sync_reflection(reflection)
        for challenge in Challenge.objects.select_related("project").prefetch_related(
            "themes", Prefetch("comments", ChallengeComment.objects.select_related("project"))
        ):
            sync_challenge(challenge, challenge.comments.all())
        for partner in Partner.objects.select_related("locale"):
            sync_partner(partner)
    finally:
        _collecting = _names = None
    with results.forgetting_once():
        if replace:
            SearchDocument.objects.all().delete()
        return _write(collected)


def rebuild():
    """Every document again from its source: after bulk imports, or on an existing database."""
    return bulk_build()
