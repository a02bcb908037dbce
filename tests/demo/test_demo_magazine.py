"""The demo's magazine and podcast data (issue 23) are right whatever the load
day: two editions built from demo stories, essays and tips, signed by
organisations that exist, and three podcast episodes whose generated sound
lasts as long as they say."""

import datetime
import io

import pytest
from PIL import Image

from overheidvannu.demo import loader, magazine
from overheidvannu.demo.audio import SAMPLE_RATE, SAMPLES_PER_FRAME, silent_mp3
from overheidvannu.discovery.podcast import duration_seconds

DAYS = [datetime.date(2026, 12, 5), datetime.date(2027, 2, 28), datetime.date(2030, 7, 1)]


@pytest.mark.parametrize("today", DAYS)
def test_two_editions_gather_existing_stories_essays_and_tips(today):
    data, content = magazine.load(today), loader.load(today=today)
    kinds = {item["slug"]: item["kind"] for item in content.items}
    organisations = {organisation["key"] for organisation in content.organisations}
    editions = data["editions"]
    assert len(editions) == 2
    assert len({edition["number"] for edition in editions}) == 2
    for edition in editions:
        assert edition["date"] < today, "an edition in the demo has appeared"
        assert edition["number"] == f"{edition['date'].year}/{edition['date'].month:02d}"
        assert edition["foreword"] and edition["intro"]
        assert set(edition["signatories"]) <= organisations
        slugs = [slug for _heading, slugs in edition["chapters"] for slug in slugs]
        assert len(slugs) == len(set(slugs)) >= 5
        assert {kinds.get(slug) for slug in slugs} <= {"verhaal", "essay", "tip"}, "only stories, essays and tips"
        assert {kinds[slug] for slug in slugs} == {"verhaal", "essay", "tip"}


def test_three_podcast_episodes_last_as_long_as_they_say():
    episodes = [item for item in loader.load(today=DAYS[0]).items if item.get("audio", {}).get("episode")]
    assert sorted(item["audio"]["episode"] for item in episodes) == [1, 2, 3]
    for item in episodes:
        audio = item["audio"]
        assert audio["transcript"] and audio["speakers"]
        played = len(silent_mp3(audio["seconds"])) // 104 * SAMPLES_PER_FRAME / SAMPLE_RATE
        assert abs(played - duration_seconds(audio["duration"])) < 1


def test_the_podcast_artwork_is_square_and_large_enough():
    with Image.open(io.BytesIO(magazine.artwork_png())) as image:
        assert image.format == "PNG" and image.mode == "RGB"
        assert image.width == image.height >= 1400
