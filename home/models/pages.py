"""The public pages: home, content pages, the film and its knowledge clips."""

from django import forms
from django.db import models
from django.db.models import Count, F, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock, VideoBlock
from home.request_memo import public
from kenniskring.models import LanguageFallbackMixin
from kenniskring.models.themes import attach_source_themes, source_language, source_themes_only
from kenniskring.paging import paginate

from .mixins import ContactMixin, ListingMixin
from .snippets import Partner

# The film has six clips; a page of clips keeps a larger collection light.
CLIPS_PER_PAGE = 24
SHORT_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
LISTING_SIZE = 3


def video_field(help_text):
    """One video block (the film's, a clip's): a file or a facade, with its transcript."""
    return StreamField(
        [("video", VideoBlock())],
        verbose_name=_("video"),
        blank=True,
        max_num=1,
        help_text=help_text,
    )


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
            film = public(FilmPage.objects.live()).filter(pk=self.featured_film_id).first()
            if film:
                return film
        return public(FilmPage.objects.live()).descendant_of(self).first()

    def get_next_event(self):
        """The first event still to come; None when every event has taken place."""
        from .events import EventPage

        events = public(EventPage.objects.live()).descendant_of(self)
        return events.filter(date__gte=timezone.localdate()).order_by("date", "pk").first()

    def get_latest_clips(self):
        clips = public(KnowledgeClipPage.objects.live()).descendant_of(self)
        clips = clips.order_by(F("published").desc(nulls_last=True), "-first_published_at", "-pk")
        return with_listing_images(clips)[:LISTING_SIZE]

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
    search_fields = (
        Page.search_fields
        + [index.SearchField("intro"), index.SearchField("body")]
        + ContactMixin.contact_search_fields
    )

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
    video = video_field(
        _(
            "De film zelf, met de uitgeschreven tekst. Leeg: de pagina zegt dat de video "
            "nog niet online is."
        )
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("meer inhoud"),
        blank=True,
        help_text=_("Extra uitleg, in blokken."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("director"), FieldPanel("year")],
            heading=_("De film"),
        ),
        FieldPanel("video"),
        FieldPanel("purpose"),
        FieldPanel("body"),
        *ContactMixin.contact_panels,
    ]
    promote_panels = Page.promote_panels + ListingMixin.listing_panels
    search_fields = Page.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("video"),
        index.SearchField("director"),
        *ContactMixin.contact_search_fields,
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.KnowledgeClipPage"]

    class Meta:
        verbose_name = _("film")
        verbose_name_plural = _("films")

    def get_clips(self):
        clips = public(KnowledgeClipPage.objects.child_of(self).live())
        return with_listing_images(clips)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["clips"] = paginate(request, self.get_clips(), CLIPS_PER_PAGE)
        attach_source_themes(context["clips"], "knowledge_clips")
        return context


class KnowledgeClipPage(ListingMixin, Page):
    """A short clip from the film about one theme, with questions to discuss it in a group."""

    published = models.DateField(
        _("verschenen op"),
        null=True,
        blank=True,
        help_text=_(
            "De dag waarop de clip voor het eerst getoond werd. Overzichten, zoekresultaten en "
            "feeds tonen deze datum. Leeg als ze niet bekend is."
        ),
    )
    video = video_field(
        _(
            "De clip zelf, met de uitgeschreven tekst. Leeg: de pagina zegt dat de video "
            "nog niet online is."
        )
    )
    themes = ParentalManyToManyField(
        "kenniskring.Theme",
        verbose_name=_("thema's"),
        blank=True,
        related_name="knowledge_clips",
        limit_choices_to=source_themes_only,
        help_text=_(
            "Kies de thema's op de Nederlandse pagina; vertalingen tonen dezelfde thema's. "
            "Clips met hetzelfde thema verwijzen naar elkaar."
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
    content_panels = Page.content_panels + [
        FieldPanel("published"),
        FieldPanel("video"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("text"),
        FieldPanel("discussion_questions"),
    ]
    promote_panels = Page.promote_panels + ListingMixin.listing_panels
    search_fields = Page.search_fields + [
        index.SearchField("text"),
        index.SearchField("discussion_questions"),
        index.SearchField("video"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]

    parent_page_types = ["home.FilmPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("kennisclip")
        verbose_name_plural = _("kennisclips")

    def _siblings(self):
        return public(KnowledgeClipPage.objects.sibling_of(self, inclusive=False).live())

    def get_previous_clip(self):
        return self._siblings().filter(path__lt=self.path).order_by("-path").first()

    def get_next_clip(self):
        return self._siblings().filter(path__gt=self.path).order_by("path").first()

    def get_themes(self):
        """The themes of the Dutch clip (translations show the same ones), in the visitor's
        language."""
        return attach_source_themes([self], "knowledge_clips")[0].theme_list

    def get_related_clips(self, themes=None):
        """Other clips that share a theme, those sharing the most themes first (themes are
        read on the Dutch clips; the clips shown are in this clip's language)."""
        theme_ids = [theme.pk for theme in (self.get_themes() if themes is None else themes)]
        if not theme_ids:
            return KnowledgeClipPage.objects.none()
        shared = (
            KnowledgeClipPage.objects.filter(
                locale__language_code=source_language(),
                translation_key=OuterRef("translation_key"),
                themes__in=theme_ids,
            )
            .values("translation_key")
            .annotate(n=Count("themes", distinct=True))
            .values("n")[:1]
        )
        clips = (
            public(KnowledgeClipPage.objects.live())
            .filter(locale_id=self.locale_id)
            .exclude(translation_key=self.translation_key)
            .annotate(shared_themes=Subquery(shared))
            .filter(shared_themes__gt=0)
            .order_by("-shared_themes", "path")
        )
        return with_listing_images(clips)[:LISTING_SIZE]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["film"] = self.get_parent()
        context["previous_clip"] = self.get_previous_clip()
        context["next_clip"] = self.get_next_clip()
        context["themes"] = self.get_themes()
        context["related_clips"] = self.get_related_clips(context["themes"])
        return context
