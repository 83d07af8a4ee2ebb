"""A yes/no that asks a judgement of worth (宿迁奖励机制值不值得推广, 这个做法值得借鉴吗, 能不能在全省推广): the
briefings report what a place did, and judge it only where the article itself says the practice is spread or held
up (可复制推广, 推广典型经验, 借鉴, 样板, 示范). An article that says none of this gives no verdict: the answer is
partial (简报未给出…的评价；关于…，简报提到：…), not a 有 read off the practice existing.
"""

from __future__ import annotations

import re

_WORTH_ASK_RE = re.compile(r"(?:值不值得|值得|能不能|能否|可不可以|可否|可以|适不适合|适合)"
                           r"(?:在|向|到|被)?(?:全省|全国|其他地方|别的地方|各地|其他市|外地)?(推广|借鉴|学习|复制|推行|效仿)")
_JUDGED_RE = re.compile(r"复制|推广|借鉴|样板|标杆|典型经验|示范(?!点)")


def unjudged_worth(question: str, text: str) -> str:
    """The act a yes/no asks the worth of (推广) when ``text`` (the article and its title) states no such judgement,
    else ""."""
    m = _WORTH_ASK_RE.search(question)
    return m.group(1) if m and not _JUDGED_RE.search(re.sub(r"\s+", "", text)) else ""
