"""Wagtail's "Wachtwoord vergeten?" (/admin/password_reset/) with limits, as
the public forms have them, counted in the store every worker shares
(`articles.ratelimits`):

- per client (the address the request came from, as the lockout sees it):
  at most PER_CLIENT requests an hour; the next gets the form again with a
  Dutch message and status 429, before anything is looked up, so the answer
  says nothing about which accounts exist;
- per target e-mail address: at most PER_ADDRESS mails an hour, from any
  client; requests past that get the usual "check your mail" answer and no
  mail, so nobody can flood a colleague's inbox through the site.

Both count every request, whether or not an account has the address, so
the answers stay the same either way.
"""

import logging

from django.http import HttpResponseRedirect
from wagtail.admin.views.account import PasswordResetView

from articles.client_address import client_ip
from articles.public_forms import hit

log = logging.getLogger("overheidvannu.security")

#: Requests per client, and mails per target address, per WINDOW seconds.
PER_CLIENT, PER_ADDRESS, WINDOW = 10, 3, 60 * 60
TOO_OFTEN = "Je hebt te vaak een nieuw wachtwoord aangevraagd. Probeer het over een uur opnieuw."


class LimitedPasswordResetView(PasswordResetView):
    def form_valid(self, form):
        if not hit("password-reset-client", client_ip(self.request), PER_CLIENT, WINDOW):
            log.warning("Wachtwoord vergeten: te veel aanvragen vanaf adres %s", client_ip(self.request))
            form.add_error(None, TOO_OFTEN)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        if not hit("password-reset-address", form.cleaned_data["email"].strip().lower(), PER_ADDRESS, WINDOW):
            # The usual answer, no mail; the log names no address.
            log.warning("Wachtwoord vergeten: geen mail, al %d verstuurd naar dit adres dit uur", PER_ADDRESS)
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
