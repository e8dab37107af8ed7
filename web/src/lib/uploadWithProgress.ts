/** Uploads with progress (fetch has none): XMLHttpRequest for the two photo paths of SOP step 10.
 *
 * - `postForm`: a presigned POST straight to storage (S3): the fields in order, the file last.
 * - `graphqlMultipart`: a GraphQL multipart request to the API (the operation's text and
 *   persisted-query id from its compiled artefact, the session token, the preflight header). */

import type { ConcreteRequest } from "relay-runtime";
import { getToken } from "../auth/session";
import i18n from "../i18n";
import { GRAPHQL_PATH } from "../relay/network";

export type Progress = (fraction: number) => void;

function send(
  url: string,
  body: FormData,
  headers: Record<string, string>,
  progress: Progress,
): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) progress(e.loaded / e.total);
    };
    xhr.onload = () => resolve(xhr);
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(body);
  });
}

export async function postForm(
  url: string,
  fields: readonly { name: string; value: string }[],
  file: File,
  progress: Progress,
): Promise<void> {
  const form = new FormData();
  for (const f of fields) form.append(f.name, f.value);
  form.append("file", file);
  const xhr = await send(url, form, {}, progress);
  if (xhr.status < 200 || xhr.status >= 300) throw new Error(`storage ${xhr.status}`);
}

export async function graphqlMultipart<T>(
  request: ConcreteRequest,
  variables: Record<string, unknown>,
  files: Record<string, File>,
  progress: Progress,
): Promise<T> {
  const { params } = request;
  const map: Record<string, string[]> = {};
  const form = new FormData();
  const paths = Object.keys(files);
  form.append(
    "operations",
    JSON.stringify({
      query: params.text,
      operationName: params.name,
      variables,
      ...(params.id ? { extensions: { persistedQuery: { version: 1, sha256Hash: params.id } } } : {}),
    }),
  );
  paths.forEach((path, i) => {
    map[String(i)] = [path];
  });
  form.append("map", JSON.stringify(map));
  paths.forEach((path, i) => {
    form.append(String(i), files[path], files[path].name);
  });
  const headers: Record<string, string> = {
    "Apollo-Require-Preflight": "true",
    "Accept-Language": i18n.language === "en" ? "en" : "id",
  };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const xhr = await send(GRAPHQL_PATH, form, headers, progress);
  const json = JSON.parse(xhr.responseText) as { data?: T; errors?: { message: string }[] };
  if (!json.data) throw new Error(json.errors?.[0]?.message ?? `HTTP ${xhr.status}`);
  return json.data;
}
