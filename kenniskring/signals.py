"""Keep the kenniskring closed when pages are created and files are uploaded."""

import os
import threading
from contextlib import contextmanager

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import copy_for_translation_done, page_published, post_page_move

from . import access, conf
from .storage import PRIVATE_PREFIX, DocumentStorage, secret_name


def restrict_new_kenniskring(sender, instance, created, raw=False, **kwargs):
    """Every new KenniskringPage gets the group restriction at once; a translation its source's."""
    if not created or raw:
        return
    source = source_of(instance)
    if source.pk != instance.pk:
        mirror_restrictions(source)
        return
    if instance.view_restrictions.exists():
        return
    restriction = PageViewRestriction.objects.create(
        page=instance, restriction_type=PageViewRestriction.GROUPS
    )
    groups = [
        Group.objects.get_or_create(name=conf.get(name))[0]
        for name in ("MEMBER_GROUP", "PARTNER_GROUP")
    ]
    restriction.groups.set(groups)


# Translations share the view restrictions of their source page (the page in the default
# language, else the oldest of its translations). The source decides: a change there reaches
# every translation at once; a translation's own restriction follows the source again when it is
# removed, created, published or synced.
_state = threading.local()


def _deleting():
    if not hasattr(_state, "deleting"):
        _state.deleting = set()
    return _state.deleting


@contextmanager
def _mirroring():
    previous = getattr(_state, "mirroring", False)
    _state.mirroring = True
    try:
        yield
    finally:
        _state.mirroring = previous


def source_of(page):
    group = Page.objects.filter(translation_key=page.translation_key).exclude(pk__in=_deleting())
    default = group.filter(locale_id=Locale.get_default().pk).first()
    return default or group.order_by("pk").first() or page


def _restriction_key(restriction):
    groups = tuple(sorted(restriction.groups.values_list("pk", flat=True)))
    return (restriction.restriction_type, restriction.password, groups)


def mirror_restrictions(source):
    """Give every translation of `source` exactly the view restrictions of `source`."""
    wanted = sorted(_restriction_key(r) for r in source.view_restrictions.all())
    translations = (
        Page.objects.filter(translation_key=source.translation_key)
        .exclude(pk=source.pk)
        .exclude(pk__in=_deleting())
    )
    with _mirroring():
        for page in translations:
            current = list(PageViewRestriction.objects.filter(page=page))
            if sorted(_restriction_key(r) for r in current) == wanted:
                continue
            for restriction in current:
                restriction.delete()
            for restriction_type, password, groups in wanted:
                copy = PageViewRestriction.objects.create(
                    page_id=page.pk, restriction_type=restriction_type, password=password
                )
                copy.groups.set(groups)


def _page_changed(page_id, from_source_only):
    if getattr(_state, "mirroring", False) or page_id in _deleting():
        return
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    source = source_of(page)
    if from_source_only and source.pk != page.pk:
        # The caller may still be setting up this restriction; it is corrected on publish.
        return
    mirror_restrictions(source)


def restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _page_changed(instance.page_id, from_source_only=True)


def restriction_deleted(sender, instance, **kwargs):
    _page_changed(instance.page_id, from_source_only=False)


def restriction_groups_changed(sender, instance, action, reverse=False, pk_set=None, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        # Groups are set last (the admin's privacy form, Wagtail's page copy): the
        # restriction is complete, so a translation's own one now yields to its source's.
        _page_changed(instance.page_id, from_source_only=False)
        return
    for page_id in PageViewRestriction.objects.filter(pk__in=pk_set or ()).values_list(
        "page_id", flat=True
    ):
        _page_changed(page_id, from_source_only=True)


def page_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page):
        source = source_of(instance)
        if source.pk != instance.pk:
            _page_changed(source.pk, from_source_only=False)


def page_translated(sender, source_obj, target_obj, **kwargs):
    if isinstance(source_obj, Page):
        _page_changed(source_obj.pk, from_source_only=False)


def page_was_published(sender, instance, **kwargs):
    _page_changed(instance.pk, from_source_only=False)


