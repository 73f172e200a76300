import os
from functools import wraps

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from .. import access
from ..models import Region, Theme, themes_prefetch
from ..paging import paginate
from ..serving import serve_private_file
from ..views import render
from . import moderation, notify
from .forms import (
    AnswerForm,
    CommentForm,
    ExperienceForm,
    PreferencesForm,
    QuestionForm,
    ReportForm,
)
from .models import (
    KINDS,
    Answer,
    Comment,
    Experience,
    Follow,
    PostVersion,
    Preferences,
    Question,
    UsefulMark,
)
from .permissions import can_moderate, can_read, can_write

PER_PAGE = 20


def not_posted(request, message, status):
    """What was typed comes back with the reason it was not placed, so nothing is lost."""
    typed = {
        "title": request.POST.get("title", ""),
        "text": request.POST.get("text", ""),
    }
    return render(
        request,
        "kenniskring_forum/not_posted.html",
        {"message": message, "typed": typed},
        status=status,
    )


def members_only(view):
    """Only members, partners and moderators; a post from anyone else comes back unplaced."""

    @wraps(view)
    def inner(request, *args, **kwargs):
        if can_read(request.user):
            if request.method == "POST" and not can_write(request.user) and "text" in request.POST:
                return not_posted(
                    request, _("Alleen leden en partners schrijven in het forum."), 403
                )
            return view(request, *args, **kwargs)
        if request.method == "POST" and "text" in request.POST:
            return not_posted(
                request,
                _(
                    "Je bent geen lid meer van de kenniskring, dus je bericht is niet geplaatst. "
                    "Hieronder staat wat je schreef, zodat je het kunt bewaren."
                ),
                403,
            )
        return access.refuse(request)

    return inner


def _filters(request):
    return {
        # Two semi-joins, not one distinct join over every tagged post.
        "themes": Theme.objects.accepted()
        .localized()
        .filter(
            Q(pk__in=Question.themes.through.objects.values("theme_id"))
            | Q(pk__in=Experience.themes.through.objects.values("theme_id"))
        ),
        "regions": list(Region.objects.all()),
    }


def _page(request, queryset):
    return paginate(request, queryset, PER_PAGE)


def questions_for(user):
    return (
        Question.objects.for_user(user, can_moderate(user))
        .select_related("author", "project__region")
        .prefetch_related(themes_prefetch())
        .annotate(answer_count=Count("answers", filter=Q(answers__in=Answer.objects.visible())))
        .order_by("-created_at", "-pk")
    )


@members_only
def question_list(request):
    """Newest first; filter on unanswered, a theme or the region of the asker's project."""
    questions = questions_for(request.user)
    chosen = {
        "theme": request.GET.get("thema", ""),
        "region": request.GET.get("regio", ""),
        "unanswered": request.GET.get("onbeantwoord") == "1",
    }
    if chosen["theme"]:
        questions = questions.filter(themes__slug=chosen["theme"], themes__accepted=True)
    if chosen["region"]:
        questions = questions.filter(project__region__slug=chosen["region"])
    if chosen["unanswered"]:
        questions = questions.filter(answer_count=0)
    return render(
        request,
        "kenniskring_forum/question_list.html",
        {"page_obj": _page(request, questions), "chosen": chosen, **_filters(request)},
    )


def _thread_answers(question, user, moderator):
    return (
        question.answers.for_user(user, moderator)
        .select_related("author", "project")
        .annotate(
            useful_count=Count("useful_marks"),
            marked=Exists(UsefulMark.objects.filter(answer=OuterRef("pk"), user=user)),
        )
        .order_by("created_at", "pk")
    )


def _get_question(request, pk):
    return get_object_or_404(
        Question.objects.for_user(request.user, can_moderate(request.user))
        .select_related("author", "project__region")
        .prefetch_related(themes_prefetch()),
        pk=pk,
    )


def _already_placed(model, request, form):
    token = form.cleaned_data.get("form_token")
    if not token:
        return None
    return model.objects.filter(author=request.user, submit_token=token).first()


