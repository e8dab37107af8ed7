import { Title } from "@mantine/core";

export default function RoomPage() {
  return <Title order={1}>RoomPage</Title>;
}
