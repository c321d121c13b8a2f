"""API errors: every error answer is JSON {"error": {"code", "message"}} with a Chinese message."""

from __future__ import annotations

from courtdoc.messages import validation_problems


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


# Typed errors of the OCR stage (courtdoc.ocr.errors) → HTTP status.
OCR_STATUS = {
    "EmptyFile": 422,
    "UnsupportedType": 415,
    "CorruptFile": 422,
    "EncryptedFile": 422,
    "ImageTooLarge": 413,
    "TooManyPages": 413,
    "EngineUnavailable": 503,
}


def ocr_status(exc: Exception) -> int:
    """HTTP status of a typed OCR error (by its class or nearest base class)."""
    for cls in type(exc).__mro__:
        if cls.__name__ in OCR_STATUS:
            return OCR_STATUS[cls.__name__]
    return 422


def body(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}


def validation_message(errors: list[dict]) -> str:
    return "请求参数不正确：" + "；".join(validation_problems(errors) or ["格式错误"]) + "。"
