from django import forms
from django.utils.translation import gettext_lazy as _

from kenniskring.input import ANSWER_MAX_LENGTH, CleanInputMixin, TextBound, ThemeFieldsMixin
from kenniskring.models import NetworkDayPage, Region
from kenniskring.writing import TextEditor, clean_html, visible_text

from .files import check_attachment
from .models import (
    Challenge,
    ChallengeComment,
    ImpactNote,
    LearningQuestion,
    ReflectionAssignment,
    Visibility,
)


class DayChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.date:%d/%m/%Y})"


class DayMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.date:%d/%m/%Y})"


def network_days():
    return NetworkDayPage.objects.order_by("date", "title")


class AssignmentForm(CleanInputMixin, forms.ModelForm):
    """Partners give an assignment from the site; the model checks questions and the date."""

    day = DayChoiceField(
        queryset=NetworkDayPage.objects.none(),
        label=_("Netwerkdag"),
        empty_label=_("Kies een netwerkdag"),
    )

    class Meta:
        model = ReflectionAssignment
        fields = ["day", "title", "intro", "questions", "due_date"]
        widgets = {
            "due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "questions": forms.Textarea(attrs={"rows": 5}),
            "intro": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "title": {"required": _("Geef de opdracht een titel.")},
            "questions": {"required": _("Geef minstens één vraag op.")},
            "due_date": {
                "required": _("Kies de datum waarop de reflecties binnen moeten zijn."),
                "invalid": _("Schrijf de datum als dd/mm/jjjj."),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["day"].queryset = network_days()
        self.fields["day"].error_messages["required"] = _("Kies de netwerkdag.")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        items = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in items]


class ReflectionForm(CleanInputMixin, forms.Form):
    """Answers per question, who may read them, and optional attachments."""

    DRAFT = "draft"
    SUBMIT = "submit"

    visibility = forms.ChoiceField(
        label=_("Wie mag deze reflectie lezen?"),
        choices=Visibility.choices,
        initial=Visibility.PROJECT,
        widget=forms.RadioSelect,
    )
    not_for_research = forms.BooleanField(
        label=_("Niet gebruiken voor onderzoek"),
        help_text=_(
            "Vink dit aan als de onderzoekers van de partners deze antwoorden niet mogen "
            "gebruiken. Anders staan ze in de onderzoeksexport, zonder namen."
        ),
        required=False,
    )
    attachments = MultipleFileField(
        label=_("Bijlagen"),
        required=False,
        help_text=_("PDF, Word (.docx) of afbeeldingen; telkens hoogstens %(mb)s MB."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, questions, action=DRAFT, max_mb=10, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.action = action
        self.fields["attachments"].help_text = self.fields["attachments"].help_text % {"mb": max_mb}
        for number, question in enumerate(questions):
            self.fields[f"answer_{number}"] = forms.CharField(
                label=question,
                required=False,
                validators=[TextBound(ANSWER_MAX_LENGTH)],
                widget=TextEditor(attrs={"rows": 6}),
            )
        # Answers first, then visibility and files.
        order = [f"answer_{n}" for n in range(len(questions))] + [
            "visibility",
            "not_for_research",
            "attachments",
        ]
        self.order_fields(order)

    def answer_fields(self):
        return [self[f"answer_{n}"] for n in range(len(self.questions))]

    def clean_attachments(self):
        uploads = self.cleaned_data.get("attachments") or []
        checked = []
        errors = []
        for upload in uploads:
            try:
                checked.append((upload, check_attachment(upload)))
            except forms.ValidationError as error:
                errors.append(f"{upload.name}: {' '.join(error.messages)}")
        if errors:
            errors.append(str(_("Je antwoorden zijn niet bewaard; kies de bestanden opnieuw.")))
            raise forms.ValidationError(errors)
        return checked

    def clean(self):
        cleaned = super().clean()
        if self.action == self.SUBMIT:
            for number in range(len(self.questions)):
                if not visible_text(cleaned.get(f"answer_{number}", "")):
                    self.add_error(
                        f"answer_{number}", _("Beantwoord deze vraag voordat je indient.")
                    )
        elif not any(
            visible_text(cleaned.get(f"answer_{n}", "")) for n in range(len(self.questions))
        ) and not cleaned.get("attachments"):
            raise forms.ValidationError(
                _("Schrijf minstens één antwoord om een concept te bewaren.")
            )
        return cleaned

    def answers(self):
        """Each answer as cleaned HTML (empty when nothing readable was written)."""
        answers = []
        for number, question in enumerate(self.questions):
            html = clean_html(self.cleaned_data[f"answer_{number}"])
            answers.append({"question": question, "answer": html if visible_text(html) else ""})
        return answers


def initial_answers(questions, answers):
    """Prefill each current question with its stored answer (by text, else by position)."""
    by_text = {item["question"]: item["answer"] for item in answers}
    initial = {}
    for number, question in enumerate(questions):
        if question in by_text:
            initial[f"answer_{number}"] = by_text[question]
        elif number < len(answers):
            initial[f"answer_{number}"] = answers[number]["answer"]
    return initial


class ImpactNoteForm(CleanInputMixin, forms.ModelForm):
    class Meta:
        model = ImpactNote
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}
        error_messages = {"text": {"required": _("Schrijf een paar regels.")}}


class LearningQuestionForm(ThemeFieldsMixin, CleanInputMixin, forms.ModelForm):
    class Meta:
        model = LearningQuestion
        fields = ["question", "explanation"]
        error_messages = {"question": {"required": _("Schrijf de leervraag.")}}


class AgendaForm(forms.ModelForm):
    """Partners put a learning question on the agenda of network days."""

    days = DayMultipleChoiceField(
        queryset=NetworkDayPage.objects.none(),
        label=_("Op de agenda van"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = LearningQuestion
        fields = ["days"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["days"].queryset = network_days()


class ChallengeForm(ThemeFieldsMixin, CleanInputMixin, forms.ModelForm):
    class Meta:
        model = Challenge
        fields = ["category", "scope", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "text": {"required": _("Beschrijf de uitdaging.")},
            "category": {"required": _("Kies de soort uitdaging.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("Kies een soort uitdaging"))] + list(
            Challenge.Category.choices
        )


class CommentForm(CleanInputMixin, forms.ModelForm):
    class Meta:
        model = ChallengeComment
        fields = ["text"]
        labels = {"text": _("Je reactie")}
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
        error_messages = {"text": {"required": _("Schrijf een reactie.")}}


class PeriodMixin:
    """A form with `start` and `end` dates: the end may not come before the start."""

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("Deze datum ligt voor de begindatum."))
        return cleaned


class ExportForm(PeriodMixin, CleanInputMixin, forms.Form):
    FORMATS = [("csv", "CSV"), ("xlsx", "Excel (XLSX)"), ("json", "JSON")]
    DATASETS = [
        ("reflections", _("reflecties")),
        ("questions", _("leervragen")),
        ("challenges", _("uitdagingen")),
        ("attendance", _("aanwezigheden")),
    ]

    file_format = forms.ChoiceField(label=_("Formaat"), choices=FORMATS, initial="xlsx")
    dataset = forms.ChoiceField(
        label=_("Welke gegevens (voor CSV)"),
        choices=DATASETS,
        initial="reflections",
        required=False,
        help_text=_("Excel en JSON bevatten alle vier; een CSV-bestand bevat er één."),
    )
    region = forms.ModelChoiceField(
        label=_("Regio"), queryset=Region.objects.all(), required=False, empty_label=_("alle")
    )
    assignment = forms.ModelChoiceField(
        label=_("Opdracht"),
        queryset=ReflectionAssignment.objects.with_place(),
        required=False,
        empty_label=_("alle"),
    )
    start = forms.DateField(
        label=_("Van"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("Tot en met"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class ProgressFilterForm(PeriodMixin, forms.Form):
    """The partners' progress overview: one region or all, assignments due in a period."""

    region = forms.ModelChoiceField(
        label=_("Regio"),
        queryset=Region.objects.all(),
        required=False,
        empty_label=_("Alle regio's"),
        to_field_name="slug",
    )
    start = forms.DateField(
        label=_("In te dienen vanaf"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Schrijf de datum als dd/mm/jjjj.")},
    )
    end = forms.DateField(
        label=_("Tot en met"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Schrijf de datum als dd/mm/jjjj.")},
    )
