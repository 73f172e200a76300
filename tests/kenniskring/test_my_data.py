"""*Mijn gegevens*: a member sees what the site keeps about them and downloads it once, by a
mailed link, within a day, as themselves; nobody else gets anything."""

import datetime
import io
import json
import os
import re
import zipfile
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from kenniskring.forum.models import Answer
from kenniskring.models import DataDownload
from tests.kenniskring.member_data import give_data

ACTION = "kenniskring.my_data_download"
KINDS = {
    "profiel",
    "aanwezigheden",
    "agenda-adres",
    "bezoeken",
    "themavoorstellen",
    "themakeuzes",
    "gastheeraanbod",
    "aanmeldingen-op-de-site",
    "forum-vragen",
    "forum-antwoorden",
    "ervaringen",
    "reacties",
    "eerdere-versies",
    "gevolgd",
    "nuttig",
    "meldingen",
    "e-mailvoorkeuren",
    "reflecties",
    "bijlagen",
    "impactnotities",
    "leervragen",
    "uitdagingen",
}


@pytest.fixture
def data(people, tree):
    member, other = people["member"], people["other_member"]
    other_question, _ = give_data(other, tree["project_b"], tree, "LID-B")
    other_answer = Answer.objects.create(
        question=other_question, text="<p>Antwoord van B</p>", author=other
    )
    give_data(member, tree["project_a"], tree, "LID-A", other_post=other_answer)


def request_download(client):
    mail.outbox.clear()
    response = client.post(reverse("kenniskring:my_data"), follow=True)
    assert "We maken je download klaar" in response.content.decode()
    [message] = mail.outbox
    return message, re.search(r"https?://\S+/mijn-gegevens/download/\S+/", message.body)[0]


def path_of(link):
    return urlsplit(link).path


def test_the_page_lists_every_kind_of_the_members_data(as_user, data):
    page = as_user("member").get(reverse("kenniskring:my_data"))
    assert page.status_code == 200
    text = page.content.decode()
    expected = ("Vraag LID-A", "Antwoord LID-A", "Reactie LID-A", "Impact LID-A", "Browser LID-A")
    for shown in expected:
        assert shown in text
    assert "LID-B" not in text
    assert "no-store" in page["Cache-Control"]


def test_the_download_holds_every_kind_of_data_and_files_and_nobody_elses(as_user, data, people):
    client = as_user("member")
    message, link = request_download(client)
    assert message.to == [people["member"].email]
    assert "één keer" in message.body
    response = client.get(path_of(link))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(archive.namelist())
    kinds = {name.removesuffix(".json") for name in names if name.endswith(".json")}
    assert KINDS <= kinds
    for kind in KINDS:
        assert json.loads(archive.read(f"{kind}.json"))["items"], kind
    everything = b"".join(archive.read(name) for name in names)
    assert b"LID-A" in everything and b"LID-B" not in everything
    assert b"lid_b" not in everything
    files = sorted(name for name in names if name.startswith("bestanden/"))
    assert [archive.read(name)[-5:] for name in files] == [b"LID-A", b"LID-A"]
    profile = json.loads(archive.read("profiel.json"))["items"][0]
    assert (profile["email"], profile["project"]) == ("lid_a@example.org", "Project A")


def test_the_link_works_once_and_leaves_no_file(as_user, data):
    client = as_user("member")
    _message, link = request_download(client)
    download = DataDownload.objects.get()
    stored = download.file.path
    assert client.get(path_of(link)).status_code == 200
    again = client.get(path_of(link))
    assert again.status_code == 404 and b"LID-A" not in again.content
    download.refresh_from_db()
    assert download.downloaded_at is not None and not download.file
    assert not os.path.exists(stored)


def test_others_outsiders_anonymous_and_guessed_links_get_nothing(as_user, client, data):
    _message, link = request_download(as_user("member"))
    for who in ("other_member", "outsider", "partner", "editor"):
        response = as_user(who).get(path_of(link))
        assert response.status_code == 404, who
        assert b"LID-A" not in response.content and b"PK" not in response.content[:2]
    client.logout()
    assert client.get(path_of(link)).status_code == 404
    guessed = path_of(link).rstrip("/")[:-4] + "abcd/"
    assert as_user("member").get(guessed).status_code == 404
    assert not ModelLogEntry.objects.filter(action=ACTION).exists()
    # The rightful member can still use it: the refusals used nothing up.
    assert as_user("member").get(path_of(link)).status_code == 200


def test_an_expired_link_is_a_404(as_user, data):
    client = as_user("member")
    _message, link = request_download(client)
    DataDownload.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    assert client.get(path_of(link)).status_code == 404


def test_the_daily_job_deletes_the_zip_of_an_expired_download_once(as_user, data):
    client = as_user("member")
    request_download(client)
    download = DataDownload.objects.get()
    storage, name = download.file.storage, download.file.name
    assert storage.exists(name)
    call_command("delete_expired_downloads", stdout=io.StringIO())
    assert storage.exists(name)  # still valid: kept
    DataDownload.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    out = io.StringIO()
    call_command("delete_expired_downloads", stdout=out)
    assert "1 expired" in out.getvalue() and not storage.exists(name)
    out = io.StringIO()
    call_command("delete_expired_downloads", stdout=out)  # a second run finds nothing
    assert "0 expired" in out.getvalue()


def test_the_download_is_in_the_audit_log(as_user, data, people):
    client = as_user("member")
    _message, link = request_download(client)
    client.get(path_of(link))
    [entry] = ModelLogEntry.objects.filter(action=ACTION)
    assert entry.user == people["member"]
    assert entry.object_id == str(people["member"].pk)
    assert entry.data["rows"]["forum-vragen"] == 1
    assert entry.data["file"].endswith(".zip")


def test_outsiders_and_anonymous_visitors_have_no_data_page(as_user, client, data):
    assert as_user("outsider").post(reverse("kenniskring:my_data")).status_code in (403, 302)
    client.logout()
    response = client.get(reverse("kenniskring:my_data"))
    assert response.status_code in (302, 403) and b"LID-A" not in response.content
    assert not DataDownload.objects.exists() and not mail.outbox
