"""The benchmark's yardstick: the same meeting package content written with python-docx.

Reads a JSON file (argument 1) with the cases ({title, paragraphs, points, bullets, table}) and
the number of runs, writes the document `runs` times to the path in argument 2, and prints the
milliseconds of each run (build and save, the interpreter's start and import left out) as JSON.
Run with /usr/bin/python3 (Debian's python3-docx).
"""
import json
import sys
import time

import docx
from docx.enum.section import WD_SECTION


def build(cases, out):
    document = docx.Document()
    for index, case in enumerate(cases):
        if index > 0:
            document.add_section(WD_SECTION.NEW_PAGE)
        document.add_heading(case['title'], level=0)
        for heading, paragraphs in case['sections']:
            document.add_heading(heading, level=1)
            for text in paragraphs:
                document.add_paragraph(text)
        rows = case['table']
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = 'Table Grid'
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        for text in case['bullets']:
            document.add_paragraph(text, style='List Bullet')
        document.add_heading('Forslag til vedtak', level=1)
        for text in case['points']:
            document.add_paragraph(text, style='List Number')
    document.core_properties.title = 'Møtepakke'
    document.core_properties.language = 'nb-NO'
    document.save(out)


def main(spec_path, out):
    with open(spec_path, encoding='utf-8') as f:
        spec = json.load(f)
    samples = []
    for _ in range(spec['runs'] + 1):
        start = time.perf_counter()
        build(spec['cases'], out)
        samples.append((time.perf_counter() - start) * 1000)
    # The first run warms up, as the TypeScript benchmark's does.
    json.dump({'samples': samples[1:]}, sys.stdout)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
