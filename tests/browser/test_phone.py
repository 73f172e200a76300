"""On a phone (375 px, touch): the menu and the registration form fit and work."""

import re
import uuid

from playwright.sync_api import expect

from home.demo.facts import EVENT_TITLE
from home.demo.public import EXAMPLE_EVENT_TITLE
from tests.browser.helpers import log_in, screenshot, text_editors
from tests.browser.test_visitor import fill_registration

MIN_TARGET = 24  # px, WCAG 2.2 target size (minimum)


def assert_no_sideways_scrolling(page):
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url} is {width} px wide on a phone"


def assert_fits(locator, page, what):
    box = locator.bounding_box()
    assert box, f"{what} is not shown"
    assert box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"] + 0.5, (
        f"{what} sticks out of the screen: {box}"
    )
    return box


def open_menu(page):
    """The main menu's links, after tapping the header's "Menu" (a <details>) to open them."""
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    expect(menu.get_by_role("link").first).to_be_hidden()
    page.locator("header summary").tap()
    expect(page.locator("header details")).to_have_attribute("open", "")
    return menu


def test_the_menu_on_a_phone(phone):
    phone.goto("/nl/")
    assert_no_sideways_scrolling(phone)
    menu = open_menu(phone)
    links = menu.get_by_role("link")
    assert links.count() >= 5
    for index in range(links.count()):
        link = links.nth(index)
        expect(link).to_be_visible()
        box = assert_fits(link, phone, f"menu link {link.inner_text()!r}")
        assert box["height"] >= MIN_TARGET, f"{link.inner_text()!r} is {box['height']} px high"
    screenshot(phone, "nl-menu-phone")

    menu.get_by_role("link", name=EVENT_TITLE).tap()
    expect(phone.get_by_role("heading", level=1)).to_have_text(EVENT_TITLE)
    expect(open_menu(phone).get_by_role("link", name=EVENT_TITLE)).to_have_attribute(
        "aria-current", "page"
    )


def test_registering_on_a_phone(phone, live_site):
    phone.goto("/nl/voorbeeldevenement/")
    phone.get_by_role("heading", name="Inschrijven", exact=True).scroll_into_view_if_needed()
    form = phone.locator("form.registration-form")
    # The bot trap (.hp) is off screen on purpose, hidden from people and screen readers.
    for field in form.locator("input:visible:not(.hp input), button:visible").all():
        assert_fits(field, phone, f"form control {field.get_attribute('name')!r}")

    address = f"gsm-{uuid.uuid4().hex[:8]}@example.be"
    first, _second = fill_registration(phone, "Lotte De Smet", address)
    screenshot(phone, "nl-registration-form-filled")
    phone.get_by_role("button", name="Inschrijven").tap()

    expect(phone).to_have_url(re.compile(r"/nl/voorbeeldevenement/inschrijving/"))
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        f"Je inschrijving voor {EXAMPLE_EVENT_TITLE}"
    )
    expect(phone.locator("dl.event-facts")).to_contain_text(first)
    screenshot(phone, "nl-registration-confirmation")
    assert len(live_site.mails(to=address)) == 1


def test_no_public_page_scrolls_sideways_on_a_phone(phone, live_site):
    wide = {}
    for source in live_site.pages:
        if source["public"] and source["language"] == "nl":
            phone.goto(source["url"])
            width = phone.evaluate("() => document.documentElement.scrollWidth")
            if width > phone.viewport_size["width"]:
                wide[source["url"]] = width
    assert not wide, f"pages wider than the phone: {wide}"


def log_in_on_a_phone(phone, username):
    phone.goto("/nl/kenniskring/")
    log_in(phone, username)
    expect(phone.get_by_role("heading", name="Regionale netwerken")).to_be_visible()


