"""The collection for the kenniskring's documents and images, restricted like its pages."""

from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from . import conf


def get_or_create():
    name = conf.get("COLLECTION_NAME")
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is None:
        collection = root.add_child(name=name)
    if not collection.view_restrictions.exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(
            Group.objects.get_or_create(name=conf.get(key))[0]
            for key in ("MEMBER_GROUP", "PARTNER_GROUP")
        )
    return collection
