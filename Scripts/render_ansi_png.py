#!/usr/bin/env python3
"""Render a `tmux capture-pane -p -e` capture (text with SGR colour codes) to a PNG picture.

Usage: render_ansi_png.py CAPTURE.txt OUT.png [--columns 120] [--rows 40]

Needs Pillow (Debian: python3-pil) and the DejaVu Sans Mono font (fonts-dejavu-core); wide CJK
characters use Noto Sans CJK when installed (fonts-noto-cjk).
"""
import argparse
import re
import unicodedata

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
FONT_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SIZE = 15
BACKGROUND = (24, 26, 32)
FOREGROUND = (220, 220, 220)
BASE16 = [
    (0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16), (36, 114, 200), (188, 63, 188), (17, 168, 205),
    (229, 229, 229), (102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67), (59, 142, 234),
    (214, 112, 214), (41, 184, 219), (255, 255, 255),
]


def color256(n):
    if n < 16:
        return BASE16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    level = 8 + (n - 232) * 10
    return (level, level, level)


def cell_width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def parse(text, columns, rows):
    grid = [[(" ", None, None, False, False) for _ in range(columns)] for _ in range(rows)]
    state = {"fg": None, "bg": None, "bold": False, "reverse": False, "underline": False}
    for row, line in enumerate(text.split("\n")[:rows]):
        col = 0
        for token in re.split(r"(\x1b\[[0-9;:]*m)", line):
            if token.startswith("\x1b["):
                codes = [int(c) if c else 0 for c in re.split("[;:]", token[2:-1])] or [0]
                i = 0
                while i < len(codes):
                    c = codes[i]
                    if c == 0:
                        state.update(fg=None, bg=None, bold=False, reverse=False, underline=False)
                    elif c == 1:
                        state["bold"] = True
                    elif c == 22:
                        state["bold"] = False
                    elif c == 4:
                        state["underline"] = True
                    elif c == 24:
                        state["underline"] = False
                    elif c == 7:
                        state["reverse"] = True
                    elif c == 27:
                        state["reverse"] = False
                    elif 30 <= c <= 37:
                        state["fg"] = BASE16[c - 30]
                    elif 90 <= c <= 97:
                        state["fg"] = BASE16[c - 90 + 8]
                    elif 40 <= c <= 47:
                        state["bg"] = BASE16[c - 40]
                    elif 100 <= c <= 107:
                        state["bg"] = BASE16[c - 100 + 8]
                    elif c == 39:
                        state["fg"] = None
                    elif c == 49:
                        state["bg"] = None
                    elif c in (38, 48) and i + 1 < len(codes):
                        if codes[i + 1] == 5 and i + 2 < len(codes):
                            value = color256(codes[i + 2])
                            i += 2
                        elif codes[i + 1] == 2 and i + 4 < len(codes):
                            value = tuple(codes[i + 2:i + 5])
                            i += 4
                        else:
                            value = None
                        state["fg" if c == 38 else "bg"] = value
                    i += 1
                continue
            for ch in token:
                w = cell_width(ch)
                if w == 0 or col >= columns:
                    continue
                fg = state["fg"] or FOREGROUND
                bg = state["bg"] or BACKGROUND
                if state["reverse"]:
                    fg, bg = bg, fg
                grid[row][col] = (ch, fg, bg, state["bold"], state["underline"])
                if w == 2 and col + 1 < columns:
                    grid[row][col + 1] = ("", fg, bg, False, False)
                col += w
    return grid


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("capture")
    parser.add_argument("output")
    parser.add_argument("--columns", type=int, default=120)
    parser.add_argument("--rows", type=int, default=40)
    args = parser.parse_args()
    text = open(args.capture, encoding="utf-8", errors="replace").read()
    grid = parse(text, args.columns, args.rows)
    font = ImageFont.truetype(FONT, SIZE)
    bold = ImageFont.truetype(FONT_BOLD, SIZE)
    try:
        cjk = ImageFont.truetype(FONT_CJK, SIZE)
    except OSError:
        cjk = font
    cw = int(round(font.getlength("M")))
    ch = SIZE + 4
    image = Image.new("RGB", (cw * args.columns + 16, ch * args.rows + 16), BACKGROUND)
    draw = ImageDraw.Draw(image)
    for r, cells in enumerate(grid):
        for c, (char, fg, bg, is_bold, underline) in enumerate(cells):
            x, y = 8 + c * cw, 8 + r * ch
            if bg and bg != BACKGROUND:
                draw.rectangle([x, y, x + cw - 1, y + ch - 1], fill=bg)
            if char.strip():
                use = cjk if cell_width(char) == 2 else (bold if is_bold else font)
                draw.text((x, y + 1), char, font=use, fill=fg or FOREGROUND)
            if underline:
                draw.line([x, y + ch - 2, x + cw - 1, y + ch - 2], fill=fg or FOREGROUND)
    image.save(args.output)


if __name__ == "__main__":
    main()
