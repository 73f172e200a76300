"""The editors' image upload form: a file Pillow cannot read is refused with Wagtail's usual
message instead of a 500 (Wagtail lets a broken PNG or a decompression bomb that only warns
through)."""

import warnings

from django.core.exceptions import ValidationError
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from kenniskring.input import image_format


class ReadableImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", PILImage.DecompressionBombWarning)
                super().check_image_pixel_size(f)
                if f.image.format_name != "svg" and not image_format(
                    f, self.max_image_pixels or PILImage.MAX_IMAGE_PIXELS
                ):
                    raise ValidationError(self.error_messages["invalid_image"])
        except ValidationError:
            raise
        except Exception as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class EditorImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Wagtail builds the field itself (formfield_for_dbfield); only its checks change.
            self.fields["file"].__class__ = ReadableImageField
