import factory
import wagtail_factories

from .models import CustomImage


class CustomImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Zdjęcie {n}")
    description = factory.Sequence(lambda n: f"Czytelnicy w sali biblioteki, ujęcie {n}")

    class Meta:
        model = CustomImage
