import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .projects import BuddyProjectPage


class Role(models.TextChoices):
    PROJECT_WORKER = "project_worker", _("projectmedewerker")
    FACILITATOR = "facilitator", _("procesbegeleider (SAM)")
    RESEARCHER = "researcher", _("onderzoeker (Odisee)")
    EXPERIENCE_EXPERT = "experience_expert", _("ervaringsdeskundige (De Link)")


PARTNER_ROLES = {Role.FACILITATOR, Role.RESEARCHER, Role.EXPERIENCE_EXPERT}


def language_choices():
    """The host site's languages (a callable, so migrations do not copy them)."""
    return settings.LANGUAGES


class Member(models.Model):
    """A person in the kenniskring: the project they act for and their role."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="kenniskring_member",
    )
    project = models.ForeignKey(
        BuddyProjectPage,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text=_("Het project waarvoor dit lid optreedt; leeg voor partners."),
    )
    role = models.CharField(
        _("rol"),
        max_length=20,
        choices=Role.choices,
        default=Role.PROJECT_WORKER,
        help_text=_("Projectmedewerker, of de rol van een partner."),
    )
    language = models.CharField(
        _("taal van de e-mails"),
        max_length=10,
        choices=language_choices,
        blank=True,
        help_text=_(
            "Leeg laten: de e-mails komen in de taal waarin dit lid de site laatst gebruikte."
        ),
    )
    last_language = models.CharField(
        _("laatst gebruikte taal"), max_length=10, blank=True, editable=False
    )
    research_export = models.BooleanField(
        _("mag exporteren voor onderzoek"),
        default=False,
        help_text=_(
            "Voor een partner die geen onderzoeker is: mag toch het leermateriaal "
            "downloaden voor onderzoek. Onderzoekers (Odisee) mogen dat altijd."
        ),
    )

    class Meta:
        verbose_name = _("lid")
        verbose_name_plural = _("leden")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    def save(self, *args, update_fields=None, **kwargs):
        super().save(*args, update_fields=update_fields, **kwargs)
        if update_fields is None or "role" in update_fields:
            self.sync_groups()

    @property
    def is_partner(self):
        return self.role in PARTNER_ROLES

    @property
    def mail_language(self):
        """The chosen language, else the one used last, else the site's own."""
        known = {code for code, _name in settings.LANGUAGES}
        for code in (self.language, self.last_language):
            if code in known:
                return code
        return settings.LANGUAGE_CODE

    def sync_groups(self):
        """The role decides the group: partners in *Partners*, project workers in *Kenniskring*.

        Access checks read the groups, so a role changed in the admin moves the person between
        them at once; otherwise a former partner would keep reading every project.
        """
        from django.contrib.auth.models import Group

        from .. import conf

        wanted, other = conf.get("MEMBER_GROUP"), conf.get("PARTNER_GROUP")
        if self.is_partner:
            wanted, other = other, wanted
        self._group_rows([other]).delete()
        self.user.groups.add(Group.objects.get_or_create(name=wanted)[0])
        self.user.__dict__.pop("_kenniskring_groups", None)

    def leave_groups(self):
        """A deleted profile takes the person out of the kenniskring's groups."""
        from .. import conf

        self._group_rows([conf.get("MEMBER_GROUP"), conf.get("PARTNER_GROUP")]).delete()

    def _group_rows(self, names):
        """The person's memberships of the named groups (without loading the user)."""
        through = type(self).user.field.related_model.groups.through
        return through.objects.filter(user_id=self.user_id, group__name__in=names)


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(models.Model):
    """An e-mailed, one-time link with which a new member sets a password."""

    email = models.EmailField(_("e-mailadres"), help_text=_("Naar dit adres gaat de uitnodiging."))
    first_name = models.CharField(_("voornaam"), max_length=150, help_text=_("Voornaam."))
    last_name = models.CharField(
        _("achternaam"), max_length=150, blank=True, help_text=_("Achternaam.")
    )
    project = models.ForeignKey(
        BuddyProjectPage,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Het project van het nieuwe lid; leeg laten voor een partner."),
    )
    role = models.CharField(
        _("rol"),
        max_length=20,
        choices=Role.choices,
        default=Role.PROJECT_WORKER,
        help_text=_("Projectmedewerkers horen bij een project; de andere rollen zijn partners."),
    )
    language = models.CharField(
        _("taal"),
        max_length=10,
        choices=language_choices,
        blank=True,
        help_text=_("De taal van de uitnodiging; leeg laten: de taal waarin u nu werkt."),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("verstuurd op"), auto_now_add=True)
    expires_at = models.DateTimeField(_("geldig tot"), editable=False)
    accepted_at = models.DateTimeField(_("aanvaard op"), null=True, blank=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")

    def __str__(self):
        return self.email

    def clean(self):
        from django.contrib.auth import get_user_model
        from django.core.exceptions import ValidationError

        if self.role == Role.PROJECT_WORKER and not self.project_id:
            raise ValidationError({"project": _("Kies het project van deze projectmedewerker.")})
        if (
            self.pk is None
            and self.email
            and get_user_model().objects.filter(email__iexact=self.email).exists()
        ):
            raise ValidationError({"email": _("Er bestaat al een account met dit e-mailadres.")})

    def new_token(self, days):
        """Give the invitation a fresh secret; only its hash is stored."""
        token = secrets.token_urlsafe(32)
        self.token_hash = hash_token(token)
        self.expires_at = timezone.now() + timezone.timedelta(days=days)
        return token

    @classmethod
    def find_valid(cls, token):
        return cls.objects.filter(
            token_hash=hash_token(token), accepted_at__isnull=True, expires_at__gt=timezone.now()
        ).first()


class CalendarToken(models.Model):
    """The secret in a member's personal calendar address; deleting it revokes the address."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="kenniskring_calendar"
    )
    token = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("agenda-adres")
        verbose_name_plural = _("agenda-adressen")

    def __str__(self):
        return str(self.user)

    @classmethod
    def renew_for(cls, user):
        cls.objects.filter(user=user).delete()
        return cls.objects.create(user=user, token=secrets.token_urlsafe(32))


class HomeVisit(models.Model):
    """When a person last opened the kenniskring's home, so it can say what is new since."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="kenniskring_visit"
    )
    # The home's latest view, and when the visit before this one ended.
    last_seen_at = models.DateTimeField()
    previous_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("bezoek aan de kenniskring")
        verbose_name_plural = _("bezoeken aan de kenniskring")

    def __str__(self):
        return str(self.user)

    @classmethod
    def since(cls, user, now=None):
        """The end of the person's previous visit (None on a first visit), counting views
        within `HOME_VISIT_GAP_MINUTES` of each other as one visit."""
        from .. import conf

        now = now or timezone.now()
        visit, created = cls.objects.get_or_create(user=user, defaults={"last_seen_at": now})
        if created:
            return None
        gap = timezone.timedelta(minutes=conf.get("HOME_VISIT_GAP_MINUTES"))
        if now - visit.last_seen_at > gap:
            visit.previous_seen_at = visit.last_seen_at
        visit.last_seen_at = now
        visit.save(update_fields=["last_seen_at", "previous_seen_at"])
        return visit.previous_seen_at
