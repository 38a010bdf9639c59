"""Player and map addresses for material from other services, built from the address an editor
pasted — without asking the other service anything (no oEmbed request, no network).

The page carries the iframe inert (inside a <template>); static/js/consent.js inserts it only
after the reader accepts the "multimedia" consent category.
"""

import math
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^\d{1,12}$")
OSM_MAP_FRAGMENT = re.compile(r"^map=(\d{1,2})/(-?\d{1,3}(?:\.\d+)?)/(-?\d{1,3}(?:\.\d+)?)")


@dataclass(frozen=True)
class EmbedTarget:
    """What the page needs to show a known service's player: its name and the iframe address."""

    provider: str
    src: str
    # "video" (16:9) or "map" (4:3): the frame's box is sized before the iframe arrives.
    shape: str = "video"


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.").removeprefix("m.")


def _youtube(url: str) -> EmbedTarget | None:
    parts = urlsplit(url)
    host = _host(url)
    video_id = ""
    if host == "youtu.be":
        video_id = parts.path.strip("/").split("/")[0]
    elif host in {"youtube.com", "youtube-nocookie.com"}:
        segments = [segment for segment in parts.path.split("/") if segment]
        if segments[:1] == ["watch"]:
            video_id = (parse_qs(parts.query).get("v") or [""])[0]
        elif len(segments) >= 2 and segments[0] in {"embed", "shorts", "live", "v"}:
            video_id = segments[1]
    if not YOUTUBE_ID.match(video_id):
        return None
    return EmbedTarget("YouTube", f"https://www.youtube-nocookie.com/embed/{video_id}")


def _vimeo(url: str) -> EmbedTarget | None:
    host = _host(url)
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if host == "vimeo.com" and segments:
        video_id = segments[-1] if segments[0] in {"channels", "groups"} else segments[0]
    elif host == "player.vimeo.com" and len(segments) >= 2 and segments[0] == "video":
        video_id = segments[1]
    else:
        return None
    if not VIMEO_ID.match(video_id):
        return None
    return EmbedTarget("Vimeo", f"https://player.vimeo.com/video/{video_id}")


def _openstreetmap(url: str) -> EmbedTarget | None:
    if _host(url) != "openstreetmap.org":
        return None
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    match = OSM_MAP_FRAGMENT.match(parts.fragment)
    try:
        if match:
            zoom, lat, lon = int(match[1]), float(match[2]), float(match[3])
        elif "mlat" in query and "mlon" in query:
            zoom = int((query.get("zoom") or ["15"])[0])
            lat, lon = float(query["mlat"][0]), float(query["mlon"][0])
        else:
            return None
    except ValueError:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= zoom <= 19):
        return None
    # A box a few map tiles wide around the point, at the zoom the editor was looking at.
    half_width = 360 / 2**zoom * 1.5
    half_height = half_width * 0.5 * max(math.cos(math.radians(lat)), 0.1)
    bbox = ",".join(
        f"{value:.5f}"
        for value in (
            max(lon - half_width, -180),
            max(lat - half_height, -90),
            min(lon + half_width, 180),
            min(lat + half_height, 90),
        )
    )
    params = urlencode({"bbox": bbox, "layer": "mapnik", "marker": f"{lat:.5f},{lon:.5f}"})
    return EmbedTarget(
        "OpenStreetMap", f"https://www.openstreetmap.org/export/embed.html?{params}", "map"
    )


def embed_target(url: str | None) -> EmbedTarget | None:
    """The player for `url` when it belongs to a service we know (YouTube, Vimeo,
    OpenStreetMap); None for anything else, which then stays a plain link."""
    if not url or len(url) > 2000 or urlsplit(url).scheme not in {"http", "https"}:
        return None
    for parser in (_youtube, _vimeo, _openstreetmap):
        target = parser(url)
        if target is not None:
            return target
    return None
