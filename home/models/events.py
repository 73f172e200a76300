"""The study morning: programme, workshops and the registration form on its page."""

import datetime

from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.crypto import constant_time_compare
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyBlock
from home.cache_backends import CacheUnavailable
from home.request_memo import public
from kenniskring.auth import count_in_cache
from kenniskring.auth import is_rate_limited as rate_limited

from .mixins import ContactMixin, ListingMixin
from .pages import SHORT_TEXT_FEATURES
from .registrations import (
    CLOSED_MESSAGE,
    FULL_MESSAGE,
    STARTED_MESSAGE,
    AlreadyRegistered,
    Registration,
    RegistrationAttempt,
    RegistrationClosed,
    cancel_registration,
    register,
)

TOKEN_SALT = "home.registration"


class EventPageForm(WagtailAdminPageForm):
    """Refuses to remove a workshop that people are registered for, and to give a
    translation's workshop other seats than the source page's."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("workshops")
        if formset is not None:
            self._keep_source_seats(formset)
            for form in formset.deleted_forms:
                workshop = form.instance
                if (
                    workshop.pk
                    and Registration.objects.filter(
                        Q(first_choice=workshop) | Q(second_choice=workshop) | Q(workshop=workshop)
                    ).exists()
                ):
                    self.add_error(
                        None,
                        gettext(
                            "De workshop “%(title)s” kan niet weg: er zijn al mensen voor "
                            "ingeschreven. Annuleer eerst hun inschrijvingen."
                        )
                        % {"title": workshop.title},
                    )
        return cleaned_data

    def _keep_source_seats(self, formset):
        page = self.instance
        if not page.pk or page.source_event.pk == page.pk or not formset.is_valid():
            return
        source_seats = dict(
            Workshop.objects.filter(page=page.source_event).values_list("translation_key", "seats")
        )
        for form in formset.forms:
            seats = form.cleaned_data.get("seats")
            expected = source_seats.get(form.instance.translation_key)
            if expected is not None and seats is not None and seats != expected:
                self.add_error(
                    None,
                    gettext(
                        "De plaatsen van “%(title)s” gelden voor alle talen samen (%(seats)s). "
                        "Pas ze aan op de pagina in de oorspronkelijke taal."
                    )
                    % {"title": form.cleaned_data.get("title") or "", "seats": expected},
                )


class EventPage(RoutablePageMixin, ListingMixin, ContactMixin, Page):
    """An event such as the study morning: when and where, for whom, the programme, the
    questions it takes up and the workshops people register for on this page."""

    date = models.DateField(_("datum"), help_text=_("De dag van het evenement."))
    start_time = models.TimeField(_("beginuur"), help_text=_("Wanneer het onthaal begint."))
    end_time = models.TimeField(_("einduur"), help_text=_("Wanneer het evenement afloopt."))
    venue = models.CharField(
        _("locatie"),
        max_length=200,
        blank=True,
        help_text=_(
            "Naam van de plek, bijvoorbeeld 'Odisee, Campus Brussel'. Leeg als de plek niet "
            "vaststaat of niet bekend is."
        ),
    )
    address = models.CharField(
        _("adres"), max_length=200, blank=True, help_text=_("Straat, nummer en gemeente.")
    )
    audience = models.CharField(
        _("voor wie"),
        max_length=300,
        help_text=_("Wie welkom is, bijvoorbeeld 'projecthouders, deelnemers, publiek en beleid'."),
    )
    intro = RichTextField(
        _("inleiding"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("Waarover het evenement gaat en waarom je komt."),
    )
    questions = RichTextField(
        _("vragen die aan bod komen"),
        blank=True,
        features=["ul", "ol", "bold", "italic"],
        help_text=_("De vragen waarop het evenement ingaat, in een lijst."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("meer inhoud"),
        blank=True,
        help_text=_("Extra uitleg, in blokken."),
    )
    registration_closes_at = models.DateTimeField(
        _("inschrijven kan tot"),
        null=True,
        blank=True,
        help_text=_(
            "Na dit moment sluit de inschrijving. Leeg: ze sluit vanzelf zodra het evenement "
            "begint (of eerder, als alles volzet is)."
        ),
    )
    waiting_list_size = models.PositiveIntegerField(
        _("plaatsen op de wachtlijst"),
        default=20,
        help_text=_("Hoeveel mensen op de wachtlijst kunnen als alle workshops volzet zijn."),
    )
    is_example = models.BooleanField(
        _("voorbeeld"),
        default=False,
        help_text=_(
            "Aangevinkt: een verzonnen voorbeeld (bijvoorbeeld uit de demo-inhoud), geen echt "
            "evenement. De pagina zegt dat duidelijk aan bezoekers."
        ),
    )
    members_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("dezelfde dag in de kenniskring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "De pagina van deze dag in de kenniskring, bijvoorbeeld de einddag. Alleen wie de "
            "kenniskring mag zien, krijgt de link."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("audience"),
                FieldPanel("members_page"),
            ],
            heading=_("Wanneer, waar en voor wie"),
        ),
        FieldPanel("is_example"),
        FieldPanel("intro"),
        FieldPanel("questions"),
        InlinePanel("programme_items", heading=_("Programma"), label=_("onderdeel")),
        InlinePanel("workshops", heading=_("Workshops"), label=_("workshop")),
        MultiFieldPanel(
            [FieldPanel("registration_closes_at"), FieldPanel("waiting_list_size")],
            heading=_("Inschrijving"),
        ),
        FieldPanel("body"),
        *ContactMixin.contact_panels,
    ]
    promote_panels = Page.promote_panels + ListingMixin.listing_panels
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("questions"),
        index.SearchField("venue"),
        # What a visitor reads of the workshops and the programme on the page.
        index.RelatedFields(
            "workshops", [index.SearchField("title"), index.SearchField("description")]
        ),
        index.RelatedFields(
            "programme_items", [index.SearchField("title"), index.SearchField("description")]
        ),
        *ContactMixin.contact_search_fields,
    ]
    base_form_class = EventPageForm
    # wagtail-localize: an example is an example in every language.
    override_translatable_fields = [SynchronizedField("is_example", overridable=False)]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("evenement")
        verbose_name_plural = _("evenementen")

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if self.is_example:
            return gettext("%(title)s (voorbeeld)") % {"title": title}
        return title

    @property
    def is_past(self):
        """True once the event's day is over: it took place and takes no registrations."""
        return self.date < timezone.localdate()

    # -- one event in every language ---------------------------------------------------

    @classmethod
    def source_events(cls):
        """The events that hold registrations: of each event's translations, the original."""
        first = cls.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk")
        return cls.objects.filter(pk=Subquery(first.values("pk")[:1]))

    @cached_property
    def source_event(self):
        """The page that holds this event's seats and registrations: the original its
        translations were made from (the first of them), so a translation added later or a
        change of the default language never moves the registrations."""
        first = (
            EventPage.objects.filter(translation_key=self.translation_key).order_by("pk").first()
        )
        return self if first is None or first.pk == self.pk else first

    # -- registration state -------------------------------------------------------------

    def workshops_with_counts(self):
        """The event's workshops with the number of seats taken in every language together,
        in the words of this page's language."""
        workshops = list(
            Workshop.objects.filter(page=self.source_event).annotate(
                taken=Count(
                    "registrations",
                    filter=Q(registrations__status=Registration.Status.CONFIRMED),
                )
            )
        )
        if self.source_event.pk != self.pk:
            show_in_language(workshops, self.locale)
        return workshops

    @property
    def starts_at(self):
        """The moment the event begins, on the site's clock (Europe/Brussels)."""
        return timezone.make_aware(
            datetime.datetime.combine(self.date, self.start_time),
            timezone.get_default_timezone(),
        )

    @property
    def registration_deadline(self):
        """When registration closes (the source page's clock, in every language): the
        moment an editor set, otherwise the start."""
        source = self.source_event
        return source.registration_closes_at or source.starts_at

    def closed_in_time(self):
        """Why registration is closed by the clock, or None while there is still time."""
        if timezone.now() < self.registration_deadline:
            return None
        return CLOSED_MESSAGE if self.source_event.registration_closes_at else STARTED_MESSAGE

    def closed_reason(self, workshops=None):
        """Why registration is closed, or None while it is open."""
        closed = self.closed_in_time()
        if closed:
            return closed
        workshops = self.workshops_with_counts() if workshops is None else workshops
        if not workshops:
            return gettext("Voor dit evenement kun je je (nog) niet inschrijven.")
        if all(w.taken >= w.seats for w in workshops):
            source = self.source_event
            waiting = Registration.objects.filter(
                event=source, status=Registration.Status.WAITING
            ).count()
            if waiting >= source.waiting_list_size:
                return FULL_MESSAGE
        return None

    # -- tokens and addresses --------------------------------------------------------------

    @staticmethod
    def registration_token(registration):
        # Letters, digits, - and _ only: Wagtail's page URLs allow nothing else.
        signature = signing.Signer(salt=TOKEN_SALT).signature(str(registration.pk))
        return f"{registration.pk}-{signature}"

    def registration_url(self, registration, request=None):
        """Where a registrant sees (and can cancel) a registration: absolute, for e-mails."""
        token = self.registration_token(registration)
        return (
            self.get_full_url(request).rstrip("/")
            + "/"
            + self.reverse_subpage("registration", args=[token])
        )

    def registration_from_token(self, token):
        pk, _dash, signature = token.partition("-")
        expected = signing.Signer(salt=TOKEN_SALT).signature(pk)
        if not pk.isdigit() or not constant_time_compare(signature, expected):
            raise Http404
        registration = (
            Registration.objects.filter(pk=pk, event=self.source_event)
            .select_related("workshop", "first_choice", "second_choice")
            .first()
        )
        if registration is None:
            raise Http404
        registration.show_workshops_in(self.locale)
        return registration

    # -- views ------------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            workshops = list(self.workshops.all())
            for workshop in workshops:
                workshop.taken = 0
        else:
            workshops = self.workshops_with_counts()
        context["workshops"] = workshops
        context["programme_items"] = self.programme_with_clips()
        context["closed_reason"] = self.closed_reason(workshops)
        context["members_day"] = self.visible_members_page(request)
        return context

    def programme_with_clips(self):
        """The programme; an item that shows a film's clips gets them as `clips`, from the
        film's translation in this page's language (the film and its clips are one fact).
        The clips are only links (title, address): five queries at most, however many."""
        from .pages import KnowledgeClipPage

        items = list(self.programme_items.all())
        films = self._films_shown({item.film_id for item in items if item.film_id})
        clips = {}
        if films:
            below = Q()
            for film in films.values():
                below |= Q(path__startswith=film.path, depth=film.depth + 1)
            found = (
                public(KnowledgeClipPage.objects.live())
                .filter(below)
                .select_related("locale")
                .only("title", "path", "depth", "url_path", "locale__language_code")
                .order_by("path")
            )
            for clip in found:
                film_id = next(pk for pk, film in films.items() if clip.path.startswith(film.path))
                clips.setdefault(film_id, []).append(clip)
        for item in items:
            item.clips = clips.get(item.film_id, [])
        return items

    def _films_shown(self, film_ids):
        """For each film: its live, public translation in this page's language, else itself."""
        from .pages import FilmPage

        if not film_ids:
            return {}
        keys = dict(FilmPage.objects.filter(pk__in=film_ids).values_list("pk", "translation_key"))
        versions = list(
            public(FilmPage.objects.live())
            .filter(translation_key__in=keys.values())
            .only("path", "depth", "locale_id", "translation_key")
        )
        shown = {}
        for film_id, key in keys.items():
            same = [v for v in versions if v.translation_key == key]
            chosen = next((v for v in same if v.locale_id == self.locale_id), None)
            chosen = chosen or next((v for v in same if v.pk == film_id), None)
            if chosen is not None:
                shown[film_id] = chosen
        return shown

    def visible_members_page(self, request):
        """The kenniskring's page of this day, if the visitor may see it; else None."""
        from home.navigation import visible_to

        page = self.members_page
        if page is None or not page.live:
            return None
        allowed = visible_to(request, [page])
        return allowed[0] if allowed else None

    @path("")
    def event(self, request):
        from home.forms import RegistrationForm

        if request.method == "POST":
            return self.submit_registration(request)
        form = None if self.is_past else RegistrationForm(event=self)
        return self.render(request, context_overrides={"form": form})

    def submit_registration(self, request):
        from home import emails
        from home.forms import RegistrationForm

        form = RegistrationForm(request.POST, event=self)
        if self.is_past or self.closed_in_time():
            # The page shows why instead of the form; nothing is checked or stored.
            return self.render(request, context_overrides={"form": None})
        if is_rate_limited(request, request.POST.get("email", "")):
            form.is_valid()
            form.add_error(
                None,
                gettext(
                    "Er kwamen net veel inschrijvingen van hetzelfde adres. Wacht een paar "
                    "minuten en verstuur het formulier dan opnieuw."
                ),
            )
            response = self.render(request, context_overrides={"form": form})
            response.status_code = 429
            return response
        if not form.is_valid():
            return self.render(request, context_overrides={"form": form})
        if form.is_spam:
            # A bot filled in the hidden field: tell it nothing useful, store nothing.
            return redirect(self.url, permanent=False)
        try:
            registration = register(self, form.cleaned_data)
        except AlreadyRegistered as already:
            emails.send_registration_reminder(already.registration, request)
            form.add_error(
                "email",
                gettext(
                    "Dit e-mailadres is al ingeschreven voor dit evenement. We stuurden de "
                    "bevestiging opnieuw, met een link om te annuleren."
                ),
            )
            return self.render(request, context_overrides={"form": form})
        except RegistrationClosed as closed:
            form.add_error(None, str(closed))
            return self.render(request, context_overrides={"form": form})
        emails.send_registration_confirmation(registration, request)
        response = redirect(
            self.url
            + self.reverse_subpage("registration", args=[self.registration_token(registration)])
        )
        response.status_code = 303
        return response

    @path("inschrijving/<str:token>/", name="registration")
    def registration(self, request, token):
        from home import emails
        from home.retention import forget_registration, retention_days

        registration = self.registration_from_token(token)
        action = request.POST.get("action") if request.method == "POST" else None
        if action in ("cancel", "forget") and not registration.anonymised_at:
            cancelled, promoted = cancel_registration(registration)
            if cancelled:
                registration.refresh_from_db()
                emails.send_cancellation(registration, request)
                for person in promoted:
                    emails.send_promotion(person, request)
            if action == "forget":
                # The cancellation mail above is already queued with the address.
                forget_registration(registration)
        if action in ("cancel", "forget"):
            response = redirect(request.path)
            response.status_code = 303
            return response
        response = self.render(
            request,
            template="home/registration_status.html",
            context_overrides={"registration": registration, "retention_days": retention_days()},
        )
        # The page names the registrant: only their own browser may keep it.
        patch_cache_control(response, private=True, no_store=True)
        return response


