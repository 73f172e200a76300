"""The reflections in the admin are for partners only: they read what projects submitted
and may change who reads it, as a new version in the reflection's own history that the
project's members hear of by e-mail. Drafts are the project's own and are never shown
there; nobody adds a reflection in the admin."""

from django.db import transaction
from django.db.models import Q
from django.http import Http404
from wagtail.admin.views import generic
from wagtail.permission_policies import ModelPermissionPolicy

from kenniskring import access, conf

from .models import Reflection
from .notify import notify_visibility_changed


class ReflectionPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return access.is_partner(user) and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        partners = Q(is_superuser=True) | Q(groups__name=conf.get("PARTNER_GROUP"))
        return super().users_with_any_permission(actions).filter(partners).distinct()


class SubmittedOnly:
    def get_object(self, queryset=None):
        reflection = super().get_object(queryset)
        if not reflection.is_submitted:
            raise Http404
        return reflection


class ReflectionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(status=Reflection.SUBMITTED).with_assignment()


class AssignmentIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().with_place()  # each with its region, one query


class ReflectionInspectView(SubmittedOnly, generic.InspectView):
    pass


class ReflectionEditView(SubmittedOnly, generic.EditView):
    def save_instance(self):
        with transaction.atomic():
            reflection = Reflection.objects.select_for_update().get(pk=self.object.pk)
            visibility = self.form.cleaned_data["visibility"]
            if reflection.visibility == visibility:
                return reflection
            reflection.visibility = visibility
            reflection.save_as_new_version(self.request.user)
            # Queued in the same transaction: the project hears of it exactly when it holds.
            notify_visibility_changed(reflection, self.request.user)
        return reflection