def _create(model, request, form, **fields):
    """Store a new post once; a second submit of the same form finds the first one."""
    existing = _already_placed(model, request, form)
    if existing is not None:
        messages.info(request, _("Dit bericht was al geplaatst; we hebben het niet herhaald."))
        return existing, False
    post = form.save(commit=False)
    post.author = request.user
    post.project = access.member_project(request.user)
    post.submit_token = form.cleaned_data.get("form_token", "")
    for name, value in fields.items():
        setattr(post, name, value)
    try:
        with transaction.atomic():
            post.save()
            form.save_m2m()
    except IntegrityError:
        existing = _already_placed(model, request, form)
        if existing is None:
            raise
        return existing, False
    return post, True


def _thread_field(thread):
    """The name under which follows and replies point at this thread."""
    return "question" if isinstance(thread, Question) else "experience"


def _follow(user, thread):
    Follow.objects.get_or_create(user=user, **{_thread_field(thread): thread})


def _is_following(user, thread):
    return Follow.objects.filter(user=user, **{_thread_field(thread): thread}).exists()


def _post_reply(request, thread, form_class, model, gone, posted):
    """A reply posted to a thread: stored once and followed, or (form, None) with its errors."""
    if thread is None or not thread.is_visible:
        return None, not_posted(request, gone, 409)
    form = form_class(request.POST)
    if not form.is_valid():
        return form, None
    reply, created = _create(model, request, form, **{_thread_field(thread): thread})
    if created:
        _follow(request.user, thread)
        transaction.on_commit(lambda: notify.notify_followers(reply))
        messages.success(request, posted)
    return None, redirect(reply.get_absolute_url())


@members_only
def question_detail(request, pk):
    """The thread; a member answers it here."""
    moderator = can_moderate(request.user)
    if request.method == "POST":
        form, response = _post_reply(
            request,
            Question.objects.filter(pk=pk).first(),
            AnswerForm,
            Answer,
            gone=_(
                "Deze vraag is verwijderd of verborgen, dus je antwoord is niet geplaatst. "
                "Hieronder staat wat je schreef."
            ),
            posted=_("Je antwoord is geplaatst."),
        )
        if response:
            return response
    else:
        form = AnswerForm()
    question = _get_question(request, pk)
    return render(
        request,
        "kenniskring_forum/question_detail.html",
        {
            "question": question,
            "answers": _thread_answers(question, request.user, moderator),
            "form": form,
            "following": _is_following(request.user, question),
            "moderator": moderator,
            "can_write": can_write(request.user),
        },
    )


@members_only
def question_create(request):
    if not can_write(request.user):
        return access.refuse(request)
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        question, created = _create(Question, request, form)
        if created:
            _follow(request.user, question)
            messages.success(request, _("Je vraag staat in het forum."))
        return redirect(question.get_absolute_url())
    return render(
        request,
        "kenniskring_forum/post_form.html",
        {"form": form, "heading": _("Een vraag stellen"), "submit_label": _("Vraag plaatsen")},
    )


@members_only
def experience_list(request):
    experiences = (
        Experience.objects.for_user(request.user, can_moderate(request.user))
        .select_related("author", "project__region")
        .prefetch_related(themes_prefetch())
        .annotate(comment_count=Count("comments", filter=Q(comments__in=Comment.objects.visible())))
        .order_by("-created_at", "-pk")
    )
    chosen = {"theme": request.GET.get("thema", ""), "region": request.GET.get("regio", "")}
    if chosen["theme"]:
        experiences = experiences.filter(themes__slug=chosen["theme"], themes__accepted=True)
    if chosen["region"]:
        experiences = experiences.filter(project__region__slug=chosen["region"])
    return render(
        request,
        "kenniskring_forum/experience_list.html",
        {"page_obj": _page(request, experiences), "chosen": chosen, **_filters(request)},
    )


@members_only
def experience_create(request):
    if not can_write(request.user):
        return access.refuse(request)
    form = ExperienceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        experience, created = _create(Experience, request, form)
        if created:
            _follow(request.user, experience)
            messages.success(request, _("Je ervaring is gedeeld met de kenniskring."))
        return redirect(experience.get_absolute_url())
    return render(
        request,
        "kenniskring_forum/post_form.html",
        {
            "form": form,
            "heading": _("Een ervaring delen"),
            "submit_label": _("Ervaring delen"),
            "multipart": True,
        },
    )


