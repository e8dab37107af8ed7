import { Stack, Title } from "@mantine/core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { hasRole, useViewer } from "../../auth/viewer";
import { PageLoader } from "../../shell/PageLoader";
import { AdminHome } from "./AdminHome";
import { LeadershipHome } from "./LeadershipHome";
import { RequesterHome } from "./RequesterHome";
import { TaskInbox } from "./TaskInbox";

/** "Halaman utama": what each of the viewer's roles needs first. */
export default function HomePage() {
  const { t } = useTranslation("home");
  const viewer = useViewer();
  const officer = hasRole(viewer, "SERVICE_OFFICER", "SERVICE_HEAD", "EQUIPMENT_HEAD");
  return (
    <Stack gap="xl">
      <Title order={1}>{t("greeting", { name: viewer.name })}</Title>
      {officer && (
        <Suspense fallback={<PageLoader />}>
          <TaskInbox />
        </Suspense>
      )}
      {hasRole(viewer, "REQUESTER") && (
        <Suspense fallback={<PageLoader />}>
          <RequesterHome />
        </Suspense>
      )}
      {hasRole(viewer, "LEADERSHIP") && (
        <Suspense fallback={<PageLoader />}>
          <LeadershipHome />
        </Suspense>
      )}
      {hasRole(viewer, "ADMIN") && (
        <Suspense fallback={<PageLoader />}>
          <AdminHome />
        </Suspense>
      )}
    </Stack>
  );
}
