"""The verifier reads a 分别 list printed in full-width characters as it reads one in half-width (round 13, lead):
a Word/WPS-export PDF keeps 12.7％ and ９．８％ as printed."""

import pytest

from rag_assistant.types import Citation
from rag_assistant.verify import verify_answer


@pytest.mark.parametrize("quote", [
    "今年1至2月，全省共发生生产安全事故96起、死亡83人，同比分别下降12.7％和9.8％；",
    "今年1至2月，全省共发生生产安全事故96起、死亡83人，同比分别下降12.7%和9.8%；",
    "今年1至2月，全省共发生生产安全事故96起、死亡83人，同比分别下降１２．７％和９．８％；",
])
def test_the_second_figure_of_a_fenbie_list_keeps_its_change(quote):
    second = quote[quote.index("和") + 1:quote.index("；")]
    citation = Citation(n=1, source="extra_2026_10.pdf", issue="2026年第10期", date="2026-03-20", title="会议", quote=quote)
    answer = f"死亡83人，同比下降{second}[1]。"
    result = verify_answer(answer, [citation])
    assert not result.unsupported_numbers, result


def test_a_change_the_quote_does_not_state_is_still_caught():
    citation = Citation(n=1, source="x.pdf", issue="2026年第10期", date="2026-03-20", title="会议",
                        quote="全省共发生生产安全事故96起、死亡83人，其中较大事故9.8％；")
    result = verify_answer("死亡83人，同比下降9.8％[1]。", [citation])
    assert result.unsupported_numbers
