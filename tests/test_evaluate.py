"""Scoring rules of `eventwire eval` that the figures in the README depend on."""
from eventwire.evaluate import _place_close

SOMALIA_GOLD = {"name": "Somalia", "lat": 6.0, "lon": 46.0, "country": "SO", "precision": "country"}
MOGADISHU_GOLD = {"name": "Mogadishu", "lat": 2.0371, "lon": 45.3438, "country": "SO",
                  "precision": "city"}


def test_a_country_level_gold_place_is_matched_by_iso_code_not_by_its_point():
    """Gazetteers put Somalia's point 200+ km apart: the country is what must match."""
    geonames_point = {"lat": 6.0, "lon": 48.0, "country": "SO", "precision": "country"}
    assert _place_close(SOMALIA_GOLD, geonames_point)
    kenya = {"lat": 1.0, "lon": 38.0, "country": "KE", "precision": "country"}
    assert not _place_close(SOMALIA_GOLD, kenya)
    mogadishu = {"lat": 2.0371, "lon": 45.3438, "country": "SO", "precision": "city"}
    assert not _place_close(SOMALIA_GOLD, mogadishu)  # a guess at a town is not "Somalia"


def test_other_gold_places_are_matched_within_161_km():
    afgooye = {"lat": 2.1381, "lon": 45.1212, "country": "SO", "precision": "city"}
    kismayo = {"lat": -0.3582, "lon": 42.5454, "country": "SO", "precision": "city"}
    assert _place_close(MOGADISHU_GOLD, afgooye)
    assert not _place_close(MOGADISHU_GOLD, kismayo)
    assert not _place_close(MOGADISHU_GOLD, None)
    assert _place_close(None, kismayo)  # no gold place: nothing to check
