from django.http import Http404
from wagtail.models import Locale


class LanguageFallbackMixin:
    """An address in a language a page below this one has no translation in yet shows that
    page in the site's language instead of a 404, the interface staying in the visitor's
    language (Wagtail does the same for a site's root page, see `Page.localized`).

    The page served is the source page itself, so its restrictions and the kenniskring's
    access hook apply as at its own address. `request.language_fallback` tells the
    templates to say so.
    """

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
            source = self.get_translation_or_none(Locale.get_default())
            if source is None or source.pk == self.pk:
                raise
            found = source.specific.route(request, path_components)
            request.language_fallback = True
            return found
