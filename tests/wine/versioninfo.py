#!/usr/bin/env python3
"""Prints an executable's version resource as read back from the file.

    wrestool -x --raw --type=version FILE.exe | tests/wine/versioninfo.py

Walks VS_VERSIONINFO (wLength, wValueLength, wType, szKey, padding, Value,
Children): the fixed part's file and product versions, then every string of
every StringTable as KEY=VALUE lines, so a test can compare them.
"""
import struct
import sys


def align(i):
    return (i + 3) & ~3


def key_at(data, i):
    end = i
    while data[end:end + 2] != b"\0\0":
        end += 2
    return data[i:end].decode("utf-16-le"), end + 2


def walk(data, start, out):
    length, value_len, kind = struct.unpack_from("<HHH", data, start)
    key, i = key_at(data, start + 6)
    i = align(i)
    end = start + length
    if key == "VS_VERSION_INFO" and value_len >= 52:
        fixed = struct.unpack_from("<13I", data, i)
        ms, ls = fixed[2], fixed[3]
        out.append(f"fixed.FileVersion={ms >> 16}.{ms & 0xFFFF}.{ls >> 16}.{ls & 0xFFFF}")
        ms, ls = fixed[4], fixed[5]
        out.append(f"fixed.ProductVersion={ms >> 16}.{ms & 0xFFFF}.{ls >> 16}.{ls & 0xFFFF}")
    if kind == 1 and value_len and key != "VS_VERSION_INFO":
        # A String (StringTables have no value): wValueLength UTF-16 units.
        raw = data[i:i + value_len * 2]
        out.append(f"{key}={raw.decode('utf-16-le').rstrip(chr(0))}")
        return end
    i = align(i + (value_len if kind == 0 else value_len * 2))
    while i < end:
        child_len = struct.unpack_from("<H", data, i)[0]
        if child_len == 0:
            break
        walk(data, i, out)
        i = align(i + child_len)
    return end


def main():
    data = sys.stdin.buffer.read()
    if len(data) < 6:
        sys.exit("no version resource")
    out = []
    walk(data, 0, out)
    print("\n".join(out))


main()
