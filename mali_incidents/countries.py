"""Which country a row names: the selected one, another, none, or a near miss of the selected one.

Exports are typed and re-saved by people: ``Mali`` comes back as ``Mali\\u00a0`` (a no-break
space from a web page), ``MaIi`` (capital i for l), ``Mal`` (a cut cell). Spacing is
normalised and the name then compared, ignoring case, with the selected country; a name that
is not one of ACLED's countries but is close to the selected one is a near miss: its rows
are not loaded, never silently dropped either (rejected, and named in a warning).
"""

from __future__ import annotations

import difflib
import functools
import unicodedata

# The country names ACLED's exports use (its coverage is worldwide).
ACLED_COUNTRIES = (
    "Afghanistan", "Albania", "Algeria", "American Samoa", "Andorra", "Angola", "Anguilla",
    "Antarctica", "Antigua and Barbuda", "Argentina", "Armenia", "Aruba", "Australia",
    "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus",
    "Belgium", "Belize", "Benin", "Bermuda", "Bhutan", "Bolivia",
    "Bonaire, Saint Eustatius and Saba", "Bosnia and Herzegovina", "Botswana", "Brazil",
    "British Indian Ocean Territory", "British Virgin Islands", "Brunei", "Bulgaria",
    "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde",
    "Cayman Islands", "Central African Republic", "Chad", "Chile", "China",
    "Christmas Island", "Cocos (Keeling) Islands", "Colombia", "Comoros", "Cook Islands",
    "Costa Rica", "Croatia", "Cuba", "Curacao", "Cyprus", "Czech Republic",
    "Democratic Republic of Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic",
    "East Timor", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea",
    "Estonia", "eSwatini", "Ethiopia", "Falkland Islands", "Faroe Islands", "Fiji",
    "Finland", "France", "French Guiana", "French Polynesia", "Gabon", "Gambia", "Georgia",
    "Germany", "Ghana", "Gibraltar", "Greece", "Greenland", "Grenada", "Guadeloupe", "Guam",
    "Guatemala", "Guernsey", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Isle of Man",
    "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jersey", "Jordan", "Kazakhstan",
    "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon",
    "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar",
    "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Martinique",
    "Mauritania", "Mauritius", "Mayotte", "Mexico", "Micronesia", "Moldova", "Monaco",
    "Mongolia", "Montenegro", "Montserrat", "Morocco", "Mozambique", "Myanmar", "Namibia",
    "Nauru", "Nepal", "Netherlands", "New Caledonia", "New Zealand", "Nicaragua", "Niger",
    "Nigeria", "Niue", "Norfolk Island", "North Korea", "North Macedonia",
    "Northern Mariana Islands", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama",
    "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Pitcairn", "Poland", "Portugal",
    "Puerto Rico", "Qatar", "Republic of Congo", "Reunion", "Romania", "Russia", "Rwanda",
    "Saint Helena, Ascension and Tristan da Cunha", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Pierre and Miquelon", "Saint Vincent and the Grenadines", "Saint-Barthelemy",
    "Saint-Martin", "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia",
    "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Sint Maarten",
    "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Georgia",
    "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden",
    "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo",
    "Tokelau", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan",
    "Turks and Caicos Islands", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican City",
    "Venezuela", "Vietnam", "Virgin Islands, U.S.", "Wallis and Futuna", "Western Sahara",
    "Yemen", "Zambia", "Zimbabwe",
)  # fmt: skip

# How a row's country compares with the selected one.
SELECTED = "selected"
OTHER = "other"  # another country: counted, not read further
EMPTY = "empty"  # no country: rejected when dated in the month
NEAR_MISS = "near miss"  # close to the selected country but not it: rejected, warned about
UNKNOWN = "unknown"  # not a country ACLED uses, nor close to the selected one: counted as
# another country's, and named in a warning

# difflib's ratio above which an unknown name is taken for a misspelling: 'Mal', 'MaIi' and
# 'Malí' score 0.75 or more against 'Mali'; 'Malta' and 'Malawi' are ACLED countries, exact.
NEAR_MISS_RATIO = 0.75


