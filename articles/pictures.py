"""The extension point through which pages get their pictures.

Some pictures (the opgaven × regio's matrix and the cross-over diagram on
the overviews, the approach's learning levels) gather data from several apps
and are cached per content version, which only `overheidvannu.discovery`
knows. The pages themselves live lower down (`articles`, `opgaven`,
`regions`) and may not import it. So a page's own context function asks the
Wagtail hook named here for extra context, and discovery answers it
(`overheidvannu/discovery/pictures.py`, registered in its `wagtail_hooks`).
The dependency keeps running one way: the pages only know this hook's name;
discovery knows the pages.
"""

from wagtail import hooks

#: `fn(page, request) -> dict`: extra template context for `page`.
PAGE_PICTURES_HOOK = "construct_page_pictures"


def page_pictures(page, request):
    """The extra context that every registered hook gives `page`."""
    context = {}
    for fn in hooks.get_hooks(PAGE_PICTURES_HOOK):
        context.update(fn(page, request) or {})
    return context
