"""Builds a .docx test fixture from a JSON spec on stdin; writes it to the path in argv[1].

Used by docx-import.test.ts so the fixtures are real Word files made by a real docx writer
(python-docx, Debian package python3-docx; run with /usr/bin/python3).

Spec: {"blocks": [block, ...]} where a block is one of
  {"title": "text"}                           paragraph in the Title style
  {"heading": "text", "level": 1}             Heading 1-3
  {"p": [run, ...], "style": "Quote"}         style optional; a run is "text" or {"text", "bold", "italic", "link"}
  {"bullets": [item, ...]}                    item is run list / text, or {"runs": [...], "children": [item, ...]}
  {"numbers": [item, ...]}                    List Number (one level)
  {"table": [[cell, ...], ...], "header": true}   with "header", the first row is a bold, repeated header row
  {"image": true}                             a 1x1 PNG
"""

import base64
import io
import json
import sys

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def add_link(paragraph, text, url):
    """python-docx has no hyperlink API: add <w:hyperlink r:id> around a styled run by hand."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def add_runs(paragraph, runs):
    if isinstance(runs, str):
        runs = [runs]
    for run in runs:
        if isinstance(run, str):
            run = {"text": run}
        if run.get("link"):
            add_link(paragraph, run["text"], run["link"])
            continue
        r = paragraph.add_run(run["text"])
        r.bold = run.get("bold")
        r.italic = run.get("italic")


def mark_header_row(row):
    """Word's "Repeat as header row" (w:tblHeader), which mammoth turns into <thead> and <th>."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def add_items(document, items, style, level=1):
    for item in items:
        if not isinstance(item, dict):
            item = {"runs": item}
        name = style if level == 1 else f"{style} {level}"
        add_runs(document.add_paragraph(style=name), item["runs"])
        add_items(document, item.get("children", []), style, level + 1)


def main():
    spec = json.load(sys.stdin)
    document = docx.Document()
    for block in spec["blocks"]:
        if "title" in block:
            document.add_paragraph(block["title"], style="Title")
        elif "heading" in block:
            document.add_heading(block["heading"], level=block.get("level", 1))
        elif "p" in block:
            add_runs(document.add_paragraph(style=block.get("style")), block["p"])
        elif "bullets" in block:
            add_items(document, block["bullets"], "List Bullet")
        elif "numbers" in block:
            add_items(document, block["numbers"], "List Number")
        elif "table" in block:
            rows = block["table"]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            header = block.get("header", False)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).paragraphs[0].add_run(text).bold = header and r == 0
            if header:
                mark_header_row(table.rows[0])
        elif "image" in block:
            document.add_picture(io.BytesIO(PNG))
        else:
            raise ValueError(f"unknown block: {block}")
    document.save(sys.argv[1])


if __name__ == "__main__":
    main()
