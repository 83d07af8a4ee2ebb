"""Posts are not people: a figure that counts a quota of posts (核增18名编制, 下达招录名额30个)
says how many may be filled, not how many were hired or serve, so it does not answer 招了多少人 / 有几个人
unless the question names the quota itself (核增了几名编制).

Quota nouns are a closed lexical class (编制, 名额, 职数); 指标 and 岗位 also name indicators and duties, so
they are left out.
"""

from __future__ import annotations

QUOTA_NOUNS = ("编制", "名额", "职数")


def quota_for_people(question: str, noun: str) -> bool:
    """Whether a figure whose counted noun is a quota (``noun`` = 编制) meets a question that names no quota."""
    quota = next((q for q in QUOTA_NOUNS if q in noun), "")
    # the question names the quota, whole or by its first character (核增了几个编)
    return bool(quota) and not any(q in question or q[0] in question for q in QUOTA_NOUNS if q != "名额") \
        and "名额" not in question
