"""E-mails of the forum: to followers on a new answer or comment, and the weekly digest.

Every mail is written in its recipient's language (`kenniskring.mail.language_of`): subject,
body and addresses. The text is the same for everyone who reads a language, so it is rendered
once per language and sent to all recipients over one connection.
"""

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse

from ..mail import in_language_of, language_of
from .cleaning import visible_text
from .models import Follow
from .permissions import kenniskring_users


def absolute(url):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def author_name(user):
    if user is None:
        return "?"
    return user.get_full_name() or user.get_username()


def render_mail(subject_template, body_template, context):
    """(subject, body) in the active language; the subject folded into one line."""
    subject = " ".join(render_to_string(subject_template, context).split())
    return subject, render_to_string(body_template, context)


def mail_recipients():
    """Who may get forum content by e-mail: exactly who may read it, i.e. active accounts
    that may still enter the kenniskring (`access.can_enter`; a deleted member profile takes
    its person out of the groups). One query, with the member profile joined, so reading
    each one's language costs nothing more."""
    return kenniskring_users().select_related("kenniskring_member").order_by("pk")


def messages_for(users, render):
    """One `EmailMessage` per user, each in that user's language.

    `render()` returns (subject, body); it is called inside the language (so it must reverse
    its addresses itself), once per language among `users`.
    """
    rendered = {}
    messages = []
    for user in users:
        language = language_of(user)
        if language not in rendered:
            with in_language_of(user):
                rendered[language] = render()
        subject, body = rendered[language]
        messages.append(EmailMessage(subject, body, None, [user.email]))
    return messages


def send(messages):
    """Send all messages over a single connection; returns how many went out."""
    if not messages:
        return 0
    with get_connection() as connection:
        return connection.send_messages(messages) or 0


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

    return send(messages_for(recipients, render))
