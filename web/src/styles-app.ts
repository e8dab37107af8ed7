/** Mantine's styles of the components the pages behind the login use (loaded with the app shell,
 * shell/AppLayout.tsx; the first page's are in styles.ts). Layered (`@layer mantine`), so the
 * order in which the sheets arrive does not matter against the app's own styles. */
import "@mantine/core/styles/Popover.layer.css";
import "@mantine/core/styles/SimpleGrid.layer.css";
import "@mantine/core/styles/Grid.layer.css";
import "@mantine/core/styles/Flex.layer.css";
import "@mantine/core/styles/InlineInput.layer.css";
import "@mantine/core/styles/NumberInput.layer.css";
import "@mantine/core/styles/Combobox.layer.css";
import "@mantine/core/styles/Checkbox.layer.css";
import "@mantine/core/styles/Radio.layer.css";
import "@mantine/core/styles/Switch.layer.css";
import "@mantine/core/styles/Badge.layer.css";
import "@mantine/core/styles/AppShell.layer.css";
import "@mantine/core/styles/Burger.layer.css";
import "@mantine/core/styles/NavLink.layer.css";
import "@mantine/core/styles/Card.layer.css";
import "@mantine/core/styles/Table.layer.css";
import "@mantine/core/styles/ScrollArea.layer.css";
import "@mantine/core/styles/Modal.layer.css";
import "@mantine/core/styles/ModalBase.layer.css";
import "@mantine/core/styles/Overlay.layer.css";
import "@mantine/core/styles/Timeline.layer.css";
import "@mantine/core/styles/Divider.layer.css";
import "@mantine/core/styles/Tooltip.layer.css";
import "@mantine/core/styles/Indicator.layer.css";
import "@mantine/core/styles/Tabs.layer.css";
import "@mantine/core/styles/Progress.layer.css";
import "@mantine/core/styles/Notification.layer.css";
import "@mantine/core/styles/Menu.layer.css";
import "@mantine/core/styles/List.layer.css";
import "@mantine/core/styles/Skeleton.layer.css";
