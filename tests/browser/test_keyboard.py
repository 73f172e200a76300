"""Keyboard only: what someone without a mouse reaches, sees focused, and can operate."""

import re
import uuid

from playwright.sync_api import expect

from home.demo.facts import EVENT_TITLE
from home.demo.public import EXAMPLE_EVENT_TITLE
from tests.browser.helpers import focused, tab_until


def test_first_tab_offers_the_skip_link_and_it_moves_focus_to_the_content(page):
    page.goto("/nl/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["text"] == "Naar de inhoud", first
    skip = page.get_by_role("link", name="Naar de inhoud")
    box = skip.bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0, f"the focused skip link is off screen: {box}"
    assert first["outline"], "the focused skip link shows no focus indicator"

    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    expect(page).to_have_url(re.compile(r"/nl/#main$"))


def test_search_from_the_header_with_the_keyboard(page):
    page.goto("/nl/")
    stops = tab_until(page, lambda stop: stop["name"] == "q")
    assert all(stop["visible"] and stop["outline"] for stop in stops), stops
    page.keyboard.type("buddy")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/nl/zoeken/\?q=buddy"))
    expect(page.get_by_label("Zoek op Kennisplein")).to_have_value("buddy")


def test_the_menu_with_the_keyboard(page):
    page.goto("/nl/")
    menu_links = page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link")
    names = [name.strip() for name in menu_links.all_inner_texts()]
    assert EVENT_TITLE in names, names

    stops = tab_until(page, lambda stop: stop["text"] == names[-1])
    reached = [stop["text"] for stop in stops if stop]
    assert reached[-len(names) :] == names, f"menu links not reached in order: {reached}"
    bad = [stop for stop in stops if not (stop["visible"] and stop["outline"])]
    assert not bad, f"focused but not visible, or without a focus indicator: {bad}"

    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(names[-2])
    current = page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name=names[-2])
    expect(current).to_have_attribute("aria-current", "page")


def test_registration_with_the_keyboard_only(page, live_site):
    page.goto("/nl/voorbeeldevenement/")
    address = f"toetsenbord-{uuid.uuid4().hex[:8]}@example.be"

    tab_until(page, lambda stop: stop["name"] == "name")
    page.keyboard.type("Kris Janssens")
    page.keyboard.press("Tab")
    assert focused(page)["name"] == "email"
    page.keyboard.type(address)
    page.keyboard.press("Tab")
    assert focused(page)["name"] == "organisation"
    # Radio groups: Tab enters a group, Space picks, arrow keys move the choice.
    page.keyboard.press("Tab")
    assert focused(page)["name"] == "role"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert focused(page)["name"] == "first_choice"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert focused(page)["name"] == "second_choice"
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    assert focused(page)["name"] == "privacy_consent"
    page.keyboard.press("Space")
    stops = tab_until(page, lambda stop: stop["tag"] == "button" and stop["text"] == "Inschrijven")
    assert all(stop["name"] != "website" for stop in stops), "Tab reaches the hidden bot trap"
    assert focused(page)["outline"], "the submit button shows no focus indicator"
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/nl/voorbeeldevenement/inschrijving/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Je inschrijving voor {EXAMPLE_EVENT_TITLE}"
    )
    expect(page.locator("dl.event-facts")).to_contain_text("Kris Janssens")
    assert len(live_site.mails(to=address)) == 1
