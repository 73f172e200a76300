from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from .. import access, conf
from ..auth import is_rate_limited
from ..forms import (
    ChosenPasswordForm,
    LanguageForm,
    LoginForm,
    MemberPasswordResetForm,
    SetPasswordForm,
)
from ..models import CalendarToken, Invitation, KenniskringPage, Member
from . import render


class BaseTemplateMixin:
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["kenniskring_base_template"] = conf.get("BASE_TEMPLATE")
        return context


class LoginView(BaseTemplateMixin, auth_views.LoginView):
    template_name = "kenniskring/account/login.html"
    form_class = LoginForm

    def get_default_redirect_url(self):
        return kenniskring_url(self.request) or conf.get("LOGIN_REDIRECT_URL")


class LogoutView(auth_views.LogoutView):
    next_page = "/"


class PasswordResetView(BaseTemplateMixin, auth_views.PasswordResetView):
    template_name = "kenniskring/account/password_reset_form.html"
    form_class = MemberPasswordResetForm
    email_template_name = "kenniskring/emails/password_reset.txt"
    subject_template_name = "kenniskring/emails/password_reset_subject.txt"
    success_url = reverse_lazy("kenniskring:password_reset_done")

    def form_valid(self, form):
        limit = conf.get("PASSWORD_RESETS_PER_HOUR")
        email = form.cleaned_data["email"]
        if is_rate_limited(self.request, "kenniskring:password-reset", email, limit, 3600):
            form.add_error(
                "email",
                _(
                    "Je vroeg al te vaak een nieuw wachtwoord aan. "
                    "Probeer het over een uur opnieuw."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


class PasswordResetDoneView(BaseTemplateMixin, auth_views.PasswordResetDoneView):
    template_name = "kenniskring/account/password_reset_done.html"


class PasswordResetConfirmView(BaseTemplateMixin, auth_views.PasswordResetConfirmView):
    template_name = "kenniskring/account/password_reset_confirm.html"
    form_class = ChosenPasswordForm
    success_url = reverse_lazy("kenniskring:password_reset_complete")


class PasswordResetCompleteView(BaseTemplateMixin, auth_views.PasswordResetCompleteView):
    template_name = "kenniskring/account/password_reset_complete.html"


def kenniskring_url(request):
    page = KenniskringPage.objects.live().filter(locale__language_code=request.LANGUAGE_CODE)
    page = page.first() or KenniskringPage.objects.live().first()
    return page.url if page else None


@sensitive_post_parameters("password1", "password2")
@never_cache
def accept_invitation(request, token):
    """The one-time link from the invitation e-mail: choose a password and enter."""
    invitation = Invitation.find_valid(token)
    if invitation is None:
        return render(request, "kenniskring/account/invitation_invalid.html", status=404)
    User = get_user_model()
    if request.method == "POST":
        form = SetPasswordForm(request.POST)
        if form.is_valid():
            with transaction.atomic():
                invitation = (
                    Invitation.objects.select_for_update()
                    .filter(pk=invitation.pk, accepted_at__isnull=True)
                    .first()
                )
                if invitation is None or User.objects.filter(username=invitation.email).exists():
                    return render(
                        request, "kenniskring/account/invitation_invalid.html", status=404
                    )
                user = User.objects.create_user(
                    username=invitation.email,
                    email=invitation.email,
                    password=form.cleaned_data["password2"],
                    first_name=invitation.first_name,
                    last_name=invitation.last_name,
                )
                Member.objects.create(
                    user=user,
                    project=invitation.project,
                    role=invitation.role,
                    last_language=request.LANGUAGE_CODE,
                )
                invitation.accepted_at = timezone.now()
                invitation.save(update_fields=["accepted_at"])
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welkom in de kenniskring! Je wachtwoord is ingesteld."))
            return redirect(kenniskring_url(request) or conf.get("LOGIN_REDIRECT_URL"))
    else:
        form = SetPasswordForm()
    return render(
        request,
        "kenniskring/account/invitation.html",
        {"form": form, "invitation": invitation},
    )


def my_calendar(request):
    """A member's personal calendar address: show it, renew it, or switch it off."""
    if not access.can_enter(request.user):
        return access.refuse(request)
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            CalendarToken.objects.filter(user=request.user).delete()
            messages.success(request, _("Je agenda-adres is uitgeschakeld."))
        else:
            CalendarToken.renew_for(request.user)
            messages.success(
                request, _("Je hebt een nieuw agenda-adres. Het oude werkt niet meer.")
            )
        return redirect("kenniskring:my_calendar")
    token = CalendarToken.objects.filter(user=request.user).first()
    feed_url = (
        request.build_absolute_uri(reverse("kenniskring:calendar_feed", args=[token.token]))
        if token
        else None
    )
    return render(request, "kenniskring/account/my_calendar.html", {"feed_url": feed_url})


def my_language(request):
    """The language of a member's e-mails: chosen here, or the one they use the site in."""
    member = getattr(request.user, "kenniskring_member", None)
    if not access.can_enter(request.user) or member is None:
        return access.refuse(request)
    form = LanguageForm(request.POST or None, instance=member)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Je voorkeur is bewaard."))
        return redirect("kenniskring:my_language")
    return render(request, "kenniskring/account/my_language.html", {"form": form})


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer after too many wrong passwords (AXES_LOCKOUT_CALLABLE)."""
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    minutes = max(1, int(cool_off.total_seconds() // 60)) if cool_off else 15
    response = render(
        request, "kenniskring/account/locked_out.html", {"cooloff_minutes": minutes}, status=429
    )
    # Called from AxesMiddleware, after Django would have rendered a TemplateResponse.
    return response.render()
