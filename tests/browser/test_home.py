"""The kenniskring's home as people open it on a Monday morning: a member on a 375 px phone
sees what is due and whether their duo comes without scrolling, and writes the reflection
with the editor's buttons; a partner opens the progress overview and downloads it."""

import json
import re
import sqlite3
import uuid

import openpyxl
from playwright.sync_api import expect

from tests.browser.helpers import log_in, screenshot, text_editors
from tests.browser.test_phone import assert_no_sideways_scrolling

# lid2 (Buddywerk Gent, region Oost- en West-Vlaanderen): the demo's invented day in the
# region's future and its assignment, which no other journey signs up for or answers.
DAY = "Voorbeelddag: een komende netwerkdag"
ASSIGNMENT = "Reflectie na voorbeelddag"


def assert_on_the_first_screen(locator, page, what):
    box = locator.bounding_box()
    assert box, f"{what} is not shown"
    bottom = box["y"] + box["height"]
    assert box["y"] >= 0 and bottom <= page.viewport_size["height"], (
        f"{what} is not on the first screen of {page.viewport_size}: {box}"
    )


def stored_answers(live_site, tag):
    """The answers of the reflection that carries the tag, as the site stored them."""
    with sqlite3.connect(live_site.folder / "site.sqlite3") as database:
        rows = database.execute(
            "SELECT answers FROM kenniskring_learning_reflection WHERE answers LIKE ?",
            (f"%{tag}%",),
        ).fetchall()
    assert len(rows) == 1, rows
    return [item["answer"] for item in json.loads(rows[0][0])]


def test_a_member_opens_the_home_on_a_phone_and_writes_the_reflection(phone, live_site):
    tag = uuid.uuid4().hex[:8]
    phone.goto("/nl/kenniskring/")
    log_in(phone, "lid2")
    expect(phone.get_by_role("heading", level=1)).to_have_text("Kenniskring")
    assert_no_sideways_scrolling(phone)
    screenshot(phone, "nl-member-home")

    # Without scrolling: the region's next day with the duo's state, and the open assignment.
    day = phone.get_by_role("region", name="Volgende netwerkdag")
    expect(day.get_by_role("link", name=DAY)).to_be_visible()
    duo = day.get_by_text("Jullie duo is nog niet aangemeld.")
    expect(duo).to_be_visible()
    assert_on_the_first_screen(duo, phone, "the duo's state")
    assignments = phone.get_by_role("region", name="Open opdrachten")
    open_assignment = assignments.get_by_role("listitem").filter(has_text=ASSIGNMENT)
    expect(open_assignment).to_contain_text("nog niet begonnen")
    link = open_assignment.get_by_role("link", name=ASSIGNMENT)
    assert_on_the_first_screen(link, phone, "the open assignment")

    # The reflection, formatted with the editor's buttons: no tag typed.
    link.tap()
    expect(phone.get_by_role("heading", level=1)).to_have_text(ASSIGNMENT)
    fields = text_editors(phone, 3)
    first = fields.nth(0)
    toolbar = phone.get_by_role("toolbar", name="Opmaak").first
    first.tap()
    toolbar.get_by_role("button", name="Vet").tap()
    first.press_sequentially(f"Gelijkwaardigheid {tag}")
    toolbar.get_by_role("button", name="Vet").tap()
    first.press_sequentially(" is wat we meenemen.")
    first.press("Enter")
    toolbar.get_by_role("button", name="Lijst met bolletjes").tap()
    first.press_sequentially(f"samen koken {tag}")
    first.press("Enter")
    first.press_sequentially(f"samen fietsen {tag}")
    fields.nth(1).tap()
    fields.nth(1).press_sequentially(f"Een duo fietste naar de zee. {tag}")
    fields.nth(2).tap()
    fields.nth(2).press_sequentially(f"Hoe vinden jullie buddy's met een fiets? {tag}")
    screenshot(phone, "nl-member-home-reflection-form")
    phone.get_by_role("button", name="Indienen", exact=True).tap()
    expect(phone.get_by_role("status")).to_contain_text("Je reflectie is ingediend.")
    article = phone.get_by_role("article")
    expect(article.locator("strong")).to_have_text(f"Gelijkwaardigheid {tag}")
    expect(article.locator("ul > li")).to_have_text([f"samen koken {tag}", f"samen fietsen {tag}"])
    expect(article).not_to_contain_text("<strong>")

    first_answer = stored_answers(live_site, tag)[0]
    assert f"<strong>Gelijkwaardigheid {tag}</strong>" in first_answer, first_answer
    assert "<ul>" in first_answer and f"samen fietsen {tag}" in first_answer, first_answer

    # Back home, the assignment says it is handed in.
    phone.goto("/nl/kenniskring/")
    expect(
        phone.get_by_role("region", name="Open opdrachten")
        .get_by_role("listitem")
        .filter(has_text=ASSIGNMENT)
    ).to_contain_text("ingediend")


def test_a_partner_opens_the_progress_overview_and_downloads_it(page, live_site, tmp_path):
    page.goto("/nl/kenniskring/")
    log_in(page, "partner")
    progress = page.get_by_role("region", name="Voortgang van de projecten")
    progress.get_by_role("link", name="Wie diende wat in, per regio").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Voortgang van de projecten")
    table = page.get_by_role("table", name=re.compile("van regio Antwerpen en Limburg"))
    expect(table.get_by_role("row", name=re.compile("^Samen op Stap"))).to_be_visible()
    screenshot(page, "nl-partner-progress")

    with page.expect_download() as waiting:
        page.get_by_role("link", name="Download als Excel").click()
    download = waiting.value
    assert re.fullmatch(r"voortgang-\d{4}-\d{2}-\d{2}\.xlsx", download.suggested_filename)
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    workbook = openpyxl.load_workbook(saved, read_only=True)
    assert "Antwerpen en Limburg" in workbook.sheetnames, workbook.sheetnames
    rows = list(workbook["Antwerpen en Limburg"].iter_rows(values_only=True))
    header, due, *projects = rows
    assert header[0] == "Project" and due[0] == "In te dienen tegen"
    assert any(str(title).startswith("Reflectie na netwerkdag 1") for title in header[1:])
    by_project = {row[0]: row[1:] for row in projects}
    assert "Samen op Stap" in by_project and len(by_project) >= 9, list(by_project)
    # Samen op Stap answered assignments in the demo: not every cell says missing.
    assert len(set(by_project["Samen op Stap"])) > 1, by_project["Samen op Stap"]
