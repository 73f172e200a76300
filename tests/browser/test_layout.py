"""The look on a phone and a desktop: every public page type, the kenniskring's page types and
the member's, partner's and editor's own pages (threads, the progress table, the living style
page; these also checked by axe) at 375 px (no sideways scrolling, a closed header under
120 px, the page title and the start of the content on the first screen) and at 1280 px (the
menu shown open); the header's menu by keyboard and without JavaScript; the weight of a public
page's first load.

Each view is saved as artifacts/screenshots/layout-<name>-375.png and -1280.png.
"""

import re

from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.helpers import (
    axe_violations,
    describe_violations,
    log_in,
    screenshot,
    tab_until,
)
from tests.browser.test_accessibility import MEMBER_PAGES

MAX_HEADER = 120  # px, the closed header on a 375 px phone
MAX_FIRST_LOAD = 300 * 1024  # bytes: HTML, CSS, scripts, fonts and images of a first visit

# Measured in the page: how wide it is, how high the header, and where the title and the first
# thing after it start (the "first screen" is the viewport's height).
MEASURE = """() => {
    const header = document.querySelector('.site-header');
    const title = document.querySelector('main h1');
    let next = title && title.nextElementSibling;
    while (next && next.getBoundingClientRect().height === 0) next = next.nextElementSibling;
    if (!next && title) next = title.parentElement.nextElementSibling;
    return {
        scrollWidth: document.documentElement.scrollWidth,
        width: window.innerWidth,
        height: window.innerHeight,
        header: header ? header.getBoundingClientRect().height : null,
        title: title ? title.getBoundingClientRect().bottom : null,
        next: next ? next.getBoundingClientRect().top : null,
    };
}"""


def menu_links(page):
    return page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link")


def check_view(phone, desktop, url, name):
    """The problems of one view at 375 px, as text; screenshots at both widths."""
    problems = []
    response = phone.goto(url)
    if response is None or response.status != 200:
        return [f"{url} answered {response and response.status} instead of 200"]
    measured = phone.evaluate(MEASURE)
    if measured["scrollWidth"] > measured["width"]:
        problems.append(f"{url} is {measured['scrollWidth']} px wide at 375 px")
    if measured["header"] is None or measured["header"] >= MAX_HEADER:
        problems.append(f"{url}: the closed header is {measured['header']} px high")
    if measured["title"] is None or measured["title"] > measured["height"]:
        problems.append(f"{url}: the page title is not on the first screen ({measured})")
    elif measured["next"] is None or measured["next"] >= measured["height"]:
        problems.append(f"{url}: nothing of the content under the title on the first screen")
    if menu_links(phone).first.is_visible():
        problems.append(f"{url}: the menu is open on a phone before anyone opens it")
    screenshot(phone, f"layout-{name}")
    desktop.goto(url)
    if not menu_links(desktop).first.is_visible():
        problems.append(f"{url}: the menu is folded at 1280 px")
    screenshot(desktop, f"layout-{name}")
    return problems


def test_public_page_types_at_375_and_1280(new_page, live_site):
    phone, desktop = new_page(PHONE), new_page(DESKTOP)
    problems, checked = [], []
    for source in live_site.pages:
        if source["public"] and source["language"] == "nl":
            name = f"nl-{source['type'].split('.')[1]}"
            problems += check_view(phone, desktop, source["url"], name)
            checked.append(source["url"])
    for url, name in (("/nl/zoeken/?q=buddy", "nl-search"), ("/nl/inloggen/", "nl-login")):
        problems += check_view(phone, desktop, url, name)
    assert len(checked) >= 7, checked
    assert not problems, "\n".join(problems)


def logged_in(new_page, username, start="/nl/kenniskring/"):
    """A phone and a desktop page sharing one login."""
    desktop = new_page(DESKTOP)
    desktop.goto(start)
    log_in(desktop, username)
    desktop.wait_for_url(f"**{start}")
    return new_page(PHONE, storage_state=desktop.context.storage_state()), desktop


def test_kenniskring_page_types_and_member_pages_at_375_and_1280(new_page, live_site):
    closed = [p for p in live_site.pages if not p["public"] and p["language"] == "nl"]
    assert len(closed) >= 3, live_site.pages
    phone, desktop = logged_in(new_page, "partner")
    problems = []
    for source in closed:
        problems += check_view(phone, desktop, source["url"], f"nl-{source['type'].split('.')[1]}")
    phone, desktop = logged_in(new_page, "lid")
    for name, address in MEMBER_PAGES:
        problems += check_view(phone, desktop, f"/nl{address}", f"nl-member-{name}")
    assert not problems, "\n".join(problems)


# The other views of members, partners and editors (person, name, address): with the
# kenniskring's components, and checked by axe at both widths as well.
MORE_VIEWS = [
    ("lid", "my-posts", "/nl/kenniskring/forum/mijn-berichten/"),
    ("lid", "portfolios", "/nl/kenniskring/portfolio/"),
    ("partner", "progress", "/nl/kenniskring/reflecties/voortgang/"),
    ("partner", "reflection-overview", "/nl/kenniskring/reflecties/"),
    ("redacteur", "style-guide", "/nl/kenniskring/stijlgids/"),
]


def signed_in(new_page, username, address):
    """A phone and a desktop page sharing one login, the desktop at address."""
    desktop = new_page(DESKTOP)
    desktop.goto(f"/nl/inloggen/?next={address}")
    log_in(desktop, username)
    desktop.wait_for_url(f"**{address}")
    return new_page(PHONE, storage_state=desktop.context.storage_state()), desktop


