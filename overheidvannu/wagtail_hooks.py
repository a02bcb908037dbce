from wagtail import hooks

from .frontend_cache import remember_served_page

hooks.register("before_serve_page", remember_served_page)
