#!/usr/bin/env python3
"""Load a Quotebench brat export with brat's own code (server/src/annotation.py
and verify_annotations.py) and check every text-bound annotation against the
.txt the way brat reads it.

usage: brat_check.py BRAT_SERVER_SRC EXPORT_DIR

brat is not part of this repository: `make brat-check` fetches it into build/.
brat master opens .txt files with codecs.open(..., 'rU'); Python 3.11 refuses
the 'U' mode, and on Python <= 3.10 codecs.open dropped it and opened the file
in binary mode anyway (no newline translation: CRLF counts as two characters).
This script drops the 'U' so that brat's code runs as it did on Python 3.10.
Exit status 1 if brat reports an error or a span's text does not match.
"""
import codecs
import os
import sys
import types

src, export = sys.argv[1], os.path.abspath(sys.argv[2])
sys.path.insert(0, src)
_open = codecs.open
codecs.open = lambda fn, mode="r", *a, **k: _open(fn, mode.replace("U", ""), *a, **k)
config = types.ModuleType("config")  # brat's installer writes config.py
config.DEBUG, config.BASE_DIR = False, "/"  # annotation.conf is looked up from the export up
sys.modules["config"] = config

import annotation  # noqa: E402  brat's parser
from projectconfig import ProjectConfiguration  # noqa: E402
from verify_annotations import verify_annotation  # noqa: E402

docs = spans = problems = 0
conf = ProjectConfiguration(export)
for name in sorted(os.listdir(export)):
    if not name.endswith(".ann"):
        continue
    base = os.path.join(export, name[:-4])
    docs += 1
    with annotation.TextAnnotations(base, read_only=True) as ann:
        text = ann.get_document_text()
        for t in ann.get_textbounds():
            spans += 1
            covered = " ".join(text[s:e] for s, e in t.spans)
            if covered != t.text:
                problems += 1
                print("%s.ann: %s %s covers %r in brat, the .ann says %r" % (base, t.id, t.type, covered, t.text))
        for issue in verify_annotation(ann, conf):
            if issue.type == "AnnotationError":
                problems += 1
                print("%s.ann: brat: %s" % (base, issue.human_readable_str()))
print("brat (%s) read %d documents, %d text-bound annotations: %d problems" % (src, docs, spans, problems))
sys.exit(1 if problems else 0)
