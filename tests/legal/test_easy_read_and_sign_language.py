"""ETR and PJM pages: plain text with captioned pictures; a self-hosted recording with
captions when there is one, and always the transcript and a way to reach the library."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document

from core.models import LibrarySettings
from legal.factories import SignLanguagePageFactory
from tests.helpers import main_content, only_h1, soup, visible_text

pytestmark = pytest.mark.django_db


def document(name: str) -> Document:
    return Document.objects.create(title=name, file=ContentFile(b"data", name=name))


def test_easy_read_page(client, easy_read_page):
    response = client.get("/tekst-latwy-do-czytania/")
    assert only_h1(response) == "Tekst łatwy do czytania"
    main = main_content(response)
    assert [visible_text(h2) for h2 in main.find_all("h2")] == ["Co robimy"]
    assert "Karta jest za darmo." in visible_text(main)


def test_sign_language_page_without_a_video_is_still_useful(client, home_page):
    library = LibrarySettings.load()
    library.email = "biblioteka@example.org"
    library.save()
    SignLanguagePageFactory(parent=home_page, sms_number="600 100 200")
    response = client.get("/jezyk-migowy/")
    page = soup(response)
    assert page.find("video") is None
    text = visible_text(main_content(response))
    assert "Karta biblioteczna jest bezpłatna." in text
    assert page.find("a", href="mailto:biblioteka@example.org")
    assert page.find("a", href="sms:600100200")
    assert "3 dni robocze" in text


def test_sign_language_video_has_captions_and_transcript(client, home_page):
    SignLanguagePageFactory(
        parent=home_page, video=document("pjm.mp4"), captions=document("pjm.vtt")
    )
    page = soup(client.get("/jezyk-migowy/"))
    video = page.find("video")
    assert video.has_attr("controls")
    assert video.find("source")["type"] == "video/mp4"
    track = video.find("track")
    assert (track["kind"], track["srclang"]) == ("captions", "pl")
    assert "Transkrypcja nagrania" in visible_text(page.find("main"))


def test_sign_language_files_are_checked(home_page):
    page = SignLanguagePageFactory.build(video=document("pjm.pdf"), captions=None)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"video", "captions"}


@pytest.mark.parametrize("name", ["pjm.mp4", "pjm.webm", "pjm.vtt"])
def test_editors_can_upload_sign_language_video_and_captions(admin_client, name):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, b"WEBVTT\n\n")},
    )
    assert response.status_code == 302, response.context["form"].errors
    assert Document.objects.get(title=name).file.name.endswith(name.rsplit(".", 1)[1])
