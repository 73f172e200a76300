"""Personal data in the kenniskring: every attendance export is in the audit log, and
invitations that were never used are deleted once expired."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry

from kenniskring.models import Attendance, Invitation

ACTION = "kenniskring.attendance_export"


def test_every_attendance_export_is_logged_on_its_day(as_user, tree, people):
    day = tree["day_north"]
    Attendance.objects.create(day=day, project=tree["project_a"], participant_one="Anna")
    Attendance.objects.create(day=day, project=tree["project_b"], participant_one="Bram")
    client = as_user("partner")
    assert client.get(day.url + "aanwezigheden/csv/").status_code == 200
    assert client.get(day.url + "aanwezigheden/xlsx/").status_code == 200
    entries = PageLogEntry.objects.filter(action=ACTION).order_by("pk")
    assert [(e.page_id, e.user, e.data["rows"], e.data["file"]) for e in entries] == [
        (day.pk, people["partner"], 2, f"aanwezigheden-{day.slug}.csv"),
        (day.pk, people["partner"], 2, f"aanwezigheden-{day.slug}.xlsx"),
    ]


def test_refused_exports_leave_no_record_and_no_names(as_user, client, tree):
    day = tree["day_north"]
    Attendance.objects.create(day=day, project=tree["project_a"], participant_one="Anna")
    for who in ("member", "other_member", "outsider"):
        response = as_user(who).get(day.url + "aanwezigheden/csv/")
        assert response.status_code in (302, 403, 404)
        assert b"Anna" not in response.content
    client.logout()
    assert client.get(day.url + "aanwezigheden/csv/").status_code in (302, 403, 404)
    assert not PageLogEntry.objects.filter(action=ACTION).exists()


def invitation(tree, email, expires_in, accepted=False):
    item = Invitation(email=email, first_name="Nora", project=tree["project_a"])
    item.new_token(1)
    item.expires_at = timezone.now() + datetime.timedelta(days=expires_in)
    if accepted:
        item.accepted_at = timezone.now() - datetime.timedelta(days=3)
    item.save()
    return item


def test_invitations_never_used_are_deleted_once_expired(tree):
    invitation(tree, "verlopen@example.org", -1)
    invitation(tree, "geldig@example.org", 3)
    invitation(tree, "aanvaard@example.org", -5, accepted=True)
    out = io.StringIO()
    call_command("delete_expired_invitations", stdout=out)
    assert "1 expired invitation(s) deleted." in out.getvalue()
    assert sorted(Invitation.objects.values_list("email", flat=True)) == [
        "aanvaard@example.org",
        "geldig@example.org",
    ]
    call_command("delete_expired_invitations", stdout=out)
    assert Invitation.objects.count() == 2


PRIVACY_NOTE = "Lees in de privacyverklaring welke gegevens we bewaren, hoe lang en waarom."


def privacy_of_the_host(request):
    return "/privacy-van-de-host/"


def test_the_forms_that_ask_personal_data_link_to_the_hosts_privacy_statement(
    as_user, tree, settings
):
    item = invitation(tree, "nieuw@example.org", 3)
    token = item.new_token(1)
    item.save()
    pages = [
        ("anonymous", f"/nl/uitnodiging/{token}/"),
        ("member", tree["day_north"].url + "aanmelden/"),
        ("member", "/nl/mijn-gegevens/"),
        ("member", "/nl/mijn-gegevens/verlaten/"),
    ]
    settings.KENNISKRING_PRIVACY_URL = f"{__name__}.privacy_of_the_host"
    link = f'<a href="/privacy-van-de-host/">{PRIVACY_NOTE}</a>'
    for who, address in pages:
        assert link in as_user(who).get(address).content.decode(), address
    settings.KENNISKRING_PRIVACY_URL = ""
    for who, address in pages:
        assert PRIVACY_NOTE not in as_user(who).get(address).content.decode(), address
