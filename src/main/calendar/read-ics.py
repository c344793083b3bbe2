"""Reads an .ics file from stdin with Python's icalendar module and prints what it found as JSON.

Used by ics.test.ts as a parser that shares no code with the generator. Run with Debian's /usr/bin/python3,
where python3-icalendar is installed.

icalendar 4.x resolves a TZID such as Europe/Oslo through its own tz database (pytz) and ignores the file's
VTIMEZONE. To check the VTIMEZONE the file carries, each start time is also resolved through a time zone built
from that component (Timezone.to_tz), and printed as dtstartByVtimezone.
"""

import json
import sys

import icalendar


def text(value):
    return None if value is None else str(value)


def iso(value):
    return None if value is None else value.dt.isoformat()


def mailto(value):
    """'mailto:ola@example.no' -> 'ola@example.no' (the scheme's case varies between writers)."""
    address = str(value)
    return address[7:] if address.lower().startswith('mailto:') else address


def person(value):
    return {
        'email': mailto(value),
        'name': text(value.params.get('CN')),
        'role': text(value.params.get('ROLE')),
        'rsvp': text(value.params.get('RSVP')),
    }


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def vtimezones(calendar):
    return {str(tz['TZID']): tz.to_tz() for tz in calendar.walk('VTIMEZONE')}


def start_by_vtimezone(event, zones):
    """Localizes the DTSTART wall clock with the zone built from the file's own VTIMEZONE."""
    start = event.get('DTSTART')
    tzid = start.params.get('TZID') if start is not None else None
    if tzid not in zones:
        return None
    return zones[tzid].localize(start.dt.replace(tzinfo=None)).isoformat()


def read_event(event, zones):
    organizer = event.get('ORGANIZER')
    return {
        'uid': text(event.get('UID')),
        'sequence': int(event.get('SEQUENCE', 0)),
        'summary': text(event.get('SUMMARY')),
        'description': text(event.get('DESCRIPTION')),
        'location': text(event.get('LOCATION')),
        'url': text(event.get('URL')),
        'status': text(event.get('STATUS')),
        'dtstamp': iso(event.get('DTSTAMP')),
        'dtstart': iso(event.get('DTSTART')),
        'dtend': iso(event.get('DTEND')),
        'tzid': text(event['DTSTART'].params.get('TZID')) if 'DTSTART' in event else None,
        'dtstartByVtimezone': start_by_vtimezone(event, zones),
        'organizer': person(organizer) if organizer is not None else None,
        'attendees': [person(attendee) for attendee in as_list(event.get('ATTENDEE'))],
    }


def main():
    calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read().decode('utf-8'))
    zones = vtimezones(calendar)
    print(json.dumps({
        'method': text(calendar.get('METHOD')),
        'prodid': text(calendar.get('PRODID')),
        'name': text(calendar.get('NAME')),
        'calendarName': text(calendar.get('X-WR-CALNAME')),
        'vtimezones': sorted(zones),
        'events': [read_event(event, zones) for event in calendar.walk('VEVENT')],
    }, ensure_ascii=False))


if __name__ == '__main__':
    main()
