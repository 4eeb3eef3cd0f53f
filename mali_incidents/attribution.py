"""What every page says about where its data come from: ACLED's citation, the boundaries'
source, the period, the date of the data, a disclaimer. Plain text, from the data and the
settings; the pages put it in their footers (``atlas/pages``).

ACLED asks every use to cite it: "Armed Conflict Location & Event Data Project (ACLED);
acleddata.com" (README, Data sources and citation).
The date of the data is the analyst's download date when given, else the latest update of
the month's rows (ACLED's ``timestamp``): what the atlas can know of how fresh its data are.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timezone

from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale

ACLED_CITATION = "Armed Conflict Location & Event Data Project (ACLED); acleddata.com"


def tr(message: str) -> str:
    return QCoreApplication.translate("Attribution", message)


def month_period(month: str, language: str = "en") -> str:
    """'2021-02' -> '1–28 February 2021' ('1–28 février 2021')."""
    year, number = (int(part) for part in month.split("-"))
    last = calendar.monthrange(year, number)[1]
    month_name = QLocale(language).toString(QDate(year, number, 1), "MMMM yyyy")
    return f"1–{last} {month_name}"


def long_date(day: date, language: str = "en") -> str:
    """A date as a reader writes it: '2 March 2021', '2 mars 2021'."""
    return QLocale(language).toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def data_date(downloaded: str, latest_timestamp: int | None) -> date | None:
    """The analyst's download date (YYYY-MM-DD) if given, else the day of the latest update
    of the month's rows (a Unix time, UTC); None when neither is known."""
    if downloaded:
        try:
            return date.fromisoformat(downloaded.strip())
        except ValueError:
            pass
    if latest_timestamp:
        return datetime.fromtimestamp(int(latest_timestamp), tz=timezone.utc).date()
    return None


def source_line(period: str, as_of: date | None, boundaries: str, language: str) -> str:
    """The footer's first line: the citation, the period, the date of the data, the
    boundaries."""
    data = tr("Data: {citation}, {period}").format(citation=ACLED_CITATION, period=period)
    if as_of is not None:
        data += tr(", as of {date}").format(date=long_date(as_of, language))
    return f"{data}. {tr('Boundaries: {source}.').format(source=boundaries)}"


def disclaimer() -> str:
    return tr(
        "The boundaries and names shown and the designations used on these maps do not imply "
        "official endorsement or acceptance."
    )
