"""Writing without HTML: on a 375 px phone a member formats a reflection with the editor's
buttons and keyboard shortcuts, and the stored reflection shows bold text, a list and a link.
Nobody is asked to type a tag."""

import re
import uuid

from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, log_in, screenshot, text_editors
from tests.browser.test_phone import assert_fits, assert_no_sideways_scrolling

# lid (Samen op Stap) answers the sixth day's assignment, which no other journey touches.
ASSIGNMENT = "Reflectie na netwerkdag 6"


def test_a_reflection_with_bold_text_a_list_and_a_link_on_a_phone(phone, live_site):
    tag = uuid.uuid4().hex[:8]
    phone.goto("/nl/kenniskring/reflecties/")
    log_in(phone, "lid")
    phone.get_by_role("link", name=ASSIGNMENT).first.tap()
    expect(phone.get_by_role("heading", level=1)).to_have_text(ASSIGNMENT)
    expect(phone.get_by_text("<strong>")).to_have_count(0)

    # The editor replaces each text area: a toolbar with Dutch names, a labelled text box.
    text_editors(phone, 3)
    first = phone.get_by_role("textbox", name=re.compile("^Wat nemen jullie mee"))
    toolbar = phone.get_by_role("toolbar", name="Opmaak").first
    for name in ("Vet", "Cursief", "Lijst met bolletjes", "Genummerde lijst"):
        button = toolbar.get_by_role("button", name=name)
        expect(button).to_be_visible()
        assert_fits(button, phone, f"the button {name!r}")
    assert_no_sideways_scrolling(phone)

    # Bold with the button, a list with the keyboard shortcut.
    first.tap()
    phone.keyboard.type("Wat we meenemen: ")
    toolbar.get_by_role("button", name="Vet").tap()
    expect(toolbar.get_by_role("button", name="Vet")).to_have_attribute("aria-pressed", "true")
    first.press_sequentially(f"buddy's zijn gelijken {tag}")
    toolbar.get_by_role("button", name="Vet").tap()
    first.press("Enter")
    first.press("Control+Shift+8")
    first.press_sequentially(f"kennismaking {tag}")
    first.press("Enter")
    first.press_sequentially(f"intervisie {tag}")

    # A pasted address becomes a link; the second and third answers are plain sentences.
    second = phone.get_by_role("textbox", name=re.compile("^Beschrijf een concreet moment"))
    second.tap()
    second.press_sequentially(f"Zie https://www.odisee.be/buddy en lees verder {tag}.")
    third = phone.get_by_role("textbox", name=re.compile("^Welke vraag willen jullie"))
    third.tap()
    third.press_sequentially(f"Hoe houden jullie duo's warm? {tag}")
    screenshot(phone, "nl-member-reflection-editor")
    assert_accessible(phone, "the reflection form with the editor")

    phone.get_by_role("button", name="Indienen", exact=True).tap()
    expect(phone.get_by_role("status")).to_contain_text("reflectie is ingediend")
    article = phone.get_by_role("article")
    expect(article.locator("strong")).to_have_text(f"buddy's zijn gelijken {tag}")
    expect(article.locator("ul > li")).to_have_text([f"kennismaking {tag}", f"intervisie {tag}"])
    expect(article.get_by_role("link", name="https://www.odisee.be/buddy")).to_have_attribute(
        "href", "https://www.odisee.be/buddy"
    )
    expect(article).not_to_contain_text("<strong>")
    assert_no_sideways_scrolling(phone)
    screenshot(phone, "nl-member-reflection-formatted")
