"""A page moved into the kenniskring leaves no public redirect that says where it went."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from tests.kenniskring.fixtures import publish

pytestmark = pytest.mark.django_db


def test_a_page_moved_into_the_kenniskring_leaves_no_public_redirect(
    client, tree, django_capture_on_commit_callbacks
):
    page = publish(tree["home"], Page(title="Verslag intervisie", slug="verslag"))
    child = publish(page, Page(title="Bijlage", slug="bijlage"))
    old_urls = [page.url, child.url]
    assert client.get(old_urls[0]).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=page.pk).move(tree["region_north"], pos="last-child")
    for old_url in old_urls:
        response = client.get(old_url)
        assert response.status_code == 404
        assert "kenniskring" not in response.get("Location", "")
    assert not Redirect.objects.exists()


def test_a_page_moved_elsewhere_in_public_keeps_its_redirect(
    client, tree, django_capture_on_commit_callbacks
):
    page = publish(tree["home"], Page(title="Verslag", slug="verslag"))
    old_url = page.url
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=page.pk).move(tree["index"], pos="last-child")
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == Page.objects.get(pk=page.pk).url
