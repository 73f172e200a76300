"""The migration that leaves the footer text in one place, on data made by the old code."""

import pytest

from tests.migrations import fully_migrated_afterwards, migrate  # noqa: F401 (a fixture)

BEFORE = [("home", "0010_workshop_translation_key_required")]
AFTER = [("home", "0011_footer_text_in_one_place")]
TEXT = "<p>Kennisplein, het lerend netwerk</p>"


pytestmark = pytest.mark.usefixtures("fully_migrated_afterwards")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_settings_footer_text_moves_to_the_dutch_footer_snippet():
    apps = migrate(BEFORE)
    Locale = apps.get_model("wagtailcore", "Locale")
    Site = apps.get_model("wagtailcore", "Site")
    SiteSettings = apps.get_model("home", "SiteSettings")
    nl = Locale.objects.get_or_create(language_code="nl")[0]
    Locale.objects.get_or_create(language_code="fr")
    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.create(site=site, footer_text=TEXT, copyright="Odisee")
    apps = migrate(AFTER)
    FooterText = apps.get_model("home", "FooterText")
    assert list(FooterText.objects.values_list("locale_id", "text")) == [(nl.pk, TEXT)]
    assert apps.get_model("home", "SiteSettings").objects.get().copyright == "Odisee"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_existing_dutch_footer_snippet_is_kept():
    apps = migrate(BEFORE)
    Locale = apps.get_model("wagtailcore", "Locale")
    Site = apps.get_model("wagtailcore", "Site")
    nl = Locale.objects.get_or_create(language_code="nl")[0]
    apps.get_model("home", "FooterText").objects.create(locale=nl, text="<p>De snippet</p>")
    apps.get_model("home", "SiteSettings").objects.create(
        site=Site.objects.get(is_default_site=True), footer_text=TEXT
    )
    apps = migrate(AFTER)
    texts = apps.get_model("home", "FooterText").objects.values_list("text", flat=True)
    assert list(texts) == ["<p>De snippet</p>"]
