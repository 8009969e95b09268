#!/usr/bin/env python3
"""Every row of the fault matrix in tests/README.md names tests that exist: for each
`tst_x` `testName` [data row] mentioned, tests/tst_x.cpp defines testName (and the data
row, when one is named); `crash_soak_short` must be a ctest test. Exit 1 otherwise."""
import re
import sys
from pathlib import Path

tests = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
readme = (tests / "README.md").read_text()
cmake = (tests / "CMakeLists.txt").read_text()
problems, rows, checked = [], 0, 0
for line in readme.splitlines():
    if not line.startswith("| ") or line.startswith("| fault") or line.startswith("|---"):
        continue
    rows += 1
    cell = line.rstrip("|").split("|")[-1]
    suite = None
    named = 0
    for token in re.finditer(r"`([A-Za-z_][\w.]*)`(?:\s*\[([^\]]+)\])?", cell):
        name, data = token.group(1), token.group(2)
        if name.startswith("tst_"):
            suite = name
            continue
        if name.endswith(".py") or "/" in name:
            continue
        named += 1
        if name in ("crash_soak_short",):
            if f"NAME {name}" not in cmake:
                problems.append(f"{name}: not a ctest test")
            continue
        if suite is None:
            problems.append(f"{name}: no suite named before it")
            continue
        source = (tests / f"{suite}.cpp").read_text()
        if not re.search(rf"\bvoid {re.escape(name)}\(\)", source):
            problems.append(f"{suite}: no test function {name}")
            continue
        checked += 1
        for row in (data.split(",") if data else []):
            if f'"{row.strip()}"' not in source:
                problems.append(f"{suite} {name}: no data row \"{row.strip()}\"")
    if named == 0:
        problems.append(f"a row names no test: {line[:60]}")
for p in problems:
    print("FAIL:", p)
print(f"fault matrix: {rows} rows, {checked} test functions found")
sys.exit(1 if problems else 0)