@members_only
def experience_detail(request, pk):
    moderator = can_moderate(request.user)
    if request.method == "POST":
        form, response = _post_reply(
            request,
            Experience.objects.filter(pk=pk).first(),
            CommentForm,
            Comment,
            gone=_(
                "Deze ervaring is verwijderd of verborgen, dus je reactie is niet geplaatst. "
                "Hieronder staat wat je schreef."
            ),
            posted=_("Je reactie is geplaatst."),
        )
        if response:
            return response
    else:
        form = CommentForm()
    experience = get_object_or_404(
        Experience.objects.for_user(request.user, moderator)
        .select_related("author", "project__region")
        .prefetch_related(themes_prefetch()),
        pk=pk,
    )
    comments = experience.comments.for_user(request.user, moderator).select_related(
        "author", "project"
    )
    return render(
        request,
        "kenniskring_forum/experience_detail.html",
        {
            "experience": experience,
            "comments": comments,
            "form": form,
            "following": _is_following(request.user, experience),
            "moderator": moderator,
            "can_write": can_write(request.user),
        },
    )


@members_only
def experience_image(request, pk):
    experience = get_object_or_404(
        Experience.objects.for_user(request.user, can_moderate(request.user)), pk=pk
    )
    if not experience.image:
        raise Http404
    name = os.path.basename(experience.image.name)
    return serve_private_file(request, experience.image, name, as_attachment=False)


def _get_post(request, kind, pk, moderator=None):
    model = KINDS.get(kind)
    if model is None:
        raise Http404
    moderator = can_moderate(request.user) if moderator is None else moderator
    return get_object_or_404(model.objects.for_user(request.user, moderator), pk=pk)


@members_only
def post_edit(request, kind, pk):
    """Authors edit their own posts; the earlier version is kept."""
    post = _get_post(request, kind, pk, moderator=False)
    if post.author_id != request.user.pk or not can_write(request.user):
        return access.refuse(request)
    form_class = {
        "vraag": QuestionForm,
        "antwoord": AnswerForm,
        "ervaring": ExperienceForm,
        "reactie": CommentForm,
    }[kind]
    before = {"title": getattr(post, "title", ""), "text": post.text}
    written_at = post.edited_at or post.created_at
    form = form_class(request.POST or None, request.FILES or None, instance=post)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            PostVersion.objects.create(post=post, written_at=written_at, **before)
            post = form.save(commit=False)
            post.edited_at = timezone.now()
            post.save()
            form.save_m2m()
        messages.success(request, _("Je bericht is aangepast."))
        return redirect(post.get_absolute_url())
    return render(
        request,
        "kenniskring_forum/post_form.html",
        {
            "form": form,
            "heading": _("Je bericht bewerken"),
            "submit_label": _("Wijziging bewaren"),
            "multipart": kind == "ervaring",
            "post": post,
        },
    )


@members_only
def post_versions(request, kind, pk):
    """Earlier versions, for the author and the moderators."""
    moderator = can_moderate(request.user)
    post = _get_post(request, kind, pk, moderator)
    if not (moderator or post.author_id == request.user.pk):
        return access.refuse(request)
    versions = PostVersion.objects.filter(
        content_type=ContentType.objects.get_for_model(post), object_id=post.pk
    )
    return render(
        request,
        "kenniskring_forum/post_versions.html",
        {"post": post, "versions": versions},
    )


@members_only
def post_delete(request, kind, pk):
    """Authors delete their own posts: kept for the moderators, gone for everyone else."""
    post = _get_post(request, kind, pk, moderator=False)
    if post.author_id != request.user.pk:
        return access.refuse(request)
    if request.method == "POST":
        post.deleted_at = timezone.now()
        post.save(update_fields=["deleted_at"])
        log(instance=post, action="kenniskring_forum.delete", user=request.user)
        messages.success(request, _("Je bericht is verwijderd."))
        thread = post.thread
        return redirect(
            thread.get_absolute_url()
            if thread is not post
            else (
                "kenniskring_forum:questions"
                if kind == "vraag"
                else "kenniskring_forum:experiences"
            )
        )
    return render(request, "kenniskring_forum/post_delete.html", {"post": post})


