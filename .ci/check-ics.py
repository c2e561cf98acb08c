#!/usr/bin/env python3
"""Reads adieu's calendars with an independent iCalendar parser (Python's `icalendar`).

    check-ics.py FILE.ics...            every file parses and is well formed
    check-ics.py --cases ADIEU CASE...  each case's calendar, rendered with --date, has
                                        exactly the case's dates, read from its YAML

Well formed: VERSION 2.0 and a PRODID; every event has a UID unique in the file, a
DTSTAMP, a SUMMARY and a DESCRIPTION, and is all-day (DTSTART a date, DTEND the next
day). The dates of a case are its date, each invoice's due date, each deliverable's
date and the last day (the date plus the notice's days, the `until` date, or the
date itself when the end is immediate), computed here from the YAML, not by adieu.
"""

import datetime
import subprocess
import sys

import icalendar
import yaml

DATE = datetime.date(2026, 11, 23)


def well_formed(name, data):
    """The calendar's events, after checking the structure; exits on a problem."""
    problems = []
    calendar = icalendar.Calendar.from_ical(data)
    if str(calendar.get("VERSION")) != "2.0":
        problems.append("VERSION is not 2.0")
    if not calendar.get("PRODID"):
        problems.append("no PRODID")
    events = list(calendar.walk("VEVENT"))
    if not events:
        problems.append("no event")
    uids = set()
    for event in events:
        uid = str(event.get("UID", ""))
        if not uid or uid in uids:
            problems.append(f"UID missing or repeated: {uid!r}")
        uids.add(uid)
        for key in ("DTSTAMP", "SUMMARY", "DESCRIPTION", "DTSTART", "DTEND"):
            if key not in event:
                problems.append(f"{uid}: no {key}")
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
            problems.append(f"{uid}: DTSTART is not a date: {start!r}")
        elif end != start + datetime.timedelta(days=1):
            problems.append(f"{uid}: DTEND {end} is not the day after DTSTART {start}")
    if problems:
        sys.exit(f"{name}: " + "; ".join(problems))
    return events


def expected_dates(case, date):
    """The dates the calendar of `case` must hold, sorted."""
    dates = [date]
    closeout = case.get("closeout") or {}
    dates += [to_date(i["due"]) for i in closeout.get("invoices") or [] if i.get("due")]
    dates += [to_date(d["by"]) for d in closeout.get("deliverables") or [] if d.get("by")]
    notice = case["notice"]
    if notice.get("immediate"):
        dates.append(date)
    elif "until" in notice:
        dates.append(to_date(notice["until"]))
    else:
        dates.append(date + datetime.timedelta(days=int(notice["days"])))
    return sorted(dates)


def to_date(value):
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


def check_case(adieu, path):
    command = [adieu, "calendar", path, "--date", DATE.isoformat(), "--no-config", "-q"]
    first = subprocess.run(command, capture_output=True, check=True).stdout
    second = subprocess.run(command, capture_output=True, check=True).stdout
    if first != second:
        sys.exit(f"{path}: two runs gave different calendars")
    events = well_formed(path, first)
    with open(path, encoding="utf-8") as file:
        case = yaml.safe_load(file)
    got = sorted(e.decoded("DTSTART") for e in events)
    want = expected_dates(case, DATE)
    if got != want:
        sys.exit(f"{path}: the calendar has the dates {got}, the case {want}")
    stamp = datetime.datetime.combine(DATE, datetime.time(), datetime.timezone.utc)
    for event in events:
        if event.decoded("DTSTAMP") != stamp:
            sys.exit(f"{path}: DTSTAMP {event.decoded('DTSTAMP')} is not the case date")
    client = case["client"].get("company") or case["client"]["contact"]["name"]
    for event in events:
        if client not in str(event.get("SUMMARY")) + str(event.get("DESCRIPTION")):
            sys.exit(f"{path}: an event does not name {client}: {event.get('SUMMARY')}")
    return len(events)


def main(args):
    if args[:1] == ["--cases"]:
        adieu, cases = args[1], args[2:]
        events = sum(check_case(adieu, case) for case in cases)
        print(f"check-ics: {len(cases)} cases, {events} events, every date as in the case")
        return
    events = 0
    for name in args:
        with open(name, "rb") as file:
            events += len(well_formed(name, file.read()))
    if not args:
        sys.exit("check-ics: no calendar given")
    print(f"check-ics: {len(args)} calendars, {events} events, all well formed")


if __name__ == "__main__":
    main(sys.argv[1:])
