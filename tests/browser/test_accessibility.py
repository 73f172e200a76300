"""axe-core on every page type of the demo site, in Dutch and French, at 1280 and 375 px.

The page types come from the demo content itself (one live page of each type), so a new page
type is checked as soon as the demo builds one. Each page visited is also saved as a
screenshot in artifacts/screenshots/. Fails on violations of impact serious or critical.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.helpers import axe_violations, describe_violations, log_in, screenshot


def audit(pages, url, name, expected_language):
    """Opens url in each page (one per viewport); returns the problems found as text."""
    problems = []
    for page in pages:
        response = page.goto(url)
        width = page.viewport_size["width"]
        if response is None or response.status != 200:
            return [f"{url} answered {response and response.status} instead of 200"]
        language = page.evaluate("() => document.documentElement.lang")
        if language != expected_language:
            problems.append(f'{url}: <html lang="{language}">, expected "{expected_language}"')
        screenshot(page, name)
        violations = axe_violations(page)
        if violations:
            problems.append(describe_violations(violations, f"{url} at {width} px"))
    return problems


def public_page_types(live_site):
    types = [p for p in live_site.pages if p["public"] and p["language"] == "nl"]
    assert "home.HomePage" in {p["type"] for p in types}, live_site.pages
    return types


# The public page types the demo content translates (the projects' pages are not translated).
TRANSLATED = {
    "home.HomePage",
    "home.ContentPage",
    "home.FilmPage",
    "home.KnowledgeClipPage",
    "home.EventPage",
    "home.NewsIndexPage",
    "home.NewsPage",
}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_public_page_type(new_page, live_site, language):
    """Each public page type in Dutch, and in French each type that has a French page."""
    pages = [new_page(DESKTOP), new_page(PHONE)]
    problems, checked = [], []
    if language != "nl":
        found = {p["type"] for p in live_site.pages if p["language"] == language and p["public"]}
        assert TRANSLATED <= found, f"no {language} page of {TRANSLATED - found}"
    for source in public_page_types(live_site):
        url = live_site.page_of_type(source["type"], language)
        if url is None:
            continue  # an untranslated page answers 404 under /fr/ once a French tree exists
        name = f"{language}-{source['type'].split('.')[1]}"
        problems += audit(pages, url, name, language)
        checked.append(url)
    assert not problems, "\n\n".join(problems) + f"\n\nchecked: {checked}"


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_search_and_not_found_pages(new_page, live_site, language):
    pages = [new_page(DESKTOP), new_page(PHONE)]
    problems = audit(pages, f"/{language}/zoeken/?q=buddy", f"{language}-search", language)
    for page in pages:
        response = page.goto(f"/{language}/deze-pagina-bestaat-niet/")
        assert response.status == 404
        violations = axe_violations(page)
        if violations:
            problems.append(
                describe_violations(violations, f"the 404 page at {page.viewport_size['width']} px")
            )
        screenshot(page, f"{language}-not-found")
    assert not problems, "\n\n".join(problems)


def test_every_kenniskring_page_type_for_a_partner(new_page, live_site):
    closed = [p for p in live_site.pages if not p["public"] and p["language"] == "nl"]
    assert {"kenniskring.KenniskringPage", "kenniskring.NetworkDayPage"} <= {
        p["type"] for p in closed
    }, live_site.pages
    desktop = new_page(DESKTOP)
    desktop.goto(closed[0]["url"])
    log_in(desktop, "partner")
    desktop.wait_for_url(f"**{closed[0]['url']}")
    phone = desktop.context.browser.new_context(
        base_url=live_site.base_url,
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        storage_state=desktop.context.storage_state(),
    ).new_page()
    try:
        problems = []
        for source in closed:
            name = f"nl-{source['type'].split('.')[1]}"
            problems += audit([desktop, phone], source["url"], name, "nl")
    finally:
        phone.context.close()
    assert not problems, "\n\n".join(problems)


# The member's own pages (routes, not Wagtail pages), as lid of project A sees them.
MEMBER_PAGES = [
    ("reflection-overview", "/kenniskring/reflecties/"),
    ("portfolio", "/kenniskring/portfolio/samen-op-stap/"),
    ("forum", "/kenniskring/forum/"),
    ("forum-ask", "/kenniskring/forum/vragen/nieuw/"),
    ("experiences", "/kenniskring/ervaringen/"),
    ("learning-questions", "/kenniskring/leervragen/"),
    ("challenges", "/kenniskring/uitdagingen/"),
]


# The start page and a day's sign-up state as lid sees them (the invented day in the future,
# which lid's duo can still sign up for), at both widths.
MEMBER_HOME_PAGES = [
    ("member-home", "/kenniskring/"),
    ("member-day-sign-up", "/kenniskring/antwerpen-limburg/voorbeelddag/"),
]

# What partners follow the network with, at both widths.
PARTNER_PAGES = [
    ("partner-home", "/kenniskring/"),
    ("partner-progress", "/kenniskring/reflecties/voortgang/"),
    ("partner-portfolio-index", "/kenniskring/portfolio/"),
    ("partner-theme-suggestions", "/kenniskring/themavoorstellen/"),
    ("partner-day-sign-ups", "/kenniskring/antwerpen-limburg/voorbeelddag/"),
]


def logged_in_pair(new_page, live_site, username):
    """A desktop and a phone page sharing one member's login."""
    desktop = new_page(DESKTOP)
    desktop.goto("/nl/kenniskring/")
    log_in(desktop, username)
    desktop.wait_for_url("**/nl/kenniskring/")
    phone = new_page(PHONE, storage_state=desktop.context.storage_state())
    return [desktop, phone]


