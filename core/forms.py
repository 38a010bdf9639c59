"""Admin forms shared by every app."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class DescribedImageForm(BaseImageForm):
    """The image library's form: the description is required, because the site uses it as the
    alternative text wherever the image appears outside a body (featured images, logos, cards).

    The multiple uploader first sends the file alone (no description in its data) and asks for
    the description in its second step; only that first step goes without one.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is None:
            return
        field.help_text = _(
            "Tekst alternatywny: co widać na obrazie i co jest na nim ważne dla czytelnika, "
            "np. „Czytelnicy w sali komputerowej biblioteki”. Czytniki ekranu odczytują go "
            "zamiast obrazu."
        )
        field.required = not self.is_bound or self.add_prefix("description") in self.data
        if field.required:
            field.error_messages["required"] = _(
                "Opisz obraz: opis jest tekstem alternatywnym dla osób, które go nie widzą."
            )
