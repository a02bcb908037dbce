"""Sitemap entries for discovery's addresses outside the page tree: the
themes overview and every live theme. The pages themselves come from Wagtail's
sitemap; `overheidvannu.urls` joins both into one `/sitemap.xml`."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from articles.models import Theme


class ThemeSitemap(Sitemap):
    def items(self):
        return [None, *Theme.objects.filter(live=True).only("slug")]

    def location(self, item):
        return reverse("discovery:theme_index") if item is None else item.get_absolute_url()
