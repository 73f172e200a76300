"""Login, lockout, password reset and the private-page password form."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.utils import timezone
from wagtail.models import PageViewRestriction

PASSWORD = "geheim-wachtwoord-42"


def test_login_page_in_site_style_and_lands_on_the_page_asked_for(client, people, tree):
    day = tree["day_north"].url
    response = client.get(day)
    assert response.status_code == 302
    login_page = client.get(response["Location"])
    assert "Inloggen in de kenniskring" in login_page.content.decode()
    assert 'name="next"' in login_page.content.decode()

    response = client.post(
        "/nl/inloggen/", {"username": "lid_a", "password": PASSWORD, "next": day}
    )
    assert response.status_code == 302 and response["Location"] == day
    assert client.get(day).status_code == 200


@pytest.mark.parametrize(
    "next_url", ["https://evil.example.com/", "//evil.example.com/x", "javascript:alert(1)"]
)
def test_login_never_sends_to_another_site(client, people, tree, next_url):
    response = client.post(
        "/nl/inloggen/", {"username": "lid_a", "password": PASSWORD, "next": next_url}
    )
    assert response.status_code == 302
    assert response["Location"] == tree["kenniskring"].url


def test_wrong_password_says_so_and_keeps_the_username(client, people):
    response = client.post("/nl/inloggen/", {"username": "lid_a", "password": "fout"})
    assert response.status_code == 200
    body = response.content.decode()
    assert 'value="lid_a"' in body
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in body


def test_lockout_after_five_wrong_passwords_and_it_expires(client, people, tree):
    for _ in range(5):
        client.post("/nl/inloggen/", {"username": "lid_a", "password": "fout"})
    # Locked: even the right password is refused now.
    response = client.post("/nl/inloggen/", {"username": "lid_a", "password": PASSWORD})
    assert response.status_code == 429
    assert "Te veel mislukte pogingen" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Another account from the same address is not locked.
    response = client.post("/nl/inloggen/", {"username": "lid_b", "password": PASSWORD})
    assert response.status_code == 302
    client.logout()
    # Fifteen minutes later the lock is gone.
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    response = client.post("/nl/inloggen/", {"username": "lid_a", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(tree["day_north"].url).status_code == 200


def test_behind_a_proxy_a_lockout_holds_only_for_the_address_that_guessed(client, people, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    guesser = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.5"}
    owner = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    for _ in range(5):
        client.post("/nl/inloggen/", {"username": "lid_a", "password": "fout"}, **guesser)
    right = {"username": "lid_a", "password": PASSWORD}
    assert client.post("/nl/inloggen/", right, **guesser).status_code == 429
    assert client.post("/nl/inloggen/", right, **owner).status_code == 302


def test_logout_is_a_post_and_closes_the_kenniskring(client, people, tree):
    client.force_login(people["member"])
    assert client.post("/nl/uitloggen/").status_code == 302
    assert client.get(tree["kenniskring"].url).status_code == 302


def test_password_reset_answers_the_same_for_unknown_addresses(client, people):
    known = client.post("/nl/wachtwoord-vergeten/", {"email": "lid_a@example.org"})
    unknown = client.post("/nl/wachtwoord-vergeten/", {"email": "niemand@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == "/nl/wachtwoord-vergeten/verstuurd/"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["lid_a@example.org"]
    link = next(
        line for line in mail.outbox[0].body.splitlines() if "/wachtwoord-vergeten/" in line
    )
    path = link.split("testserver", 1)[1]
    form = client.get(path, follow=True)
    assert "Kies een nieuw wachtwoord" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "nieuw-Wachtwoord-77", "new_password2": "nieuw-Wachtwoord-77"},
    )
    assert done["Location"] == "/nl/wachtwoord-vergeten/klaar/"
    assert client.login(username="lid_a", password="nieuw-Wachtwoord-77")


def test_private_page_password_form_locks_after_five_wrong_tries(client, tree, home):
    restriction = PageViewRestriction.objects.create(
        page=tree["index"], restriction_type=PageViewRestriction.PASSWORD, password="sesam"
    )
    response = client.get(tree["index"].url)
    assert "beveiligd met een wachtwoord" in response.content.decode()
    action = f"/nl/_util/authenticate_with_password/{restriction.id}/{tree['index'].id}/"
    for attempt in range(1, 6):
        wrong = client.post(action, {"password": "fout", "return_url": tree["index"].url})
        # The fifth wrong try locks the form at once.
        assert wrong.status_code == (429 if attempt == 5 else 200)
    locked = client.post(action, {"password": "sesam", "return_url": tree["index"].url})
    assert locked.status_code == 429
    assert "beveiligd met een wachtwoord" in client.get(tree["index"].url).content.decode()
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    ok = client.post(action, {"password": "sesam", "return_url": tree["index"].url})
    assert ok.status_code == 302
    unlocked = client.get(tree["index"].url)
    assert "beveiligd met een wachtwoord" not in unlocked.content.decode()
    assert "Alle projecten" in unlocked.content.decode()


def test_one_address_may_not_try_passwords_on_any_number_of_accounts(client, people):
    for number in range(5):
        for _ in range(4):  # under the limit of five for each account
            client.post("/nl/inloggen/", {"username": f"gok{number}", "password": "fout"})
    # Twenty wrong tries from this address: even an account it never tried is locked.
    response = client.post("/nl/inloggen/", {"username": "lid_b", "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # From another address the account opens.
    other = client.post(
        "/nl/inloggen/", {"username": "lid_b", "password": PASSWORD}, REMOTE_ADDR="198.51.100.9"
    )
    assert other.status_code == 302