def page_deleting(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _deleting().add(instance.pk)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _deleting().discard(instance.pk)


def keep_child_count(sender, instance, raw=False, update_fields=None, **kwargs):
    """A page saved from a stale copy keeps the number of children the tree has now.

    wagtail-localize publishes each translation of a subtree after the transaction commits,
    from the revision's cached page, made before its children existed (numchild 0); saving
    it would hide every child (404) until the tree is repaired. Only treebeard changes
    `numchild`, with queries of its own, so the stored value is always the right one.
    """
    if raw or instance.pk is None or not isinstance(instance, Page):
        return
    if update_fields is not None and "numchild" not in update_fields:
        return
    stored = Page.objects.filter(pk=instance.pk).values_list("numchild", flat=True).first()
    if stored is not None:
        instance.numchild = stored


def remember_language(sender, request, user, **kwargs):
    """A member's e-mails follow the language they last logged in with."""
    code = getattr(request, "LANGUAGE_CODE", None)
    member = getattr(user, "kenniskring_member", None)
    if member is not None and code and member.last_language != code:
        member.last_language = code
        member.save(update_fields=["last_language"])


def member_deleted(sender, instance, **kwargs):
    instance.leave_groups()


def hide_private_file(sender, instance, raw=False, **kwargs):
    """Files in the kenniskring collection get an unguessable name (renditions inherit it),
    and a document's or image's file lives in the private storage exactly while it is in that
    collection (kenniskring/models/documents.py, images.py): one that changes collection is
    moved, and an image's renditions are made again where it now is."""
    file = instance.file
    if raw or not file:
        return
    private = access.is_private_collection(instance.collection)
    name = os.path.basename(file.name)
    if private:
        name = secret_name(name)
    if not file._committed:
        if private:
            file.name = name
        return
    in_private_storage = _in_private_storage(file)
    if name == os.path.basename(file.name) and in_private_storage in (None, private):
        return
    # Store the file again under its new name and place; the old one goes once the new
    # name is stored, so a rolled-back save keeps it.
    storage, old_name = file.storage, file.name
    with storage.open(old_name) as content:
        new_name = storage.save(file.field.generate_filename(instance, name), content)
    transaction.on_commit(lambda: storage.delete(old_name))
    file.name = new_name
    file.file = None  # a file opened before points at the old place: open the new one next
    if hasattr(instance, "renditions") and instance.pk:
        instance.renditions.all().delete()


def _in_private_storage(file):
    """Whether a document's or image's file is in the private storage; None for a storage
    that has one place only (a host's own document or image model)."""
    if not isinstance(file.storage, DocumentStorage):
        return None
    return file.name.startswith(PRIVATE_PREFIX)


def hide_moved_files(model, pks):
    """Bulk moves (the admin's "add to collection") bypass `save`: place those files here."""
    for instance in model.objects.filter(pk__in=pks).select_related("collection"):
        instance.save()


def page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    """A page moved into the kenniskring keeps no redirect at its old, public address: it
    would tell anyone where the page went. Wagtail adds those redirects in the move's own
    transaction, so they are taken away once it commits."""
    if url_path_before == url_path_after or not apps.is_installed("wagtail.contrib.redirects"):
        return

    def forget_redirects():
        from wagtail.contrib.redirects.models import Redirect

        page = Page.objects.filter(pk=instance.pk).first()
        if page is None or not access.is_inside(page):
            return
        Redirect.objects.filter(
            automatically_created=True,
            redirect_page__in=Page.objects.descendant_of(page, inclusive=True),
        ).delete()

    transaction.on_commit(forget_redirects)


def connect():
    from .models import KenniskringPage, Member

    post_save.connect(restrict_new_kenniskring, sender=KenniskringPage)
    post_delete.connect(member_deleted, sender=Member)
    user_logged_in.connect(remember_language)
    post_save.connect(restriction_saved, sender=PageViewRestriction)
    post_delete.connect(restriction_deleted, sender=PageViewRestriction)
    m2m_changed.connect(restriction_groups_changed, sender=PageViewRestriction.groups.through)
    post_save.connect(page_created)
    pre_save.connect(keep_child_count)
    copy_for_translation_done.connect(page_translated)
    page_published.connect(page_was_published)
    post_page_move.connect(page_moved)
    pre_delete.connect(page_deleting)
    post_delete.connect(page_deleted)
    pre_save.connect(hide_private_file, sender=get_image_model())
    pre_save.connect(hide_private_file, sender=get_document_model())