@members_only
def post_report(request, kind, pk):
    post = _get_post(request, kind, pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        report = form.save(commit=False)
        report.post = post
        report.reporter = request.user
        report.save()
        log(
            instance=post,
            action="kenniskring_forum.report",
            user=request.user,
            data={"reason": report.reason},
        )
        messages.success(request, _("Bedankt. Een moderator bekijkt je melding."))
        return redirect(post.get_absolute_url())
    return render(request, "kenniskring_forum/post_report.html", {"post": post, "form": form})


@require_POST
@members_only
def post_moderate(request, kind, pk, action):
    """Partners and editors hide a post or bring it back; every step is logged."""
    if not can_moderate(request.user):
        return access.refuse(request)
    if action not in ("verbergen", "herstellen"):
        raise Http404
    post = _get_post(request, kind, pk, moderator=True)
    if action == "verbergen":
        moderation.hide(post, request.user)
        messages.success(request, _("Het bericht is verborgen."))
    else:
        moderation.restore(post, request.user)
        messages.success(request, _("Het bericht is hersteld."))
    return redirect(post.get_absolute_url())


@require_POST
@members_only
def accept_answer(request, pk):
    answer = get_object_or_404(Answer.objects.visible().select_related("question"), pk=pk)
    question = answer.question
    if question.author_id != request.user.pk or not can_write(request.user):
        return access.refuse(request)
    if question.accepted_answer_id == answer.pk:
        question.accepted_answer = None
        messages.success(request, _("Het antwoord is niet langer aanvaard."))
    else:
        question.accepted_answer = answer
        messages.success(request, _("Je hebt dit antwoord aanvaard."))
    question.save(update_fields=["accepted_answer"])
    return redirect(answer.get_absolute_url())


@require_POST
@members_only
def mark_useful(request, pk):
    answer = get_object_or_404(Answer.objects.visible(), pk=pk)
    if answer.author_id == request.user.pk or not can_write(request.user):
        messages.error(request, _("Je kunt je eigen antwoord niet als nuttig aanduiden."))
        return redirect(answer.get_absolute_url())
    mark, created = UsefulMark.objects.get_or_create(answer=answer, user=request.user)
    if not created:
        mark.delete()
    return redirect(answer.get_absolute_url())


@require_POST
@members_only
def toggle_follow(request, kind, pk):
    if kind not in ("vraag", "ervaring"):
        raise Http404
    thread = _get_post(request, kind, pk)
    field = "question" if kind == "vraag" else "experience"
    deleted, _count = Follow.objects.filter(user=request.user, **{field: thread}).delete()
    if deleted:
        messages.success(request, _("Je volgt dit niet meer."))
    else:
        Follow.objects.create(user=request.user, **{field: thread})
        messages.success(request, _("Je krijgt een e-mail bij elke nieuwe bijdrage."))
    return redirect(thread.get_absolute_url())


@members_only
def my_posts(request):
    mine = Q(author=request.user, deleted_at__isnull=True)
    return render(
        request,
        "kenniskring_forum/my_posts.html",
        {
            "questions": Question.objects.filter(mine),
            "answers": Answer.objects.filter(mine).select_related("question"),
            "experiences": Experience.objects.filter(mine),
            "comments": Comment.objects.filter(mine).select_related("experience"),
        },
    )


@members_only
def preferences(request):
    current = Preferences.objects.filter(user=request.user).first() or Preferences(
        user=request.user
    )
    form = PreferencesForm(
        request.POST or None,
        initial={"follow_mails": current.follow_mails, "weekly_digest": current.weekly_digest},
    )
    if request.method == "POST" and form.is_valid():
        current.follow_mails = form.cleaned_data["follow_mails"]
        current.weekly_digest = form.cleaned_data["weekly_digest"]
        current.save()
        messages.success(request, _("Je voorkeuren zijn bewaard."))
        return redirect("kenniskring_forum:preferences")
    return render(request, "kenniskring_forum/preferences.html", {"form": form})
