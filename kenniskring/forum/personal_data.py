"""The forum's part of a member's data (see kenniskring.personal_data): what they wrote,
followed, marked and reported, their mail preferences; and what leaving does to it."""

from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..personal_data import Part
from .models import (
    Answer,
    Comment,
    Experience,
    Follow,
    PostVersion,
    Preferences,
    Question,
    Report,
    UsefulMark,
)


def post_row(post, **extra):
    return {
        "id": post.pk,
        "title": getattr(post, "title", ""),
        "text": post.text,
        "created_at": post.created_at,
        "edited_at": post.edited_at,
        "deleted_at": post.deleted_at,
        **extra,
    }


def versions_of(posts):
    rows = []
    for model, ids in posts.items():
        versions = PostVersion.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id__in=ids
        )
        rows += [
            {
                "kind": model._meta.model_name,
                "post": v.object_id,
                "title": v.title,
                "text": v.text,
                "written_at": v.written_at,
            }
            for v in versions
        ]
    return rows


def parts(user):
    questions = list(Question.objects.filter(author=user))
    answers = list(Answer.objects.filter(author=user).select_related("question"))
    experiences = list(Experience.objects.filter(author=user))
    comments = list(Comment.objects.filter(author=user).select_related("experience"))
    images = [
        (f"ervaringen/{e.pk}{Path(e.image.name).suffix}", e.image) for e in experiences if e.image
    ]
    posts = {
        Question: [p.pk for p in questions],
        Answer: [p.pk for p in answers],
        Experience: [p.pk for p in experiences],
        Comment: [p.pk for p in comments],
    }
    preferences = Preferences.objects.filter(user=user)
    return [
        Part(
            "forum-vragen",
            _("Je vragen op het forum"),
            [post_row(q) for q in questions],
            order=40,
        ),
        Part(
            "forum-antwoorden",
            _("Je antwoorden op het forum"),
            [post_row(a, url=a.get_absolute_url()) for a in answers],
            order=41,
        ),
        Part(
            "ervaringen",
            _("Je ervaringen"),
            [post_row(e, image=e.image.name.rsplit("/", 1)[-1]) for e in experiences],
            files=images,
            order=42,
        ),
        Part(
            "reacties",
            _("Je reacties op ervaringen"),
            [post_row(c, url=c.get_absolute_url()) for c in comments],
            order=43,
        ),
        Part(
            "eerdere-versies",
            _("Eerdere versies van je berichten"),
            versions_of(posts),
            order=44,
        ),
        Part(
            "gevolgd",
            _("Wat je volgt op het forum"),
            [
                {"url": (f.question or f.experience).get_absolute_url(), "since": f.created_at}
                for f in Follow.objects.filter(user=user).select_related("question", "experience")
            ],
            order=45,
        ),
        Part(
            "nuttig",
            _("Antwoorden die je nuttig vond"),
            [
                {"url": m.answer.get_absolute_url(), "at": m.created_at}
                for m in UsefulMark.objects.filter(user=user).select_related("answer__question")
            ],
            order=46,
        ),
        Part(
            "meldingen",
            _("Berichten die je meldde"),
            [
                {"url": r.post_url, "reason": r.reason, "created_at": r.created_at}
                for r in Report.objects.filter(reporter=user)
            ],
            order=47,
        ),
        Part(
            "e-mailvoorkeuren",
            _("Je e-mailvoorkeuren voor het forum"),
            [
                {"follow_mails": p.follow_mails, "weekly_digest": p.weekly_digest}
                for p in preferences
            ],
            order=50,
        ),
    ]


def forget_versions_and_reports(model, ids):
    content_type = ContentType.objects.get_for_model(model)
    for related in (PostVersion, Report):
        related.objects.filter(content_type=content_type, object_id__in=ids).delete()


def forget(user, remove_posts):
    """Kept, the posts read "oud-lid" once the account is gone (the author is SET_NULL).
    Removed, the member's answers and comments go, and so do their questions and
    experiences, except where another member replied: those are emptied and hidden as a
    deleted post is, so the other member's reply is not lost with them."""
    if not remove_posts:
        return
    for model in (Answer, Comment, Question, Experience):
        posts = model.objects.filter(author=user)
        forget_versions_and_reports(model, list(posts.values_list("pk", flat=True)))
        if model is Experience:
            for experience in posts.exclude(image=""):
                experience.image.delete(save=False)
        replies = {Question: "answers", Experience: "comments"}.get(model)
        if replies is None:
            posts.delete()
            continue
        posts.filter(**{f"{replies}__isnull": True}).delete()
        emptied = {"title": "", "text": "", "deleted_at": timezone.now()}
        if model is Experience:
            emptied |= {"image": "", "image_alt": ""}
        model.objects.filter(author=user).update(**emptied)
