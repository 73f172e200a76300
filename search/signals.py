"""Keeps the search documents in step with pages and member content as they change."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from home import cache
from home.models import ContactPerson
from kenniskring.models import Region, Theme

from . import audience, documents, results, tasks
from .models import SearchDocument


def on_page_published(sender, instance, **kwargs):
    documents.sync_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    documents.remove(Page, instance.pk)


def on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        documents.sync(instance)


def on_delete(sender, instance, **kwargs):
    documents.remove(sender, instance.pk)


def on_restriction_changed(sender, instance, raw=False, **kwargs):
    """A restriction added or removed: the documents below it are re-keyed before the change
    commits, so no search in between finds a page closed to its visitor."""
    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        audience.rekey_below(page)


def on_page_moved(sender, instance, **kwargs):
    """A page moved, with everything below it: into or out of the kenniskring or a
    restricted section."""
    audience.rekey_below(instance)


TAGGED = documents.TAGGED


def on_theme_saved(sender, instance, raw=False, **kwargs):
    """A theme renamed or translated: what is tagged with it is found by its new name."""
    if not raw:
        tasks.after_commit(tasks.reindex_theme, str(instance.translation_key))


def on_contact_person_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        tasks.after_commit(tasks.reindex_contact_person, instance.pk)


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
    post_save.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved"
    )
    post_delete.connect(
        on_restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="search_restriction_deleted",
    )
    post_page_move.connect(on_page_moved, dispatch_uid="search_page_moved")
    # Members' searches are kept per visitor key until a document changes (search.results).
    for signal in (post_save, post_delete):
        signal.connect(
            results.forget_after_commit,
            sender=SearchDocument,
            dispatch_uid=f"search_results_{id(signal)}",
        )
    post_save.connect(on_theme_saved, sender=Theme, dispatch_uid="search_theme_saved")
    post_save.connect(
        on_contact_person_saved, sender=ContactPerson, dispatch_uid="search_contact_person_saved"
    )
    # Kept searches also carry the page cache's generation (search.results), which every page
    # change purges; so do the editors' picks, the themes and regions they show.
    for model in (SearchPromotion, Theme, Region):
        for signal in (post_save, post_delete):
            signal.connect(
                cache.purge_after_commit,
                sender=model,
                dispatch_uid=f"search_purge_{model.__name__}_{id(signal)}",
            )
    pre_delete.connect(on_theme_deleting, sender=Theme, dispatch_uid="search_theme_deleting")
    post_delete.connect(on_theme_deleted, sender=Theme, dispatch_uid="search_theme_deleted")
