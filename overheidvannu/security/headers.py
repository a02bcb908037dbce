"""Content-Security-Policy for every response, through django-csp 4.

Three policies:

* the public site: settings.CONTENT_SECURITY_POLICY, strict (no inline code,
  nothing from another origin);
* the admin: Wagtail's own pages need inline scripts and styles, so only the
  rules that cost it nothing (no plugins, no foreign base or form targets, no
  framing by other sites);
* documents from Wagtail's serve view: a PDF opens in the browser's viewer
  with nothing else allowed, audio plays in the browser's own player
  (overheidvannu/operations/document_serving.py), both also as a part (206); every
  other document is a download, sandboxed.
"""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"
DOCUMENTS_PREFIX = "/documents/"

ADMIN_POLICY = {
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# A PDF is shown by the browser's own viewer, which a `sandbox` directive
# would switch off; it may load nothing and run nothing of its own.
PDF_POLICY = "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
# Everything else is an attachment; should a browser render it anyway, it
# gets a unique origin, no scripts and no loads.
DOCUMENT_POLICY = "default-src 'none'; sandbox; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"


def _media_type(response):
    return response.get("Content-Type", "").split(";")[0].strip().lower()


def is_pdf(response):
    return _media_type(response) == "application/pdf"


def plays_inline(response):
    """Audio: played by the browser itself, sandboxed like any other document."""
    return _media_type(response).startswith("audio/")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = ADMIN_POLICY
        return parts

    def process_response(self, request, response):
        if request.path_info.startswith(DOCUMENTS_PREFIX) and response.status_code in (200, 206):
            # Wagtail's serve view sets a bare "default-src 'none'"; ours is stricter.
            if is_pdf(response):
                response[HEADER] = PDF_POLICY
            else:
                response[HEADER] = DOCUMENT_POLICY
                disposition = response.get("Content-Disposition", "")
                if not plays_inline(response) and not disposition.lower().startswith("attachment"):
                    response["Content-Disposition"] = "attachment" + disposition[len("inline") :]
            return response
        if settings.DEBUG and response.status_code >= 400:
            # Django's technical error pages use inline styles.
            return response
        return super().process_response(request, response)