def test_a_reflection_on_a_phone(phone, live_site):
    """lid2 (Buddywerk Gent) answers the fifth day's assignment on a phone and finds it in the
    portfolio; the member pages on the way (save the forms, see the next test) fit the screen."""
    tag = uuid.uuid4().hex[:8]
    log_in_on_a_phone(phone, "lid2")
    assert_no_sideways_scrolling(phone)
    screenshot(phone, "nl-member-kenniskring")

    phone.get_by_role("link", name="Regio Oost- en West-Vlaanderen").tap()
    phone.get_by_role("link", name=re.compile("^Netwerkdag 5:")).tap()
    expect(phone.get_by_role("heading", level=1)).to_have_text(re.compile("^Netwerkdag 5:"))
    assert_no_sideways_scrolling(phone)
    screenshot(phone, "nl-member-network-day")

    phone.get_by_role("region", name="Reflectieopdrachten").get_by_role(
        "link", name="Reflectie na netwerkdag 5"
    ).tap()
    expect(phone.get_by_text("Je schrijft voor Buddywerk Gent.")).to_be_visible()
    for button in phone.locator("main form button:visible").all():
        assert_fits(button, phone, f"the button {button.inner_text()!r}")
    # Submitting with an empty answer keeps what was typed and says which answer is missing.
    fields = text_editors(phone, 3)
    fields.nth(0).fill(f"Zichtbaar maken wat een duo verandert, in woorden van de deelnemer. {tag}")
    fields.nth(1).fill(f"Een deelnemer schreef zelf een kaartje aan haar buddy. {tag}")
    phone.get_by_role("button", name="Indienen", exact=True).tap()
    expect(phone.get_by_text("Beantwoord deze vraag voordat je indient.")).to_be_visible()
    expect(fields.nth(0)).to_contain_text(tag)
    screenshot(phone, "nl-member-reflection-form-error")

    fields.nth(2).fill(f"Hoe tellen jullie nieuwe contacten in iemands netwerk? {tag}")
    screenshot(phone, "nl-member-reflection-form")
    phone.get_by_role("button", name="Indienen", exact=True).tap()
    expect(phone.get_by_role("status")).to_contain_text("Je reflectie is ingediend.")
    expect(phone.get_by_role("article")).to_contain_text(f"kaartje aan haar buddy. {tag}")
    assert_no_sideways_scrolling(phone)

    phone.get_by_role("link", name="Naar het portfolio van dit project").tap()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Portfolio van Buddywerk Gent")
    expect(phone.locator("ol.portfolio")).to_contain_text(f"contacten in iemands netwerk? {tag}")
    assert_no_sideways_scrolling(phone)
    screenshot(phone, "nl-member-portfolio")

    phone.goto("/nl/kenniskring/forum/")
    expect(phone.get_by_role("heading", level=1)).to_have_text("Forum van de kenniskring")
    assert_no_sideways_scrolling(phone)
    screenshot(phone, "nl-member-forum")
    phone.locator("article.forum-item h2 a").first.tap()
    expect(phone.locator("article.forum-thread")).to_be_visible()
    screenshot(phone, "nl-member-forum-thread")


def test_member_forms_fit_a_phone(phone, live_site):
    log_in_on_a_phone(phone, "lid")
    wide = {}
    for address in (
        "/nl/kenniskring/reflecties/",
        "/nl/kenniskring/forum/vragen/nieuw/",
        "/nl/kenniskring/ervaringen/nieuw/",
        "/nl/kenniskring/leervragen/",
    ):
        phone.goto(address)
        width = phone.evaluate("() => document.documentElement.scrollWidth")
        if width > phone.viewport_size["width"]:
            wide[address] = width
    # The reflection form, reached as a member does, and a forum thread with its answer box.
    phone.goto("/nl/kenniskring/")
    for link in (
        phone.get_by_role("link", name="Regio Antwerpen en Limburg"),
        phone.get_by_role("link", name=re.compile("^Netwerkdag 5:")),
        phone.get_by_role("link", name="Reflectie na netwerkdag 5"),
    ):
        with phone.expect_navigation(wait_until="load"):
            link.tap()
    expect(phone.get_by_role("button", name="Indienen", exact=True)).to_be_visible()
    forms = [phone.url]
    phone.goto("/nl/kenniskring/forum/")
    with phone.expect_navigation(wait_until="load"):
        phone.locator("article.forum-item h2 a").first.tap()
    expect(phone.locator("article.forum-thread")).to_be_visible()
    forms.append(phone.url)
    for address in forms:
        phone.goto(address)
        width = phone.evaluate("() => document.documentElement.scrollWidth")
        if width > phone.viewport_size["width"]:
            wide[address] = width
    assert not wide, f"member pages wider than the phone: {wide}"
