"""Plain-text export of a Dossier: each page's body text, pages separated by a form feed (like
pdftotext), seal text listed after the page it was found on."""

from __future__ import annotations

from courtdoc.contracts import Dossier


def plain_text(dossier: Dossier, seals: bool = False) -> str:
    parts = []
    for p in dossier.pages:
        text = p.text
        if seals and p.seals:
            text += "\n" + "\n".join(f"［印章：{s}］" for s in p.seals)
        parts.append(text)
    return "\n\f".join(parts) + ("\n" if parts else "")
