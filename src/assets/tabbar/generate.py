#!/usr/bin/env python3
"""Tab bar icons (81×81 PNG, WeChat's recommended size; each well under the 40 KB limit).

Plain shapes drawn with the standard library only (no network, no Pillow):
  home.png / home-active.png   首页  a house
  hall.png / hall-active.png   办事  a document with lines
  talk.png / talk-active.png   诉求  a speech bubble
  me.png   / me-active.png     我的  a person
Normal = outline in the tabBar `color` (#4a4a4a), selected = filled in `selectedColor`
(#1a5fb4), so the selected tab differs by shape as well as colour.

Run: python3 src/assets/tabbar/generate.py
"""
import os
import struct
import zlib

SIZE = 81
SS = 4  # supersampling per axis
N = SIZE * SS
STROKE = 6 * SS  # outline width in supersampled pixels
OUT = os.path.dirname(os.path.abspath(__file__))
GREY = (0x4A, 0x4A, 0x4A)
BLUE = (0x1A, 0x5F, 0xB4)


def polygon(pts):
    pts = [(x * SS, y * SS) for x, y in pts]

    def inside(x, y):
        c = False
        j = len(pts) - 1
        for i in range(len(pts)):
            xi, yi = pts[i]
            xj, yj = pts[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                c = not c
            j = i
        return c

    return inside


def rect(x0, y0, x1, y1, r=0):
    x0, y0, x1, y1, r = x0 * SS, y0 * SS, x1 * SS, y1 * SS, r * SS

    def inside(x, y):
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

    return inside


def ellipse(cx, cy, rx, ry):
    cx, cy, rx, ry = cx * SS, cy * SS, rx * SS, ry * SS
    return lambda x, y: ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1


def mask_of(shapes, holes=()):
    m = []
    for y in range(N):
        row = bytearray(N)
        for x in range(N):
            px, py = x + 0.5, y + 0.5
            if any(s(px, py) for s in shapes) and not any(h(px, py) for h in holes):
                row[x] = 1
        m.append(row)
    return m


def erode(m, r):
    """Square erosion (separable min filter): what stays is at least r away from an edge."""
    tmp = []
    for row in m:
        out = bytearray(N)
        run = 0
        # distance to the nearest 0 on the left and right, then keep if both ≥ r
        left = [0] * N
        for x in range(N):
            run = run + 1 if row[x] else 0
            left[x] = run
        run = 0
        for x in range(N - 1, -1, -1):
            run = run + 1 if row[x] else 0
            out[x] = 1 if left[x] > r and run > r else 0
        tmp.append(out)
    res = [bytearray(N) for _ in range(N)]
    for x in range(N):
        up = [0] * N
        run = 0
        for y in range(N):
            run = run + 1 if tmp[y][x] else 0
            up[y] = run
        run = 0
        for y in range(N - 1, -1, -1):
            run = run + 1 if tmp[y][x] else 0
            res[y][x] = 1 if up[y] > r and run > r else 0
    return res


def png(path, m, rgb):
    raw = bytearray()
    for y in range(SIZE):
        raw.append(0)  # filter: none
        for x in range(SIZE):
            cov = 0
            for dy in range(SS):
                row = m[y * SS + dy]
                cov += sum(row[x * SS : x * SS + SS])
            a = round(255 * cov / (SS * SS))
            raw += bytes((*rgb, a))
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xFFFFFFFF)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0))
    data += chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b'')
    with open(path, 'wb') as f:
        f.write(data)
    return len(data)


ICONS = {
    # a house with a door
    'home': ([polygon([(6, 38), (40.5, 8), (75, 38)]), rect(16, 32, 65, 72, 3)], [rect(34, 50, 47, 72.5, 2)]),
    # a sheet with three lines of text
    'hall': ([rect(15, 7, 66, 74, 7)], []),
    # a speech bubble with a tail and three dots
    'talk': ([rect(6, 12, 75, 58, 12), polygon([(20, 52), (20, 72), (38, 55)])], []),
    # head and shoulders
    'me': ([ellipse(40.5, 25, 15, 15), rect(12, 46, 69, 74, 16)], []),
}
# marks drawn on top (filled versions cut them out, outline versions add them)
MARKS = {
    'hall': [rect(26, 24, 55, 30, 3), rect(26, 37, 55, 43, 3), rect(26, 50, 45, 56, 3)],
    'talk': [ellipse(24, 35, 5, 5), ellipse(40.5, 35, 5, 5), ellipse(57, 35, 5, 5)],
}

INNER = {'me': [ellipse(40.5, 25, 9, 9), rect(18, 52, 63, 68, 10)]}

if __name__ == '__main__':
    for name, (shapes, holes) in ICONS.items():
        marks = MARKS.get(name, [])
        filled = mask_of(shapes, holes + marks)
        solid = mask_of(shapes, holes)
        # round shapes get their inner edge drawn exactly; the rest are eroded
        inner = mask_of(INNER[name]) if name in INNER else erode(solid, STROKE)
        marks_mask = mask_of(marks) if marks else None
        outline = [bytearray(a & (1 - b) | (marks_mask[y][x] if marks_mask else 0) for x, (a, b) in enumerate(zip(ra, rb))) for y, (ra, rb) in enumerate(zip(solid, inner))]
        n1 = png(os.path.join(OUT, f'{name}.png'), outline, GREY)
        n2 = png(os.path.join(OUT, f'{name}-active.png'), filled, BLUE)
        print(f'{name}.png {n1} B, {name}-active.png {n2} B')
