"""The admin: contact persons, partners and the footer text as snippets, each listed once
with its languages; registrations and workshop seats."""

from collections import defaultdict

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.coreutils import get_content_languages
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from home import emails, retention
from home.models import ContactPerson, EventPage, FooterText, Partner, Registration, Workshop
from home.models.registrations import cancel_registration


class TranslatedSnippetIndexView(SnippetIndexView):
    """A translatable snippet's listing shows each item once, in the site's language (Dutch),
    with the languages it exists in; the locale filter still shows another language, or all."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if "locale" not in self.request.GET:
            queryset = queryset.filter(locale=Locale.get_default())
        return queryset

    def paginate_queryset(self, queryset, page_size):
        paginator, page, items, is_paginated = super().paginate_queryset(queryset, page_size)
        items = list(items)
        languages = defaultdict(list)
        names = get_content_languages()
        # One query for the translations of every item on the page.
        for key, code in (
            self.model._default_manager.filter(
                translation_key__in=[i.translation_key for i in items]
            )
            .order_by("locale__language_code")
            .values_list("translation_key", "locale__language_code")
        ):
            languages[key].append(str(names.get(code, code)))
        for item in items:
            item.translation_languages = ", ".join(languages[item.translation_key])
        page.object_list = items
        return paginator, page, items, is_paginated


LANGUAGES_COLUMN = Column("translation_languages", label=_("Talen"))


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    menu_label = _("Contactpersonen")
    index_view_class = TranslatedSnippetIndexView
    list_display = ["name", "role", "organisation", "email", "phone", LANGUAGES_COLUMN]
    search_fields = ["name", "organisation"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    index_view_class = TranslatedSnippetIndexView
    list_display = ["name", "website", LANGUAGES_COLUMN]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Voettekst")
    index_view_class = TranslatedSnippetIndexView
    list_display = ["__str__", LANGUAGES_COLUMN]


register_snippet(ContactPersonViewSet)
register_snippet(PartnerViewSet)
register_snippet(FooterTextViewSet)


# -- registrations ------------------------------------------------------------------------
# An event is one event in every language: registrations and seats belong to its source page
# (EventPage.source_event), so the lists offer only the source events and their workshops,
# with the language each registration came in.


def _source_events(request=None):
    return EventPage.source_events()


def _source_workshops(request=None):
    return Workshop.objects.filter(page__in=EventPage.source_events()).select_related("page")


class OneEventFilterSet(WagtailFilterSet):
    def _add_locale_filter(self):
        # Workshops carry a locale for their translations; the lists show the source ones.
        pass


class RegistrationFilterSet(OneEventFilterSet):
    event = django_filters.ModelChoiceFilter(label=_("Evenement"), queryset=_source_events)
    workshop = django_filters.ModelChoiceFilter(label=_("Workshop"), queryset=_source_workshops)

    class Meta:
        model = Registration
        fields = ["event", "workshop", "status", "role", "language"]


class WorkshopFilterSet(OneEventFilterSet):
    page = django_filters.ModelChoiceFilter(label=_("Evenement"), queryset=_source_events)

    class Meta:
        model = Workshop
        fields = ["page"]


class RegistrationIndexView(generic.IndexView):
    def get_add_url(self):
        # People register on the event page, where the seats are handed out.
        return None

    def get_copy_url(self, instance):
        return None

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("event", "workshop", "first_choice", "second_choice")
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status != Registration.Status.CANCELLED and self.user_has_permission("change"):
            buttons.append(
                MenuItem(
                    _("Annuleren"),
                    url=reverse("registration:cancel", args=[instance.pk]),
                    icon_name="cross",
                    priority=25,
                )
            )
        return buttons

    def as_spreadsheet(self, queryset, spreadsheet_format):
        """Every download of registrations goes into the audit log of each event in it:
        who, when, which format and filters, how many rows."""
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        per_event = dict(
            queryset.order_by()
            .values_list("event")
            .annotate(rows=Count("pk"))
            .values_list("event", "rows")
        )
        filters = {
            key: value
            for key, value in self.request.GET.items()
            if key not in ("export", "p") and value
        }
        for event in EventPage.objects.filter(pk__in=per_event):
            log(
                event,
                REGISTRATION_EXPORT_ACTION,
                user=self.request.user,
                data={
                    "format": spreadsheet_format,
                    "rows": per_event[event.pk],
                    "filters": filters,
                },
            )
        return response


REGISTRATION_EXPORT_ACTION = "home.registration_export"


@hooks.register("register_log_actions")
def register_export_log_actions(actions):
    actions.register_action(
        REGISTRATION_EXPORT_ACTION,
        _("Export van inschrijvingen"),
        _("Inschrijvingen gedownload"),
    )


class RegistrationCreateView(generic.CreateView):
    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied


def _release_seat(registration, request):
    cancelled, promoted = cancel_registration(registration)
    for person in promoted:
        emails.send_promotion(person, request)
    return cancelled


class RegistrationCancelView(generic.DeleteView):
    """Cancels (keeps the row) and gives the seat to the first on the waiting list."""

    permission_required = "change"
    page_title = _("Annuleren")
    success_message = _("Inschrijving van %(object)s geannuleerd.")

    def get_delete_url(self):
        return reverse("registration:cancel", args=[self.object.pk])

    def get_usage_url(self):
        return None

    @property
    def confirmation_message(self):
        return _(
            "Deze inschrijving annuleren? De persoon krijgt een e-mail, en de plaats gaat "
            "naar de eerste op de wachtlijst die deze workshop koos."
        )

    def delete_action(self):
        if _release_seat(self.object, self.request):
            self.object.refresh_from_db()
            emails.send_cancellation(self.object, self.request)


class RegistrationDeleteView(generic.DeleteView):
    """Deleting also frees the seat for the waiting list first."""

    def delete_action(self):
        _release_seat(self.object, self.request)
        self.object.refresh_from_db()
        super().delete_action()


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "form"
    name = "registration"
    menu_label = _("Inschrijvingen")
    index_view_class = RegistrationIndexView
    add_view_class = RegistrationCreateView
    delete_view_class = RegistrationDeleteView
    copy_view_enabled = False
    form_fields = ["name", "email", "organisation", "role", "note"]
    list_display = ["name", "email", "event", "workshop", "status", "language", "created_at"]
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    list_export = [
        "name",
        "email",
        "organisation",
        "get_role_display",
        "event",
        "first_choice",
        "second_choice",
        "workshop",
        "get_status_display",
        "get_language_display",
        "created_at",
        "cancelled_at",
        "note",
    ]
    export_headings = {
        "get_role_display": _("Rol"),
        "get_status_display": _("Status"),
        "get_language_display": _("Taal"),
        "event": _("Evenement"),
    }
    export_filename = "inschrijvingen"

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                "cancel/<int:pk>/",
                self.construct_view(RegistrationCancelView, **self.get_delete_view_kwargs()),
                name="cancel",
            )
        ]


# -- seats per workshop ------------------------------------------------------------------


def _count(queryset):
    counted = queryset.order_by().values("status").annotate(n=Count("pk")).values("n")[:1]
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


class WorkshopIndexView(generic.IndexView):
    def get_add_url(self):
        return None

    def get_copy_url(self, instance):
        return None

    def get_edit_url(self, instance):
        # Workshops are edited on their event page; the title leads to its registrations.
        return reverse("registration:index") + f"?workshop={instance.pk}"

    def get_list_more_buttons(self, instance):
        return []

    def get_base_queryset(self):
        status = Registration.Status
        choosing = Q(first_choice=OuterRef("pk")) | Q(second_choice=OuterRef("pk"))
        confirmed = Registration.objects.filter(workshop=OuterRef("pk"), status=status.CONFIRMED)
        per_language = {
            f"confirmed_{code}": _count(confirmed.filter(language=code)) for code in LANGUAGE_CODES
        }
        return (
            super()
            .get_base_queryset()
            .filter(page__in=EventPage.source_events())
            .select_related("page")
            .annotate(
                confirmed=_count(confirmed),
                waiting=_count(Registration.objects.filter(choosing, status=status.WAITING)),
                **per_language,
            )
        )


LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _per_language(workshop):
    """Seats taken per language the registrants used, e.g. "nl 12 · fr 8 · en 3"."""
    return " · ".join(f"{code} {getattr(workshop, f'confirmed_{code}')}" for code in LANGUAGE_CODES)


class WorkshopViewSet(ModelViewSet):
    model = Workshop
    icon = "group"
    name = "workshop_seats"
    menu_label = _("Bezetting workshops")
    index_view_class = WorkshopIndexView
    add_view_class = RegistrationCreateView
    copy_view_enabled = False
    form_fields = ["seats"]
    filterset_class = WorkshopFilterSet
    list_export = [
        "page",
        "title",
        "seats",
        "confirmed",
        *(f"confirmed_{code}" for code in LANGUAGE_CODES),
        "waiting",
    ]
    export_headings = {
        "page": _("Evenement"),
        "confirmed": _("Ingeschreven"),
        **{
            f"confirmed_{code}": format_lazy(_("Ingeschreven in het {language}"), language=name)
            for code, name in settings.LANGUAGES
        },
        "waiting": _("Op de wachtlijst (kozen deze workshop)"),
    }
    export_filename = "bezetting-workshops"
    sort_order_field = None

    @cached_property
    def list_display(self):
        return [
            "title",
            Column("page", label=_("Evenement")),
            Column("seats", label=_("Plaatsen")),
            Column("confirmed", label=_("Ingeschreven")),
            Column("per_language", accessor=_per_language, label=_("Per taal")),
            Column("waiting", label=_("Op de wachtlijst")),
        ]


class RegistrationGroup(ViewSetGroup):
    menu_label = _("Inschrijvingen")
    menu_icon = "form"
    items = (RegistrationViewSet, WorkshopViewSet)


@hooks.register("register_admin_viewset")
def register_registration_viewsets():
    return RegistrationGroup()


@hooks.register("on_serve_page")
def share_public_pages(serve):
    """Anonymous responses of public pages may go into the shared page cache (home/cache.py)."""
    from home.cache import mark_shareable

    def inner(page, request, args, kwargs):
        response = serve(page, request, args, kwargs)
        mark_shareable(page, request, response)
        return response

    return inner


@hooks.register("kenniskring_theme_sections")
def clip_theme_section(request, theme):
    """The knowledge clips on a theme, for everyone: in the visitor's language where the clip
    is translated, else in Dutch. The themes are read on the Dutch clips."""
    from home.models import KnowledgeClipPage
    from kenniskring.models.themes import active_content_language, source_language

    source, language = source_language(), active_content_language()
    keys = (
        KnowledgeClipPage.objects.live()
        .public()
        .filter(locale__language_code=source, themes=theme)
        .values("translation_key")
    )
    clips = {}
    for clip in (
        KnowledgeClipPage.objects.live()
        .public()
        .filter(translation_key__in=keys, locale__language_code__in={source, language})
        .select_related("locale")
        .order_by("path")
    ):
        if clip.translation_key not in clips or clip.locale.language_code == language:
            clips[clip.translation_key] = clip
    items = [{"title": clip.title, "url": clip.get_url(request)} for clip in clips.values()]
    return {"key": "clips", "heading": _("Kennisclips"), "items": items, "order": 10}


@hooks.register("kenniskring_personal_data")
def registrations_personal_data(user):
    return [retention.registrations_part(user)]


@hooks.register("kenniskring_forget_member")
def forget_registrations_of_member(user, remove_posts):
    retention.anonymise(retention.registrations_of(user))
