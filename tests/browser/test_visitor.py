"""A visitor of the public section: the film, a clip, the study morning and its registration."""

import re
import uuid
from urllib.parse import urlsplit

from playwright.sync_api import expect

from home.demo.facts import EVENT_TITLE
from home.demo.public import EXAMPLE_EVENT_TITLE
from tests.browser.helpers import assert_accessible, mail_text, screenshot

ALREADY_REGISTERED = "Dit e-mailadres is al ingeschreven voor dit evenement."
NOT_SENT = "Je inschrijving is nog niet verstuurd."


def new_address():
    return f"bezoeker-{uuid.uuid4().hex[:8]}@example.be"


def choice_group(page, legend):
    return page.get_by_role("group", name=re.compile(f"^{legend}"))


def workshop_titles(page):
    return choice_group(page, "Eerste keuze").locator("label").all_inner_texts()


def fill_registration(page, name, address, first=0, second=1, consent=True):
    """Fills in the study morning's form by its labels; returns the chosen workshops."""
    page.get_by_label(re.compile("^Naam")).fill(name)
    page.get_by_label(re.compile("^E-mailadres")).fill(address)
    page.get_by_label(re.compile("^Organisatie")).fill("Buddywerking Gent")
    choice_group(page, "Je komt als").get_by_role("radio").first.check()
    choice_group(page, "Eerste keuze").get_by_role("radio").nth(first).check()
    choice_group(page, "Tweede keuze").get_by_role("radio").nth(second).check()
    if consent:
        page.get_by_role("checkbox", name=re.compile("Ik geef toestemming")).check()
    titles = workshop_titles(page)
    return titles[first], titles[second]


def open_study_morning(page):
    """The demo's example event, announced on the home page: the one that takes registrations."""
    page.goto("/nl/")
    page.get_by_role("link", name=EXAMPLE_EVENT_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(EXAMPLE_EVENT_TITLE)


def test_visitor_watches_the_film_and_a_clip_then_registers(page, live_site):
    page.goto("/nl/")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    menu.get_by_role("link", name="Van buddy tot community", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Van buddy tot community")
    expect(page.get_by_text("Margot Mot").first).to_be_visible()

    clip_links = page.locator("main a[href*='/van-buddy-tot-community/']")
    expect(clip_links.first).to_be_visible()
    clip_title = clip_links.first.inner_text().strip()
    clip_links.first.click()
    expect(page).to_have_url(re.compile(r"/nl/van-buddy-tot-community/.+/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(clip_title.split("\n")[0])

    menu.get_by_role("link", name=EVENT_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(EVENT_TITLE)
    took_place = "Dit evenement vond plaats op donderdag 21 april 2022."
    expect(page.get_by_text(took_place)).to_be_visible()
    expect(page.get_by_role("heading", name="Inschrijven", exact=True)).to_have_count(0)

    open_study_morning(page)
    expect(page.get_by_text("Voorbeeld: dit evenement is verzonnen")).to_be_visible()
    expect(page.get_by_role("heading", name="Inschrijven", exact=True)).to_be_visible()

    address = new_address()
    first, second = fill_registration(page, "An Peeters", address)
    page.get_by_role("button", name="Inschrijven").click()

    expect(page).to_have_url(re.compile(r"/nl/voorbeeldevenement/inschrijving/[^/]+/(#.*)?$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Je inschrijving voor {EXAMPLE_EVENT_TITLE}"
    )
    facts = page.locator("dl.event-facts")
    expect(facts).to_contain_text("An Peeters")
    expect(facts).to_contain_text(first)
    expect(facts).to_contain_text(second)
    expect(page.get_by_text(f"We stuurden een bevestiging naar {address}")).to_be_visible()
    screenshot(page, "nl-registration-confirmation")
    assert_accessible(page, "the registration confirmation")

    mails = live_site.mails(to=address)
    assert len(mails) == 1, [m["Subject"] for m in mails]
    text = mail_text(mails[0])
    assert "Dag An Peeters" in text
    # The link's host is the Site record's (http://localhost in the demo), so compare paths.
    status_path = urlsplit(page.url).path
    assert status_path in text, "the e-mail links to the registration page the visitor sees"


def test_a_second_registration_with_the_same_address_is_told_it_exists(page, live_site):
    address = new_address()
    open_study_morning(page)
    fill_registration(page, "Jan Claes", address)
    page.get_by_role("button", name="Inschrijven").click()
    expect(page).to_have_url(re.compile(r"/inschrijving/"))

    open_study_morning(page)
    fill_registration(page, "Jan Claes", address, first=1, second=2)
    page.get_by_role("button", name="Inschrijven").click()
    expect(page.get_by_text(ALREADY_REGISTERED)).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text(NOT_SENT)
    expect(page.get_by_label(re.compile("^E-mailadres"))).to_have_value(address)
    assert_accessible(page, "the registration form after a duplicate registration")
    assert len(live_site.mails(to=address)) == 2, "the confirmation is sent again"


def test_a_form_error_keeps_what_was_typed(page, live_site):
    open_study_morning(page)
    address = new_address()
    first, second = fill_registration(page, "Fatima El Amrani", address, consent=False)
    page.get_by_role("button", name="Inschrijven").click()

    expect(page.get_by_role("alert")).to_contain_text(NOT_SENT)
    expect(page.get_by_text("Zonder je toestemming kunnen we je niet inschrijven.")).to_be_visible()
    expect(page.get_by_label(re.compile("^Naam"))).to_have_value("Fatima El Amrani")
    expect(page.get_by_label(re.compile("^E-mailadres"))).to_have_value(address)
    expect(page.get_by_label(re.compile("^Organisatie"))).to_have_value("Buddywerking Gent")
    expect(choice_group(page, "Eerste keuze").get_by_label(first)).to_be_checked()
    expect(choice_group(page, "Tweede keuze").get_by_label(second)).to_be_checked()
    expect(page.get_by_role("checkbox", name=re.compile("Ik geef toestemming"))).not_to_be_checked()
    screenshot(page, "nl-registration-error")
    assert_accessible(page, "the registration form with an error")
    assert live_site.mails(to=address) == []
