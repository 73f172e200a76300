"""Keeps the search documents in step with pages and member content as they change."""

from django.db.models.signals import post_delete, post_save
from taggit.models import TaggedItem
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from kenniskring.forum.models import ExperienceTag, QuestionTag
from kenniskring.learning.models import LearningQuestion

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


def on_tags_changed(sender, instance, raw=False, **kwargs):
    # Themes are saved after their post or question; take them over when they change.
    if raw:
        return
    if isinstance(instance, TaggedItem):
        if instance.content_type.model_class() is not LearningQuestion:
            return
        target = LearningQuestion.objects.filter(pk=instance.object_id).first()
    else:
        target = type(instance.content_object).objects.filter(pk=instance.content_object_id).first()
    if target is not None:
        documents.sync(target)


def connect():
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    for model in documents.MEMBER_MODELS:
        post_save.connect(on_save, sender=model, dispatch_uid=f"search_save_{model.__name__}")
        post_delete.connect(on_delete, sender=model, dispatch_uid=f"search_del_{model.__name__}")
    for model in (QuestionTag, ExperienceTag, TaggedItem):
        for signal in (post_save, post_delete):
            signal.connect(on_tags_changed, sender=model, dispatch_uid=f"search_{model.__name__}")
