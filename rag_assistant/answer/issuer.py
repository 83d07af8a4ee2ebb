"""Who put an issue out, in the masthead's own words: the sponsor (主办) and the compiler (编).

Most mastheads print a bare office (江苏省应急管理厅办公室), which compiles and issues the briefing, so the answer
says it 编发 the issue. Some print two roles on the masthead: the department as sponsor (江苏省应急管理厅主办)
and its editorial office as compiler (《江苏应急管理简报》编辑部编). The parsed ``office`` keeps only the
department's name, so an answer built from it alone says the department compiled the issue, dropping the
editorial office that the masthead names as compiler. This module reads the masthead lines as printed
(``Briefing.header``) and names each role the way it is printed.
"""

from __future__ import annotations

import re

from ..types import Briefing

# One masthead item with its role: a name followed by 主办/编印/编发/编, or a label 主办：/编印： before it.
_ROLE_AFTER = re.compile(r"(?P<name>《?[\u4e00-\u9fff]{2,20}》?(?:编辑部|办公室|厅|局|委员会|中心))"
                         r"(?P<role>主办|编印|编发|编)(?![\u4e00-\u9fff])")
_ROLE_BEFORE = re.compile(r"(?P<role>主办|编印|编发|编辑)(?:单位)?[：:](?P<name>《?[\u4e00-\u9fff]{2,20}》?"
                          r"(?:编辑部|办公室|厅|局|委员会|中心))")
_SPACE = re.compile(r"[ \t\u3000\u00a0]+")


def _roles(b: Briefing) -> list[tuple[str, str]]:
    """(name, role) for every masthead item that states its role, in printed order; the role 编辑 reads as 编."""
    found: list[tuple[str, str]] = []
    for line in b.header:
        for part in _SPACE.split(line.strip()):
            m = _ROLE_AFTER.fullmatch(part) or _ROLE_BEFORE.fullmatch(part)
            if m is None and part.endswith("编辑部"):  # 《…》编辑部 alone: the compiler, role unprinted
                found.append((part, "编"))
            elif m is not None:
                found.append((m["name"], "编" if m["role"] == "编辑" else m["role"]))
    return found


def issuer_phrase(b: Briefing) -> str | None:
    """``江苏省应急管理厅主办、《江苏应急管理简报》编辑部编`` when the masthead names a compiler apart from the
    office; ``<office>编发`` otherwise; None when the masthead names no one."""
    roles = _roles(b)
    if any(name != b.office for name, _ in roles) and len(roles) > 1:
        return "、".join(f"{name}{role}" for name, role in roles)
    return f"{b.office}编发" if b.office else None
