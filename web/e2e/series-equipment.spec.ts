/** A recurring request with equipment: every occurrence asks for it, the preview checks it,
 * asking for more than the stock gets the API's error beside the lines, and each booking of the
 * series carries the line. */

import { expect, LETTER_PDF, test, USERS } from "./fixtures";
import { choose } from "./helpers";
import { firstRooms } from "./webb";

/** A Wednesday at least `weeks` weeks away (YYYY-MM-DD, Jakarta). */
function wednesday(weeks: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + weeks * 7 * 86400_000);
  d.setUTCDate(d.getUTCDate() + ((3 - d.getUTCDay() + 7) % 7));
  return d.toISOString().slice(0, 10);
}
const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

test("series with equipment: more than the stock is refused beside the lines; every booking carries the line", async ({
  as,
  server,
}) => {
  const first = wednesday(9);
  const second = plusDays(first, 7);
  const token = await server.token(USERS.requester);
  const rooms = await firstRooms(server, token, 2);

  const { page } = await as(USERS.requester, { path: "/requests/series" });
  await choose(page, "Ruangan", new RegExp(` · ${rooms[1].name} \\(`));
  await page.getByLabel("Tanggal pertama").fill(first);
  await page.getByLabel("Mulai").fill("13:00");
  await page.getByLabel("Selesai").fill("14:00");
  await page.getByLabel("Nama kegiatan").fill("Rapat Mingguan Proyektor");
  await page.getByLabel("Tujuan").fill("Koordinasi rutin dengan presentasi");
  await page.getByRole("button", { name: "+ Tambah peralatan" }).click();
  await choose(page, "Peralatan 1", /^Proyektor \(/);
  await page.getByLabel("Sampai tanggal").fill(second);
  await page.getByRole("button", { name: "Pratinjau jadwal" }).click();
  await expect(page.getByText("2 jadwal · 0 bentrok · 0 hari libur")).toBeVisible();

  // More projectors than City Hall has: the API's error beside the equipment lines.
  await page.getByRole("textbox", { name: "Jumlah", exact: true }).fill("50");
  await page.getByRole("button", { name: "Pratinjau jadwal" }).click();
  await expect(page.getByRole("group", { name: "Peralatan (setiap jadwal)" }).getByRole("alert")).toContainText(
    /Jumlah Proyektor yang diminta melebihi persediaan/,
  );

  await page.getByRole("textbox", { name: "Jumlah", exact: true }).fill("1");
  await page.getByRole("button", { name: "Pratinjau jadwal" }).click();
  await expect(page.getByText("2 jadwal · 0 bentrok · 0 hari libur")).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Surat permohonan (PDF, JPEG, PNG)" }).click();
  await (await chooser).setFiles({ name: "surat.pdf", mimeType: "application/pdf", buffer: LETTER_PDF });
  await page.getByRole("button", { name: "Ajukan seri" }).click();
  await expect(page.getByText("2 jadwal diajukan")).toBeVisible();

  const links = page.getByRole("status").getByRole("link");
  await expect(links).toHaveCount(2);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
    const id = decodeURIComponent(href.split("/").pop() ?? "");
    const data = await server.graphql<{
      node: { equipment: { equipment: { name: string }; requestedQuantity: number }[] };
    }>(
      token,
      "query($id: ID!) { node(id: $id) { ... on Booking { equipment { equipment { name } requestedQuantity } } } }",
      {
        id,
      },
    );
    expect(data.node.equipment).toEqual([{ equipment: { name: "Proyektor" }, requestedQuantity: 1 }]);
  }
  await links.first().click();
  await expect(page.getByRole("cell", { name: "Proyektor" })).toBeVisible();
});
