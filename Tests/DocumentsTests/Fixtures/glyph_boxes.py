#!/usr/bin/env python3
"""Checks the glyphs of PDFs as pdfplumber reads them: every glyph box inside a safe area of its page, no two
text lines' boxes intersecting, no glyph below a floor size.

Reads a JSON manifest on standard input:
  [{"pdf": PATH, "floor": POINTS, "pages": [[[x0, top, x1, bottom], ...], ...]}, ...]
one list of safe rectangles (points, y down from the page top) per page; a glyph must lie inside one of them.
Prints one line per problem ("PATH page N: ...") and, last, "checked N glyphs in M pages".
A text line is a run of glyphs on one baseline whose gaps are under two of their sizes; its box is the union of
its glyphs' boxes (pdfplumber's: the advance wide, the font size tall, hung from the font's descent).
"""
import json
import sys

import pdfplumber

TOLERANCE = 0.05  # points: Cairo writes positions to three decimals


def lines_of(chars):
    """Glyphs grouped into text lines: one baseline (matrix f), horizontally contiguous."""
    by_baseline = {}
    for c in chars:
        key = (round(c["matrix"][5], 1), round(c["matrix"][1], 3))
        by_baseline.setdefault(key, []).append(c)
    lines = []
    for glyphs in by_baseline.values():
        glyphs.sort(key=lambda c: c["x0"])
        current = [glyphs[0]]
        for c in glyphs[1:]:
            if c["x0"] - max(g["x1"] for g in current) > 2 * max(c["size"], current[-1]["size"]):
                lines.append(current)
                current = [c]
            else:
                current.append(c)
        lines.append(current)
    boxes = []
    for line in lines:
        text = "".join(c["text"] for c in line)
        if not text.strip():
            continue
        boxes.append((min(c["x0"] for c in line), min(c["top"] for c in line),
                      max(c["x1"] for c in line), max(c["bottom"] for c in line), text))
    return boxes


def main():
    manifest = json.load(sys.stdin)
    glyphs = pages = 0
    for entry in manifest:
        with pdfplumber.open(entry["pdf"]) as pdf:
            if len(pdf.pages) != len(entry["pages"]):
                print(f'{entry["pdf"]}: {len(pdf.pages)} pages, expected {len(entry["pages"])}')
                continue
            for number, (page, safe) in enumerate(zip(pdf.pages, entry["pages"]), start=1):
                pages += 1
                chars = [c for c in page.chars if c["text"].strip()]
                glyphs += len(chars)
                where = f'{entry["pdf"]} page {number}'
                for c in chars:
                    if c["size"] < entry["floor"] - 0.01:
                        print(f'{where}: "{c["text"]}" at {c["size"]:.2f} pt, under the {entry["floor"]} pt floor')
                    inside = any(c["x0"] >= r[0] - TOLERANCE and c["top"] >= r[1] - TOLERANCE and
                                 c["x1"] <= r[2] + TOLERANCE and c["bottom"] <= r[3] + TOLERANCE for r in safe)
                    if not inside:
                        print(f'{where}: "{c["text"]}" at ({c["x0"]:.2f}, {c["top"]:.2f})-({c["x1"]:.2f}, {c["bottom"]:.2f}) '
                              f'outside the safe area')
                lines = lines_of(chars)
                for i, a in enumerate(lines):
                    for b in lines[i + 1:]:
                        if (min(a[2], b[2]) - max(a[0], b[0]) > TOLERANCE and min(a[3], b[3]) - max(a[1], b[1]) > TOLERANCE):
                            print(f'{where}: lines "{a[4][:40]}" and "{b[4][:40]}" overlap')
    print(f"checked {glyphs} glyphs in {pages} pages")


if __name__ == "__main__":
    main()
