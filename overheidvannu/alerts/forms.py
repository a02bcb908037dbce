from django import forms

from .models import Frequency


class FollowForm(forms.Form):
    email = forms.EmailField(
        label="Je e-mailadres",
        max_length=254,
        error_messages={
            "required": "Vul je e-mailadres in.",
            "invalid": "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
            "max_length": "Dit e-mailadres is te lang.",
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
