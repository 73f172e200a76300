from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.sitemaps import TranslatedSitemap
from kenniskring.urls import document_urlpatterns as kenniskring_document_urls
from search import views as search_views


class LanguageHomeRedirect(RedirectView):
    """`/` leads to the Dutch home page, or to the language the visitor chose before."""

    permanent = False

    def get_redirect_url(self, *args, **kwargs):
        chosen = self.request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        return f"/{language}/"


urlpatterns = [
    path("", LanguageHomeRedirect.as_view(), name="language_home"),
    path("admin/", include(wagtailadmin_urls)),
    *kenniskring_document_urls,
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("zoeken/", search_views.search, name="search"),
    path("", include("kenniskring.urls")),
    path("", include("kenniskring.learning.urls")),
    path("", include("kenniskring.forum.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
