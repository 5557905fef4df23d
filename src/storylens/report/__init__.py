"""The report: validate it against the contract and write it as JSON, Markdown and HTML."""

from __future__ import annotations

from ._common import EntityRow, grouped_entities, no_brief_reason
from ._html import render_html
from ._markdown import render_markdown
from ._salvage import salvage_report
from ._validate import ReportValidationError, check_evidence, load_schema, validate_report
from ._write import (
    check_out_dir,
    checked_report_data,
    report_to_dict,
    write_report,
    write_report_data,
)

__all__ = [
    "EntityRow",
    "ReportValidationError",
    "check_evidence",
    "check_out_dir",
    "checked_report_data",
    "grouped_entities",
    "load_schema",
    "no_brief_reason",
    "render_html",
    "render_markdown",
    "report_to_dict",
    "salvage_report",
    "validate_report",
    "write_report",
    "write_report_data",
]
