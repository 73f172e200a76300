"""Keeps the search documents in step with pages and member content as they change."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import TaggedItem
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from kenniskring.forum.models import Experience, ExperienceTag, Question, QuestionTag
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


TAGGED = (Question, Experience, LearningQuestion)


def on_tags_changed(sender, instance, action, reverse=False, pk_set=None, **kwargs):
    """Themes are saved after their post or question: take them over once per add, remove or
    clear (taggit sends one m2m signal for all the tags of a call), not once per tag."""
    if reverse or action not in ("post_add", "post_remove", "post_clear"):
        return
    if action != "post_clear" and not pk_set:
        return
    if isinstance(instance, TAGGED):
        target = type(instance).objects.filter(pk=instance.pk).first()
        if target is not None:
            documents.sync(target)


def on_tag_row_deleted(sender, instance, **kwargs):
    """A theme deleted from the tag list takes its rows along without an m2m signal."""
    if isinstance(instance, TaggedItem):
        model, pk = instance.content_type.model_class(), instance.object_id
    else:
        model, pk = type(instance).content_object.field.related_model, instance.content_object_id
    if model in TAGGED:
        # Read again: when the post itself is being deleted, it is gone and stays gone.
        target = model.objects.filter(pk=pk).first()
        if target is not None:
            documents.sync(target)


def connect():
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    for model in documents.MEMBER_MODELS:
        post_save.connect(on_save, sender=model, dispatch_uid=f"search_save_{model.__name__}")
        post_delete.connect(on_delete, sender=model, dispatch_uid=f"search_del_{model.__name__}")
    for model in (QuestionTag, ExperienceTag, TaggedItem):
        m2m_changed.connect(on_tags_changed, sender=model, dispatch_uid=f"search_{model.__name__}")
        post_delete.connect(
            on_tag_row_deleted, sender=model, dispatch_uid=f"search_del_{model.__name__}"
        )
