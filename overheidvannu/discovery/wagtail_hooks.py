"""Discovery's hook: the pictures the pages below it show (matrix, diagrams,
maps; see `articles.pictures`)."""

from wagtail import hooks

from articles.pictures import PAGE_PICTURES_HOOK

from . import pictures


@hooks.register(PAGE_PICTURES_HOOK)
def add_page_pictures(page, request):
    return pictures.page_pictures(page, request)
