"""A stock question (金坛锂电企业员工有多少人, 常州有多少家企业) asks how many people or things there are; a figure
counted in occurrences (累计培训员工3.5万人次, 检查企业2876家次) says how often an action reached them, which may
count the same person or firm many times. Such a figure does not give the stock, and the answer becomes partial
(简报未给出…；关于…，简报提到：…). A question that asks occurrences itself (培训了多少人次, 演练有多少场次) or names
an action (培训了多少人) is not a stock question (stock.asks_stock) and is not judged here. Nor is one asked in a unit of
the occurrence class itself (活动有几场, 有几回, 有几批): 场 counts events as 场次 does (大型群众性活动42场次), no stock of
people or firms behind them.

A table cell whose column header is the asked noun phrase (南京市检查单位多少 over 检查单位（家次） 4.2万) is what
was asked, in the unit its header gives: the question says the column, not a stock of 单位.
"""

from __future__ import annotations

from ..units import unit_class
from .stock import asks_stock
from .tables import cell_noun


def occurrences_for_stock(question: str, asked_unit: str, unit: str, header: str = "") -> bool:
    """Whether a figure in an occurrence unit (人次, 家次: ends with 次) is offered for a stock question whose own
    unit is no occurrence unit (场, 回 and 批 ask occurrences: units.UNIT_CLASSES["times"]); never for a table cell under
    a column ``header`` whose noun the question says."""
    noun = cell_noun(header)
    if len(noun) >= 2 and noun in question:
        return False
    return len(unit) > 1 and unit.endswith("次") and not asked_unit.endswith("次") \
        and unit_class(asked_unit) != "times" and asks_stock(question)
