#!/usr/bin/python3
"""Check the message catalogues against the code and the fonts; the build runs it (CMake target
painlink_i18n_check, which the core library depends on), so a failure stops the build and `make test`.

Usage: check_i18n.py SRC_DIR CATALOGUE_DIR FONT_RANGES.tsv [STAMP]   check; touch STAMP when it passes
       check_i18n.py --list SRC_DIR                                  print every msgid as JSON

What it checks, for every assets/i18n/<tag>.json:
  - every text the code looks up (the first argument of i18n::tr, trn and msg when it is a string
    literal, or each literal branch of a ?: there; "Label##id" counts as "Label") has a translation,
    a plural one when the code calls trn, a plain one otherwise;
  - a translation uses no placeholder ({n}, {name}) that its English text lacks, and a plural one
    gives exactly the forms its language needs (as core/i18n/catalogue.cpp does at run time);
  - every character of every translation is in the fonts that may draw it. Any text may be a
    label, a bold line or a heading, so it must be in each of the faces "body", "bold" (or
    "bold-i18n") and "heading" (or "heading-i18n") of assets/font_ranges.tsv (the "more" face is
    fetched only for the patient's own text).
Keys the code no longer uses are reported, not refused (a translation may run ahead of the code).
Only the text that goes through the catalogue is checked: a literal drawn without tr() is not seen.
"""
import json
import os
import re
import sys

PLURALS = {"es": ["one", "many", "other"]}
# Each face that may draw a translation, with the ranges it gains while a translation is drawn.
FACES_THAT_DRAW = (("body",), ("bold", "bold-i18n"), ("heading", "heading-i18n"))
CALL = re.compile(r"\b(tr|trn|msg)\s*\(")
PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")


def decode_literal(body):
    """The bytes of a C string literal's body (escapes as C reads them), as UTF-8 text."""
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        n = body[i + 1]
        if n == "x":
            j = i + 2
            while j < len(body) and body[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(body[i + 2:j], 16) & 0xFF)
            i = j
            continue
        simple = {"n": "\n", "t": "\t", '"': '"', "'": "'", "\\": "\\", "0": "\0"}
        out += simple.get(n, n).encode("utf-8")
        i += 2
    return out.decode("utf-8", errors="replace")


def read_literals(text, i):
    """Adjacent string literals from text[i] ("a" "b" -> "ab"); (value, end) or (None, i)."""
    parts = []
    j = i
    while True:
        k = j
        while k < len(text) and text[k] in " \t\r\n":
            k += 1
        if k >= len(text) or text[k] != '"':
            break
        m = re.compile(r'"((?:[^"\\\n]|\\.)*)"').match(text, k)
        if not m:
            break
        parts.append(m.group(1))
        j = m.end()
    if not parts:
        return None, i
    return decode_literal("".join(parts)), j


def first_argument(text, i):
    """text[i:end] of the call's first argument (up to a comma or the closing parenthesis at depth 0)."""
    depth = 0
    j = i
    while j < len(text):
        c = text[j]
        if c == '"':
            _, j = read_literals(text, j)
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return text[i:j]
            depth -= 1
        elif c == "," and depth == 0:
            return text[i:j]
        j += 1
    return text[i:]


def strip_comments(text):
    # Comments out, literals kept (a "//" inside a literal stays).
    out = []
    i = 0
    while i < len(text):
        if text.startswith("//", i):
            i = text.find("\n", i)
            if i < 0:
                break
            continue
        if text.startswith("/*", i):
            i = text.find("*/", i) + 2
            continue
        if text[i] == '"':
            _, j = read_literals(text, i)
            if j == i:
                j = i + 1
            out.append(text[i:j])
            i = j
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def msgids(src_dir):
    """{msgid: {"plural": bool, "where": "file:line"}} of every text src/ looks up."""
    found = {}
    for root, _, files in os.walk(src_dir):
        for name in sorted(files):
            if not name.endswith((".cpp", ".hpp")):
                continue
            path = os.path.join(root, name)
            text = strip_comments(open(path, encoding="utf-8").read())
            for m in CALL.finditer(text):
                if text[m.start() - 1:m.start()] in ("_", ".") or text[m.start() - 2:m.start()] == "->":
                    continue
                kind = m.group(1)
                start = m.end()
                arg = first_argument(text, start)
                values = []
                value, _ = read_literals(arg, 0)
                if value is not None:
                    values.append(value)
                else:
                    # cond ? "a" : "b": every literal branch.
                    for branch in re.finditer(r'[?:]\s*(?=")', arg):
                        v, _ = read_literals(arg, branch.end())
                        if v is not None:
                            values.append(v)
                line = text.count("\n", 0, m.start()) + 1
                for v in values:
                    key = v.split("##", 1)[0]
                    if not key:
                        continue
                    entry = found.setdefault(key, {"plural": kind == "trn", "where": f"{path}:{line}"})
                    entry["plural"] = entry["plural"] or kind == "trn"
    return found


