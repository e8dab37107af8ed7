/** web-admin's pages behind ONE dynamic import (routes.tsx): the entry (and so the login page)
 * carries one import and its chunk list instead of one per page; the pages come together after
 * the login, for the few users who open them. */

export { default as ChangePasswordPage } from "../account/ChangePasswordPage";
export { default as UtilisationPage } from "../analytics/UtilisationPage";
export { default as AgenciesAdminPage } from "./AgenciesAdminPage";
export { default as AuditPage } from "./AuditPage";
export { default as ClosuresPage } from "./ClosuresPage";
export { default as EquipmentAdminPage } from "./EquipmentAdminPage";
export { default as ImportPage } from "./ImportPage";
export { default as RoomsAdminPage } from "./RoomsAdminPage";
export { default as UsersAdminPage } from "./UsersAdminPage";
export { default as WebhooksAdminPage } from "./WebhooksAdminPage";
