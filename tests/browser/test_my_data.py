"""A member opens *Mijn gegevens* from the kenniskring, asks for the download, gets the mail
and downloads the ZIP once; the same link a second time finds nothing."""

import io
import json
import re
import zipfile
from pathlib import Path

from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, log_in, mail_text, screenshot
from tests.browser.test_member import kenniskring

ADDRESS = "lid2@example.org"
SUBJECT = "Je gegevens van Kennisplein staan klaar"


def ready_mails(live_site):
    return [m for m in live_site.mails(to=ADDRESS) if m["Subject"] == SUBJECT]


def test_a_member_sees_and_downloads_their_data(page, live_site):
    page.goto(kenniskring(live_site)["url"])
    log_in(page, "lid2")
    sent_before = len(ready_mails(live_site))
    page.get_by_role("navigation", name="In de kenniskring").get_by_role(
        "link", name="Mijn gegevens"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn gegevens")
    profile = page.get_by_role("region", name="Profiel, project en rol")
    expect(profile).to_contain_text(ADDRESS)
    logins = page.get_by_role("region", name="Wanneer je inlogde")
    expect(logins).to_contain_text(re.compile(r"\d+ items?"))
    assert_accessible(page, "Mijn gegevens")
    screenshot(page, "nl-my-data")

    page.get_by_role("button", name="Stuur me mijn gegevens").click()
    expect(page.get_by_role("status")).to_contain_text("We maken je download klaar.")
    mails = ready_mails(live_site)
    assert len(mails) == sent_before + 1
    link = re.search(r"https?://\S+/mijn-gegevens/download/\S+/", mail_text(mails[-1]))[0]

    with page.expect_download() as download_info:
        page.evaluate("url => { window.location.href = url; }", link)
    archive = zipfile.ZipFile(io.BytesIO(Path(download_info.value.path()).read_bytes()))
    profile_rows = json.loads(archive.read("profiel.json"))["items"]
    assert [row["email"] for row in profile_rows] == [ADDRESS]

    # Used once: the same link now finds nothing.
    response = page.goto(link)
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze pagina bestaat niet (meer)")
    assert ADDRESS not in page.content()
