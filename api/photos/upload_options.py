"""How clients upload event photos here (SOP step 10): straight to storage with a presigned POST
when the store is S3, else as a GraphQL multipart upload to the API; and the limits to check
before sending."""

from __future__ import annotations

import strawberry

from api.context import Info

#: What uploadEventPhoto and createPhotoUpload accept (recognised by their bytes on the server).
PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp")


@strawberry.type(description="How to upload event photos to this service, and its limits.")
class PhotoUploadOptions:
    direct: bool = strawberry.field(
        description="True: the store is S3; send the file with createPhotoUpload's presigned "
        "POST straight to storage, then confirmPhotoUpload. False: uploadEventPhoto (multipart)."
    )
    max_bytes: int
    max_photos_per_booking: int
    content_types: list[str]


@strawberry.type
class UploadOptionsQuery:
    @strawberry.field(description="How to upload event photos here (logged-in users).")
    def photo_upload_options(self, info: Info) -> PhotoUploadOptions:
        info.context.require_user()
        settings = info.context.settings
        return PhotoUploadOptions(
            direct=settings.storage_backend == "s3",
            max_bytes=settings.max_photo_bytes,
            max_photos_per_booking=settings.max_photos_per_booking,
            content_types=list(PHOTO_TYPES),
        )
