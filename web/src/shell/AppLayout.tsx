import "../styles-app";
import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, useLocation } from "react-router";
import { logout } from "../auth/logout";
import { hasRole, useViewer } from "../auth/viewer";
import "../features/admin/texts"; // web-admin's texts, after the login
import { NotificationBell } from "../features/notifications/NotificationBell";
import { type Role, routes } from "../routes";
import { ConnectionBanner } from "./ConnectionBanner";
import { ErrorBoundary } from "./ErrorBoundary";
import { LanguageSwitch } from "./LanguageSwitch";
import { PageLoader } from "./PageLoader";

const PASSWORD_PATH = "/account/password";

function label(t: (k: string) => string, key: string): string {
  return t(key);
}

export function AppLayout() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // A new or reset account: the API serves nothing else until the password is changed.
  const mustChange = viewer.mustChangePassword && location.pathname !== PASSWORD_PATH;
  const items = routes
    .filter((r) => r.nav && (!r.roles || hasRole(viewer, ...(r.roles as Role[]))))
    .sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("nav.openMenu")} />
            <Anchor component={Link} to="/" c="inherit" underline="never" fw={700} size="lg">
              {t("appName")}
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {!viewer.mustChangePassword && <NotificationBell />} {/* web-b: unread badge, live */}
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t("nav.label")} component="nav">
        <Stack gap={2} style={{ flex: 1, minHeight: 0, overflowY: "auto" }}>
          {items.map((r) => (
            <NavLink
              key={r.path}
              component={Link}
              to={r.path}
              label={label(t, r.nav?.label ?? "")}
              active={r.path === "/" ? location.pathname === "/" : location.pathname.startsWith(r.path)}
              onClick={close}
            />
          ))}
        </Stack>
        <Stack gap={4} p="xs">
          <Text size="sm" fw={600}>
            {viewer.name}
          </Text>
          <Text size="xs" c="dimmed">
            {viewer.roles.map((r) => t(`role.${r}`)).join(", ")}
            {viewer.agency ? ` · ${viewer.agency.name}` : ""}
          </Text>
          <Anchor component={Link} to={PASSWORD_PATH} size="xs" onClick={close}>
            {t("admin:password.menu")}
          </Anchor>
          <Button variant="light" size="xs" onClick={() => void logout()}>
            {t("logout")}
          </Button>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <ConnectionBanner />
        <ErrorBoundary key={location.pathname}>
          <Suspense fallback={<PageLoader />}>
            {mustChange ? <Navigate to={PASSWORD_PATH} replace /> : <Outlet />}
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
