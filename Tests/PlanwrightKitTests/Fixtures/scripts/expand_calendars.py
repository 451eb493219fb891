#!/usr/bin/env python3
"""Prints the days of each calendar's event occurrences in a window, by an independent
expansion (the `recurring-ical-events` package), for Planwright's tests to compare with its own.

Usage: expand_calendars.py START END FILE...   (dates YYYY-MM-DD, inclusive)
Prints one line per day an occurrence covers inside the window: FILE<TAB>DATE<TAB>SUMMARY,
then for each file a line `#occurrences<TAB>FILE<TAB>N`.

Where an occurrence counts is Planwright's documented rule: an all-day event on its dates
(DTEND exclusive); a timed event on its local dates in its own zone; a UTC time in the
calendar's X-WR-TIMEZONE if it names one, else in UTC; a cancelled occurrence on no day.
"""
import datetime
import os
import sys
import zoneinfo

import icalendar
import recurring_ical_events


def local(value, display_zone):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None and display_zone is not None and value.utcoffset() == datetime.timedelta(0) \
                and str(value.tzinfo) in ("UTC", "UTC+00:00", "tzutc()", "Etc/UTC", "Z"):
            value = value.astimezone(display_zone)
    return value


def days(component, display_zone):
    start = local(component.get("DTSTART").dt, display_zone)
    end_property = component.get("DTEND")
    if end_property is not None:
        end = local(end_property.dt, display_zone)
    elif component.get("DURATION") is not None:
        end = start + component.get("DURATION").dt
    else:
        end = start + datetime.timedelta(days=1) if not isinstance(start, datetime.datetime) else start
    if isinstance(start, datetime.datetime):
        first = start.date()
        last = (end - datetime.timedelta(microseconds=1)).date() if end > start else first
    else:
        first = start
        last = end - datetime.timedelta(days=1) if end > start else start
    day = first
    while day <= last:
        yield day
        day += datetime.timedelta(days=1)


def main():
    window_start = datetime.date.fromisoformat(sys.argv[1])
    window_end = datetime.date.fromisoformat(sys.argv[2])
    for path in sys.argv[3:]:
        with open(path, "rb") as handle:
            calendar = icalendar.Calendar.from_ical(handle.read())
        name = calendar.get("X-WR-TIMEZONE")
        display_zone = zoneinfo.ZoneInfo(str(name)) if name else None
        lines = []
        # The library returns cancelled events and instances with their STATUS; a cancelled one
        # is held on no day, as RFC 5545 says and Planwright reads it.
        occurrences = [component for component in
                       recurring_ical_events.of(calendar).between(window_start, window_end + datetime.timedelta(days=1))
                       if str(component.get("STATUS", "")).upper() != "CANCELLED"]
        for component in occurrences:
            summary = str(component.get("SUMMARY", ""))
            for day in days(component, display_zone):
                if window_start <= day <= window_end:
                    lines.append(f"{os.path.basename(path)}\t{day.isoformat()}\t{summary}")
        for line in sorted(lines):
            print(line)
        print(f"#occurrences\t{os.path.basename(path)}\t{len(occurrences)}")


if __name__ == "__main__":
    main()
