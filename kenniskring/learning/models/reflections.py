import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, OuterRef, Prefetch, Q, Subquery, When
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from kenniskring.input import ANSWER_MAX_LENGTH, NOTE_MAX_LENGTH, TextBound
from kenniskring.models import BuddyProjectPage, NetworkDayPage, RegionPage
from kenniskring.models.pages import on_source_day
from kenniskring.storage import private_storage


class Visibility(models.TextChoices):
    PROJECT = "project", _("project en partners")
    KENNISKRING = "kenniskring", _("hele kenniskring")


class AssignmentQuerySet(models.QuerySet):
    def with_place(self):
        """Each assignment with its day and `day_region_id` / `day_region_name`: the region
        whose network day gave it, None for a national moment (one query for any number)."""
        parent = RegionPage.objects.filter(
            path=Substr(OuterRef("day__path"), 1, (OuterRef("day__depth") - 1) * Page.steplen)
        )

        def of_region(field):
            # A regional day's region is its region page's; national moments are for all.
            return Case(
                When(
                    day__moment=NetworkDayPage.REGIONAL,
                    then=Subquery(parent.values(field)[:1]),
                ),
                default=None,
            )

        return self.select_related("day").annotate(
            day_region_id=of_region("region_id"), day_region_name=of_region("region__name")
        )

    def for_region(self, region_id):
        """The assignments of one region's network days and of the national moments."""
        return self.with_place().filter(Q(day_region_id__isnull=True) | Q(day_region_id=region_id))


class ReflectionAssignment(models.Model):
    """A reflection assignment given at a network day, answered by the projects before it is
    due: those of the day's region, or every project for a national moment."""

    day = models.ForeignKey(
        NetworkDayPage,
        verbose_name=_("netwerkdag"),
        on_delete=models.CASCADE,
        related_name="reflection_assignments",
        help_text=_("De netwerkdag of het nationale moment waarop de opdracht werd gegeven."),
    )
    title = models.CharField(
        _("titel"), max_length=200, help_text=_("Korte titel, bv. 'Een moment van bijleren'.")
    )
    intro = models.TextField(
        _("toelichting"),
        blank=True,
        validators=[TextBound(NOTE_MAX_LENGTH)],
        help_text=_("Wat de projecten moeten weten vooraleer ze schrijven."),
    )
    questions = models.TextField(
        _("vragen"),
        validators=[TextBound(NOTE_MAX_LENGTH)],
        help_text=_("Eén vraag per regel; elk project beantwoordt elke vraag."),
    )
    due_date = models.DateField(
        _("in te dienen tegen"), help_text=_("De dag waarop de reflecties binnen moeten zijn.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("reflectieopdracht")
        verbose_name_plural = _("reflectieopdrachten")
        permissions = [("export_research", _("Mag het leermateriaal exporteren voor onderzoek"))]

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        for name in ("day_region_id", "day_region_name"):  # the day may have changed
            self.__dict__.pop(name, None)

    def _place(self):
        """(region id, region name) of the day that gave it; (None, None) when national.
        Read from `with_place()`, else looked up once."""
        if not hasattr(self, "day_region_id"):
            found = None
            if self.pk is not None:
                found = ReflectionAssignment.objects.with_place().filter(pk=self.pk).first()
            self.day_region_id = found.day_region_id if found else None
            self.day_region_name = found.day_region_name if found else None
        return self.day_region_id, self.day_region_name

    @property
    def region_id(self):
        return self._place()[0]

    @property
    def region_name(self):
        """The region's name, or "nationaal" for an assignment of a national moment."""
        name = self._place()[1]
        return name if name is not None else gettext("nationaal")

    region_name.fget.short_description = _("regio")

    @property
    def place(self):
        """Where it was given: 'regio Noord · Netwerkdag 3' or 'nationaal · Startdag'."""
        region_id, name = self._place()
        if region_id is None:
            return gettext("nationaal · %(day)s") % {"day": self.day.title}
        return gettext("regio %(region)s · %(day)s") % {"region": name, "day": self.day.title}

    @property
    def is_example(self):
        """Given at a made-up day (the demo's regional days): the assignment is made up too."""
        return self.day.example_details == self.day.EXAMPLE_DAY

    @property
    def label(self):
        """The name shown wherever the assignment is named, so that two of the same title
        are never confused: 'Grenzen (regio Noord · Netwerkdag 3)'."""
        return f"{self.title} ({self.place})"

    @property
    def question_list(self):
        return [line.strip() for line in self.questions.splitlines() if line.strip()]

    def clean(self):
        if not self.question_list:
            raise ValidationError({"questions": _("Geef minstens één vraag op.")})
        changed = self.pk is None or (
            ReflectionAssignment.objects.filter(pk=self.pk).exclude(due_date=self.due_date).exists()
        )
        if self.due_date and changed and self.due_date < timezone.localdate():
            raise ValidationError({"due_date": _("Deze datum ligt in het verleden.")})


class ReflectionQuerySet(models.QuerySet):
    def with_assignment(self):
        """Each reflection's assignment with its day and region, in one query for all."""
        return self.prefetch_related(
            Prefetch("assignment", queryset=ReflectionAssignment.objects.with_place())
        )


class Reflection(models.Model):
    """A project's answer to a reflection assignment: a draft until the project submits it."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    STATUSES = [(DRAFT, _("concept")), (SUBMITTED, _("ingediend"))]

    assignment = models.ForeignKey(
        ReflectionAssignment,
        verbose_name=_("opdracht"),
        on_delete=models.CASCADE,
        related_name="reflections",
    )
    project = models.ForeignKey(
        BuddyProjectPage, verbose_name=_("project"), on_delete=models.CASCADE, related_name="+"
    )
    # [{"question": ..., "answer": ...}], the question as it read when answered.
    answers = models.JSONField(_("antwoorden"), default=list)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=DRAFT)
    visibility = models.CharField(
        _("zichtbaar voor"), max_length=12, choices=Visibility.choices, default=Visibility.PROJECT
    )
    not_for_research = models.BooleanField(
        _("niet voor onderzoek"),
        default=False,
        help_text=_("Het project wil niet dat deze antwoorden in de onderzoeksexport staan."),
    )
    version = models.PositiveIntegerField(_("versie"), default=0)
    submitted_at = models.DateTimeField(_("ingediend op"), null=True, blank=True)
    updated_at = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)

    objects = ReflectionQuerySet.as_manager()

    class Meta:
        ordering = ["assignment__due_date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "project"], name="kkl_one_reflection_per_project"
            )
        ]
        verbose_name = _("reflectie")
        verbose_name_plural = _("reflecties")

    def __str__(self):
        return f"{self.project} – {self.assignment}"

    @property
    def is_submitted(self):
        return self.status == self.SUBMITTED

    @property
    def is_shared(self):
        return self.is_submitted and self.visibility == Visibility.KENNISKRING

    def save_as_new_version(self, user):
        """Save, and keep this state as the next version in the reflection's history."""
        self.version += 1
        self.save()
        ReflectionVersion.objects.create(
            reflection=self,
            number=self.version,
            answers=self.answers,
            status=self.status,
            visibility=self.visibility,
            saved_by=user,
        )

    def clean(self):
        bound = TextBound(ANSWER_MAX_LENGTH)
        try:
            for item in self.answers:
                bound(item.get("answer", ""))
        except ValidationError as error:
            raise ValidationError({"answers": error}) from None


class ReflectionVersion(models.Model):
    """One saved state of a reflection; every save adds one, so nothing is lost."""

    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("versie"))
    answers = models.JSONField(_("antwoorden"), default=list)
    status = models.CharField(_("status"), max_length=10, choices=Reflection.STATUSES)
    visibility = models.CharField(_("zichtbaar voor"), max_length=12, choices=Visibility.choices)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    saved_at = models.DateTimeField(_("bewaard op"), default=timezone.now)

    class Meta:
        ordering = ["reflection", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["reflection", "number"], name="kkl_one_version_number")
        ]
        verbose_name = _("versie van een reflectie")
        verbose_name_plural = _("versies van reflecties")

    def __str__(self):
        return f"{self.reflection} v{self.number}"


