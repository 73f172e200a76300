import datetime

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from .. import conf, sections
from .fallback import LanguageFallbackMixin
from .members import HomeVisit
from .projects import BuddyProjectPage, PluginTemplateMixin
from .regions import Region

SIMPLE_TEXT = ["h3", "bold", "italic", "link", "ol", "ul"]


class KenniskringContentMixin(PluginTemplateMixin):
    """Pages that exist only inside the kenniskring: never cached, never in a sitemap.

    Access itself is checked for every page under a `KenniskringPage` by the
    `on_serve_page` hook in `wagtail_hooks.py`, whatever its type.
    """

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    def get_sitemap_urls(self, request=None):
        return []


class KenniskringPage(LanguageFallbackMixin, KenniskringContentMixin, Page):
    """The closed learning network of the projects and the partners; its start page."""

    intro = RichTextField(
        _("inleiding"),
        blank=True,
        features=SIMPLE_TEXT,
        help_text=_("Welkomsttekst voor leden en partners bovenaan de kenniskring."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    # A plug-in: any page may be the parent; one kenniskring per language (see can_create_at).
    parent_page_types = None
    subpage_types = ["kenniskring.RegionPage", "kenniskring.NetworkDayPage"]

    class Meta:
        verbose_name = _("kenniskring")
        verbose_name_plural = _("kenniskringen")

    @classmethod
    def can_create_at(cls, parent):
        return (
            super().can_create_at(parent)
            and not cls.objects.filter(locale_id=parent.locale_id).exists()
        )

    def get_context(self, request, *args, **kwargs):
        from ..access import is_partner, member_project

        context = super().get_context(request, *args, **kwargs)
        regions = list(RegionPage.objects.child_of(self).live().select_related("region"))
        context["regions"] = regions
        context["national_days"] = NetworkDayPage.objects.child_of(self).live().order_by("date")
        context["sections"] = sections.sections(request)
        project = member_project(request.user)
        partner = is_partner(request.user)
        since = first_visit = None
        if request.user.is_authenticated:
            since = HomeVisit.since(request.user)
            first_visit = since is None
            if first_visit:
                days = conf.get("HOME_FIRST_VISIT_DAYS")
                since = timezone.now() - datetime.timedelta(days=days)
        next_day = self.next_day_for(project, regions) if project is not None else None
        home = sections.Home(
            page=self,
            project=project,
            next_day=next_day,
            since=since,
            first_visit=first_visit,
            is_partner=partner,
        )
        context.update(home=home, home_panels=sections.home_panels(request, home))
        if next_day is not None:
            from .attendance import Attendance

            context["my_attendance"] = Attendance.objects.filter(
                day=next_day.source_day, project=project
            ).first()
        if partner:
            context["region_days"] = self.next_days_per_region(regions)
        return context

    def upcoming_days(self):
        """Network days below this kenniskring from today on, soonest first."""
        return (
            NetworkDayPage.objects.live()
            .descendant_of(self)
            .filter(date__gte=timezone.localdate())
            .select_related("host_project")
            .order_by("date", "start_time", "pk")
        )

    def next_day_for(self, project, regions):
        """The next day of the project's region, or the next national moment if sooner."""
        where = models.Q(depth=self.depth + 1)
        for region_page in regions:
            if region_page.region_id == project.region_id:
                where |= models.Q(path__startswith=region_page.path)
        return self.upcoming_days().filter(where).first()

    def next_days_per_region(self, regions):
        """(region page or None for the national moments, its next day with `duos` signed
        up): one query, however many regions there are."""
        from .attendance import Attendance

        # Sign-ups belong to the source day: count them over the day's translations.
        duos = (
            Attendance.objects.filter(day__translation_key=models.OuterRef("translation_key"))
            .order_by()
            .values("day__translation_key")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        days = self.upcoming_days().annotate(
            duos=Coalesce(models.Subquery(duos, output_field=models.IntegerField()), 0)
        )
        first = {}
        for day in days:
            first.setdefault(day.path[: -Page.steplen], day)
        rows = [(region_page, first.get(region_page.path)) for region_page in regions]
        return rows + [(None, first.get(self.path))]


class RegionPage(LanguageFallbackMixin, KenniskringContentMixin, Page):
    """A regional network: its projects and its upcoming and past network days."""

    region = models.ForeignKey(
        Region,
        verbose_name=_("regio"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("De regio waarvan deze pagina de projecten en netwerkdagen toont."),
    )
    intro = RichTextField(
        _("inleiding"),
        blank=True,
        features=SIMPLE_TEXT,
        help_text=_("Korte tekst over dit regionale netwerk."),
    )

    content_panels = Page.content_panels + [FieldPanel("region"), FieldPanel("intro")]

    parent_page_types = ["kenniskring.KenniskringPage"]
    subpage_types = ["kenniskring.NetworkDayPage"]

    class Meta:
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")

    def get_projects(self):
        """The region's projects in this page's language, and in the site's language those
        not translated yet."""
        projects = BuddyProjectPage.objects.live().filter(region_id=self.region_id)
        here = projects.filter(locale_id=self.locale_id)
        code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        untranslated = projects.filter(locale__language_code=code).exclude(
            translation_key__in=here.values("translation_key")
        )
        return (here | untranslated).select_related("region").order_by("title")

    def get_days(self):
        return (
            NetworkDayPage.objects.child_of(self)
            .live()
            .select_related("host_project")
            .order_by("date", "start_time")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        days = list(self.get_days())
        context.update(
            projects=self.get_projects(),
            upcoming_days=[d for d in days if d.date >= today],
            past_days=[d for d in days if d.date < today][::-1],
        )
        return context


class NetworkDayPage(KenniskringContentMixin, RoutablePageMixin, Page):
    """A meeting of a regional network at a host project, or one of the national moments."""

    REGIONAL = ""
    START = "start"
    HALFWAY = "halfway"
    END = "end"
    MOMENTS = [
        (REGIONAL, _("regionale netwerkdag")),
        (START, _("startdag")),
        (HALFWAY, _("halfwegdag")),
        (END, _("einddag")),
    ]

    moment = models.CharField(
        _("soort dag"),
        max_length=10,
        choices=MOMENTS,
        blank=True,
        default=REGIONAL,
        help_text=_("Een regionale netwerkdag, of een van de drie nationale momenten."),
    )
    date = models.DateField(_("datum"), help_text=_("De dag van de bijeenkomst."))
    date_is_example = models.BooleanField(
        _("voorbeelddatum"),
        default=False,
        help_text=_(
            "Aangevinkt: de dag is een verzonnen voorbeeld (bijvoorbeeld in de demo-inhoud, "
            "waar de bronnen alleen een jaar of niets geven). Overal waar de datum staat, "
            "staat 'voorbeelddatum' bij."
        ),
    )
    EXAMPLE_TIMES, EXAMPLE_DAY = "times", "day"
    example_details = models.CharField(
        _("voorbeeld"),
        max_length=10,
        blank=True,
        choices=[
            (EXAMPLE_TIMES, _("de uren zijn een voorbeeld")),
            (EXAMPLE_DAY, _("uren, gastproject, plaats en programma zijn een voorbeeld")),
        ],
        help_text=_(
            "Kies dit wanneer de demo-inhoud (of een redacteur) iets verzint dat niemand zo "
            "heeft afgesproken. De pagina zegt het dan aan wie ze leest."
        ),
    )
    start_time = models.TimeField(
        _("begin"), default=datetime.time(9, 30), help_text=_("Beginuur, bv. 09:30.")
    )
    end_time = models.TimeField(
        _("einde"),
        default=datetime.time(16, 0),
        help_text=_("Einduur: rond de middag voor een halve dag, namiddag voor een hele dag."),
    )
    host_project = models.ForeignKey(
        BuddyProjectPage,
        verbose_name=_("gastproject"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Het project dat deze dag ontvangt (de gastheer wisselt telkens)."),
    )
    venue = models.CharField(
        _("locatie"),
        max_length=200,
        blank=True,
        help_text=_("Naam van de plek, bv. 'Buurthuis De Kring'."),
    )
    address = models.TextField(
        _("adres"), blank=True, help_text=_("Straat, nummer, postcode en gemeente.")
    )
    part_host = RichTextField(
        _("toelichting van het gastproject"),
        blank=True,
        features=SIMPLE_TEXT,
        help_text=_("Het gastproject vertelt ter plaatse over zijn werking."),
    )
    part_inspiration = RichTextField(
        _("inspiratie van buitenaf"),
        blank=True,
        features=SIMPLE_TEXT,
        help_text=_("Sprekers of organisaties van buiten het netwerk."),
    )
    part_intervision = RichTextField(
        _("intervisie"),
        blank=True,
        features=SIMPLE_TEXT,
        help_text=_("Intervisie tussen de praktijken: leren op het niveau van het handelen."),
    )
    part_impact = RichTextField(
        _("impactopvolging"),
        blank=True,
        features=SIMPLE_TEXT,
        help_text=_("Opvolging van de impact: leren op het niveau van het project."),
    )
    learning_questions = RichTextField(
        _("leervragen op de agenda"),
        blank=True,
        features=SIMPLE_TEXT,
        help_text=_("De leervragen van de projecten die deze dag aan bod komen."),
    )
    assignment = RichTextField(
        _("leeropdracht voor de volgende keer"),
        blank=True,
        features=SIMPLE_TEXT,
        help_text=_("De opdracht die de projecten meekrijgen tegen de volgende netwerkdag."),
    )
    tandems_welcome = models.BooleanField(
        _("tandems welkom"),
        default=False,
        help_text=_(
            "Aanvinken als de stuurgroep beslist dat tandems (buddy en deelnemer) mogen komen."
        ),
    )
    tandem_note = models.CharField(
        _("toelichting bij tandems"),
        max_length=300,
        blank=True,
        help_text=_("Wat tandems moeten weten, of waarom ze deze keer niet komen."),
    )
    theme_voting_open = models.BooleanField(
        _("themakeuze open"),
        default=False,
        help_text=_(
            "Alleen voor de halfwegdag: projecten kiezen tot drie thema's voor extra steun."
        ),
    )
    report = RichTextField(
        _("verslag"),
        blank=True,
        features=SIMPLE_TEXT,
        help_text=_("Het verslag, na afloop van de dag."),
    )
    public_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("openbare pagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Het openbare deel van deze dag op de site, bijvoorbeeld de studievoormiddag van de "
            "einddag."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("moment"),
                FieldPanel("date"),
                FieldPanel("date_is_example"),
                FieldPanel("example_details"),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("host_project"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("public_page"),
            ],
            heading=_("Wanneer en waar"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("part_host"),
                FieldPanel("part_inspiration"),
                FieldPanel("part_intervision"),
                FieldPanel("part_impact"),
            ],
            heading=_("De vier delen"),
        ),
        FieldPanel("learning_questions"),
        FieldPanel("assignment"),
        MultiFieldPanel(
            [FieldPanel("tandems_welcome"), FieldPanel("tandem_note")], heading=_("Tandems")
        ),
        FieldPanel("theme_voting_open"),
        InlinePanel("materials", label=_("materiaal")),
        FieldPanel("report"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("part_inspiration"),
        index.SearchField("report"),
        # The titles of the day's documents (the page, like its documents, is members only).
        index.RelatedFields(
            "materials", [index.RelatedFields("document", [index.SearchField("title")])]
        ),
        index.FilterField("date"),
        index.FilterField("moment"),
    ]

    parent_page_types = ["kenniskring.RegionPage", "kenniskring.KenniskringPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("netwerkdag")
        verbose_name_plural = _("netwerkdagen")

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if self.example_details == self.EXAMPLE_DAY:
            return gettext("%(title)s (voorbeeld)") % {"title": title}
        if self.date_is_example:
            return gettext("%(title)s (voorbeelddatum)") % {"title": title}
        return title

    @cached_property
    def source_day(self):
        """The day in the site's language (else its oldest translation): attendance, theme
        votes, host offers and impact notes belong to it, in whichever language made."""
        code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        # One query, also for a Dutch day (whose source is itself).
        found = list(
            NetworkDayPage.objects.filter(translation_key=self.translation_key)
            .select_related("locale")
            .order_by("pk")
        )
        default = [day for day in found if day.locale.language_code == code]
        source = (default or found or [self])[0]
        return self if source.pk == self.pk else source

    @property
    def is_national(self):
        return self.moment != self.REGIONAL

    def starts_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.date, self.start_time))

    def ends_at(self):
        return timezone.make_aware(datetime.datetime.combine(self.date, self.end_time))

    @property
    def sign_up_open(self):
        """A duo can be signed up, changed or cancelled until the day starts."""
        return timezone.now() < self.starts_at()

    def get_context(self, request, *args, **kwargs):
        from ..access import is_partner, member_project
        from .attendance import Attendance

        context = super().get_context(request, *args, **kwargs)
        context["materials"] = self.materials.select_related("document")
        context["day_panels"] = sections.day_panels(request, self)
        project = context["my_project"] = member_project(request.user)
        context["is_partner"] = is_partner(request.user)
        # Links go to the visitor's language where the page is translated (else the Dutch one).
        host = self.host_project
        context["host_project"] = host.localized.specific if host is not None else None
        # Who comes: sign-ups belong to the source day, shown on every translation.
        attendances = list(Attendance.objects.of_day(self))
        context["attendances"] = attendances
        context["my_attendance"] = next(
            (a for a in attendances if project is not None and a.project_id == project.pk), None
        )
        public = self.public_page
        context["public_page"] = public.specific if public is not None and public.live else None
        return context

    # Routes: the views live in kenniskring/views/; the access hook covers them too.
    @path("agenda/")
    def ics(self, request):
        from ..views.calendar import day_calendar

        return day_calendar(request, self)

    @path("aanmelden/")
    def register(self, request):
        from ..views.days import register_attendance

        return register_attendance(request, self)

    @path("aanwezigheden/")
    def attendance(self, request):
        from ..views.days import attendance_list

        return attendance_list(request, self)

    @path("aanwezigheden/<str:file_format>/")
    def attendance_export(self, request, file_format):
        from ..views.days import attendance_export

        return attendance_export(request, self, file_format)

    @path("themas/")
    def themes(self, request):
        from ..views.days import theme_votes

        return theme_votes(request, self)


class NetworkDayMaterial(Orderable):
    """A document handed out at a network day (slides, hand-outs, the report as a file)."""

    page = ParentalKey(NetworkDayPage, on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Kies een document uit de collectie 'Kenniskring', zodat het afgeschermd blijft."
        ),
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("materiaal")
        verbose_name_plural = _("materiaal")


def on_source_day(record):
    """Store a record made on a translated day against the source day (see `source_day`)."""
    if record.day_id is not None and record.day.locale_id != Locale.get_default().pk:
        record.day = record.day.source_day
