"""An editor in the Wagtail admin: a new content page, published, seen on the site, and its
French translation started with wagtail-localize, all in the admin's Dutch."""

import re
import uuid

from playwright.sync_api import expect

from tests.browser.helpers import log_in, screenshot


def test_editor_publishes_a_content_page_and_sees_it_on_the_site(page, live_site):
    home = live_site.find("home.HomePage")
    title = f"Buddywerk op het platteland {uuid.uuid4().hex[:6]}"

    page.goto("/admin/")
    log_in(page, "redacteur")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/{home['id']}/")
    page.get_by_role("link", name="Voeg onderliggende pagina toe").first.click()
    page.get_by_role("link", name=re.compile("^Inhoudspagina", re.I)).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/home/contentpage/"))

    page.get_by_label(re.compile("^Titel")).fill(title)
    page.get_by_label(re.compile("^Inleiding", re.I)).fill(
        "Ook buiten de stad zoeken mensen in armoede een buddy."
    )
    # The admin fills the slug from the title a moment after the title field loses focus;
    # publishing before that fails on an empty slug, so wait for it as an editor would.
    expect(page.locator("#id_slug")).to_have_value(re.compile(r"^buddywerk-op-het-platteland-"))
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name=re.compile("^Publice")).click()
    expect(page.get_by_text(f"Pagina '{title}' aangemaakt en gepubliceerd.")).to_be_visible()
    address = page.get_by_role("link", name="Bekijk live").first.get_attribute("href")

    visitor = page.context.browser.new_context(base_url=live_site.base_url)
    try:
        public = visitor.new_page()
        response = public.goto(address)
        assert response.status == 200, address
        assert "/nl/" in public.url
        expect(public.get_by_role("heading", level=1)).to_have_text(title)
        expect(public.get_by_text("Ook buiten de stad")).to_be_visible()
    finally:
        visitor.close()

    # Its French translation, from the page's actions menu.
    page.get_by_role("link", name=title, exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    page.locator("header").get_by_role("button", name="Acties").click()
    page.get_by_role("link", name="Vertaal deze pagina").click()
    expect(page).to_have_url(re.compile(r"/admin/localize/submit/page/\d+/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"Vertaal pagina {title}")
    page.get_by_label("Frans").check()
    page.get_by_role("button", name="Verzenden").click()

    # The translation editor opens on the new French page, with the Dutch text to translate.
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    expect(page.get_by_role("button", name=re.compile(r"^Publiceer in\s*Frans"))).to_be_visible()
    expect(page.get_by_text(title, exact=True).first).to_be_visible()
    expect(
        page.get_by_text("Ook buiten de stad zoeken mensen in armoede een buddy.")
    ).to_be_visible()
    expect(page.get_by_role("button", name="Vertaal").first).to_be_visible()
    screenshot(page, "admin-translation-editor")
