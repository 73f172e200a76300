"""E-mails of the forum: to followers on a new answer or comment, and the weekly digest."""

from django.conf import settings
from django.core.mail import send_mass_mail
from django.template.loader import render_to_string
from django.utils import translation

from .cleaning import visible_text
from .models import Follow
from .permissions import kenniskring_users


def absolute(url):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def author_name(user):
    if user is None:
        return "?"
    return user.get_full_name() or user.get_username()


def followers(thread):
    """Members who follow the thread and still want these mails."""
    field = "question" if thread.kind() == "vraag" else "experience"
    follower_ids = Follow.objects.filter(**{field: thread}).values("user_id")
    return (
        kenniskring_users()
        .filter(pk__in=follower_ids)
        .exclude(forum_preferences__follow_mails=False)
    )


def notify_followers(post):
    """One mail per follower, never to the writer; called after the post is committed."""
    thread = post.thread
    recipients = followers(thread).exclude(pk=post.author_id)
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "post": post,
            "thread": thread,
            "writer": author_name(post.author),
            "excerpt": visible_text(post.text)[:400],
            "link": absolute(post.get_absolute_url()),
            "preferences_link": absolute(_preferences_url()),
        }
        subject = " ".join(
            render_to_string("kenniskring_forum/emails/new_post_subject.txt", context).split()
        )
        body = render_to_string("kenniskring_forum/emails/new_post.txt", context)
    messages = [(subject, body, None, [user.email]) for user in recipients]
    send_mass_mail(messages, fail_silently=False)
    return len(messages)


def _preferences_url():
    from django.urls import reverse

    return reverse("kenniskring_forum:preferences")
