#!/usr/bin/env python3
"""Fills the English plural forms of haul_en.ts from the sources' lazy plurals.

The sources say "%n file(s)"; English needs "%n file" for one and "%n files" for others.
Every numerus message whose forms are empty gets them from its source text: "(s)" and
"(es)" dropped or kept ("file(s)" -> "file" / "files"), "y(ies)" as "y" / "ies", and "is/are"
"was/were" "has/have" "this/these" split likewise. A form already written is kept, so a
hand-made English text survives the next run. Usage: fill_english_plurals.py haul_en.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

PAIRS = [
    (r"y\(ies\)", "y", "ies"),
    (r"\(es\)", "", "es"),
    (r"\(s\)", "", "s"),
    (r"\bis/are\b", "is", "are"),
    (r"\bwas/were\b", "was", "were"),
    (r"\bhas/have\b", "has", "have"),
    (r"\bthis/these\b", "this", "these"),
    (r"\bit/them\b", "it", "them"),
]


def forms(source):
    one, other = source, source
    for pattern, singular, plural in PAIRS:
        one = re.sub(pattern, singular, one)
        other = re.sub(pattern, plural, other)
    return one, other


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        numerus = translation.findall("numerusform")
        while len(numerus) < 2:
            numerus.append(ET.SubElement(translation, "numerusform"))
        wanted = forms(message.findtext("source"))
        for form, text in zip(numerus, wanted):
            if not (form.text or "").strip():
                form.text = text
                filled += 1
        if translation.get("type") == "unfinished":
            del translation.attrib["type"]
    # lupdate's own layout: the XML declaration, the DOCTYPE, two-space indents.
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{path}: {filled} English plural forms filled")
    # What a rule cannot know: a source written in the singular ("%n more error") or words
    # that follow the count elsewhere ("Their files", "These"). A person reads these.
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        one, other = [f.text or "" for f in message.find("translation").findall("numerusform")][:2]
        if one == other or re.search(r"\b(they|their|them|these|those)\b", one, re.I):
            print("  check by hand:", message.findtext("source").strip())


if __name__ == "__main__":
    main(sys.argv[1])
