"""The image library requires a description: it is the alt text of featured images and logos."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images.tests.utils import get_test_image_file

from images.factories import CustomImageFactory
from images.models import CustomImage

pytestmark = pytest.mark.django_db

REQUIRED_MESSAGE = "Opisz obraz: opis jest tekstem alternatywnym dla osób, które go nie widzą."


def upload(name: str = "regaly.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, get_test_image_file().file.getvalue())


def test_adding_an_image_without_description_is_refused_in_polish(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Regały", "file": upload(), "description": "", "collection": 1},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["description"] == [REQUIRED_MESSAGE]
    assert not CustomImage.objects.filter(title="Regały").exists()


def test_adding_an_image_with_a_description_saves_it(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Regały",
            "file": upload(),
            "description": "Regały z książkami w czytelni",
            "collection": 1,
        },
    )

    assert response.status_code == 302
    assert CustomImage.objects.get(title="Regały").description == "Regały z książkami w czytelni"


def test_multiple_upload_asks_for_the_description_in_its_second_step(admin_client):
    response = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload()})
    assert response.status_code == 200 and response.json()["success"]
    image = response.context["image"]

    prefix = f"image-{image.pk}"
    refused = admin_client.post(
        reverse("wagtailimages:edit_multiple", args=[image.pk]),
        {f"{prefix}-title": "Regały", f"{prefix}-description": "", f"{prefix}-collection": 1},
    )
    assert refused.json()["success"] is False

    accepted = admin_client.post(
        reverse("wagtailimages:edit_multiple", args=[image.pk]),
        {
            f"{prefix}-title": "Regały",
            f"{prefix}-description": "Regały z książkami",
            f"{prefix}-collection": 1,
        },
    )
    assert accepted.json()["success"] is True
    image.refresh_from_db()
    assert image.description == "Regały z książkami"


def test_editing_an_image_keeps_the_description_required(admin_client):
    image = CustomImageFactory(title="Czytelnia")

    response = admin_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": "Czytelnia", "description": "", "collection": image.collection_id},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["description"] == [REQUIRED_MESSAGE]
    image.refresh_from_db()
    assert image.description
