"""Discovery's part of the admin and of the pages below it: the pictures
(see `articles.pictures`) and the editors' coverage panel and report."""

from wagtail import hooks

from articles.pictures import PAGE_PICTURES_HOOK

from . import pictures


@hooks.register(PAGE_PICTURES_HOOK)
def add_page_pictures(page, request):
    return pictures.page_pictures(page, request)
