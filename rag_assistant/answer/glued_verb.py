"""An asked word the tagger glued from the question's verb and the head of its object: 检查人员密集场所多少家次 is
检查 + 人员密集场所, but the tagger reads 检查人员 (inspectors) as one noun. Taken as an asked modifier that the
figure's words do not say (…检查商场市场…等人员密集场所4.7万家次), it made the figure look like a narrower kind.
The word is said when its tail starts the figure's counted phrase (人员密集场所) and its head, a verb, is said in
the figure's words (检查).

Reads: one asked modifier word, the figure's counted phrase and its window.
"""

from __future__ import annotations

from ..nouns import tagged


def verb_glued(word: str, phrase: str, window: str) -> bool:
    """Whether ``word`` is a verb said in ``window`` followed by the start of the counted ``phrase``."""
    for cut in range(1, len(word)):
        head, tail = word[:cut], word[cut:]
        if len(tail) > 1 and phrase.startswith(tail) and head in window.replace(phrase, " "):
            words = tagged(head)
            if len(words) == 1 and words[0][1] in ("v", "vn"):
                return True
    return False
