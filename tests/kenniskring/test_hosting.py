"""A project offers to host a network day; partners see every offer, other projects none."""

import pytest
from django.urls import reverse

from kenniskring.models import HostOffer

URL = "/nl/kenniskring/gastheer-worden/"


def offer(client, period="voorjaar 2030", note="We tonen onze moestuin."):
    return client.post(URL, {"period": period, "note": note})


def test_a_member_offers_their_project(as_user, tree, people):
    client = as_user("member")
    response = offer(client)
    assert response.status_code == 302
    stored = HostOffer.objects.get()
    assert (stored.project, stored.offered_by) == (tree["project_a"], people["member"])
    page = client.get(URL)
    assert "Cache-Control" in page and "no-store" in page["Cache-Control"]
    html = page.content.decode()
    assert "voorjaar 2030" in html and "We tonen onze moestuin." in html
    assert "De partners nemen contact op" in html


def test_the_same_offer_twice_is_told_and_stored_once(as_user):
    client = as_user("member")
    offer(client)
    response = offer(client, period="Voorjaar 2030", note="Nog eens")
    assert response.status_code == 200
    html = response.content.decode()
    assert "al aan om gastheer te zijn in deze periode" in html
    assert "Nog eens" in html  # what was typed stays
    assert HostOffer.objects.count() == 1


def test_an_empty_period_is_refused_next_to_the_field(as_user):
    response = offer(as_user("member"), period="", note="Onze zaal is toegankelijk.")
    assert response.status_code == 200
    assert 'id="id_period_errors"' in response.content.decode()
    assert "Onze zaal is toegankelijk." in response.content.decode()
    assert not HostOffer.objects.exists()


def test_partners_see_every_offer_and_other_projects_none(as_user, tree):
    offer(as_user("member"), note="Geheime plannen van project A")
    assert "Geheime plannen van project A" in as_user("partner").get(URL).content.decode()
    other = as_user("other_member").get(URL)
    assert other.status_code == 200
    assert "Geheime plannen van project A" not in other.content.decode()


@pytest.mark.parametrize(
    ("who", "status"), [("anonymous", 302), ("outsider", 403), ("editor", 403)]
)
def test_outsiders_get_nothing(as_user, who, status):
    offer(as_user("member"), note="Geheime plannen van project A")
    client = as_user(who)
    for response in (client.get(URL), offer(client, period="zomer")):
        assert response.status_code == status
        assert "Geheime plannen" not in response.content.decode()
    assert HostOffer.objects.count() == 1


def test_a_partner_without_a_project_cannot_offer(as_user):
    response = offer(as_user("partner"))
    assert response.status_code == 403
    assert not HostOffer.objects.exists()


def test_the_start_page_leads_there(as_user, tree):
    html = as_user("member").get(tree["kenniskring"].url).content.decode()
    assert f'href="{reverse("kenniskring:host_offers")}"' in html
