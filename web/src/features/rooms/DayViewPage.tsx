import { Title } from "@mantine/core";

export default function DayViewPage() {
  return <Title order={1}>DayViewPage</Title>;
}
