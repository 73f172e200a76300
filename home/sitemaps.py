"""The sitemap: the public pages of every language, never anything of the kenniskring."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from kenniskring.access import exclude_kenniskring


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap lists one language's tree; this one lists the trees of all languages."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages = pages | Page.objects.descendant_of(root, inclusive=True)
        return (
            exclude_kenniskring(pages.live().public())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
