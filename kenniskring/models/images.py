"""The site's Wagtail images: ``WAGTAILIMAGES_IMAGE_MODEL = "kenniskring.KenniskringImage"``.

Like the documents (``documents.py``), an image of the kenniskring's collection keeps its
original and every rendition in the private storage, outside MEDIA_ROOT, under a secret name;
every other image stays in the default storage. The name says where a file lives
(``kenniskring.storage.ImageStorage``), and a private name's URL is the checked view
``kenniskring_image``, so ``{% image %}`` and the admin show it to those who may see it and
to nobody else. An image that changes collection has its file moved and its renditions made
again (``kenniskring.signals.hide_private_file``).
"""

from django.db import models
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    WagtailImageField,
    get_rendition_upload_to,
    get_upload_to,
)
from wagtail.images.models import Image as WagtailImage

from .. import access
from ..storage import PRIVATE_PREFIX, image_storage


class KenniskringImage(AbstractImage):
    file = WagtailImageField(
        verbose_name=AbstractImage._meta.get_field("file").verbose_name,
        upload_to=get_upload_to,
        storage=image_storage,
        width_field="width",
        height_field="height",
        max_length=255,
    )

    admin_form_fields = WagtailImage.admin_form_fields

    def get_upload_to(self, filename):
        name = super().get_upload_to(filename)
        if access.is_private_collection(self.collection):
            return PRIVATE_PREFIX + name
        return name

    # Permissions stay Wagtail's own (`wagtailimages.add_image`, …): its image permission
    # policy asks for them whatever the image model.
    class Meta(AbstractImage.Meta):
        verbose_name = WagtailImage._meta.verbose_name
        verbose_name_plural = WagtailImage._meta.verbose_name_plural


class KenniskringRendition(AbstractRendition):
    """A resized image, kept where its original is: in the private storage for a private one."""

    image = models.ForeignKey(KenniskringImage, on_delete=models.CASCADE, related_name="renditions")
    file = WagtailImageField(
        upload_to=get_rendition_upload_to,
        storage=image_storage,
        width_field="width",
        height_field="height",
        max_length=255,
    )

    def get_upload_to(self, filename):
        name = super().get_upload_to(filename)
        if self.image.file.name.startswith(PRIVATE_PREFIX):
            return PRIVATE_PREFIX + name
        return name

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=("image", "filter_spec", "focal_point_key"),
                name="unique_kenniskring_rendition",
            )
        ]
