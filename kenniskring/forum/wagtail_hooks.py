from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from ..sections import Section
from .models import Report


@hooks.register("register_log_actions")
def register_forum_log_actions(actions):
    actions.register_action(
        "kenniskring_forum.report", _("Forumbericht gemeld"), _("Gemeld door een lid")
    )
    actions.register_action(
        "kenniskring_forum.hide", _("Forumbericht verborgen"), _("Verborgen door een moderator")
    )
    actions.register_action(
        "kenniskring_forum.restore", _("Forumbericht hersteld"), _("Hersteld door een moderator")
    )
    actions.register_action(
        "kenniskring_forum.delete", _("Forumbericht verwijderd"), _("Verwijderd door de auteur")
    )


class PostColumn(Column):
    def get_value(self, instance):
        post = instance.post
        if post is None:
            return _("(bericht bestaat niet meer)")
        state = _(" (verborgen)") if post.hidden_at else ""
        return format_html('<a href="{}">{}</a>{}', instance.post_url, str(post), state)


class ReportViewSet(ModelViewSet):
    """The moderation queue: open reports first, each with a link to the post on the site."""

    model = Report
    menu_label = _("Meldingen forum")
    icon = "warning"
    add_to_admin_menu = True
    menu_order = 320
    url_prefix = "kenniskring/forum-meldingen"
    inspect_view_enabled = True
    create_view_enabled = False
    list_filter = ["handled_at"]
    list_display = [
        PostColumn("post", label=_("Bericht")),
        "reason",
        "reporter",
        "created_at",
        "handled_at",
        "handled_by",
    ]
    form_fields = ["handled_at"]

    def get_queryset(self, request):
        return Report.objects.select_related("reporter", "handled_by", "content_type")


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
