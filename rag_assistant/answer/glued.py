"""A one-character word the segmenter split off the noun it modifies (小|场所 of 小场所, 老|旧小区…), put back:
when the question says the two pieces side by side and the briefings print them joined, the joined form is
the word the question asks by.

Without this, an open question's articles are chosen by the bare head (场所), which any article of the place
says in another compound (隐蔽场所, 重点场所), so an article on other things came in beside the one asked
about; the lone character (小) weighs too little to tell them apart.
"""

from __future__ import annotations

from typing import Sequence


def glued(terms: Sequence[str], question: str, corpus: str) -> tuple[str, ...]:
    """``terms`` with each one-character term joined to the term that follows it in the question, where the
    briefings (``corpus``) print the joined form; other terms as they are."""
    out: list[str] = []
    i = 0
    while i < len(terms):
        t = terms[i]
        nxt = terms[i + 1] if i + 1 < len(terms) else ""
        if len(t) == 1 and nxt and t + nxt in question and t + nxt in corpus:
            out.append(t + nxt)
            i += 2
            continue
        out.append(t)
        i += 1
    return tuple(dict.fromkeys(out))
