"""The public pages: home, content pages, the film and its knowledge clips."""

from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from kenniskring.models import LanguageFallbackMixin
from kenniskring.paging import paginate

from .mixins import ContactMixin, ListingMixin
from .snippets import Partner

# The film has six clips; a page of clips keeps a larger collection light.
CLIPS_PER_PAGE = 24
SHORT_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
LISTING_SIZE = 3


def with_listing_images(pages):
    """Listing images and their renditions in two queries, whatever the number of pages."""
    return pages.select_related("listing_image").prefetch_related("listing_image__renditions")


class HomePage(LanguageFallbackMixin, ListingMixin, Page):
    """The front page: what buddy work and the learning network are, with the film, the next
    event, the latest knowledge clips and the partners."""

    intro = RichTextField(
        _("inleiding"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "Korte tekst bovenaan de startpagina: wat is buddywerk, wat is het lerend netwerk."
        ),
    )
    featured_film = models.ForeignKey(
        "home.FilmPage",
        verbose_name=_("uitgelichte film"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De film die op de startpagina in de kijker staat. Leeg: de eerste film."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("inhoud"),
        blank=True,
        help_text=_("Meer uitleg onder de inleiding, in blokken."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("featured_film"),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + ListingMixin.listing_panels
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "home.FilmPage",
        "home.EventPage",
        "home.NewsIndexPage",
        "kenniskring.ProjectIndexPage",
        "kenniskring.KenniskringPage",
    ]

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")

    def get_featured_film(self):
        if self.featured_film_id:
            film = FilmPage.objects.live().public().filter(pk=self.featured_film_id).first()
            if film:
                return film
        return FilmPage.objects.live().public().descendant_of(self).first()

    def get_next_event(self):
        """The first event still to come; None when every event has taken place."""
        from .events import EventPage

        events = EventPage.objects.live().public().descendant_of(self)
        return events.filter(date__gte=timezone.localdate()).order_by("date", "pk").first()

    def get_latest_clips(self):
        clips = KnowledgeClipPage.objects.live().public().descendant_of(self)
        return with_listing_images(clips).order_by("-first_published_at", "-pk")[:LISTING_SIZE]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_film"] = self.get_featured_film()
        context["next_event"] = self.get_next_event()
        context["latest_clips"] = self.get_latest_clips()
        context["partners"] = (
            Partner.in_active_language().select_related("logo").prefetch_related("logo__renditions")
        )
        return context


class ContentPage(ListingMixin, ContactMixin, Page):
    """A page of text and media built from blocks, such as 'Over het project'."""

    intro = models.TextField(
        _("inleiding"),
        blank=True,
        help_text=_("Eén alinea bovenaan die zegt waarover de pagina gaat."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("inhoud"),
        blank=True,
        help_text=_("De inhoud van de pagina, in blokken: tekst, beeld, video, tijdlijn …"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        *ContactMixin.contact_panels,
    ]
    promote_panels = Page.promote_panels + ListingMixin.listing_panels
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("inhoudspagina")
        verbose_name_plural = _("inhoudspagina's")


class FilmPage(ListingMixin, ContactMixin, Page):
    """The film 'Van buddy tot community': what it is for, the video, its transcript and the
    knowledge clips made from it (the pages below it)."""

    director = models.CharField(
        _("regie"),
        max_length=120,
        blank=True,
        help_text=_("Wie de film maakte, bijvoorbeeld 'Margot Mot'."),
    )
    year = models.PositiveSmallIntegerField(
        _("jaar"), null=True, blank=True, help_text=_("Het jaar waarin de film uitkwam.")
    )
    purpose = RichTextField(
        _("waarvoor dient de film"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("Voor wie de film bedoeld is en hoe je hem kunt gebruiken."),
    )
    video_url = models.URLField(
        _("adres van de video"),
        blank=True,
        help_text=_(
            "Het adres van de film op YouTube of Vimeo. Lukt insluiten niet, dan tonen we een link."
        ),
    )
    transcript = RichTextField(
        _("uitgeschreven tekst"),
        blank=True,
        features=SHORT_TEXT_FEATURES,
        help_text=_("Wat er in de film gezegd wordt, voor wie niet kan kijken of luisteren."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("meer inhoud"),
        blank=True,
        help_text=_("Extra uitleg, in blokken."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("director"), FieldPanel("year"), FieldPanel("video_url")],
            heading=_("De film"),
        ),
        FieldPanel("purpose"),
        FieldPanel("body"),
        FieldPanel("transcript"),
        *ContactMixin.contact_panels,
    ]
    promote_panels = Page.promote_panels + ListingMixin.listing_panels
    search_fields = Page.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("transcript"),
        index.SearchField("director"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.KnowledgeClipPage"]

    class Meta:
        verbose_name = _("film")
        verbose_name_plural = _("films")

    def get_clips(self):
        clips = KnowledgeClipPage.objects.child_of(self).live().public()
        return with_listing_images(clips).prefetch_related("themes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["clips"] = paginate(request, self.get_clips(), CLIPS_PER_PAGE)
        return context


class ClipTheme(TaggedItemBase):
    """The link between a knowledge clip and one of its theme tags."""

    content_object = ParentalKey(
        "home.KnowledgeClipPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class KnowledgeClipPage(ListingMixin, Page):
    """A short clip from the film about one theme, with questions to discuss it in a group."""

    video_url = models.URLField(
        _("adres van de video"),
        blank=True,
        help_text=_(
            "Het adres van de clip op YouTube of Vimeo. Lukt insluiten niet, dan tonen we een link."
        ),
    )
    themes = ClusterTaggableManager(
        through=ClipTheme,
        verbose_name=_("thema's"),
        blank=True,
        help_text=_(
            "Bijvoorbeeld rekrutering, omgaan met grenzen, diversiteit, projectbeheer, impact, "
            "duurzame verankering. Clips met hetzelfde thema verwijzen naar elkaar."
        ),
    )
    text = RichTextField(
        _("tekst"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("Korte tekst: wat toont de clip en waarom doet dit thema ertoe."),
    )
    discussion_questions = RichTextField(
        _("vragen om over te praten"),
        blank=True,
        features=["ol", "ul", "bold", "italic"],
        help_text=_("Vragen voor een team of een klas, na het bekijken. Zet ze in een lijst."),
    )
    transcript = RichTextField(
        _("uitgeschreven tekst"),
        blank=True,
        features=SHORT_TEXT_FEATURES,
        help_text=_("Wat er in de clip gezegd wordt, voor wie niet kan kijken of luisteren."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("video_url"),
        FieldPanel("themes"),
        FieldPanel("text"),
        FieldPanel("discussion_questions"),
        FieldPanel("transcript"),
    ]
    promote_panels = Page.promote_panels + ListingMixin.listing_panels
    search_fields = Page.search_fields + [
        index.SearchField("text"),
        index.SearchField("discussion_questions"),
        index.SearchField("transcript"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["home.FilmPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("kennisclip")
        verbose_name_plural = _("kennisclips")

    def _siblings(self):
        return KnowledgeClipPage.objects.sibling_of(self, inclusive=False).live().public()

    def get_previous_clip(self):
        return self._siblings().filter(path__lt=self.path).order_by("-path").first()

    def get_next_clip(self):
        return self._siblings().filter(path__gt=self.path).order_by("path").first()

    def get_related_clips(self):
        """Other clips that share a theme, those sharing the most themes first."""
        theme_ids = list(self.themes.values_list("pk", flat=True))
        if not theme_ids:
            return KnowledgeClipPage.objects.none()
        clips = (
            KnowledgeClipPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .filter(tagged_items__tag_id__in=theme_ids)
            .annotate(shared_themes=Count("tagged_items", distinct=True))
            .order_by("-shared_themes", "path")
        )
        return with_listing_images(clips)[:LISTING_SIZE]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["film"] = self.get_parent()
        context["previous_clip"] = self.get_previous_clip()
        context["next_clip"] = self.get_next_clip()
        context["related_clips"] = self.get_related_clips()
        return context
