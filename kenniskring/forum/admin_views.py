"""The forum's moderation queue in the Wagtail admin: each report with the post it is about, and
the three steps a moderator takes on it (hide the post, restore it, close the report without
hiding). The steps are `moderation`'s, the same the buttons on the site use."""

import django_filters
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.db.models import F
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.text import Truncator, capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import ListingButton

from . import moderation
from .cleaning import visible_text
from .models import Answer, Comment, Experience, Question, Report
from .notify import author_name

EXCERPT_LENGTH = 160


def label(model, field):
    return capfirst(model._meta.get_field(field).verbose_name)


def reports_with_posts(queryset):
    """Reports with their post, its author, project and thread in a fixed number of queries,
    however many reports there are: one query per kind of post, not one per report."""
    posts = [
        Question.objects.select_related("author", "project"),
        Answer.objects.select_related("author", "project", "question"),
        Experience.objects.select_related("author", "project"),
        Comment.objects.select_related("author", "project", "experience"),
    ]
    return queryset.select_related("reporter", "handled_by").prefetch_related(
        GenericPrefetch("post", posts)
    )


def excerpt(post):
    return Truncator(visible_text(post.text)).chars(EXCERPT_LENGTH)


def post_state(post):
    """The post's own state beside its text: hidden by a moderator, deleted by its author."""
    states = []
    if post.hidden_at:
        states.append(gettext("verborgen door een moderator"))
    if post.deleted_at:
        states.append(gettext("verwijderd door de auteur"))
    return format_html_join("", ' <span class="w-status">{}</span>', ((s,) for s in states))


def moment(value):
    return date_format(localtime(value), "SHORT_DATETIME_FORMAT")


class PostColumn(TitleColumn):
    """The reported post: an excerpt of its text, linked to it in its thread on the site."""

    def get_value(self, instance):
        post = instance.post
        if post is None:
            return gettext("(bericht bestaat niet meer)")
        return format_html("{}{}", excerpt(post) or str(post), post_state(post))

    def get_link_url(self, instance, parent_context):
        return instance.post_url or None


class ThreadColumn(Column):
    """The question or experience the post belongs to, linked on the site."""

    def get_value(self, instance):
        post = instance.post
        if post is None:
            return ""
        thread = post.thread
        return format_html('<a href="{}">{}</a>', thread.get_absolute_url(), thread.title)


class PostFieldColumn(Column):
    def get_value(self, instance):
        post = instance.post
        return "" if post is None else self.accessor(post)


class StatusColumn(StatusTagColumn):
    """Open, or handled (by whom and when)."""

    cell_template_name = "kenniskring_forum/admin/status_cell.html"

    def get_value(self, instance):
        return gettext("Open") if instance.handled_at is None else gettext("Afgehandeld")

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        if instance.handled_at is not None:
            context["handled"] = format_html(
                "{}, {}", author_name(instance.handled_by), moment(instance.handled_at)
            )
        return context


class ReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("open", _("Open")), ("afgehandeld", _("Afgehandeld"))],
        empty_label=_("Alle meldingen"),
        method="filter_status",
    )

    class Meta:
        model = Report
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(handled_at__isnull=value == "open")


class ReportIndexView(IndexView):
    """Open reports first, newest first; each row with the steps that fit it."""

    hide_url_name = None
    restore_url_name = None
    close_url_name = None

    def get_base_queryset(self):
        return reports_with_posts(super().get_base_queryset())

    def order_queryset(self, queryset):
        if self.ordering:
            return super().order_queryset(queryset)
        # Explicit about where the open reports (no handled_at) go, on every database.
        return queryset.order_by(F("handled_at").asc(nulls_first=True), "-created_at", "-pk")

    @cached_property
    def columns(self):
        post_column = self._get_title_column_class(PostColumn)
        return [
            post_column("post", label=_("Bericht")),
            ThreadColumn("thread", label=_("Onderwerp")),
            PostFieldColumn(
                "author",
                label=label(Question, "author"),
                accessor=lambda post: author_name(post.author),
            ),
            PostFieldColumn(
                "project",
                label=label(Question, "project"),
                accessor=lambda post: post.project.title if post.project else "",
            ),
            Column("reason", label=label(Report, "reason")),
            Column(
                "reporter",
                label=label(Report, "reporter"),
                accessor=lambda report: author_name(report.reporter),
            ),
            DateColumn("created_at", label=label(Report, "created_at"), sort_key="created_at"),
            StatusColumn("status", label=_("Status"), primary=lambda r: r.handled_at is None),
        ]

    @cached_property
    def return_url(self):
        """This listing as the moderator sees it (filters, page), to come back to."""
        query = self.request.GET.copy()
        query.pop("_w_filter_fragment", None)
        return f"{self.index_url}?{query.urlencode()}" if query else self.index_url

    def step_url(self, url_name, instance):
        return reverse(url_name, args=[instance.pk]) + "?" + urlencode({"next": self.return_url})

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not self.user_has_permission("moderate"):
            return buttons
        post = instance.post
        if post is not None and post.hidden_at is None:
            buttons.append(
                ListingButton(
                    gettext("Verberg bericht"),
                    url=self.step_url(self.hide_url_name, instance),
                    icon_name="no-view",
                    priority=10,
                )
            )
        if post is not None and post.hidden_at is not None:
            buttons.append(
                ListingButton(
                    gettext("Herstel bericht"),
                    url=self.step_url(self.restore_url_name, instance),
                    icon_name="view",
                    priority=10,
                )
            )
        if instance.handled_at is None:
            buttons.append(
                ListingButton(
                    gettext("Sluit melding"),
                    url=self.step_url(self.close_url_name, instance),
                    icon_name="check",
                    priority=20,
                )
            )
        return buttons


