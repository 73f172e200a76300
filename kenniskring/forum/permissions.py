"""Who may read, write and moderate the forum; builds on the kenniskring's access rules."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BaseDjangoAuthPermissionPolicy

from .. import access, conf


def can_write(user):
    """Members and partners post; nobody else."""
    return access.can_enter(user)


def can_moderate(user):
    """Partners, and editors given the forum's moderation permission."""
    return access.is_partner(user) or bool(
        user.is_authenticated
        and user.is_active
        and user.has_perm("kenniskring_forum.moderate_forum")
    )


def can_read(user):
    return can_write(user) or can_moderate(user)


class ModerationPermissionPolicy(BaseDjangoAuthPermissionPolicy):
    """The admin's moderation queue follows `can_moderate`: whoever may moderate views the
    reports and acts on them ("moderate"); nobody adds, edits or deletes a report there, so
    every change goes through the logged steps in `moderation`."""

    actions = frozenset({"view", "moderate"})

    def user_has_permission(self, user, action):
        return action in self.actions and can_moderate(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects
        if not self.actions.intersection(actions):
            return users.none()
        partners = Q(is_active=True, groups__name=conf.get("PARTNER_GROUP"))
        given = self._get_users_with_any_permission_codenames_filter(["moderate_forum"])
        return users.filter(partners | given).distinct()
