"""Keeps the search documents in step with pages and member content as they change."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from kenniskring.forum.models import Experience, Question
from kenniskring.learning.models import LearningQuestion
from kenniskring.models import Theme

from . import documents


def on_page_published(sender, instance, **kwargs):
    documents.sync_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    documents.remove(Page, instance.pk)


def on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        documents.sync(instance)


def on_delete(sender, instance, **kwargs):
    documents.remove(sender, instance.pk)


TAGGED = (Question, Experience, LearningQuestion)


def on_themes_changed(sender, instance, action, reverse=False, model=None, pk_set=None, **kwargs):
    """Themes are saved after their post or question: take them over once per add, remove or
    clear (Django sends one m2m signal for all the themes of a call), not once per theme."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if action != "post_clear" and not pk_set:
        return
    if reverse:
        # theme.questions.add(...) and the like: every item named (of class `model`) changes.
        for target in model.objects.filter(pk__in=pk_set or ()):
            documents.sync(target)
        return
    if isinstance(instance, TAGGED):
        target = type(instance).objects.filter(pk=instance.pk).first()
        if target is not None:
            documents.sync(target)


def on_theme_deleting(sender, instance, **kwargs):
    """A deleted theme takes its rows along without an m2m signal: remember who had it."""
    instance._search_items = [
        (model, list(model.objects.filter(themes=instance).values_list("pk", flat=True)))
        for model in TAGGED
    ]


def on_theme_deleted(sender, instance, **kwargs):
    for model, pks in getattr(instance, "_search_items", ()):
        for target in model.objects.filter(pk__in=pks):
            documents.sync(target)


def connect():
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    for model in documents.MEMBER_MODELS:
        post_save.connect(on_save, sender=model, dispatch_uid=f"search_save_{model.__name__}")
        post_delete.connect(on_delete, sender=model, dispatch_uid=f"search_del_{model.__name__}")
    for model in TAGGED:
        m2m_changed.connect(
            on_themes_changed,
            sender=model.themes.through,
            dispatch_uid=f"search_themes_{model.__name__}",
        )
    pre_delete.connect(on_theme_deleting, sender=Theme, dispatch_uid="search_theme_deleting")
    post_delete.connect(on_theme_deleted, sender=Theme, dispatch_uid="search_theme_deleted")