def font_ranges(path):
    faces = {}
    for line in open(path, encoding="ascii"):
        line = line.rstrip("\r\n")
        if not line or line.startswith("#"):
            continue
        face, first, last = line.split("\t")[:3]
        faces.setdefault(face, []).append((int(first, 16), int(last, 16)))
    return faces


def in_face(cp, ranges):
    return any(lo <= cp <= hi for lo, hi in ranges)


def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise ValueError("a key twice: " + ", ".join(sorted(dup)))
    return dict(pairs)


def check_catalogue(path, used, faces):
    errors, notes = [], []
    try:
        doc = json.load(open(path, encoding="utf-8"), object_pairs_hook=no_duplicates)
    except (ValueError, UnicodeDecodeError) as err:
        return [f"{path}: not readable JSON: {err}"], notes
    lang = doc.get("language")
    messages = doc.get("messages")
    if doc.get("format") != "painlink.messages" or lang not in PLURALS or not isinstance(messages, dict):
        return [f"{path}: must be {{\"format\": \"painlink.messages\", \"language\": one of {sorted(PLURALS)}, \"messages\": {{...}}}}"], notes
    forms_needed = PLURALS[lang]
    for msgid, info in sorted(used.items()):
        if msgid not in messages:
            errors.append(f"{path}: no translation of {json.dumps(msgid, ensure_ascii=False)} ({info['where']})")
            continue
        value = messages[msgid]
        if info["plural"] != isinstance(value, dict):
            want = "plural forms " + ", ".join(forms_needed) if info["plural"] else "one text"
            errors.append(f"{path}: {json.dumps(msgid, ensure_ascii=False)} needs {want} ({info['where']} calls "
                          f"{'trn' if info['plural'] else 'tr'})")
    for msgid in sorted(set(messages) - set(used)):
        notes.append(f"{path}: {json.dumps(msgid, ensure_ascii=False)} is not used by the code (stale)")
    drawable = [[r for face in group for r in faces.get(face, [])] for group in FACES_THAT_DRAW]
    for msgid, value in messages.items():
        texts = value.items() if isinstance(value, dict) else [("", value)]
        english = set(PLACEHOLDER.findall(msgid))
        if isinstance(value, dict) and sorted(value) != sorted(forms_needed):
            errors.append(f"{path}: {json.dumps(msgid, ensure_ascii=False)} must give exactly the forms {', '.join(forms_needed)}")
        for form, text in texts:
            where = json.dumps(msgid, ensure_ascii=False) + (f".{form}" if form else "")
            if not isinstance(text, str) or not text:
                errors.append(f"{path}: {where} must be a non-empty text")
                continue
            extra = set(PLACEHOLDER.findall(text)) - english
            if extra:
                errors.append(f"{path}: {where} uses {{{sorted(extra)[0]}}}, which the English text does not have")
            missing = sorted({ch for ch in text if ch not in "\n" and not all(in_face(ord(ch), r) for r in drawable)})
            for ch in missing:
                lacking = [g[0] for g, r in zip(FACES_THAT_DRAW, drawable) if not in_face(ord(ch), r)]
                errors.append(f"{path}: {where} has {ch!r} (U+{ord(ch):04X}), which the font face(s) "
                              f"{', '.join(lacking)} lack (assets/font_ranges.tsv)")
    return errors, notes


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--list":
        print(json.dumps(msgids(sys.argv[2]), ensure_ascii=False, indent=1, sort_keys=True))
        return 0
    if len(sys.argv) not in (4, 5):
        raise SystemExit(__doc__)
    src, catalogues, ranges = sys.argv[1:4]
    used = msgids(src)
    faces = font_ranges(ranges)
    errors, notes = [], []
    for name in sorted(os.listdir(catalogues)):
        if name.endswith(".json"):
            e, n = check_catalogue(os.path.join(catalogues, name), used, faces)
            errors += e
            notes += n
    for line in notes:
        print("check_i18n: note: " + line)
    for line in errors:
        print("check_i18n: error: " + line, file=sys.stderr)
    if errors:
        print(f"check_i18n: {len(errors)} problem(s) in the catalogues", file=sys.stderr)
        return 1
    if len(sys.argv) == 5:
        open(sys.argv[4], "w").write(f"{len(used)} texts checked\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
