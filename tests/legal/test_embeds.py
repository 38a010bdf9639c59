"""Embeds: our own player addresses for known services, inert until the reader consents."""

import pytest
from django.test import RequestFactory

from core.blocks import EmbedBlock
from core.embeds import embed_target
from tests.helpers import soup


@pytest.mark.parametrize(
    ("url", "provider", "src"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10s",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        (
            "https://youtu.be/dQw4w9WgXcQ",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        (
            "https://m.youtube.com/shorts/dQw4w9WgXcQ",
            "YouTube",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        ),
        ("https://vimeo.com/76979871", "Vimeo", "https://player.vimeo.com/video/76979871"),
        (
            "https://player.vimeo.com/video/76979871?h=abc",
            "Vimeo",
            "https://player.vimeo.com/video/76979871",
        ),
    ],
)
def test_known_video_services(url, provider, src):
    target = embed_target(url)
    assert target is not None
    assert (target.provider, target.src) == (provider, src)


def test_openstreetmap_point_becomes_an_embedded_map():
    target = embed_target("https://www.openstreetmap.org/#map=17/53.91546/15.19987")
    assert target.provider == "OpenStreetMap"
    assert target.shape == "map"
    assert target.src.startswith("https://www.openstreetmap.org/export/embed.html?bbox=")
    assert "marker=53.91546%2C15.19987" in target.src


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://example.org/film",
        "https://www.youtube.com/watch?v=short",
        'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>',
        "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
        "https://vimeo.com/not-a-number",
        "https://www.openstreetmap.org/#map=99/500/500",
        "https://www.openstreetmap.org/#map=abc",
        "https://www.youtube.com/watch?v=" + "a" * 5000,
    ],
)
def test_unknown_or_malformed_addresses_get_no_player(url):
    assert embed_target(url) is None


def render(url: str) -> str:
    block = EmbedBlock()
    value = block.to_python({"url": url, "title": "Spotkanie autorskie", "transcript": ""})
    request = RequestFactory().get("/")
    return block.render(value, context={"request": request})


def test_known_service_renders_an_inert_player_and_a_consent_button():
    html = soup_of(render("https://www.youtube.com/watch?v=dQw4w9WgXcQ"))
    gated = html.find(attrs={"data-consent-embed": True})
    assert gated is not None and gated["data-consent-category"] == "multimedia"
    # The only iframe sits inside a <template>: the browser fetches nothing until consent.js
    # copies it out.
    assert [tag.name for tag in html.find_all("template")] == ["template"]
    iframe_markup = html.find("template").decode_contents()
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in iframe_markup
    assert 'title="Spotkanie autorskie"' in iframe_markup
    assert html.find("iframe") is None or html.find("iframe").find_parent("template")
    button = html.find("button", attrs={"data-embed-consent": True})
    assert button.get_text(strip=True) == "Pokaż materiał (wymaga zgody na multimedia)"
    assert html.find("a", href="https://www.youtube.com/watch?v=dQw4w9WgXcQ")


def test_unknown_service_stays_a_link_card():
    html = soup_of(render("https://example.org/film"))
    assert html.find(attrs={"data-consent-embed": True}) is None
    assert html.find("template") is None
    assert html.find("a", href="https://example.org/film")


def soup_of(html: str):
    class Response:
        content = html.encode()

    return soup(Response())
