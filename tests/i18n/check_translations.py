#!/usr/bin/env python3
"""The translations are complete: every text of the screens has a finished Indonesian translation.

Runs lupdate over app/gui, forms and core into TEMPORARY copies of translations/aduan_id.ts and
aduan_en.ts (the committed files are never rewritten) and fails, listing each one, when

  - a text has no finished Indonesian translation (new, changed or unfinished);
  - a translation lost or added a placeholder (%1, %n, ...) or lost the keyboard accelerator (&);
  - an English plural form is missing in aduan_en.ts;
  - a print layout (forms/*/*print*.cpp) calls tr(): printed documents stay Indonesian;
  - a file's own tr() helper translates in a context other than the one lupdate files its texts
    under (a free function's tr() is filed under the namespace), so the translation would never
    be found at run time.

Refresh the files after texts change:  cmake --build build --target update_translations
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_DIRS = ["app/gui", "forms", "core"]
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "absolute", "-source-language", "en",
                   "-extensions", "cpp,h,ui"]
PLACEHOLDER = re.compile(r"%L?(?:n|\d{1,2})")
# An accelerator: "&" before a letter or digit, not "&&" and not an entity such as "&amp;".
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?![A-Za-z]+;|#\d+;)[^\s&]")
WRAPPER = re.compile(
    r"QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{[^}]*?"
    r"translate\(\s*\"([^\"]+)\"", re.S)
EXPLICIT_CONTEXT = re.compile(
    r"(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\(\s*\"([^\"]+)\"|"
    r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)")
PRINT_LAYOUT = re.compile(r"/forms/[^/]+/[^/]*print[^/]*\.cpp$")


def run_lupdate(lupdate, root, ts, extra):
    dirs = [os.path.join(root, d) for d in SOURCE_DIRS]
    result = subprocess.run([lupdate, *LUPDATE_OPTIONS, *extra, *dirs, "-ts", ts],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.exit(f"lupdate failed ({result.returncode}):\n{result.stdout}")


def messages(ts):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def label(context, message):
    text = message.findtext("source") or ""
    comment = message.findtext("comment")
    shown = text.replace("\n", "\\n")
    if len(shown) > 110:
        shown = shown[:107] + "..."
    return f"{context} | \"{shown}\"" + (f" ({comment})" if comment else "")


def translations_of(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def locations(message):
    return [loc.get("filename") for loc in message.findall("location")]


def runtime_contexts(path, cache={}):
    """For a file with its own `QString tr(const char *)` helper: the contexts its texts may be
    looked up in at run time; None for other files."""
    if path not in cache:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            text = ""
        wrapper = WRAPPER.search(text)
        if not wrapper:
            cache[path] = None
        else:
            allowed = {wrapper.group(1)}
            for match in EXPLICIT_CONTEXT.finditer(text):
                allowed.add(match.group(1) or match.group(2))
            cache[path] = allowed
    return cache[path]


def check_indonesian(ts, root):
    problems = {"untranslated": [], "placeholders": [], "accelerators": [], "print": [],
                "context": []}
    for context, message in messages(ts):
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        what = label(context, message)
        for path in locations(message):
            absolute = os.path.normpath(os.path.join(os.path.dirname(ts), path))
            shown = os.path.relpath(absolute, root)
            if PRINT_LAYOUT.search(absolute.replace(os.sep, "/")):
                problems["print"].append(f"{what}  [{shown}]")
            allowed = runtime_contexts(absolute)
            if allowed is not None and context not in allowed:
                problems["context"].append(
                    f"{what}  [{shown}: its tr() translates in {sorted(allowed)}]")
        texts = translations_of(message)
        if kind == "unfinished" or not all(t.strip() for t in texts):
            problems["untranslated"].append(what)
            continue
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            found = sorted(set(PLACEHOLDER.findall(text)))
            # An Indonesian numerus form may leave out %n only if the source has no %n either.
            if found != wanted:
                problems["placeholders"].append(f"{what}  → \"{text}\"")
                break
            if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems["accelerators"].append(f"{what}  → \"{text}\"")
                break
    return problems


def check_english(ts):
    missing = []
    for context, message in messages(ts):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        if message.get("numerus") != "yes":
            continue
        texts = translations_of(message)
        if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            missing.append(label(context, message))
    return missing


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, help="the source tree's root")
    parser.add_argument("--translations", required=True, help="the folder of the .ts files")
    args = parser.parse_args()
    root = os.path.abspath(args.sources)

    with tempfile.TemporaryDirectory(prefix="aduan-i18n-") as tmp:
        indonesian = os.path.join(tmp, "aduan_id.ts")
        english = os.path.join(tmp, "aduan_en.ts")
        shutil.copyfile(os.path.join(args.translations, "aduan_id.ts"), indonesian)
        shutil.copyfile(os.path.join(args.translations, "aduan_en.ts"), english)
        run_lupdate(args.lupdate, root, indonesian, ["-target-language", "id"])
        run_lupdate(args.lupdate, root, english, ["-target-language", "en", "-pluralonly"])
        problems = check_indonesian(indonesian, root)
        problems["english plurals"] = check_english(english)
        total = sum(1 for _ in messages(indonesian))

    headings = {
        "untranslated": "Texts without a finished Indonesian translation (aduan_id.ts)",
        "placeholders": "Translations whose placeholders differ from the source",
        "accelerators": "Translations that lost the keyboard accelerator (&)",
        "english plurals": "Plural forms missing in aduan_en.ts",
        "print": "tr() in a print layout (printed documents stay Indonesian: no tr() there)",
        "context": "tr() filed by lupdate under another context than the one it translates in "
                   "at run time (use QCoreApplication::translate(\"<context>\", ...))",
    }
    failed = False
    for key, heading in headings.items():
        found = problems.get(key, [])
        if not found:
            continue
        failed = True
        print(f"{heading}: {len(found)}")
        for line in found:
            print(f"  {line}")
    if failed:
        print("\nRefresh the .ts files with `cmake --build build --target update_translations`, "
              "translate what is listed (Qt Linguist: linguist translations/aduan_id.ts), and run "
              "this test again.")
        return 1
    print(f"All {total} texts of the screens have a finished Indonesian translation.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
