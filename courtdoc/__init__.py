"""courtdoc: offline judicial document intelligence for Chinese courts.

The stages live in the top-level folders (ocr/, extraction/, generation/, guide/, legal/,
service/, models/) and install as ``courtdoc.<stage>``. The contracts between them are in
``courtdoc.contracts``.
"""

__version__ = "0.1.0"
