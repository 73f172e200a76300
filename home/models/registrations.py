"""Registrations for an event's workshops, and the rules that hand out the seats.

An event is one event in every language: registrations, whichever language page they came
from, belong to the event's source page and its workshops (EventPage.source_event), and record
the language the person used, for their e-mails and status page.

Every change to the seats of an event locks that event's workshop rows first (always in the
same order), so two people submitting at the same moment are served one after the other and a
workshop is never overbooked.
"""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CLOSED_MESSAGE = _("De inschrijvingen zijn afgesloten.")
STARTED_MESSAGE = _("Het evenement is al begonnen. Je kunt je niet meer inschrijven.")
FULL_MESSAGE = _("Alle workshops en de wachtlijst zijn volzet. Inschrijven kan niet meer.")


class AlreadyRegistered(Exception):
    def __init__(self, registration):
        super().__init__(registration)
        self.registration = registration


class RegistrationClosed(Exception):
    pass


class Registration(models.Model):
    """One person's registration for an event: the two workshops chosen, and the seat given
    (the first choice, the second, or a place on the waiting list)."""

    class Role(models.TextChoices):
        PROJECT_HOLDER = "project_holder", _("Projecthouder")
        BUDDY = "buddy", _("Buddy of deelnemer")
        PUBLIC = "public", _("Geïnteresseerde")
        POLICY = "policy", _("Beleid")
        STUDENT = "student", _("Student")
        OTHER = "other", _("Andere")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Ingeschreven")
        WAITING = "waiting", _("Op de wachtlijst")
        CANCELLED = "cancelled", _("Geannuleerd")

    event = models.ForeignKey(
        "home.EventPage",
        verbose_name=_("evenement"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices)
    first_choice = models.ForeignKey(
        "home.Workshop",
        verbose_name=_("eerste keuze"),
        on_delete=models.RESTRICT,
        related_name="+",
    )
    second_choice = models.ForeignKey(
        "home.Workshop",
        verbose_name=_("tweede keuze"),
        on_delete=models.RESTRICT,
        related_name="+",
    )
    workshop = models.ForeignKey(
        "home.Workshop",
        verbose_name=_("workshop"),
        null=True,
        blank=True,
        on_delete=models.RESTRICT,
        related_name="registrations",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    language = models.CharField(
        _("taal"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("De taal waarin de persoon zich inschreef; de e-mails volgen die taal."),
    )
    note = models.TextField(_("opmerking"), blank=True)
    privacy_consent_at = models.DateTimeField(_("akkoord met privacy op"))
    created_at = models.DateTimeField(_("ingeschreven op"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("geannuleerd op"), null=True, blank=True)
    anonymised_at = models.DateTimeField(
        _("gegevens gewist op"),
        null=True,
        blank=True,
        help_text=_("Naam, e-mail, organisatie en opmerking zijn gewist (home/retention.py)."),
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("inschrijving")
        verbose_name_plural = _("inschrijvingen")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled") & Q(anonymised_at__isnull=True),
                name="home_one_active_registration_per_email",
            )
        ]

    def __str__(self):
        if self.anonymised_at:
            return str(_("(gegevens gewist)"))
        return f"{self.name} <{self.email}>"

    @property
    def got_first_choice(self):
        return self.workshop_id is not None and self.workshop_id == self.first_choice_id

    def event_page(self):
        """The event's page in the language the person registered in: its live translation,
        or the source page when there is none."""
        from .events import EventPage

        event = self.event.specific
        translation = (
            EventPage.objects.live()
            .filter(translation_key=event.translation_key, locale__language_code=self.language)
            .first()
        )
        return translation or event

    def show_workshops_in(self, locale):
        """The chosen and given workshops with their titles in `locale`, for display only."""
        from .events import show_in_language

        show_in_language([self.workshop, self.first_choice, self.second_choice], locale)


class RegistrationAttempt(models.Model):
    """One registration sent from an address, kept for the rate limit only while the cache
    is unavailable (home.models.events.is_rate_limited); rows older than the window go."""

    key = models.CharField(max_length=300, db_index=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"{self.key} {self.created_at:%Y-%m-%d %H:%M:%S}"


def _lock_workshops(event):
    """Lock the workshops of the event's source page, keyed by pk."""
    from .events import Workshop

    workshops = Workshop.objects.select_for_update().filter(page=event.source_event)
    return {w.pk: w for w in workshops.order_by("pk")}


def _source_workshop(workshops, choice):
    """The locked source workshop for a chosen workshop of any language's page."""
    for workshop in workshops.values():
        if workshop.translation_key == choice.translation_key:
            return workshop
    raise ValueError(f"Workshop {choice.pk} is not one of this event's workshops.")


def _taken_seats(workshops):
    rows = (
        Registration.objects.filter(
            workshop__in=list(workshops), status=Registration.Status.CONFIRMED
        )
        .values("workshop")
        .annotate(taken=Count("pk"))
    )
    taken = dict.fromkeys(workshops, 0)
    taken.update({row["workshop"]: row["taken"] for row in rows})
    return taken


def register(event, data, language=None):
    """Store a registration and give it a seat; raise AlreadyRegistered or RegistrationClosed.

    `event` is the event's page in any language (the registration goes to its source page,
    the choices to the source's workshops); `language` defaults to that page's language."""
    email = data["email"].strip().lower()
    language = language or event.locale.language_code
    page, event = event, event.source_event
    try:
        with transaction.atomic():
            workshops = _lock_workshops(event)
            first_choice = _source_workshop(workshops, data["first_choice"])
            second_choice = _source_workshop(workshops, data["second_choice"])
            existing = (
                Registration.objects.filter(event=event, email=email)
                .exclude(status=Registration.Status.CANCELLED)
                .first()
            )
            if existing is not None:
                raise AlreadyRegistered(existing)
            closed = page.closed_in_time()
            if closed:
                raise RegistrationClosed(closed)
            taken = _taken_seats(workshops)
            registration = Registration(
                event=event,
                name=data["name"],
                email=email,
                organisation=data.get("organisation", ""),
                role=data["role"],
                first_choice=first_choice,
                second_choice=second_choice,
                language=language,
                privacy_consent_at=timezone.now(),
            )
            for workshop in (first_choice, second_choice):
                if taken[workshop.pk] < workshop.seats:
                    registration.workshop = workshop
                    registration.status = Registration.Status.CONFIRMED
                    break
            else:
                waiting = Registration.objects.filter(
                    event=event, status=Registration.Status.WAITING
                ).count()
                if waiting >= event.waiting_list_size:
                    raise RegistrationClosed(FULL_MESSAGE)
                registration.status = Registration.Status.WAITING
            registration.save()
    except IntegrityError:
        # The same address registered in the very same moment on another connection.
        existing = (
            Registration.objects.filter(event=event, email=email)
            .exclude(status=Registration.Status.CANCELLED)
            .first()
        )
        if existing is None:
            raise
        raise AlreadyRegistered(existing) from None
    return registration


def fill_free_seats(event, workshops):
    """Give free seats to the waiting list, first come first served. Call with the workshops
    locked; returns the registrations that got a seat."""
    taken = _taken_seats(workshops)
    promoted = []
    # Someone whose data was erased can no longer be told of a seat: they keep their place.
    waiting = Registration.objects.select_for_update().filter(
        event=event, status=Registration.Status.WAITING, anonymised_at__isnull=True
    )
    for registration in waiting.order_by("created_at", "pk"):
        for choice_id in (registration.first_choice_id, registration.second_choice_id):
            workshop = workshops.get(choice_id)
            if workshop is not None and taken[workshop.pk] < workshop.seats:
                registration.workshop = workshop
                registration.status = Registration.Status.CONFIRMED
                registration.save(update_fields=["workshop", "status"])
                taken[workshop.pk] += 1
                promoted.append(registration)
                break
    return promoted


def cancel_registration(registration):
    """Cancel a registration and give its seat to the waiting list.

    Returns (cancelled, promoted): whether it was cancelled now (False when it was cancelled
    before), and the registrations that moved from the waiting list to a seat.
    """
    with transaction.atomic():
        workshops = _lock_workshops(registration.event)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status == Registration.Status.CANCELLED:
            return False, []
        current.status = Registration.Status.CANCELLED
        current.workshop = None
        current.cancelled_at = timezone.now()
        current.save(update_fields=["status", "workshop", "cancelled_at"])
        promoted = fill_free_seats(current.event, workshops)
    return True, promoted
