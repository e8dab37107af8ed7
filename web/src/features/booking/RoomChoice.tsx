import { Select } from "@mantine/core";
import { graphql, useLazyLoadQuery } from "react-relay";
import type { RoomChoiceQuery } from "../../__generated__/RoomChoiceQuery.graphql";

export const ROOMS_QUERY = graphql`
  query RoomChoiceQuery {
    rooms(first: 100) {
      edges {
        node {
          id
          name
          capacity
        }
      }
    }
  }
`;

/** A room picker (approving into another room). */
export function RoomChoice({
  value,
  onChange,
  error,
  label,
}: {
  value: string;
  onChange: (id: string) => void;
  error?: string;
  label: string;
}) {
  const data = useLazyLoadQuery<RoomChoiceQuery>(ROOMS_QUERY, {}, { fetchPolicy: "store-or-network" });
  return (
    <Select
      label={label}
      data={data.rooms.edges.map(({ node }) => ({ value: node.id, label: `${node.name} (${node.capacity})` }))}
      value={value}
      onChange={(v) => v && onChange(v)}
      searchable
      error={error}
      allowDeselect={false}
    />
  );
}
