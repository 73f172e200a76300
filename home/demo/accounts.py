"""Demo accounts and the groups they belong to."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

MEMBER_GROUP = "Kenniskring"
PARTNER_GROUP = "Partners"
EDITOR_GROUPS = ["Editors", "Moderators"]
EDITOR_APPS = ["home", "kenniskring", "search", "wagtail_localize", "taggit"]

ACCOUNTS = [
    # username, first name, last name, e-mail, groups, what it is for
    (
        "redacteur",
        "Reda",
        "Cteur",
        "redacteur@example.org",
        EDITOR_GROUPS,
        "redacteur (Wagtail-admin)",
    ),
    (
        "partner",
        "Pat",
        "Partner",
        "partner@example.org",
        [PARTNER_GROUP],
        "partner (ziet de hele kenniskring)",
    ),
    (
        "onderzoeker",
        "Onno",
        "Derzoeker",
        "onderzoeker@example.org",
        [PARTNER_GROUP],
        "onderzoeker van Odisee (exporteert het leermateriaal)",
    ),
    ("lid", "Lien", "Lid", "lid@example.org", [MEMBER_GROUP], "lid van project A"),
    ("lid2", "Lars", "Lid", "lid2@example.org", [MEMBER_GROUP], "lid van project B"),
]


def grant_editor_permissions():
    """Editors manage every model of the site's own apps from the admin."""
    permissions = Permission.objects.filter(content_type__app_label__in=EDITOR_APPS)
    for name in EDITOR_GROUPS:
        Group.objects.get_or_create(name=name)[0].permissions.add(*permissions)


def build(demo):
    User = get_user_model()
    grant_editor_permissions()
    for username, first, last, email, groups, role in ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username, defaults={"first_name": first, "last_name": last, "email": email}
        )
        if created:
            user.set_password(demo.password)
            user.save()
        user.groups.add(*(Group.objects.get_or_create(name=name)[0] for name in groups))
        demo.objects[f"user:{username}"] = user
        demo.accounts.append((username, role))
