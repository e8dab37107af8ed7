"""Short-lived file URLs of the local-folder store (the embedded default): what presigned GET and
POST URLs are on S3. With the S3 backend clients talk to the S3 server and these answer 404."""

from __future__ import annotations

import asyncio

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from booking.ports import DocumentStore
from storage.local import LocalFolderStore

#: Form fields besides the file; a bigger form is not one of ours.
MAX_FIELDS = 8


def _error(status: int, code: str, message: str) -> Response:
    return PlainTextResponse(f"{message} ({code})", status_code=status)


def file_routes(store: DocumentStore, max_bytes: int) -> list[Route]:
    """``max_bytes``: the biggest upload any policy allows (the form around it is small)."""
    if not isinstance(store, LocalFolderStore):
        return []
    local = store
    store_limit = max_bytes + 64 * 1024

    async def download(request: Request) -> Response:
        try:
            path, content_type, filename = local.open_download(request.path_params["token"])
        except ValueError:
            return _error(
                403,
                "AccessDenied",
                "Tautan tidak valid atau kedaluwarsa. / Invalid or expired link.",
            )
        if not await asyncio.to_thread(path.is_file):
            return _error(404, "NoSuchKey", "Berkas tidak ada. / No such file.")
        headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": "private, max-age=60"}
        if filename:
            headers["Content-Disposition"] = f'inline; filename="{filename}"'
        return FileResponse(path, media_type=content_type, headers=headers)

    async def upload(request: Request) -> Response:
        """A form upload as S3 takes it: the policy fields, then ``file``; 204 when stored."""
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > store_limit:
            return _error(400, "EntityTooLarge", "Berkas terlalu besar. / File too large.")
        async with request.form(max_files=1, max_fields=MAX_FIELDS) as form:
            fields = {k: v for k, v in form.items() if isinstance(v, str)}
            file = form.get("file")
            try:
                key, content_type, max_bytes = local.check_upload(fields)
            except ValueError:
                return _error(
                    403, "AccessDenied", "Kebijakan unggah tidak valid. / Invalid upload policy."
                )
            if not isinstance(file, UploadFile):
                return _error(400, "InvalidArgument", "Berkas tidak ada. / No file.")
            data = await file.read(max_bytes + 1)
            if len(data) > max_bytes:
                return _error(400, "EntityTooLarge", "Berkas terlalu besar. / File too large.")
            if not data:
                return _error(400, "EntityTooSmall", "Berkas kosong. / Empty file.")
            await local.put(key, data, content_type)
        return Response(status_code=204)

    return [
        Route("/files/{token}", download, methods=["GET"]),
        Route("/uploads", upload, methods=["POST"]),
    ]
