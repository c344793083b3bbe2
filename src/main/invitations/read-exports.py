"""Reads the invitation list's exports back with Python's own parsers and prints what it found as JSON.

Used by the tests as readers that share no code with the writers: the csv module (as Excel's import is
strict about the same things: BOM, separator, quoting), icalendar (python3-icalendar) and the email package.
Run with Debian's /usr/bin/python3.

    read-exports.py csv|ics|eml < file
"""

import csv
import email
import email.policy
import io
import json
import re
import sys
import zipfile

import icalendar


def read_csv(data):
    has_bom = data.startswith(b'\xef\xbb\xbf')
    text = data.decode('utf-8-sig')
    rows = list(csv.reader(io.StringIO(text, newline=''), delimiter=';', quotechar='"', strict=True))
    return {
        'bom': has_bom,
        # Every record ends in CRLF; a line break inside a quoted field is the field's own.
        'crlf': b'\n' not in re.sub(rb'"(?:[^"]|"")*"', b'', data).replace(b'\r\n', b''),
        'endsWithCrlf': data.endswith(b'\r\n'),
        'rows': rows,
    }


def mailto(value):
    address = str(value)
    return address[7:] if address.lower().startswith('mailto:') else address


def param(value, name):
    found = value.params.get(name)
    return None if found is None else str(found)


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def read_ics(data):
    calendar = icalendar.Calendar.from_ical(data.decode('utf-8'))
    events = []
    for event in calendar.walk('VEVENT'):
        organizer = event.get('ORGANIZER')
        events.append({
            'uid': str(event.get('UID')),
            'sequence': int(event.get('SEQUENCE', 0)),
            'summary': str(event.get('SUMMARY')),
            'location': None if event.get('LOCATION') is None else str(event.get('LOCATION')),
            'dtstart': event.get('DTSTART').dt.isoformat(),
            'tzid': param(event.get('DTSTART'), 'TZID'),
            'organizer': None if organizer is None else {'email': mailto(organizer), 'name': param(organizer, 'CN')},
            'attendees': [
                {
                    'email': mailto(a),
                    'name': param(a, 'CN'),
                    'role': param(a, 'ROLE'),
                    'rsvp': param(a, 'RSVP'),
                    'partstat': param(a, 'PARTSTAT'),
                }
                for a in as_list(event.get('ATTENDEE'))
            ],
        })
    return {
        'method': None if calendar.get('METHOD') is None else str(calendar.get('METHOD')),
        'vtimezones': [str(tz['TZID']) for tz in calendar.walk('VTIMEZONE')],
        'events': events,
    }


def addresses(message, header):
    value = message[header]
    if value is None:
        return None
    return [{'name': a.display_name, 'email': a.addr_spec} for a in value.addresses]


def read_attachment(part):
    payload = part.get_content()
    if isinstance(payload, str):
        payload = payload.encode('utf-8')
    found = {
        'fileName': part.get_filename(),
        'contentType': part.get_content_type(),
        'size': len(payload),
        'zip': zipfile.is_zipfile(io.BytesIO(payload)),
    }
    if found['zip']:
        with zipfile.ZipFile(io.BytesIO(payload)) as z:
            found['zipNames'] = z.namelist()
            found['zipOk'] = z.testzip() is None
    if part.get_content_type() == 'text/calendar':
        found['calendar'] = read_ics(payload)
    return found


def read_eml(data):
    message = email.message_from_bytes(data, policy=email.policy.default)
    plain = message.get_body(preferencelist=('plain',))
    html = message.get_body(preferencelist=('html',))
    return {
        'defects': [type(d).__name__ for d in message.defects],
        'xUnsent': message['X-Unsent'],
        'subject': message['Subject'],
        'from': addresses(message, 'From'),
        'to': addresses(message, 'To'),
        'cc': addresses(message, 'Cc'),
        'bcc': addresses(message, 'Bcc'),
        'contentType': message.get_content_type(),
        'text': None if plain is None else plain.get_content(),
        'html': None if html is None else html.get_content(),
        'attachments': [read_attachment(part) for part in message.iter_attachments()],
    }


def main():
    kind = sys.argv[1]
    data = sys.stdin.buffer.read()
    reader = {'csv': read_csv, 'ics': read_ics, 'eml': read_eml}[kind]
    json.dump(reader(data), sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main()
