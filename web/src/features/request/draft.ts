/** The request form's draft: what the user typed and the form's idempotency key, kept in
 * localStorage (the letter in IndexedDB) until the booking is made. One key per filled-in form: a
 * double click, a refresh or a retry after a network error sends the same key, and the service
 * answers a repeated key with the first booking. */

import { deleteFile, loadFile, saveFile } from "../../lib/fileStore";
import { newKey } from "../../lib/ids";

export interface EquipmentLine {
  equipmentId: string;
  quantity: number;
}

export interface DraftValues {
  roomId: string;
  date: string;
  start: string;
  end: string;
  title: string;
  purpose: string;
  participants: number | "";
  equipment: EquipmentLine[];
}

export interface Draft {
  key: string;
  values: DraftValues;
}

const storageKey = (owner: string) => `epesan.draft.request.${owner}`;
const fileKey = (owner: string) => `request-letter.${owner}`;

export const EMPTY: DraftValues = {
  roomId: "",
  date: "",
  start: "09:00",
  end: "11:00",
  title: "",
  purpose: "",
  participants: "",
  equipment: [],
};

export function loadDraft(owner: string): Draft {
  try {
    const raw = localStorage.getItem(storageKey(owner));
    if (raw) {
      const d = JSON.parse(raw) as Draft;
      if (d.key && d.values) return { key: d.key, values: { ...EMPTY, ...d.values } };
    }
  } catch {
    // a broken draft: start again
  }
  return { key: newKey(), values: { ...EMPTY } };
}

export function saveDraft(owner: string, draft: Draft): void {
  try {
    localStorage.setItem(storageKey(owner), JSON.stringify(draft));
  } catch {
    // storage full: the form still works
  }
}

export const saveLetter = (owner: string, file: File | null) => saveFile(fileKey(owner), file);
export const loadLetter = (owner: string) => loadFile(fileKey(owner));

/** The booking is made: the next form is a new intended booking with a new key. */
export function clearDraft(owner: string): void {
  localStorage.removeItem(storageKey(owner));
  void deleteFile(fileKey(owner));
}
