"""Who may find a search document: decided when it is written, checked with a few keys.

Every document has an audience (`search.models.Audience`): public, the kenniskring, the
forum's readers, or one project and the partners. A page's document also names the view
restrictions on the page and its ancestors (`SearchDocument.restrictions`, "3,17"). A search
then filters on the audiences and restriction sets this visitor passes (`visible`), which
takes two queries however many pages there are, instead of working out the tree per search.

When the tree or a restriction changes, the documents below it are re-keyed in the same
transaction (`rekey_below`, from `search.signals`), so a page closed to the public is never
found by the public again, in any language. Memberships are read per search: a member who
leaves a project stops finding its material at once.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import PageViewRestriction

from home.navigation import restriction_checker
from kenniskring import access
from kenniskring.forum.permissions import can_read as can_read_forum
from kenniskring.learning import access as learning_access
from kenniskring.models import KenniskringContentMixin, KenniskringPage

from . import results
from .models import Audience, SearchDocument


def restriction_key(path, restrictions):
    """The sorted ids of the `(id, path)` restrictions on the page at `path` or above it."""
    return ",".join(str(pk) for pk, at in sorted(restrictions) if path.startswith(at))


class Tree:
    """The restrictions and the kenniskring's roots, read once for any number of pages."""

    def __init__(self):
        self.restrictions = list(PageViewRestriction.objects.values_list("pk", "page__path"))
        self.roots = list(KenniskringPage.objects.values_list("path", flat=True))

    def is_inside(self, path, model=None):
        """As `kenniskring.access.is_inside`: below a kenniskring page, or one of its kinds."""
        if model is not None and issubclass(model, KenniskringContentMixin):
            return True
        return any(path.startswith(root) for root in self.roots)

    def key(self, path, model=None):
        audience = Audience.KENNISKRING if self.is_inside(path, model) else Audience.PUBLIC
        return audience, restriction_key(path, self.restrictions)


def page_fields(page, tree=None):
    """The audience and restrictions of a (specific) page's document."""
    audience, restrictions = (tree or Tree()).key(page.path, type(page))
    return {"audience": audience, "restrictions": restrictions}


def rekey_below(page):
    """Give the documents of `page` and every page below it the keys the tree gives them now.

    One query to read them and one update per key that changed, however many there are.
    """
    tree = Tree()
    models = {}
    changed = {}
    rows = SearchDocument.objects.filter(
        page__path__startswith=page.path, page__depth__gte=page.depth
    ).values_list("pk", "page__path", "page__content_type_id", "audience", "restrictions")
    for pk, path, content_type_id, audience, restrictions in rows:
        if content_type_id not in models:
            models[content_type_id] = ContentType.objects.get_for_id(content_type_id).model_class()
        key = tree.key(path, models[content_type_id])
        if key != (audience, restrictions):
            changed.setdefault(key, []).append(pk)
    for (audience, restrictions), pks in changed.items():
        SearchDocument.objects.filter(pk__in=pks).update(
            audience=audience, restrictions=restrictions
        )
    if changed:
        results.forget_after_commit()
    return sum(len(pks) for pks in changed.values())


@dataclass(frozen=True)
class Visible:
    """What one visitor may find: a filter on the documents, and a key for every visitor
    who may find exactly the same (members' searches are cached per key, `search.results`)."""

    q: Q
    key: tuple


def passed_restriction_keys(request):
    """The restriction sets this visitor passes, as stored on the documents ("" for none)."""
    restrictions = list(
        PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    )
    allows = restriction_checker(request)
    allowed = {r.pk for r in restrictions if allows(r)}
    pairs = [(r.pk, r.page.path) for r in restrictions]
    keys = {""}
    for path in {r.page.path for r in restrictions}:
        ids = [pk for pk, at in pairs if path.startswith(at)]
        if all(pk in allowed for pk in ids):
            keys.add(restriction_key(path, pairs))
    return tuple(sorted(keys))


def visible(request):
    """The documents this visitor may find. Outsiders never get the kenniskring, even where
    an editor removed its restriction."""
    user = request.user
    keys = passed_restriction_keys(request)
    readable = Q(audience=Audience.PUBLIC, restrictions__in=keys)
    forum = can_read_forum(user)
    if forum:
        readable |= Q(audience=Audience.FORUM)
    project = None
    member = access.can_enter(user)
    if member:
        readable |= Q(audience=Audience.KENNISKRING, restrictions__in=keys)
        if access.is_partner(user):
            project = "partner"
            readable |= Q(audience=Audience.PROJECT)
        elif (own := learning_access.own_project(user)) is not None:
            project = own.pk
            readable |= Q(audience=Audience.PROJECT, project=own)
    return Visible(q=readable, key=(forum, member, project, keys))
