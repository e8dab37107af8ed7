/** Files of a draft (e.g. the request letter) kept in IndexedDB, so a refresh or an outage does not
 * lose them (localStorage holds text only). Best effort: without IndexedDB the file is kept in
 * memory only. */

const DB = "epesan";
const STORE = "files";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  try {
    const db = await open();
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } catch {
    return undefined;
  }
}

export const saveFile = (key: string, file: File | null) =>
  run<unknown>("readwrite", (s) => (file ? s.put(file, key) : s.delete(key)) as IDBRequest<unknown>);
export const loadFile = (key: string) => run<File>("readonly", (s) => s.get(key) as IDBRequest<File>);
export const deleteFile = (key: string) => run("readwrite", (s) => s.delete(key));
