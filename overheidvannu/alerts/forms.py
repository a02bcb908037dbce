from django import forms

from articles.public_forms import EMAIL_INVALID, required_message, too_long_message

from .models import Frequency


class FollowForm(forms.Form):
    email = forms.EmailField(
        label="Je e-mailadres",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": required_message("Je e-mailadres"),
            "invalid": EMAIL_INVALID,
            "max_length": too_long_message("Je e-mailadres", 254),
        },
    )
    frequency = forms.ChoiceField(
        label="Hoe vaak wil je een e-mail?",
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Kies hoe vaak je een e-mail wilt.",
            "invalid_choice": "Kies dagelijks of wekelijks.",
        },
    )
