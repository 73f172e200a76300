"""Re-indexing that may touch many documents runs in the task queue, after the change commits."""

from django.db import transaction
from django_tasks import task

from home.models import KnowledgeClipPage
from home.models.mixins import ContactMixin
from kenniskring.models import Theme

from . import documents


@task()
def reindex_theme(translation_key):
    """Everything tagged with a theme, after its name (in any language) changed."""
    themes = Theme.objects.filter(translation_key=translation_key)
    for model in documents.TAGGED:
        for item in model.objects.filter(themes__in=themes).distinct():
            documents.sync(item)
    # A clip in any language carries the themes of its Dutch source clip.
    tagged = KnowledgeClipPage.objects.filter(themes__in=themes).values("translation_key")
    for clip in KnowledgeClipPage.objects.live().filter(translation_key__in=tagged):
        documents.sync_page(clip)


@task()
def reindex_contact_person(pk):
    """The live pages that name a contact person, after the person changed."""
    for model in ContactMixin.__subclasses__():
        for page in model.objects.live().filter(contact_person_id=pk):
            documents.sync_page(page)


def after_commit(job, *args):
    transaction.on_commit(lambda: job.enqueue(*args))
