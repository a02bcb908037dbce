"""Read-only JSON API (Wagtail API v2) for other systems.

Images and documents are listed (and shown by id) only once a live, public
page uses them (articles/published_uploads.py): an upload for a page
still in review stays out. The API answers everyone alike, so a shared cache
may keep its answers; editors find every upload in the admin.
"""

from taggit.managers import _TaggableManager
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import TagsField
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.serializers import DocumentSerializer
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet

from articles.published_uploads import shown_to_visitors


class PrefetchedTagsField(TagsField):
    """An upload's tags from the listing's one prefetch query (Wagtail's own
    field asks the database again for every item)."""

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


class PrefetchedTagsMixin:
    def build_property_field(self, field_name, model_class):
        if isinstance(getattr(model_class, field_name), _TaggableManager):
            return PrefetchedTagsField, {}
        return super().build_property_field(field_name, model_class)


class PublishedImageSerializer(PrefetchedTagsMixin, ImageSerializer):
    pass


class PublishedDocumentSerializer(PrefetchedTagsMixin, DocumentSerializer):
    pass


class PublishedImagesAPIViewSet(ImagesAPIViewSet):
    base_serializer_class = PublishedImageSerializer

    def get_queryset(self):
        return shown_to_visitors(super().get_queryset()).prefetch_related("tags")


class PublishedDocumentsAPIViewSet(DocumentsAPIViewSet):
    base_serializer_class = PublishedDocumentSerializer

    def get_queryset(self):
        return shown_to_visitors(super().get_queryset()).prefetch_related("tags")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", PublishedImagesAPIViewSet)
api_router.register_endpoint("documents", PublishedDocumentsAPIViewSet)
