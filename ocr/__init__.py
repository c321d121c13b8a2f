"""OCR stage: any dossier file (PDF, image, multi-page TIFF, DOCX, TXT) → ``Dossier``.

    from courtdoc.ocr import read_file, read_bytes
    dossier = read_file("卷宗.pdf", dpi=200, max_pages=None, progress=None)

Errors: ``courtdoc.ocr.errors.DossierError`` and its subclasses (``code`` + Chinese ``message``).
Plain text: ``courtdoc.ocr.export.plain_text(dossier)``.
"""

from .errors import (
    CorruptFile,
    DossierError,
    EmptyFile,
    EncryptedFile,
    ImageTooLarge,
    MissingFile,
    TooManyPages,
    UnsupportedType,
)
from .reader import read_bytes, read_file

__all__ = [
    "read_file", "read_bytes", "DossierError", "EmptyFile", "UnsupportedType", "CorruptFile",
    "EncryptedFile", "ImageTooLarge", "TooManyPages", "MissingFile",
]
