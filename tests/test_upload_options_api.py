"""photoUploadOptions tells a client which photo upload path this service takes (real servers)."""

from __future__ import annotations

import pytest
from gql.transport.exceptions import TransportQueryError

from booking.enums import Role
from tests.server import execute
from tests.test_api import login, server
from tests.test_photos_api import photo_server

__all__ = ["photo_server", "server"]

OPTIONS = "{ photoUploadOptions { direct maxBytes maxPhotosPerBooking contentTypes } }"


async def test_the_local_store_takes_multipart_and_s3_presigned_posts(
    server, photo_server, create_user, settings
):
    user = await create_user(Role.REQUESTER)
    local = await execute(server, OPTIONS, token=await login(server, user.nrk))
    assert local["photoUploadOptions"] == {
        "direct": False,
        "maxBytes": settings.max_photo_bytes,
        "maxPhotosPerBooking": settings.max_photos_per_booking,
        "contentTypes": ["image/jpeg", "image/png", "image/webp"],
    }
    s3 = await execute(photo_server, OPTIONS, token=await login(photo_server, user.nrk))
    assert s3["photoUploadOptions"]["direct"] is True


async def test_options_need_a_login(server):
    with pytest.raises(TransportQueryError) as refused:
        await execute(server, OPTIONS)
    assert (
        refused.value.errors and refused.value.errors[0]["extensions"]["code"] == "UNAUTHENTICATED"
    )
