"""News and activities: a listing page with its feed, and one page per news item."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyBlock
from home.request_memo import public
from kenniskring.paging import paginate

from .mixins import ContactMixin, ListingMixin
from .pages import with_listing_images

NEWS_PER_PAGE = 10
FEED_SIZE = 20


class NewsIndexPage(RoutablePageMixin, ListingMixin, Page):
    """The news and activities of the network, newest first, with an RSS feed."""

    intro = models.TextField(
        _("inleiding"),
        blank=True,
        help_text=_("Eén alinea bovenaan: wat je hier vindt."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = Page.promote_panels + ListingMixin.listing_panels
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("nieuwsoverzicht")
        verbose_name_plural = _("nieuwsoverzichten")

    def get_news(self):
        """The published news items anyone may read, newest first."""
        items = public(NewsPage.objects.child_of(self).live())
        return with_listing_images(items).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news"] = paginate(request, self.get_news(), NEWS_PER_PAGE)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from home.feeds import NewsFeed

        return NewsFeed()(request, index=self)

    def get_feed_url(self):
        return self.url + self.reverse_subpage("feed")


class NewsPage(ListingMixin, ContactMixin, Page):
    """A news item or activity: what happened, when, where and who took part."""

    date = models.DateField(_("datum"), help_text=_("De dag waarop het gebeurde."))
    place = models.CharField(
        _("plaats"),
        max_length=200,
        blank=True,
        help_text=_("Waar het gebeurde, bijvoorbeeld 'Campus Schaarbeek'. Leeg als niet bekend."),
    )
    people = models.CharField(
        _("wie"),
        max_length=300,
        blank=True,
        help_text=_(
            "Wie het deed of erbij was, bijvoorbeeld 'Kristien Nys en Joris Van Puyenbroeck'."
        ),
    )
    intro = models.TextField(
        _("inleiding"),
        help_text=_(
            "Eén of twee zinnen: wat er gebeurde. Verschijnt ook in het overzicht en de feed."
        ),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("inhoud"),
        blank=True,
        help_text=_("Het verhaal, in blokken."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("place"), FieldPanel("people")],
            heading=_("Wanneer, waar en wie"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        *ContactMixin.contact_panels,
    ]
    promote_panels = Page.promote_panels + ListingMixin.listing_panels
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("place"),
        index.SearchField("people"),
        index.FilterField("date"),
        *ContactMixin.contact_search_fields,
    ]

    # wagtail-localize: the day and the names are the same in every language.
    override_translatable_fields = [SynchronizedField("people", overridable=False)]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")
