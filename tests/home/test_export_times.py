"""Dates and times in the admin's exports are on the Brussels clock, readable, not UTC ISO."""

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from home.models import Registration

pytestmark = pytest.mark.django_db

# 23:30 UTC on 31 March 2030 is 01:30 on 1 April in Brussels (summer time).
LATE_UTC = datetime.datetime(2030, 3, 31, 23, 30, tzinfo=datetime.UTC)


@pytest.fixture
def late_registration(event):
    return Registration.objects.create(
        event=event,
        name="Ann Peeters",
        email="ann@voorbeeld.be",
        role=Registration.Role.choices[0][0],
        first_choice=event.workshops.first(),
        second_choice=event.workshops.last(),
        status=Registration.Status.CONFIRMED,
        workshop=event.workshops.first(),
        privacy_consent_at=LATE_UTC,
        created_at=LATE_UTC,
    )


@pytest.fixture
def editor_abroad(client, django_user_model):
    """An editor whose own admin time zone is elsewhere: the export still uses Brussels."""
    user = django_user_model.objects.create_superuser("redacteur", "r@voorbeeld.be", "x")
    profile = UserProfile.get_for_user(user)
    profile.current_time_zone = "America/New_York"
    profile.save()
    client.force_login(user)
    return user


def test_the_registrations_csv_shows_brussels_time(client, late_registration, editor_abroad):
    response = client.get("/admin/registration/?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1
    assert rows[0]["Ingeschreven op"] == "01-04-2030 01:30"
    assert rows[0]["Geannuleerd op"] == ""


def test_the_registrations_xlsx_has_a_brussels_date_cell(client, late_registration, editor_abroad):
    response = client.get("/admin/registration/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, row = list(sheet.values)[:2]
    cell = dict(zip(header, row, strict=True))["Ingeschreven op"]
    assert cell == datetime.datetime(2030, 4, 1, 1, 30)