def attachment_path(instance, filename):
    # Private storage, in an unguessable folder: only the access-checked view hands it out.
    return f"reflecties/{secrets.token_urlsafe(24)}/{filename}"


class ReflectionAttachment(models.Model):
    """A file added to a reflection: PDF, Word document or image."""

    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(
        _("bestand"), upload_to=attachment_path, storage=private_storage, max_length=255
    )
    name = models.CharField(_("naam"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(_("grootte"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")

    def __str__(self):
        return self.name


class ImpactNote(models.Model):
    """What changed for the people involved since the last day (a project), or an observation."""

    PROJECT = "project"
    OBSERVATION = "observation"
    KINDS = [
        (PROJECT, _("impactopvolging van het project")),
        (OBSERVATION, _("observatie van een partner")),
    ]

    day = models.ForeignKey(
        NetworkDayPage, verbose_name=_("netwerkdag"), on_delete=models.CASCADE, related_name="+"
    )
    project = models.ForeignKey(
        BuddyProjectPage, verbose_name=_("project"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("soort"), max_length=12, choices=KINDS, default=PROJECT)
    text = models.TextField(
        _("wat veranderde er"),
        validators=[TextBound(NOTE_MAX_LENGTH)],
        help_text=_("In een paar regels: wat veranderde er sinds de vorige netwerkdag?"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["day", "project"],
                condition=models.Q(kind="project"),
                name="kkl_one_impact_note_per_day",
            )
        ]
        verbose_name = _("impactnotitie")
        verbose_name_plural = _("impactnotities")

    def __str__(self):
        return f"{self.project} – {self.day}"

    def save(self, *args, **kwargs):
        on_source_day(self)
        super().save(*args, **kwargs)


class ReminderSent(models.Model):
    """Remembers that a project was reminded of an assignment, so it is reminded only once."""

    assignment = models.ForeignKey(ReflectionAssignment, on_delete=models.CASCADE, related_name="+")
    project = models.ForeignKey(BuddyProjectPage, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["assignment", "project"], name="kkl_one_reminder")
        ]
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")

    def __str__(self):
        return f"{self.project} – {self.assignment}"
