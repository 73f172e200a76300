from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kenniskring.input import EXPLANATION_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH, TextBound
from kenniskring.models import BuddyProjectPage, NetworkDayPage, Theme
from kenniskring.models.themes import source_themes_only


class LearningQuestion(models.Model):
    """A question a project wants to learn about; it sets the agenda of the network days."""

    project = models.ForeignKey(
        BuddyProjectPage,
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Het project dat de vraag stelt."),
    )
    question = models.CharField(_("leervraag"), max_length=300, help_text=_("De vraag in één zin."))
    explanation = models.TextField(
        _("toelichting"),
        blank=True,
        validators=[TextBound(EXPLANATION_MAX_LENGTH)],
        help_text=_("Waarom deze vraag leeft in je project."),
    )
    themes = models.ManyToManyField(
        Theme,
        verbose_name=_("thema's"),
        blank=True,
        related_name="learning_questions",
        limit_choices_to=source_themes_only,
        help_text=_("De thema's van de vraag."),
    )
    days = models.ManyToManyField(
        NetworkDayPage,
        verbose_name=_("op de agenda van"),
        blank=True,
        related_name="agenda_questions",
        help_text=_("De netwerkdagen die deze vraag behandelen."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("leervraag")
        verbose_name_plural = _("leervragen")

    def __str__(self):
        return self.question


class QuestionSupport(models.Model):
    """Another project marks a learning question as 'this is ours too'."""

    question = models.ForeignKey(
        LearningQuestion, on_delete=models.CASCADE, related_name="supports"
    )
    project = models.ForeignKey(BuddyProjectPage, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "project"], name="kkl_one_support")
        ]
        verbose_name = _("'ook onze vraag'")
        verbose_name_plural = _("'ook onze vraag'")

    def __str__(self):
        return f"{self.project} – {self.question}"


class Challenge(models.Model):
    """A predictable challenge of buddy work, as gathered from the start day on."""

    class Category(models.TextChoices):
        STRENGTH = "strength", _("sterkte")
        WEAKNESS = "weakness", _("zwakte")
        OPPORTUNITY = "opportunity", _("kans")
        THREAT = "threat", _("bedreiging")
        PRECONDITION = "precondition", _("randvoorwaarde")
        PITFALL = "pitfall", _("valkuil")
        QUESTION = "question", _("vraag of discussiepunt")

    class Scope(models.TextChoices):
        GENERAL = "general", _("algemeen")
        PERSONAL_FRIEND = "personal_friend", _("werkmodel 'persoonlijke vriend'")

    category = models.CharField(
        _("soort"), max_length=15, choices=Category.choices, help_text=_("Waar hoort dit bij?")
    )
    scope = models.CharField(
        _("geldt voor"),
        max_length=15,
        choices=Scope.choices,
        default=Scope.GENERAL,
        help_text=_("Algemeen, of specifiek voor het werkmodel 'persoonlijke vriend'."),
    )
    text = models.TextField(
        _("uitdaging"),
        validators=[TextBound(SHORT_TEXT_MAX_LENGTH)],
        help_text=_("Beschrijf de uitdaging in een paar zinnen."),
    )
    project = models.ForeignKey(
        BuddyProjectPage,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Het project dat de uitdaging inbracht; leeg voor de partners."),
    )
    day = models.ForeignKey(
        NetworkDayPage,
        verbose_name=_("netwerkdag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De dag waarop de uitdaging naar boven kwam, bv. de startdag."),
    )
    themes = models.ManyToManyField(
        Theme,
        verbose_name=_("thema's"),
        blank=True,
        related_name="challenges",
        limit_choices_to=source_themes_only,
        help_text=_("De thema's van de uitdaging."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_example = models.BooleanField(
        _("voorbeeld"),
        default=False,
        help_text=_(
            "Aangevinkt: een verzonnen voorbeeld (zoals in de demo-inhoud); het bord zegt het."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["category", "created_at", "pk"]
        verbose_name = _("voorspelbare uitdaging")
        verbose_name_plural = _("voorspelbare uitdagingen")

    def __str__(self):
        return self.text[:80]


class ChallengeComment(models.Model):
    """A member's reaction to a challenge on the board."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="comments")
    text = models.TextField(_("reactie"), validators=[TextBound(SHORT_TEXT_MAX_LENGTH)])
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    project = models.ForeignKey(
        BuddyProjectPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")

    def __str__(self):
        return self.text[:80]
