/** Every page of the app, in ONE place. A feature adds its entries here (and its texts under
 * locales/{id,en}/<feature>.json); the router, the navigation and the role checks read this list.
 *
 * - `roles`: who sees the page in the navigation and may open it (a UI courtesy: the API decides).
 * - `nav`: shown in the main navigation, `label` a key of the `common` namespace (or `ns:key`).
 * - `public`: no login needed; `bare`: no app shell (e.g. the room display on a tablet). */

import { type ComponentType, type LazyExoticComponent, lazy } from "react";

export type Role = "REQUESTER" | "SERVICE_OFFICER" | "SERVICE_HEAD" | "EQUIPMENT_HEAD" | "LEADERSHIP" | "ADMIN";

export const STAFF: Role[] = ["SERVICE_OFFICER", "SERVICE_HEAD", "EQUIPMENT_HEAD"];

export interface AppRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  roles?: Role[];
  nav?: { label: string; order: number };
  public?: boolean;
  bare?: boolean;
}

type AdminPages = typeof import("./features/admin/pages");
/** One of web-admin's pages, from their shared chunk. */
const adminPage = (name: keyof AdminPages) =>
  lazy(() => import("./features/admin/pages").then((m) => ({ default: m[name] })));
const admin = (path: string, name: keyof AdminPages, label: string, order: number): AppRoute => ({
  path,
  page: adminPage(name),
  roles: ["ADMIN"],
  nav: { label: `admin:nav.${label}`, order },
});

const ADMIN_ROUTES: AppRoute[] = [
  admin("/admin/rooms", "RoomsAdminPage", "rooms", 60),
  admin("/admin/equipment", "EquipmentAdminPage", "equipment", 61),
  admin("/admin/agencies", "AgenciesAdminPage", "agencies", 62),
  admin("/admin/users", "UsersAdminPage", "users", 63),
  admin("/admin/import", "ImportPage", "import", 64),
  admin("/admin/closures", "ClosuresPage", "closures", 65),
  admin("/admin/audit", "AuditPage", "audit", 66),
  admin("/admin/webhooks", "WebhooksAdminPage", "webhooks", 67),
  {
    path: "/utilisation",
    page: adminPage("UtilisationPage"),
    roles: ["SERVICE_HEAD", "LEADERSHIP", "ADMIN"],
    nav: { label: "analytics:nav", order: 51 },
  },
  { path: "/account/password", page: adminPage("ChangePasswordPage") },
];

export const routes: AppRoute[] = [
  { path: "/login", page: lazy(() => import("./features/login/LoginPage")), public: true, bare: true },
  {
    path: "/password-reset",
    page: lazy(() => import("./features/access/PasswordResetPage")),
    public: true,
    bare: true,
  },
  { path: "/check-in", page: lazy(() => import("./features/access/CheckInByCodePage")) },
  { path: "/", page: lazy(() => import("./features/home/HomePage")), nav: { label: "nav.home", order: 0 } },
  {
    path: "/rooms",
    page: lazy(() => import("./features/rooms/DayViewPage")),
    nav: { label: "nav.rooms", order: 10 },
  },
  { path: "/rooms/search", page: lazy(() => import("./features/rooms/FreeRoomsPage")) },
  { path: "/rooms/:roomId", page: lazy(() => import("./features/rooms/RoomPage")) },
  {
    path: "/requests/new",
    page: lazy(() => import("./features/request/RequestPage")),
    roles: ["REQUESTER"],
    nav: { label: "nav.request", order: 20 },
  },
  { path: "/bookings/:bookingId", page: lazy(() => import("./features/booking/BookingPage")) },

  // web-b's pages follow (photos and reports, staff tools, notifications, room display, series,
  // waitlist).
  {
    path: "/notifications",
    page: lazy(() => import("./features/notifications/NotificationsPage")),
    nav: { label: "webb:nav.notifications", order: 5 },
  },
  { path: "/bookings/:bookingId/report", page: lazy(() => import("./features/reports/EventReportPage")) },
  {
    path: "/reports",
    page: lazy(() => import("./features/reports/ReportsPage")),
    roles: ["LEADERSHIP", "SERVICE_OFFICER", "SERVICE_HEAD", "EQUIPMENT_HEAD", "ADMIN"],
    nav: { label: "webb:nav.reports", order: 30 },
  },
  {
    path: "/staff/blocks",
    page: lazy(() => import("./features/staff/BlocksPage")),
    roles: ["SERVICE_HEAD", "SERVICE_OFFICER", "EQUIPMENT_HEAD", "LEADERSHIP", "ADMIN"],
    nav: { label: "webb:nav.blocks", order: 40 },
  },
  {
    path: "/staff/service-levels",
    page: lazy(() => import("./features/staff/ServiceLevelPage")),
    roles: ["SERVICE_HEAD", "LEADERSHIP", "ADMIN"],
    nav: { label: "webb:nav.serviceLevels", order: 50 },
  },
  {
    path: "/admin/rules",
    page: lazy(() => import("./features/staff/RoomRulesPage")),
    roles: ["ADMIN"],
    nav: { label: "webb:nav.rules", order: 80 },
  },
  {
    path: "/admin/deliveries",
    page: lazy(() => import("./features/staff/DeliveriesPage")),
    roles: ["ADMIN"],
    nav: { label: "webb:nav.deliveries", order: 85 },
  },
  {
    path: "/requests/series",
    page: lazy(() => import("./features/series/SeriesPage")),
    roles: ["REQUESTER"],
    nav: { label: "webb:nav.series", order: 21 },
  },
  { path: "/waitlist/join", page: lazy(() => import("./features/waitlist/WaitlistJoinPage")), roles: ["REQUESTER"] },
  {
    path: "/waitlist",
    page: lazy(() => import("./features/waitlist/WaitlistPage")),
    roles: ["REQUESTER", "SERVICE_OFFICER", "SERVICE_HEAD"],
    nav: { label: "webb:nav.waitlist", order: 22 },
  },
  { path: "/display/:token", page: lazy(() => import("./features/display/DisplayPage")), public: true, bare: true },
  {
    path: "/admin/displays",
    page: lazy(() => import("./features/display/DisplayLinksPage")),
    roles: ["ADMIN"],
    nav: { label: "webb:nav.displays", order: 90 },
  },

  // web-admin's pages (issues #16 and #17): administration, reports, my password.
  ...ADMIN_ROUTES,
];
