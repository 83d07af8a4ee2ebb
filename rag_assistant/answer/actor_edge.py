"""An acting body opening the noun phrase a question counts (安委会检查企业多少家次, 市应急局检查企业多少家, 消防部门
检查场所多少家): the body (an organisation name, or a word ending in 局/部门/委会/委办/厅) is who did the verb, not
a kind of the counted thing. The counted noun is the verb and its object (检查企业), as 检查企业多少家次 asks; kept,
the body reads as an asked modifier the figure's clause (检查企业和场所3.2万家次, its actor said clauses before)
never says. A phrase with no verb after the body (安委会成员单位多少个) counts the body itself and is kept whole."""

from __future__ import annotations

from ..nouns import tagged

# Word endings of government bodies that act (应急管理局, 消防部门, 安委会, 安委办, 应急管理厅).
_BODY_ENDS = ("局", "部门", "委会", "委办", "厅")


def _body(word: str, flag: str, first: bool = False) -> bool:
    # a lone 局/厅 the tagger cut off its name (市|应急|局) ends a body too, never at the phrase's start
    return flag == "nt" or word.endswith(_BODY_ENDS) and (len(word) > 1 or not first)


def without_actor(phrase: str) -> str:
    """``phrase`` without an opening acting body and the words before its verb; ``phrase`` when it opens with none."""
    words = tagged(phrase)
    body = next((i for i, (w, f, _, _) in enumerate(words) if _body(w, f, i == 0)), None)
    at = None if body is None else next((i for i in range(body + 1, len(words)) if words[i][1] in ("v", "vn")), None)
    if at is None:
        return phrase
    if not any(f.startswith("n") for _, f, _, _ in words[at + 1:]):
        return phrase  # 安委会检查 names no object: nothing counted is left after the body
    return phrase[words[at][2]:]