class ReportStepView(PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, View):
    """A confirmation page (GET) and the step itself (POST), then back to the listing."""

    model = Report
    permission_required = "moderate"
    template_name = "kenniskring_forum/admin/confirm_step.html"
    index_url_name = None
    header_icon = "warning"
    page_title = ""
    confirmation = ""
    submit_label = ""
    serious = False

    def get_base_object_queryset(self):
        return reports_with_posts(Report.objects.all())

    @cached_property
    def reported_post(self):
        return self.object.post

    def fits(self):
        """Whether the step still fits the report (a second tab may have got there first)."""
        raise NotImplementedError

    def perform(self):
        raise NotImplementedError

    def success_message(self):
        raise NotImplementedError

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(Report._meta.verbose_name_plural),
            },
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    @cached_property
    def next_url(self):
        return get_valid_next_url_from_request(self.request) or reverse(self.index_url_name)

    def not_fitting(self):
        messages.warning(self.request, gettext("Deze stap past niet meer bij de melding."))
        return redirect(self.next_url)

    def get(self, request, *args, **kwargs):
        if not self.fits():
            return self.not_fitting()
        return self.render_to_response(self.get_context_data())

    def post(self, request, *args, **kwargs):
        if not self.fits():
            return self.not_fitting()
        self.perform()
        messages.success(request, self.success_message())
        return redirect(self.next_url)

    def get_context_data(self, **kwargs):
        report, post = self.object, self.reported_post
        details = [
            (label(Report, "reason"), report.reason),
            (label(Report, "reporter"), author_name(report.reporter)),
            (label(Report, "created_at"), moment(report.created_at)),
        ]
        if post is not None:
            details[:0] = [
                (gettext("Bericht"), format_html("{}{}", excerpt(post), post_state(post))),
                (_("Onderwerp"), ThreadColumn("thread").get_value(report)),
                (label(Question, "author"), author_name(post.author)),
                (label(Question, "project"), post.project.title if post.project else "—"),
            ]
        return super().get_context_data(
            report=report,
            details=details,
            next_url=self.next_url,
            **kwargs,
        )


class HideView(ReportStepView):
    page_title = _("Verberg bericht")
    confirmation = _(
        "Leden zien dit bericht dan niet meer; moderatoren wel. "
        "De open meldingen erover worden afgehandeld."
    )
    submit_label = _("Ja, verberg het bericht")
    serious = True

    def fits(self):
        return self.reported_post is not None and self.reported_post.hidden_at is None

    def perform(self):
        moderation.hide(self.reported_post, self.request.user)

    def success_message(self):
        return gettext("Het bericht is verborgen.")


class RestoreView(ReportStepView):
    page_title = _("Herstel bericht")
    confirmation = _("Leden zien dit bericht dan weer.")
    submit_label = _("Ja, herstel het bericht")

    def fits(self):
        return self.reported_post is not None and self.reported_post.hidden_at is not None

    def perform(self):
        moderation.restore(self.reported_post, self.request.user)

    def success_message(self):
        return gettext("Het bericht is hersteld.")


class CloseView(ReportStepView):
    page_title = _("Sluit melding")
    confirmation = _("De melding wordt afgehandeld; het bericht blijft zoals het is.")
    submit_label = _("Ja, sluit de melding")

    def fits(self):
        return self.object.handled_at is None

    def perform(self):
        moderation.close_report(self.object, self.request.user)

    def success_message(self):
        return gettext("De melding is afgehandeld.")
