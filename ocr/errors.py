"""Typed errors of the OCR stage. Each has a stable ``code`` and a Chinese ``message`` for the user.

The CLI and the service catch ``DossierError`` and show ``message``; nothing else leaks (no
traceback, no partial result).
"""

from __future__ import annotations


class DossierError(Exception):
    code = "dossier_error"
    template = "无法读取文件"

    def __init__(self, detail: str = "", *, name: str = ""):
        self.detail = detail
        self.name = name  # file name (no directory: paths may carry personal data)
        super().__init__(detail)

    @property
    def message(self) -> str:
        where = f"{self.name}：" if self.name else ""
        return f"{where}{self.template}" + (f"：{self.detail}" if self.detail else "")

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"


class MissingFile(DossierError):
    code = "not_found"
    template = "文件不存在或无法读取"


class EmptyFile(DossierError):
    code = "empty_file"
    template = "文件为空（0 字节）"


class UnsupportedType(DossierError):
    code = "unsupported_type"
    template = "不支持的文件类型，仅支持 PDF、JPG/PNG/BMP/WebP/TIFF 图片、DOCX 和 TXT"


class CorruptFile(DossierError):
    code = "corrupt_file"
    template = "文件已损坏，无法解析"


class EncryptedFile(DossierError):
    code = "encrypted_pdf"
    template = "PDF 文件已加密（需要密码），请提供未加密的文件"


class ImageTooLarge(DossierError):
    code = "image_too_large"
    template = "图片像素过多，疑似解压炸弹或超大扫描件，已拒绝处理"


class TooManyPages(DossierError):
    code = "too_many_pages"
    template = "页数超过上限"


class EngineUnavailable(DossierError):
    code = "engine_unavailable"
    template = "OCR 引擎或模型文件不可用"
