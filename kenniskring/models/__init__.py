from .attendance import Attendance, ThemeVote
from .documents import KenniskringDocument
from .downloads import DataDownload
from .fallback import LanguageFallbackMixin
from .hosting import HostOffer
from .images import KenniskringImage, KenniskringRendition
from .members import PARTNER_ROLES, CalendarToken, HomeVisit, Invitation, Member, Role
from .pages import (
    KenniskringContentMixin,
    KenniskringPage,
    NetworkDayMaterial,
    NetworkDayPage,
    RegionPage,
)
from .projects import BuddyProjectPage, ProjectIndexPage
from .regions import Region
from .themes import Theme, suggest_theme, themes_prefetch

__all__ = [
    "PARTNER_ROLES",
    "Attendance",
    "BuddyProjectPage",
    "CalendarToken",
    "DataDownload",
    "HomeVisit",
    "HostOffer",
    "Invitation",
    "KenniskringContentMixin",
    "KenniskringDocument",
    "KenniskringImage",
    "KenniskringPage",
    "KenniskringRendition",
    "LanguageFallbackMixin",
    "Member",
    "NetworkDayMaterial",
    "NetworkDayPage",
    "ProjectIndexPage",
    "Region",
    "RegionPage",
    "Role",
    "Theme",
    "ThemeVote",
    "suggest_theme",
    "themes_prefetch",
]