def test_member_pages_and_forms(new_page, live_site):
    pages = logged_in_pair(new_page, live_site, "lid")
    desktop = pages[0]
    problems = []
    for name, address in MEMBER_PAGES:  # the forms also at 375 px, the lists at 1280 px
        problems += audit(
            pages if "ask" in name else [desktop], f"/nl{address}", f"nl-{name}", "nl"
        )
    # A thread, the reflection form (reached as a member does), and the form with errors.
    desktop.goto("/nl/kenniskring/forum/")
    desktop.locator("article.forum-item h2 a").first.click()
    problems += audit(pages, desktop.url.removeprefix(live_site.base_url), "nl-thread", "nl")
    desktop.goto("/nl/kenniskring/reflecties/")
    desktop.get_by_role("link", name="Reflectie na netwerkdag 6").first.click()
    form = desktop.url.removeprefix(live_site.base_url)
    problems += audit(pages, form, "nl-reflection-form-empty", "nl")
    for page in pages:
        page.get_by_role("button", name="Indienen", exact=True).click()
        expect(page.get_by_text("Beantwoord deze vraag voordat je indient.").first).to_be_visible()
        violations = axe_violations(page)
        if violations:
            problems.append(describe_violations(violations, f"{form} with errors"))
    assert not problems, "\n\n".join(problems)


def test_the_member_and_partner_homes_and_overviews(new_page, live_site):
    problems = []
    for username, addresses in (("lid", MEMBER_HOME_PAGES), ("partner", PARTNER_PAGES)):
        pages = logged_in_pair(new_page, live_site, username)
        for name, address in addresses:
            problems += audit(pages, f"/nl{address}", f"nl-{name}", "nl")
    assert not problems, "\n\n".join(problems)


def test_member_pages_in_french(new_page, live_site):
    desktop = logged_in_pair(new_page, live_site, "lid")[0]
    problems = []
    # The kenniskring's Wagtail pages have no French translation in the demo (404 under /fr/).
    for name, address in MEMBER_PAGES:
        problems += audit([desktop], f"/fr{address}", f"fr-{name}", "fr")
    assert not problems, "\n\n".join(problems)


def test_the_login_form_in_french(new_page, live_site):
    pages = [new_page(DESKTOP), new_page(PHONE)]
    problems = audit(pages, "/fr/inloggen/", "fr-login", "fr")
    assert not problems, "\n\n".join(problems)
