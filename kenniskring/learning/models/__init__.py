from .board import Challenge, ChallengeComment, LearningQuestion, QuestionSupport
from .reflections import (
    ImpactNote,
    Reflection,
    ReflectionAssignment,
    ReflectionAttachment,
    ReflectionVersion,
    ReminderSent,
    Visibility,
)

__all__ = [
    "Challenge",
    "ChallengeComment",
    "ImpactNote",
    "LearningQuestion",
    "QuestionSupport",
    "Reflection",
    "ReflectionAssignment",
    "ReflectionAttachment",
    "ReflectionVersion",
    "ReminderSent",
    "Visibility",
]
