"""The `re` module's functions with a bigger cache of compiled patterns.

The rules write many of their patterns inline (`re.search(r"...", text)`),
and `re` keeps only the last 512 it compiled (Python 3.11, first in first
out), fewer than the rules use on one article: past that, every call
recompiles its pattern. The extraction modules import this module as `re`;
it is `re` with search, match, fullmatch, sub, subn, split, findall and
finditer taking their compiled pattern from a cache of 4096 patterns, kept
least-recently-used (dynamic patterns built from an article's names come and
go without pushing the fixed ones out).
"""
import functools
import re as _re
# the rest of re, as it is (what the extraction modules use of it)
from re import (ASCII, DOTALL, IGNORECASE, MULTILINE, VERBOSE, A, I, M, Match, Pattern, S, X,
                compile, error, escape)

__all__ = ["ASCII", "DOTALL", "IGNORECASE", "MULTILINE", "VERBOSE", "A", "I", "M", "Match", "Pattern", "S", "X",
           "compile", "error", "escape", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"]

_compiled = functools.lru_cache(maxsize=4096)(_re.compile)


def search(pattern, string, flags=0):
    return _compiled(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compiled(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compiled(pattern, flags).fullmatch(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compiled(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compiled(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compiled(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compiled(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compiled(pattern, flags).finditer(string)
