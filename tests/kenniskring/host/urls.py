from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from kenniskring.urls import document_urlpatterns

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    *document_urlpatterns,
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
]
urlpatterns += i18n_patterns(
    path("", include("kenniskring.urls")),
    path("", include("kenniskring.learning.urls")),
    path("", include("kenniskring.forum.urls")),
    path("", include(wagtail_urls)),
)
