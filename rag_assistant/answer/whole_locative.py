"""A noun run that holds a locative (里, 中, 当中, 里面, 之中) names a whole and then the part asked of it:
in 抓获的8人里刑拘了几个 the run after 的 is 8人 里 刑拘, where 8人 is the stated whole (the persons caught) and
刑拘 the step asked of them (the segmenter tags it an abbreviation, not a verb). Read as one noun, the run
(8人里刑拘) is a thing the text never names, and every figure of it is refused as a count of another object.

The whole before the locative is what the asked step acts on: the patient is that run with its figures dropped
(a bare figure and classifier, 8人, leaves no noun: the stated figure itself names the counted things).
"""

from __future__ import annotations

# Locatives that take a part out of the noun before them (jieba tags them f).
LOCATIVES = frozenset({"里", "中", "里面", "里头", "当中", "之中", "中间"})


def whole_before_locative(run: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The run up to its first locative, with figures (m) and the classifier right after one dropped; the run
    itself when it holds no locative word after a noun."""
    at = next((i for i, (w, flag) in enumerate(run) if i and flag == "f" and w in LOCATIVES), None)
    if at is None:
        return run
    kept, after_figure = [], False
    for w, flag in run[:at]:
        if flag == "m" or (after_figure and len(w) == 1):
            after_figure = flag == "m"
            continue
        after_figure = False
        kept.append((w, flag))
    return kept