def with_axe(phone, desktop, url, name):
    problems = check_view(phone, desktop, url, name)
    for page in (phone, desktop):
        page.goto(url)
        violations = axe_violations(page)
        if violations:
            problems.append(
                describe_violations(violations, f"{url} at {page.viewport_size['width']}")
            )
    return problems


def test_threads_partner_views_and_the_style_page_at_375_and_1280(new_page, live_site):
    problems = []
    phone, desktop = signed_in(new_page, "lid", "/nl/kenniskring/forum/")
    desktop.locator("article.forum-item h2 a").first.click()
    thread = desktop.url.removeprefix(live_site.base_url)
    problems += with_axe(phone, desktop, thread, "nl-member-thread")
    desktop.goto("/nl/kenniskring/ervaringen/")
    desktop.locator("article.forum-item h2 a").first.click()
    experience = desktop.url.removeprefix(live_site.base_url)
    problems += with_axe(phone, desktop, experience, "nl-member-experience")
    for username, name, address in MORE_VIEWS:
        if username != "lid":
            phone, desktop = signed_in(new_page, username, address)
        problems += with_axe(phone, desktop, address, f"nl-{username}-{name}")
    assert not problems, "\n".join(problems)


def test_the_phone_menu_opens_with_the_keyboard(new_page):
    phone = new_page(PHONE)
    phone.goto("/nl/")
    expect(menu_links(phone).first).to_be_hidden()
    stops = tab_until(phone, lambda stop: stop["tag"] == "summary")
    assert stops[-1]["text"] == "Menu" and stops[-1]["outline"], stops[-1]
    phone.keyboard.press("Enter")
    expect(menu_links(phone).first).to_be_visible()
    expect(phone.get_by_role("searchbox", name="Zoeken")).to_be_visible()
    expect(phone.get_by_role("link", name="français")).to_be_visible()
    screenshot(phone, "layout-nl-menu-open")
    # The next Tab stops go through the opened menu: search first, the menu's links after.
    stops = tab_until(phone, lambda stop: stop["text"] == "Over het project")
    assert all(stop["visible"] and stop["outline"] for stop in stops), stops
    phone.keyboard.press("Enter")
    expect(phone.get_by_role("heading", level=1)).to_have_text("Over het project")
    expect(menu_links(phone).first).to_be_hidden()  # a new page starts with the menu closed


def test_the_menu_works_without_javascript(new_page):
    phone = new_page(PHONE, java_script_enabled=False)
    phone.goto("/nl/")
    expect(menu_links(phone).first).to_be_hidden()
    phone.get_by_text("Menu", exact=True).tap()
    expect(menu_links(phone).get_by_text("Over het project")).to_be_visible()
    expect(phone.get_by_role("link", name="Inloggen")).to_be_visible()
    menu_links(phone).get_by_text("Over het project").tap()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Over het project")

    desktop = new_page(DESKTOP, java_script_enabled=False)
    desktop.goto("/nl/")
    expect(menu_links(desktop).first).to_be_visible()
    expect(desktop.get_by_role("searchbox", name="Zoeken")).to_be_visible()
    expect(desktop.get_by_text("Menu", exact=True)).to_be_hidden()


def test_the_member_menu_folds_on_a_phone(new_page):
    phone, _desktop = logged_in(new_page, "lid")
    phone.goto("/nl/kenniskring/")
    logout = phone.get_by_role("button", name="Uitloggen")
    expect(logout).to_be_hidden()
    phone.get_by_text("Menu", exact=True).tap()
    expect(logout).to_be_visible()
    current = menu_links(phone).get_by_text("Kenniskring")
    expect(current).to_have_attribute("aria-current", re.compile("page|true"))
    # The member's own pages (routes, not Wagtail pages) mark the kenniskring as their section.
    phone.goto("/nl/kenniskring/forum/")
    phone.get_by_text("Menu", exact=True).tap()
    expect(menu_links(phone).get_by_text("Kenniskring")).to_have_attribute("aria-current", "true")
    logout = phone.get_by_role("button", name="Uitloggen")
    logout.tap()
    expect(phone.locator("header a", has_text="Inloggen")).to_be_attached()
    expect(phone.locator("header button", has_text="Uitloggen")).to_have_count(0)


def first_load(page, url):
    """The bytes of every response of a first visit to url (its body as received), by address."""
    responses = []

    def record(response):
        responses.append(response)

    page.on("response", record)
    page.goto(url, wait_until="load")
    page.remove_listener("response", record)
    sizes = {}
    for response in responses:
        if 300 <= response.status < 400:
            sizes[response.url] = 0  # a redirect has no body
        else:
            sizes[response.url] = len(response.body())
    return sizes


def test_a_public_pages_first_load_is_under_300_kb_on_a_phone(new_page, live_site):
    heaviest = {}
    for source in live_site.pages:
        if source["public"] and source["language"] == "nl":
            sizes = first_load(new_page(PHONE), source["url"])  # a fresh context: no cache
            heaviest[source["url"]] = (sum(sizes.values()), len(sizes))
            assert sum(sizes.values()) < MAX_FIRST_LOAD, (source["url"], sizes)
    print("first load at 375 px, bytes:", heaviest)  # noqa: T201 — recorded in docs/performance.md
