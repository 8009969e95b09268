#!/usr/bin/env python3
"""The house rule of ../shared/design.md, checked: no source file over 600 lines, no
function over 80. Functions are found as clang-format lays them out (the brace of a
function body alone on its line, at the indentation of the signature).

usage: check_sizes.py REPO_ROOT"""
import os
import re
import sys

FOLDERS = ("core", "app", "ui", "tests")
MAX_FILE, MAX_FUNCTION = 600, 80
NOT_A_FUNCTION = re.compile(
    r"^\s*(if|for|while|switch|else|do|case|try|catch|namespace|class|struct|enum|union)\b"
    r"|=\s*$|\[[^\]]*\]\s*\(")


def functions(lines):
    """(length, first line, signature) of each function body in lines."""
    for i, line in enumerate(lines):
        brace = re.fullmatch(r"( *)\{", line)
        if not brace or i == 0:
            continue
        indent = brace.group(1)
        j = i - 1
        while j > 0 and not (lines[j].startswith(indent) and not lines[j].startswith(indent + " ")):
            j -= 1
        signature = lines[j]
        if "(" not in signature or NOT_A_FUNCTION.search(signature):
            continue
        k = i + 1
        while k < len(lines) and lines[k] not in (indent + "}", indent + "};"):
            k += 1
        yield k - i - 1, i + 1, signature.strip()


def main(root):
    faults = []
    for folder in FOLDERS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, folder)):
            dirnames[:] = [d for d in dirnames if d not in ("corpus", "certs")]
            for name in sorted(filenames):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(dirpath, name)
                shown = os.path.relpath(path, root)
                with open(path, encoding="utf-8") as f:
                    lines = f.read().split("\n")
                if len(lines) - 1 > MAX_FILE:
                    faults.append(f"{shown}: {len(lines) - 1} lines (at most {MAX_FILE})")
                for length, start, signature in functions(lines):
                    if length > MAX_FUNCTION:
                        faults.append(f"{shown}:{start}: {signature[:70]} is {length} lines "
                                      f"(at most {MAX_FUNCTION})")
    for fault in faults:
        print(fault)
    if faults:
        print(f"{len(faults)} place(s) break the size rule of ../shared/design.md")
        return 1
    print("every source file within 600 lines, every function within 80")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
