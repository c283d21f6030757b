"""Extraction time on text that is not news, of this checkout and,
optionally, an older one: what `timeline events` meets when a file holds
a pasted blob (a hex signature, a base64 image, minified script), a
run-on sentence, a page of padding or a very long article.

    .venv/bin/python bench/pathological.py [--base /tmp/base] [--limit 120] [--reuters]

Each case runs in a child process of its own (CPU time of that process,
`extract()` only), so that a case the older side takes minutes over is cut
off after --limit seconds and reported as such. The texts are generated
here; nothing is read from ../shared. `--reuters` adds what news holds of
the same: the longest sentence of Reuters-21578 and how many runs of 200 or
more characters without a space its articles have (the limits of
timeline.sentences), read from ../shared and skipped when it is absent.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_LEAD = "The interior minister resigned on Friday, "
_TAIL = " Police arrested the former mayor on Saturday."


def cases() -> dict[str, str]:
    hexes = "".join(hashlib.sha256(str(i).encode()).hexdigest() for i in range(3125))  # 100,000 characters
    b64 = "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[b % 64]
                  for b in hashlib.shake_256(b"x").digest(1_000_000))
    js = "".join(("var a=function(b){return b+1};", "if(x){y()}else{z()};", " ",
                  "document.getElementById('x');")[i % 4] for i in range(20000))
    story = ("Officials in the capital said on Monday that the council had met again to discuss the flooding. "
             "The mayor, who took office in 2019, resigned on Tuesday after protesters gathered outside "
             "the town hall. Police arrested three men on Wednesday. ")
    return {
        "hex signature, 40,000 characters, in a sentence": _LEAD + "according to a statement signed "
                                                           + hexes[:40000] + " and posted online." + _TAIL,
        "one word of 100,000 letters in a sentence": "A statement signed " + "a" * 100000 + " said the interior "
                                                     "minister resigned on Friday." + _TAIL,
        "base64 image of 1,000,000 characters (Markdown)": _LEAD + "the ministry said.\n\n![chart](data:image/png;base64,"
                                                           + b64 + ")\n\n" + _TAIL.strip(),
        "minified script, 200,000 characters": _LEAD + "officials said. " + js * 5 + _TAIL,
        "run-on sentence of 20,000 words": _LEAD + " ".join(("the council met again", "and the mayor spoke",
                                                             "while officials waited")[i % 3]
                                                            for i in range(5000)) + "." + _TAIL,
        "5,000 spaces inside a sentence": "The president" + " " * 5000 + "resigned on Friday." + _TAIL,
        "an article of 360,000 characters": story * 1000,
    }


_CHILD = """
import sys, time
from timeline.events import extract
text = sys.stdin.read()
extract("The minister resigned on Friday.", "2024-03-10")  # (the tables load on the first call)
t0 = time.process_time()
n = len(extract(text, "2024-03-10").mentions)
print(time.process_time() - t0, n)
"""


def _run(root: Path, text: str, limit: float) -> str:
    env = dict(os.environ, PYTHONPATH=str(root))
    try:
        out = subprocess.run([sys.executable, "-c", _CHILD], input=text, capture_output=True, text=True,
                             env=env, timeout=limit, cwd="/")
    except subprocess.TimeoutExpired:
        return f">{limit:.0f} s"
    if out.returncode:
        return "error: " + (out.stderr.strip().splitlines() or ["?"])[-1][:60]
    secs, n = out.stdout.split()
    return f"{float(secs):.2f} s ({n} mentions)"


def _reuters_report() -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT))
    import re

    from _corpora import corpora_dir, read_reuters
    from timeline.sentences import LONG_TOKEN, split_sentences

    if corpora_dir() is None:
        return "Reuters-21578: skipped, ../shared/corpora is not here"
    n = longest = runs = 0
    for text, _ in read_reuters():
        for sent in split_sentences(text):
            n += 1
            longest = max(longest, len(sent.text))
        runs += len(re.findall(r"\S{%d,}" % LONG_TOKEN, text))
    return f"Reuters-21578: {n} sentences, the longest {longest} characters; {runs} runs of {LONG_TOKEN}+ characters without a space"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, help="root of an older checkout or export (with its timeline/), run beside this one")
    ap.add_argument("--limit", type=float, default=120, help="seconds each case may take (default 120)")
    ap.add_argument("--reuters", action="store_true", help="also report sentence lengths and long runs in Reuters-21578")
    args = ap.parse_args(argv)
    if args.base and not (args.base / "timeline" / "__init__.py").is_file():
        ap.error(f"{args.base}: no timeline/ package there")
    for name, text in cases().items():
        line = f"{name:50s} this {_run(ROOT, text, args.limit):>22s}"
        if args.base:
            line += f"   base {_run(args.base, text, args.limit):>22s}"
        print(line, flush=True)
    if args.reuters:
        print(_reuters_report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
