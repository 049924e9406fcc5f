"""Test oracle for leadprint's P-touch output (tests only, never shipped).

Usage: ptouch_oracle.py STREAM MODEL TUBE_MM MARGIN_MM FIRST_ROW PNG...

Reads the P-touch stream leadprint wrote with a parser written here from Brother's raster command
reference, checks every page's band of pins against the matching --mono PNG (rows FIRST_ROW onward),
then builds the same job with the `ptouch` package from PyPI (an independent encoder) from those
bands, and compares the two command sequences. Prints one JSON object; exits 1 on any difference.
"""
import json
import sys

import packbits
from PIL import Image
from ptouch import printers, tape
from ptouch.connection import Connection


class Collect(Connection):
    """A connection that keeps the bytes instead of sending them."""

    def __init__(self):
        self.data = bytearray()

    def connect(self, printer):
        pass

    def write(self, payload):
        self.data += payload

    def close(self):
        pass


def parse(data, bytes_per_line):
    """Commands as (name, args) and the pages' raster lines (None for a zero line)."""
    commands, pages, lines, i, packed = [], [], [], 0, False
    while i < len(data):
        b = data[i]
        if b == 0:
            n = 0
            while i < len(data) and data[i] == 0:
                n += 1
                i += 1
            commands.append(("invalidate", n))
        elif b == 0x1B and data[i + 1] == 0x40:
            commands.append(("ESC @", None)); i += 2
        elif b == 0x1B and data[i + 1] == 0x69:
            c = data[i + 2]
            size = {0x61: 1, 0x7A: 10, 0x4D: 1, 0x41: 1, 0x4B: 1, 0x64: 2}[c]
            args = list(data[i + 3:i + 3 + size])
            commands.append(("ESC i " + chr(c), args)); i += 3 + size
        elif b == 0x4D:
            packed = data[i + 1] == 2
            commands.append(("M", data[i + 1])); i += 2
        elif b in (0x47, 0x67):
            n = data[i + 1] | data[i + 2] << 8
            chunk = bytes(data[i + 3:i + 3 + n])
            line = packbits.decode(chunk) if packed else chunk
            assert len(line) == bytes_per_line, (i, len(line))
            lines.append(line)
            commands.append(("G", None)); i += 3 + n
        elif b == 0x5A:
            lines.append(None)
            commands.append(("Z", None)); i += 1
        elif b in (0x0C, 0x1A):
            pages.append(lines); lines = []
            commands.append(("FF" if b == 0x0C else "Ctrl-Z", None)); i += 1
        else:
            raise ValueError("unknown byte %02x at %d" % (b, i))
    return commands, pages


def main():
    stream, model_name, tube_mm, margin_mm, first_row = sys.argv[1:6]
    pngs = sys.argv[6:]
    model = {"PT-P900W": printers.PTP900W, "PT-P950NW": printers.PTP950NW, "PT-P900": printers.PTP900,
             "PT-P750W": printers.PTP750W, "PT-E550W": printers.PTE550W}[model_name]
    tube = {"5.8": tape.HeatShrinkTube5_8mm, "8.8": tape.HeatShrinkTube8_8mm, "11.7": tape.HeatShrinkTube11_7mm,
            "17.7": tape.HeatShrinkTube17_7mm, "23.6": tape.HeatShrinkTube23_6mm}[tube_mm]
    config = model.PIN_CONFIGS[tube]
    data = open(stream, "rb").read()
    ours, pages = parse(data, model.BYTES_PER_LINE)
    problems = []
    if len(pages) != len(pngs):
        problems.append("%d pages, %d PNGs" % (len(pages), len(pngs)))
    bands = []
    for number, (lines, png) in enumerate(zip(pages, pngs), 1):
        image = Image.open(png).convert("1")
        top = int(first_row)
        band = image.crop((0, top, image.width, top + config.print_pins))
        bands.append(band)
        if len(lines) != image.width:
            problems.append("page %d: %d raster lines, PNG %d wide" % (number, len(lines), image.width))
            continue
        for x, line in enumerate(lines):
            for r in range(config.print_pins):
                pin = config.left_pins + r
                inked = line is not None and line[pin // 8] & (0x80 >> (pin % 8)) != 0
                if inked != (band.getpixel((x, r)) == 0):
                    problems.append("page %d: column %d, band row %d differs" % (number, x, r))
                    break
            else:
                continue
            break
        # Dots of the PNG outside the band would be lost on the printer.
        outside = [y for y in list(range(0, top)) + list(range(top + config.print_pins, image.height))
                   if any(image.getpixel((x, y)) == 0 for x in range(image.width))]
        if outside:
            problems.append("page %d: ink outside the band on rows %s" % (number, outside[:5]))

    collect = Collect()
    printer = model(collect, use_compression=True)
    from ptouch.label import Label
    printer.print_multi([Label(b.convert("RGB"), tube) for b in bands], margin_mm=float(margin_mm), half_cut=False)
    theirs, their_pages = parse(bytes(collect.data), model.BYTES_PER_LINE)
    if their_pages != pages:
        problems.append("the ptouch package's raster lines differ from leadprint's")
    print(json.dumps({"ours": ours, "theirs": theirs, "problems": problems, "pages": len(pages)}))
    sys.exit(1 if problems else 0)


main()
