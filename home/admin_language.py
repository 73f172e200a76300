"""The Wagtail admin speaks Dutch to editors, whatever their browser asks for."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


class AdminInSiteLanguageMiddleware:
    """Under the admin's address, the site's language (Dutch) replaces the browser's
    Accept-Language. An editor who chose a language in their account settings still gets
    it: Wagtail switches to a profile's chosen language inside each admin view."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = None

    def __call__(self, request):
        if self.prefix is None:
            self.prefix = reverse("wagtailadmin_home")
        if request.path.startswith(self.prefix):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
