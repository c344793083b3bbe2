"""Reads a .docx the way an independent reader does (python-docx), for the document tests.

Prints JSON: paragraphs with style, text and list numbering; tables with cell text and whether
the first row repeats as a header; core and custom properties; every w:lang value in the body.
Run with /usr/bin/python3 (Debian's python3-docx).
"""
import json
import re
import sys
import zipfile

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def numbering_of(paragraph):
    ppr = paragraph._p.pPr
    if ppr is None or ppr.numPr is None:
        return None
    num_id = ppr.numPr.numId
    ilvl = ppr.numPr.ilvl
    return {
        'numId': int(num_id.val) if num_id is not None else None,
        'ilvl': int(ilvl.val) if ilvl is not None else 0,
    }


def paragraph_of(paragraph):
    return {
        'style': paragraph.style.name if paragraph.style is not None else None,
        'text': paragraph.text,
        'numbering': numbering_of(paragraph),
    }


def table_of(table):
    rows = table.rows
    header = False
    if len(rows) > 0:
        tr_pr = rows[0]._tr.trPr
        header = tr_pr is not None and tr_pr.find(qn('w:tblHeader')) is not None
    return {
        'headerRow': header,
        'rows': [[cell.text for cell in row.cells] for row in rows],
    }


def custom_properties(path):
    with zipfile.ZipFile(path) as z:
        if 'docProps/custom.xml' not in z.namelist():
            return {}
        xml = z.read('docProps/custom.xml').decode('utf-8')
    found = {}
    for name, value in re.findall(r'<property[^>]*name="([^"]*)"[^>]*>\s*<vt:\w+>(.*?)</vt:\w+>', xml, re.S):
        found[name] = value
    for name in re.findall(r'<property[^>]*name="([^"]*)"[^>]*>\s*<vt:\w+\s*/>', xml):
        found[name] = ''
    return found


def languages(path):
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r'word/(document|styles|header\d*|footer\d*)\.xml$', n)]
        found = set()
        for part in parts:
            xml = z.read(part).decode('utf-8')
            found.update(re.findall(r'<w:lang [^>]*w:val="([^"]*)"', xml))
    return sorted(found)


def runs_without_language(path):
    """Runs in the body that carry text but no w:lang of their own."""
    with zipfile.ZipFile(path) as z:
        xml = z.read('word/document.xml').decode('utf-8')
    count = 0
    for run in re.findall(r'<w:r>.*?</w:r>|<w:r [^>]*>.*?</w:r>', xml, re.S):
        if '<w:t' in run and '<w:lang ' not in run:
            count += 1
    return count


def main(path):
    document = docx.Document(path)
    body = []
    for child in document.element.body.iterchildren():
        if child.tag == W + 'p':
            body.append({'kind': 'paragraph', **paragraph_of(Paragraph(child, document))})
        elif child.tag == W + 'tbl':
            body.append({'kind': 'table', **table_of(Table(child, document))})
    core = document.core_properties
    result = {
        'body': body,
        'paragraphs': [b for b in body if b['kind'] == 'paragraph'],
        'tables': [b for b in body if b['kind'] == 'table'],
        'core': {
            'title': core.title,
            'subject': core.subject,
            'keywords': core.keywords,
            'author': core.author,
            'description': core.comments,
            'language': core.language,
            'created': core.created.isoformat() if core.created else None,
        },
        'custom': custom_properties(path),
        'languages': languages(path),
        'runsWithoutLanguage': runs_without_language(path),
        'sections': [
            {'orientation': 'landscape' if s.page_width > s.page_height else 'portrait'} for s in document.sections
        ],
    }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1])