def normalise_text(value: object) -> str:
    """A cell as text with its spacing normalised: no-break and other Unicode spaces become a
    space, runs of spaces one space, none at the ends; zero-width characters and BOMs removed.
    """
    text = str(value)
    if text.isascii():  # the common case, fast
        return " ".join(text.split()) if "  " in text or text != text.strip() else text
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    return " ".join(text.split())


def _key(name: str) -> str:
    return normalise_text(unicodedata.normalize("NFKC", name)).casefold()


class CountryMatcher:
    """Sorts country names for the selected countries (one or several); each distinct name is
    looked at once. A row belongs to at most one of them: a near miss to the closest."""

    def __init__(self, countries: str | tuple[str, ...]):
        names = (countries,) if isinstance(countries, str) else tuple(countries)
        self.countries = [normalise_text(name) for name in names]
        self.country = self.countries[0]
        self._selected = {_key(name): name for name in self.countries}
        self._known_keys = {_key(name) for name in ACLED_COUNTRIES} | set(self._selected)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one matcher per import, few names
    def kind(self, name: object) -> str:
        """SELECTED, OTHER, EMPTY, NEAR_MISS or UNKNOWN for a cell of the country column."""
        key = _key("" if name is None else str(name))
        if key in self._selected:
            return SELECTED
        if not key:
            return EMPTY
        if key in self._known_keys:
            return OTHER
        return NEAR_MISS if self._closest_selected(key) is not None else UNKNOWN

    def _closest_selected(self, key: str) -> str | None:
        # One comparison per selected country settles most names (a hostile file may hold
        # millions of them); the whole list only for a name close to a selected country:
        # is another country closer?
        if all(
            difflib.SequenceMatcher(None, key, selected).ratio() < NEAR_MISS_RATIO
            for selected in self._selected
        ):
            return None
        closest = difflib.get_close_matches(key, self._known_keys, n=1, cutoff=NEAR_MISS_RATIO)
        return self._selected[closest[0]] if closest and closest[0] in self._selected else None

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one matcher per import, few names
    def owner(self, name: object) -> str:
        """The selected country a row naming ``name`` is validated as: the one it names, the
        one it is a near miss of, else the first selected (the row is rejected anyway)."""
        key = _key("" if name is None else str(name))
        if key in self._selected:
            return self._selected[key]
        if key and key not in self._known_keys:
            return self._closest_selected(key) or self.country
        return self.country

    def kinds(self, names) -> dict[str, str]:
        """{name: kind} for the distinct names given."""
        return {name: self.kind(name) for name in set(names)}


@functools.lru_cache(maxsize=16)
def country_matcher(countries: str | tuple[str, ...]) -> CountryMatcher:
    """One matcher per country (or tuple of countries) for the session: each distinct name
    is sorted only once."""
    return CountryMatcher(countries)


def unknown_countries_warning(names: list[tuple[str, int]]) -> str:
    """'5 rows name a country ACLED does not use ('Mlai' 3, 'Xyz' 2): counted as other
    countries'."""
    rows = sum(count for _, count in names)
    listed = ", ".join(f"'{_shown(name)}' {count}" for name, count in names[:5])
    more = f" and {len(names) - 5} more" if len(names) > 5 else ""
    return (
        f"{rows} row{'s' if rows != 1 else ''} name a country ACLED does not use "
        f"({listed}{more}): counted as other countries"
    )


def _shown(name: str) -> str:
    """A name from a file as printed: invisible characters escaped."""
    return "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in str(name))


def near_miss_warning(name: str, rows: int, country: str) -> str:
    """ "3 rows name 'MaIi' — did you mean Mali?" (invisible characters in the name shown
    escaped, so what is wrong with it can be seen)."""
    shown = _shown(name)
    names = "rows name" if rows != 1 else "row names"
    return (
        f"{rows} {names} '{shown}' — did you mean {country}? (not loaded; those of the month "
        "are in the rejects)"
    )
