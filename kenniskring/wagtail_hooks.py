from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic.models import CreateView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from . import access, conf, leaving, personal_data, signals
from .mail import send_all
from .models import HostOffer, Invitation, Member, Region, Theme
from .sections import Section


@hooks.register("on_serve_page", order=-100)
def guard_kenniskring(serve):
    """Fail closed: nothing under a KenniskringPage is served to outsiders, restriction or not.

    Registered outermost, so it runs before Wagtail's own view restriction check.
    """

    def inner(page, request, args, kwargs):
        if not access.is_inside(page):
            return serve(page, request, args, kwargs)
        if not access.can_enter(request.user):
            return access.refuse(request)
        response = serve(page, request, args, kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    return inner


@hooks.register("before_serve_document")
def guard_private_documents(document, request):
    """Documents of the kenniskring collection only reach members and partners."""
    if access.is_private_collection(document.collection) and not access.can_enter(request.user):
        return access.refuse(request)
    return None


class InvitationCreateView(CreateView):
    def save_instance(self):
        invitation = self.form.instance
        token = invitation.new_token(conf.get("INVITATION_DAYS"))
        invitation.invited_by = self.request.user
        # Written in the language the invitation names, else in the admin's own language.
        invitation.language = invitation.language or translation.get_language()
        invitation.save()
        send_invitation(invitation, token)
        return invitation

    def get_success_message(self, instance):
        return _("De uitnodiging is verstuurd naar %(email)s.") % {"email": instance.email}


def send_invitation(invitation, token):
    with translation.override(invitation.language or settings.LANGUAGE_CODE):
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "kenniskring:invitation", args=[token]
        )
        context = {
            "invitation": invitation,
            "link": link,
            "days": conf.get("INVITATION_DAYS"),
        }
        subject = str(_("Uitnodiging voor de kenniskring"))
        body = render_to_string("kenniskring/emails/invitation.txt", context)
    send_all([EmailMessage(subject, body, None, [invitation.email])])


class InvitationViewSet(ModelViewSet):
    name = "kenniskring_invitations"
    url_prefix = "kenniskring/invitations"
    model = Invitation
    icon = "mail"
    add_view_class = InvitationCreateView
    form_fields = ["email", "first_name", "last_name", "project", "role", "language"]
    list_display = ["email", "first_name", "project", "role", "created_at", "accepted_at"]
    inspect_view_enabled = True
    menu_label = _("Uitnodigingen")


class MemberViewSet(ModelViewSet):
    name = "kenniskring_members"
    url_prefix = "kenniskring/members"
    model = Member
    icon = "user"
    form_fields = ["user", "project", "role", "research_export", "language"]
    list_display = ["__str__", "project", "role", "research_export"]
    list_filter = ["role", "research_export"]
    menu_label = _("Leden")


class RegionViewSet(ModelViewSet):
    name = "kenniskring_regions"
    url_prefix = "kenniskring/regions"
    model = Region
    icon = "site"
    form_fields = ["name", "slug", "sort_order"]
    list_display = ["name", "slug", "sort_order"]
    menu_label = _("Regio's")


class HostOfferViewSet(ModelViewSet):
    name = "kenniskring_host_offers"
    url_prefix = "kenniskring/host-offers"
    model = HostOffer
    icon = "home"
    form_fields = ["project", "period", "note", "day"]
    list_display = ["project", "period", "day", "created_at"]
    menu_label = _("Gastheeraanbod")

    def get_queryset(self, request):
        return HostOffer.objects.select_related("project", "day")


class KenniskringViewSetGroup(ModelViewSetGroup):
    items = (InvitationViewSet, MemberViewSet, RegionViewSet, HostOfferViewSet)
    menu_label = _("Kenniskring")
    menu_icon = "group"
    menu_order = 300


@hooks.register("after_bulk_action")
def hide_files_moved_into_the_kenniskring(request, action_type, objects, action_class_instance):
    if action_type == "add_to_collection" and objects:
        signals.hide_moved_files(type(objects[0]), [obj.pk for obj in objects])


@hooks.register("register_admin_viewset")
def register_viewsets():
    return KenniskringViewSetGroup()


@hooks.register("kenniskring_sections")
def core_sections(request):
    partner = (
        [
            Section(
                _("Themavoorstellen"),
                reverse("kenniskring:theme_suggestions"),
                _("Thema's die leden voorstelden: aanvaard ze voor iedereen."),
                order=95,
            )
        ]
        if access.is_partner(request.user)
        else []
    )
    return partner + [
        Section(
            _("Gastheer worden"),
            reverse("kenniskring:host_offers"),
            _("Bied je project aan om een netwerkdag te ontvangen."),
            order=70,
        ),
        Section(
            _("Mijn gegevens"),
            reverse("kenniskring:my_data"),
            _("Wat de site over je bewaart: bekijk het, download het of verlaat de kenniskring."),
            order=92,
        ),
        Section(
            _("Mijn agenda"),
            reverse("kenniskring:my_calendar"),
            _("De netwerkdagen van je regio in je eigen agenda."),
            order=90,
        ),
    ]


class ThemeIndexView(SnippetIndexView):
    """Each theme once, in the site's language, unless another language is asked for."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if "locale" not in self.request.GET:
            queryset = queryset.filter(locale=Locale.get_default())
        return queryset


class ThemeViewSet(SnippetViewSet):
    """The one vocabulary of themes: editors add, order, translate and accept themes here;
    members' suggestions arrive not yet accepted."""

    model = Theme
    icon = "tag"
    menu_label = _("Thema's")
    index_view_class = ThemeIndexView
    list_display = ["name", "slug", "accepted", "sort_order", "suggested_by"]
    list_filter = ["accepted"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


register_snippet(ThemeViewSet)


@hooks.register("register_log_actions")
def register_export_log_actions(actions):
    from .my_data import DOWNLOAD_ACTION
    from .views.days import ATTENDANCE_EXPORT_ACTION

    actions.register_action(
        ATTENDANCE_EXPORT_ACTION,
        _("Export van aanwezigheden"),
        _("Aanmeldingen van een netwerkdag gedownload"),
    )
    actions.register_action(
        DOWNLOAD_ACTION,
        _("Download van eigen gegevens"),
        _("Een lid downloadde wat de site over hem of haar bewaart"),
    )


@hooks.register("kenniskring_personal_data")
def core_personal_data(user):
    return personal_data.core_parts(user)


@hooks.register("kenniskring_forget_member")
def forget_core_personal_data(user, remove_posts):
    leaving.forget_core(user, remove_posts)
