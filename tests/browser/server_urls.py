"""The site's own urls, plus uploaded media, which production leaves to the web server."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from kennisplein_site.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