class ProgrammeItem(Orderable):
    """One timed part of an event's programme."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="programme_items")
    start_time = models.TimeField(_("van"), help_text=_("Beginuur van dit onderdeel."))
    end_time = models.TimeField(
        _("tot"), null=True, blank=True, help_text=_("Einduur van dit onderdeel.")
    )
    title = models.CharField(_("titel"), max_length=200, help_text=_("Bijvoorbeeld 'Onthaal'."))
    description = RichTextField(
        _("beschrijving"),
        blank=True,
        features=SHORT_TEXT_FEATURES,
        help_text=_("Wat er in dit onderdeel gebeurt; een lijst mag."),
    )
    film = models.ForeignKey(
        "home.FilmPage",
        verbose_name=_("kennisclips van"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Toont dit onderdeel kennisclips uit een film? Kies de film: de pagina linkt dan "
            "naar elk van zijn kennisclips, in de taal van de bezoeker."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("film"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("programmaonderdeel")
        verbose_name_plural = _("programma")


class Workshop(TranslatableMixin, Orderable):
    """A workshop of an event, with a limited number of seats.

    A translated event page has its own copy of each workshop (same translation_key) for the
    words only; seats and registrations always belong to the workshop on the event's source
    page (EventPage.source_event), whatever language the visitor registers in."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="workshops")
    title = models.CharField(_("titel"), max_length=200, help_text=_("De titel van de workshop."))
    description = RichTextField(
        _("beschrijving"),
        blank=True,
        features=SHORT_TEXT_FEATURES,
        help_text=_("Waarover de workshop gaat en welke vragen aan bod komen."),
    )
    moderator = models.CharField(
        _("moderator"), max_length=200, blank=True, help_text=_("Wie de workshop begeleidt.")
    )
    seats = models.PositiveIntegerField(
        _("plaatsen"),
        default=25,
        help_text=_(
            "Hoeveel mensen kunnen deelnemen, in alle talen samen. Dit stel je in op de "
            "oorspronkelijke (Nederlandse) pagina; de vertalingen nemen het over."
        ),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("moderator"),
        FieldPanel("seats"),
    ]
    # wagtail-localize: a translation changes the words, never the seats or the moderator.
    override_translatable_fields = [
        SynchronizedField("moderator", overridable=False),
        SynchronizedField("seats", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if getattr(self, "_display_only", False):
            raise RuntimeError("A workshop with translated words for display is never saved.")
        super().save(*args, **kwargs)

    @property
    def seats_left(self):
        return max(self.seats - getattr(self, "taken", 0), 0)


def show_in_language(workshops, locale):
    """Give source workshops the title and description of their translation into `locale`,
    in memory only (for pages and e-mails): seats and counts stay the source's."""
    workshops = [w for w in workshops if w is not None]
    if not workshops:
        return
    words = {
        w.translation_key: w
        for w in Workshop.objects.filter(
            locale=locale, translation_key__in={w.translation_key for w in workshops}
        ).only("translation_key", "title", "description")
    }
    for workshop in workshops:
        translated = words.get(workshop.translation_key)
        if translated is not None and translated.pk != workshop.pk:
            workshop.title, workshop.description = translated.title, translated.description
            workshop._display_only = True


def is_rate_limited(request, email):
    """True when one address (network or e-mail) sent more registrations than allowed.

    Counted in the shared cache; while the cache is unavailable, in the database, so the
    limit keeps holding on every server."""
    return rate_limited(
        request,
        "home:registration-rate",
        email,
        limit=getattr(settings, "HOME_REGISTRATION_RATE_LIMIT", 10),
        window=getattr(settings, "HOME_REGISTRATION_RATE_WINDOW", 600),
        count=_count_in_cache_or_database,
    )


def _count_in_cache_or_database(key, window):
    try:
        return count_in_cache(key, window)
    except CacheUnavailable:
        return _count_in_database(key, window)


def _count_in_database(key, window):
    since = timezone.now() - datetime.timedelta(seconds=window)
    attempts = RegistrationAttempt.objects.filter(key=key)
    attempts.filter(created_at__lt=since).delete()
    RegistrationAttempt.objects.create(key=key)
    return attempts.filter(created_at__gte=since).count()
