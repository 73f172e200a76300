import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from ..input import TextBound
from ..models import BuddyProjectPage
from ..models.themes import source_themes_only
from ..storage import private_storage  # noqa: F401 (named by migrations)

TITLE_MAX_LENGTH = 200
TEXT_MAX_LENGTH = 10_000


def image_path(instance, filename):
    suffix = Path(filename).suffix.lower()[:5]
    return f"ervaringen/{secrets.token_hex(16)}{suffix}"


class PostQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(deleted_at__isnull=True, hidden_at__isnull=True)

    def for_user(self, user, moderator=False):
        return self if moderator else self.visible()


def submitted_once(name):
    """One row per author and form token: a double submit stores one post."""
    return models.UniqueConstraint(
        fields=["author", "submit_token"], condition=~models.Q(submit_token=""), name=name
    )


class Post(models.Model):
    """What every forum post shares: who wrote it, for which project, and its moderation state."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    project = models.ForeignKey(
        BuddyProjectPage,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(
        _("tekst"),
        validators=[TextBound(TEXT_MAX_LENGTH * 3)],
        help_text=_("De tekst, met eenvoudige opmaak."),
    )
    created_at = models.DateTimeField(_("geplaatst op"), default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(_("bewerkt op"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("verwijderd op"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("verborgen op"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verborgen door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The one-time token of the form it came from: a second submit finds the first post.
    submit_token = models.CharField(max_length=64, blank=True, editable=False)

    objects = PostQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_visible(self):
        return self.deleted_at is None and self.hidden_at is None

    def kind(self):
        return KIND_BY_MODEL[type(self)]


class Question(Post):
    """A member's question to the other projects of the kenniskring."""

    title = models.CharField(
        _("titel"), max_length=TITLE_MAX_LENGTH, help_text=_("De vraag in één zin.")
    )
    themes = models.ManyToManyField(
        "kenniskring.Theme",
        verbose_name=_("thema's"),
        blank=True,
        related_name="questions",
        limit_choices_to=source_themes_only,
    )
    accepted_answer = models.OneToOneField(
        "Answer",
        verbose_name=_("aanvaard antwoord"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("forumvraag")
        verbose_name_plural = _("forumvragen")
        constraints = [submitted_once("forum_question_once")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("kenniskring_forum:question", args=[self.pk])

    @property
    def thread(self):
        return self


class Answer(Post):
    """An answer to a forum question."""

    question = models.ForeignKey(
        Question, verbose_name=_("vraag"), on_delete=models.CASCADE, related_name="answers"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        constraints = [submitted_once("forum_answer_once")]

    def __str__(self):
        return _("Antwoord op %(title)s") % {"title": self.question.title}

    def get_absolute_url(self):
        return f"{self.question.get_absolute_url()}#antwoord-{self.pk}"

    @property
    def thread(self):
        return self.question


class UsefulMark(models.Model):
    """A member found an answer useful; one mark per member and answer."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="useful_marks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["answer", "user"], name="forum_useful_once")]

    def __str__(self):
        return f"{self.user} → {self.answer_id}"


class Experience(Post):
    """An experience a project shares with the kenniskring, with an optional image."""

    title = models.CharField(
        _("titel"), max_length=TITLE_MAX_LENGTH, help_text=_("Waarover gaat je ervaring?")
    )
    image = models.ImageField(
        _("afbeelding"),
        upload_to=image_path,
        storage=private_storage,
        blank=True,
        help_text=_("Optioneel: een foto of tekening (JPEG, PNG of WebP)."),
    )
    image_alt = models.CharField(
        _("beschrijving van de afbeelding"),
        max_length=250,
        blank=True,
        help_text=_("Wat staat er op de afbeelding, voor wie ze niet kan zien."),
    )
    themes = models.ManyToManyField(
        "kenniskring.Theme",
        verbose_name=_("thema's"),
        blank=True,
        related_name="experiences",
        limit_choices_to=source_themes_only,
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("ervaring")
        verbose_name_plural = _("ervaringen")
        constraints = [submitted_once("forum_experience_once")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("kenniskring_forum:experience", args=[self.pk])

    @property
    def thread(self):
        return self


class Comment(Post):
    """A reaction to a shared experience."""

    experience = models.ForeignKey(
        Experience, verbose_name=_("ervaring"), on_delete=models.CASCADE, related_name="comments"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        constraints = [submitted_once("forum_comment_once")]

    def __str__(self):
        return _("Reactie op %(title)s") % {"title": self.experience.title}

    def get_absolute_url(self):
        return f"{self.experience.get_absolute_url()}#reactie-{self.pk}"

    @property
    def thread(self):
        return self.experience


# The address part for each kind of post.
KINDS = {"vraag": Question, "antwoord": Answer, "ervaring": Experience, "reactie": Comment}
KIND_BY_MODEL = {model: kind for kind, model in KINDS.items()}


class GenericPostMixin(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    post = GenericForeignKey("content_type", "object_id")

    class Meta:
        abstract = True


class PostVersion(GenericPostMixin):
    """An earlier version of a post, kept when its author edits it."""

    title = models.CharField(_("titel"), max_length=TITLE_MAX_LENGTH, blank=True)
    text = models.TextField(_("tekst"))
    written_at = models.DateTimeField(_("geschreven op"))
    replaced_at = models.DateTimeField(_("vervangen op"), auto_now_add=True)

    class Meta:
        ordering = ["-replaced_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name = _("eerdere versie")
        verbose_name_plural = _("eerdere versies")

    def __str__(self):
        return f"{self.title or self.content_type} ({self.written_at:%d/%m/%Y %H:%M})"


class Follow(models.Model):
    """A member follows a question or experience and hears of each new answer or comment."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_follows"
    )
    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    experience = models.ForeignKey(
        Experience, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "question"], name="forum_follow_question"),
            models.UniqueConstraint(fields=["user", "experience"], name="forum_follow_experience"),
            models.CheckConstraint(
                condition=models.Q(question__isnull=False, experience__isnull=True)
                | models.Q(question__isnull=True, experience__isnull=False),
                name="forum_follow_one_thread",
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.question or self.experience}"


class Preferences(models.Model):
    """A member's choice of forum e-mails."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_preferences"
    )
    follow_mails = models.BooleanField(
        _("e-mail bij nieuwe antwoorden en reacties"),
        default=True,
        help_text=_("Een e-mail bij elk nieuw antwoord of elke reactie op wat je volgt."),
    )
    weekly_digest = models.BooleanField(
        _("wekelijks overzicht"),
        default=True,
        help_text=_("Eén e-mail per week met de nieuwe vragen en ervaringen."),
    )

    class Meta:
        verbose_name = _("forumvoorkeuren")
        verbose_name_plural = _("forumvoorkeuren")

    def __str__(self):
        return str(self.user)


class Report(GenericPostMixin):
    """A member reports a post to the moderators, with a reason."""

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemeld door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(
        _("reden"), max_length=2000, help_text=_("Waarom moet een moderator dit bekijken?")
    )
    created_at = models.DateTimeField(_("gemeld op"), auto_now_add=True)
    handled_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("afgehandeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["handled_at", "-created_at"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        permissions = [("moderate_forum", _("Kan forumberichten verbergen en herstellen"))]

    def __str__(self):
        return _("Melding over %(post)s") % {"post": self.post}

    @cached_property
    def post_url(self):
        post = self.post
        return post.get_absolute_url() if post is not None else ""


class DigestRun(models.Model):
    """When a digest last went out: the next run mails what was posted since then."""

    # One row per kind of digest (today only "weekly").
    name = models.CharField(max_length=50, unique=True, editable=False)
    # Posts created before this moment have been in a digest.
    sent_until = models.DateTimeField(editable=False)
    # A digest claimed up to this moment and not yet queued: the next run finishes it
    # before it starts a new one.
    sending_until = models.DateTimeField(null=True, editable=False)

    class Meta:
        verbose_name = _("verzonden overzicht")
        verbose_name_plural = _("verzonden overzichten")

    def __str__(self):
        return f"{self.name}: {self.sent_until:%d/%m/%Y %H:%M}"
