import { Title } from "@mantine/core";

export default function FreeRoomsPage() {
  return <Title order={1}>FreeRoomsPage</Title>;
}
