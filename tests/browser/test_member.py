"""A member of the kenniskring, end to end: login, network day, reflection, portfolio, forum,
logout. Every text the member writes carries a unique tag, so no assertion can pass on demo
content that happened to be there already."""

import re
import uuid

from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, log_in, screenshot, text_editors

LOGOUT = re.compile(r"^Uitloggen$")
LOGIN_ADDRESS = re.compile(r"/nl/inloggen/\?next=")
# lid is a member of project A (Samen op Stap, region Antwerpen en Limburg). The sources'
# days lie in 2019-2022, when signing up has long closed; the demo's invented day in the
# future has an assignment, and the demo content registers nobody for it.
REGION = "Regio Antwerpen en Limburg"
DAY = re.compile(r"^Voorbeelddag: ")
ASSIGNMENT = "Reflectie na voorbeelddag"


def kenniskring(live_site):
    found = live_site.find("kenniskring.KenniskringPage", "nl", public=False)
    assert found, f"the demo content has no restricted kenniskring page: {live_site.pages}"
    return found


def log_in_through_the_closed_address(page, live_site, username="lid"):
    address = kenniskring(live_site)["url"]
    page.goto(address)
    expect(page).to_have_url(LOGIN_ADDRESS)
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen in de kenniskring")
    expect(page.get_by_text("alleen voor leden en partners")).to_be_visible()
    screenshot(page, "nl-login")
    assert_accessible(page, "the login form")

    log_in(page, username)
    expect(page).to_have_url(live_site.url(address))
    expect(page.get_by_role("heading", level=1)).to_have_text(kenniskring(live_site)["title"])
    expect(page.get_by_role("heading", name="Regionale netwerken")).to_be_visible()
    return address


def message(page):
    return page.get_by_role("status")


def register_the_duo(page, first, second):
    page.get_by_role("link", name=re.compile(r"^Meld het duo van Samen op Stap aan")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("^Aanmelden voor"))
    page.get_by_label("Eerste deelnemer").fill(first)
    page.get_by_label("Tweede deelnemer").fill(second)
    page.get_by_role("button", name="Aanmelding bewaren").click()
    expect(message(page)).to_contain_text("Je aanmelding voor deze dag is bewaard.")
    expect(page.get_by_role("heading", level=1)).to_have_text(DAY)


def test_member_journey_from_a_closed_address_to_logging_out(page, live_site):
    tag = uuid.uuid4().hex[:8]
    home = log_in_through_the_closed_address(page, live_site)
    screenshot(page, "nl-member-kenniskring")

    # The network day, from the start page through the region.
    page.get_by_role("link", name=REGION).click()
    page.get_by_role("link", name=DAY).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(DAY)
    day_address = page.url
    screenshot(page, "nl-member-network-day")
    register_the_duo(page, f"Ann Peeters {tag}", f"Jamal Amrani {tag}")
    # Coming back shows the names: the registration was really stored.
    page.get_by_role("link", name=re.compile(r"^Meld het duo van Samen op Stap aan")).click()
    expect(page.get_by_text("Je project is al aangemeld")).to_be_visible()
    expect(page.get_by_label("Eerste deelnemer")).to_have_value(f"Ann Peeters {tag}")
    page.get_by_role("link", name="Terug naar de netwerkdag").click()

    # The day's assignment, answered and submitted.
    panel = page.get_by_role("region", name="Reflectieopdrachten")
    panel.get_by_role("link", name=ASSIGNMENT).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ASSIGNMENT)
    expect(page.get_by_text("Je schrijft voor Samen op Stap.")).to_be_visible()
    answers = [
        f"Duo's met een verschillende achtergrond leren het meest van elkaar ({tag}-1).",
        f"Een buddy leerde koken met kruiden uit het land van haar deelnemer ({tag}-2).",
        f"Hoe vinden jullie buddy's die de talen van de buurt spreken? ({tag}-3)",
    ]
    # Each answer is written in the text editor (a labelled text box over the text area).
    fields = text_editors(page, 3)
    for field, answer in zip(fields.all(), answers, strict=True):
        field.fill(answer)
        expect(field).to_contain_text(answer)
    page.get_by_label("hele kenniskring").check()
    screenshot(page, "nl-member-reflection-form")
    page.get_by_role("button", name="Indienen", exact=True).click()
    expect(message(page)).to_contain_text("Je reflectie is ingediend.")
    expect(page.get_by_role("heading", level=1)).to_have_text(ASSIGNMENT)
    for answer in answers:
        expect(page.get_by_role("article").get_by_text(answer)).to_be_visible()

    # The portfolio: the day (attended) and the reflection with its answers.
    page.get_by_role("link", name="Naar het portfolio van dit project").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Portfolio van Samen op Stap")
    day_entry = page.locator("li.portfolio__entry").filter(
        has=page.get_by_role("heading", name=DAY)
    )
    expect(day_entry).to_contain_text("Het project is aangemeld.")
    entry = page.locator("li.portfolio__entry").filter(
        has=page.get_by_role("heading", name=f"Reflectie: {ASSIGNMENT}")
    )
    expect(entry).to_contain_text("ingediend")
    for answer in answers:
        expect(entry).to_contain_text(answer)
    screenshot(page, "nl-member-portfolio")

    # The forum: ask a question, see it in the thread and in the list.
    page.goto(home)
    page.get_by_role("navigation", name="In de kenniskring").get_by_role(
        "link", name="Forum"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Forum van de kenniskring")
    page.get_by_role("link", name="Een vraag stellen").first.click()
    title = f"Hoe houden jullie een duo warm tijdens de vakantie? ({tag})"
    text = f"Bij ons vallen duo's in juli en augustus vaak stil. Tips? ({tag})"
    page.get_by_label("Titel").fill(title)
    page.get_by_role("textbox", name="Tekst").fill(text)
    # Themes are picked from the vocabulary, never typed.
    page.get_by_role("checkbox", name="duurzame verankering").check()
    screenshot(page, "nl-member-forum-ask")
    page.get_by_role("button", name="Vraag plaatsen").click()
    expect(message(page)).to_contain_text("Je vraag staat in het forum.")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_text(text)).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("duurzame verankering")
    thread_address = page.url
    screenshot(page, "nl-member-forum-thread")
    page.get_by_role("link", name="Vragen", exact=True).click()
    expect(page.get_by_role("heading", level=2).first).to_have_text(title)
    screenshot(page, "nl-member-forum")

    # Logged out, none of it opens any more.
    page.get_by_role("button", name=LOGOUT).or_(page.get_by_role("link", name=LOGOUT)).click()
    page.wait_for_load_state()
    for address in (home, day_address, thread_address):
        page.goto(address)
        expect(page).to_have_url(LOGIN_ADDRESS)
        expect(page.get_by_text(tag)).to_have_count(0)
        expect(page.get_by_text("Regionale netwerken")).to_have_count(0)


def test_a_wrong_password_keeps_the_username_and_says_what_is_wrong(page, live_site):
    page.goto(kenniskring(live_site)["url"])
    log_in(page, "lid", password="niet-het-wachtwoord")
    expect(page).to_have_url(re.compile(r"/nl/inloggen/"))
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.get_by_label(re.compile("Gebruikersnaam"))).to_have_value("lid")
    assert_accessible(page, "the login form with an error")
