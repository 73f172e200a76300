from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from .. import conf
from ..input import WithoutDirectionOverrides
from ..paging import paginate
from .fallback import LanguageFallbackMixin
from .regions import Region

# The ~28 projects of the network fit on one page; a larger index gets pages.
PROJECTS_PER_PAGE = 36


class PluginTemplateMixin(WithoutDirectionOverrides):
    """Templates of the plug-in extend the base template the host chose. (Every page type of
    the plug-in has it, so it also keeps direction overrides out of titles.)"""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["kenniskring_base_template"] = conf.get("BASE_TEMPLATE")
        return context


class ProjectIndexPage(LanguageFallbackMixin, PluginTemplateMixin, Page):
    """The public overview of the participating buddy projects, filterable by region."""

    intro = RichTextField(
        _("inleiding"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Korte tekst boven de lijst van projecten."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    # A plug-in: any page may be the parent.
    parent_page_types = None
    subpage_types = ["kenniskring.BuddyProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("projectenoverzicht")
        verbose_name_plural = _("projectenoverzichten")

    def get_projects(self, region=None):
        projects = (
            BuddyProjectPage.objects.child_of(self)
            .live()
            .public()
            .select_related("region", "logo")
            .prefetch_related("logo__renditions")
            .order_by("title")
        )
        if region is not None:
            projects = projects.filter(region=region)
        return projects

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        regions = list(Region.objects.all())
        chosen = request.GET.get("regio", "")
        region = next((r for r in regions if r.slug == chosen), None)
        page_obj = paginate(request, self.get_projects(region), PROJECTS_PER_PAGE)
        context.update(regions=regions, region=region, projects=page_obj, page_obj=page_obj)
        return context


class BuddyProjectPage(PluginTemplateMixin, Page):
    """A participating buddy project's public profile: who they are and how to reach them."""

    organisation = models.CharField(
        _("organisatie"),
        max_length=200,
        help_text=_("De organisatie die het buddyproject draagt."),
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("regio"),
        on_delete=models.PROTECT,
        related_name="projects",
        help_text=_("Het regionale netwerk waarin het project leert."),
    )
    summary = models.TextField(
        _("wat doen ze"),
        max_length=600,
        help_text=_("Een paar zinnen over wat het project doet en voor wie."),
    )
    body = RichTextField(
        _("meer uitleg"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("Langere voorstelling van het project (mag leeg blijven)."),
    )
    contact_name = models.CharField(
        _("contactpersoon"), max_length=200, blank=True, help_text=_("Naam van de contactpersoon.")
    )
    contact_email = models.EmailField(
        _("e-mailadres"), blank=True, help_text=_("E-mailadres voor vragen over het project.")
    )
    contact_phone = models.CharField(
        _("telefoon"), max_length=40, blank=True, help_text=_("Telefoonnummer, bv. 02 123 45 67.")
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("Volledig webadres, met https://.")
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Logo van het project of de organisatie (wordt verkleind tot 160 pixels)."),
    )
    is_demo = models.BooleanField(
        _("demoproject"),
        default=False,
        help_text=_(
            "Aangevinkt: dit is een voorbeeldproject uit de demo-inhoud, geen echt project."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("organisation"), FieldPanel("region"), FieldPanel("is_demo")],
            heading=_("Project"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("website"),
                FieldPanel("logo"),
            ],
            heading=_("Contact"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("organisation"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("region"),
    ]

    parent_page_types = ["kenniskring.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("buddyproject")
        verbose_name_plural = _("buddyprojecten")
