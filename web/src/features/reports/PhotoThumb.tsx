import { Badge, Box, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { graphql, useFragment } from "react-relay";
import type { PhotoThumb_photo$key } from "../../__generated__/PhotoThumb_photo.graphql";

/** A photo's thumbnail when its renditions are ready (WebP, JPEG fallback), else its state. */
export function PhotoThumb({ photo, alt }: { photo: PhotoThumb_photo$key; alt: string }) {
  const { t } = useTranslation("reports");
  const p = useFragment(
    graphql`
      fragment PhotoThumb_photo on Photo {
        id
        status
        failureReason
        renditions {
          name
          format
          width
          height
          url
        }
      }
    `,
    photo,
  );
  const thumb = (format: string) => p.renditions.find((r) => r.name === "thumb" && r.format === format);
  const display = p.renditions.find((r) => r.name === "display" && r.format === "jpeg");
  const jpeg = thumb("jpeg");
  if (p.status === "READY" && jpeg) {
    const webp = thumb("webp");
    return (
      <a href={display?.url ?? jpeg.url} target="_blank" rel="noreferrer">
        <picture>
          {webp && <source srcSet={webp.url} type="image/webp" />}
          <img
            src={jpeg.url}
            width={jpeg.width}
            height={jpeg.height}
            alt={alt}
            style={{ maxWidth: 160, height: "auto", borderRadius: 4, display: "block" }}
          />
        </picture>
      </a>
    );
  }
  return (
    <Box w={160} p="xs" style={{ border: "1px dashed #868e96", borderRadius: 4 }}>
      <Badge color={p.status === "FAILED" ? "red.9" : "gray.8"} variant="filled">
        {t(`photoStatus.${p.status}`)}
      </Badge>
      {p.failureReason && (
        <Text size="xs" mt={4}>
          {p.failureReason}
        </Text>
      )}
    </Box>
  );
}
