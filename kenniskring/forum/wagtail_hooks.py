from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from ..sections import Section
from . import admin_views, moderation, personal_data
from .models import Report
from .permissions import ModerationPermissionPolicy

# Before the viewset is registered, so the admin never falls back to the model permissions.
register_permission_policy(Report, ModerationPermissionPolicy(Report))


@hooks.register("register_log_actions")
def register_forum_log_actions(actions):
    actions.register_action(
        "kenniskring_forum.report", _("Forumbericht gemeld"), _("Gemeld door een lid")
    )
    actions.register_action(
        moderation.HIDE, _("Forumbericht verborgen"), _("Verborgen door een moderator")
    )
    actions.register_action(
        moderation.RESTORE, _("Forumbericht hersteld"), _("Hersteld door een moderator")
    )
    actions.register_action(
        moderation.CLOSE_REPORT,
        _("Melding afgehandeld"),
        _("Afgehandeld door een moderator, zonder het bericht te verbergen"),
    )
    actions.register_action(
        "kenniskring_forum.delete", _("Forumbericht verwijderd"), _("Verwijderd door de auteur")
    )


class ReportViewSet(ModelViewSet):
    """The moderation queue: open reports first, each with its post and the steps to take.

    Who may use it is `can_moderate` (see `ModerationPermissionPolicy`): partners and editors
    with the moderation permission. Reports are not added, edited or deleted here; they are
    handled through the logged steps of `moderation`.
    """

    model = Report
    menu_label = _("Meldingen forum")
    icon = "warning"
    add_to_admin_menu = True
    menu_order = 320
    url_prefix = "kenniskring/forum-meldingen"
    index_view_class = admin_views.ReportIndexView
    filterset_class = admin_views.ReportFilterSet
    inspect_view_enabled = True
    inspect_view_fields = ["reason", "reporter", "created_at", "handled_at", "handled_by"]
    create_view_enabled = False
    form_fields = ["handled_at"]

    steps = {
        "hide": admin_views.HideView,
        "restore": admin_views.RestoreView,
        "close": admin_views.CloseView,
    }

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{f"{name}_url_name": self.get_url_name(name) for name in self.steps},
            **kwargs,
        )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                f"{name}/<int:pk>/",
                self.construct_view(view_class, **self.get_common_view_kwargs()),
                name=name,
            )
            for name, view_class in self.steps.items()
        ]

    def get_permissions_to_register(self):
        """Only the permission the queue asks for, in the group editor."""
        return Permission.objects.filter(
            content_type__app_label="kenniskring_forum", codename="moderate_forum"
        )


@hooks.register("register_admin_viewset")
def register_report_viewset():
    return ReportViewSet("kenniskring_forum_reports")


@hooks.register("kenniskring_sections")
def forum_sections(request):
    return [
        Section(
            _("Forum"),
            reverse("kenniskring_forum:questions"),
            _("Vraag andere projecten om raad, of help hen met een antwoord."),
            order=30,
        ),
        Section(
            _("Ervaringen"),
            reverse("kenniskring_forum:experiences"),
            _("Wat projecten meemaakten en met elkaar delen."),
            order=40,
        ),
    ]


@hooks.register("kenniskring_home_panels")
def forum_home_panels(request, home):
    from .home import home_panels

    return home_panels(request, home)


@hooks.register("kenniskring_theme_sections")
def forum_theme_section(request, theme):
    """Forum questions and shared experiences on a theme, for those who may read the forum."""
    from .models import Experience, Question
    from .permissions import can_read

    if not can_read(request.user):
        return None
    items = [
        {"title": post.title, "url": post.get_absolute_url()}
        for model in (Question, Experience)
        for post in model.objects.visible()
        .filter(themes=theme)
        .only("pk", "title")
        .order_by("-created_at", "-pk")
    ]
    return {"key": "forum", "heading": _("Forum en ervaringen"), "items": items, "order": 30}


@hooks.register("kenniskring_personal_data")
def forum_personal_data(user):
    return personal_data.parts(user)


@hooks.register("kenniskring_forget_member")
def forget_forum_posts(user, remove_posts):
    personal_data.forget(user, remove_posts)
