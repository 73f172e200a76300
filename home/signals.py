"""Signal receivers of the host site."""

from kenniskring.input import without_bidi_controls


def user_names_without_direction_overrides(sender, instance, **kwargs):
    """A person's names, however they are typed (the admin's user forms, the account
    settings, an invitation), never keep a direction override."""
    for name in ("first_name", "last_name"):
        value = getattr(instance, name, None)
        if isinstance(value, str):
            setattr(instance, name, without_bidi_controls(value))
