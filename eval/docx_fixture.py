"""Shared helper of the Word fixture generators (eval/make_extra_2025_26.py, eval/make_extra_2025_33.py)."""
from __future__ import annotations

import datetime as _dt
import zipfile
from pathlib import Path


def save_docx(document, out: Path, stamp: _dt.datetime) -> None:
    """Save with one fixed time in the core properties and on every zip entry, so a rebuild gives the same bytes
    (python-docx writes the current time into the core properties, zipfile the current time on each entry)."""
    document.core_properties.created = document.core_properties.modified = stamp
    document.core_properties.author = document.core_properties.last_modified_by = "江苏省应急管理厅办公室"
    document.save(out)
    with zipfile.ZipFile(out) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            target.writestr(zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)
