"""E-mails of the forum: to followers on a new answer or comment, and the weekly digest.

Every mail is written in its recipient's language (`kenniskring.mail.messages_for`): subject,
body and addresses. The text is the same for everyone who reads a language, so it is rendered
once per language and sent to all recipients over one connection.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext

from .. import access
from ..mail import messages_for, render_mail, send_all
from .cleaning import visible_text
from .models import Follow


def absolute(url):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def author_name(user):
    if user is None:
        return gettext("oud-lid")
    return user.get_full_name() or user.get_username()


def mail_recipients():
    """Who may get forum content by e-mail: exactly who may read it (`access.can_enter`),
    with an address. One query, with the member profile joined, so reading each one's
    language costs nothing more."""
    return (
        access.users_who_may_enter()
        .exclude(email="")
        .select_related("kenniskring_member")
        .order_by("pk")
    )


def followers(thread):
    """Members who follow the thread and still want these mails."""
    field = "question" if thread.kind() == "vraag" else "experience"
    follower_ids = Follow.objects.filter(**{field: thread}).values("user_id")
    return (
        mail_recipients().filter(pk__in=follower_ids).exclude(forum_preferences__follow_mails=False)
    )


def notify_followers(post):
    """One mail per follower, never to the writer; called after the post is committed."""
    thread = post.thread
    if not (post.is_visible and thread.is_visible):
        return 0
    recipients = followers(thread).exclude(pk=post.author_id)
    writer = author_name(post.author)
    excerpt = visible_text(post.text)[:400]

    def render():
        context = {
            "post": post,
            "thread": thread,
            "writer": writer,
            "excerpt": excerpt,
            "link": absolute(post.get_absolute_url()),
            "preferences_link": absolute(reverse("kenniskring_forum:preferences")),
        }
        return render_mail(
            "kenniskring_forum/emails/new_post_subject.txt",
            "kenniskring_forum/emails/new_post.txt",
            context,
        )

    return send_all(messages_for(recipients, render))
