"""The site, its Dutch home page and the locales."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from home.models import HomePage

HOME_INTRO = (
    "<p>Een buddy is een vrijwilliger die naast iemand in armoede gaat staan: iemand om mee "
    "te praten, om samen iets te ondernemen, om het eigen netwerk weer wat groter te maken.</p>"
    "<p>Van 2019 tot 2022 leerden 28 buddyprojecten van elkaar in een lerend netwerk met "
    "drie regionale netwerken, met steun van SAM vzw, Odisee en TAO/De Link. Op Kennisplein vind "
    "je wat ze samen ontdekten: de film <i>Van buddy tot community</i>, korte kennisclips per "
    "thema en de studievoormiddag. De projecten zelf werken verder in de afgesloten "
    "kenniskring.</p>"
)


def build(demo):
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    dutch = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    home = HomePage.objects.filter(depth=2, locale=dutch).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Kennisplein", slug="kennisplein", locale=dutch, intro=HOME_INTRO
            )
        )
        home.save_revision().publish()
        demo.log("Created the home page.")

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if site.root_page_id != home.pk:
        welcome_page_id = site.root_page_id
        site.hostname, site.port, site.root_page = "localhost", 80, home
        site.site_name = "Kennisplein"
        site.save()
        # Wagtail's placeholder "Welcome" page is replaced by ours.
        Page.objects.filter(pk=welcome_page_id, depth=2, content_type__model="page").delete()
    if demo.port and site.port != demo.port:
        # Links in e-mails use the site's address: make it the one `make run` serves on.
        site.port = demo.port
        site.save(update_fields=["port"])
    demo.objects["home"] = home
