/** A push service on loopback for the browser tests: it receives what the API's worker sends to a
 * subscription the test made (headless Chromium cannot subscribe: no vendor push service), checks
 * the VAPID header and decrypts the body (RFC 8291, aes128gcm) with the "browser's" keys. */

import { createDecipheriv, createECDH, generateKeyPairSync, hkdfSync, randomBytes } from "node:crypto";
import { createServer, type Server as HttpServer } from "node:http";

const b64url = (b: Buffer) => b.toString("base64url");

/** VAPID keys as the API's settings take them: raw private scalar, uncompressed public point. */
export function vapidKeys(): { privateKey: string; publicKey: string } {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const jwk = privateKey.export({ format: "jwk" });
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(jwk.x ?? "", "base64url"),
    Buffer.from(jwk.y ?? "", "base64url"),
  ]);
  return { privateKey: jwk.d ?? "", publicKey: b64url(point) };
}

export interface Received {
  authorization: string;
  message: Record<string, unknown>;
}

export class PushService {
  private readonly ecdh = createECDH("prime256v1");
  private readonly authSecret = randomBytes(16);
  private server: HttpServer | null = null;
  readonly received: Received[] = [];
  endpoint = "";

  constructor() {
    this.ecdh.generateKeys();
  }

  /** What `PushSubscription.toJSON()` would give for this "browser". */
  subscription(): { endpoint: string; keys: { p256dh: string; auth: string } } {
    return {
      endpoint: this.endpoint,
      keys: { p256dh: b64url(this.ecdh.getPublicKey()), auth: b64url(this.authSecret) },
    };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        try {
          this.received.push({
            authorization: String(req.headers.authorization ?? ""),
            message: JSON.parse(this.decrypt(Buffer.concat(chunks)).toString("utf8")),
          });
          res.writeHead(201).end();
        } catch (e) {
          res.writeHead(400).end(String(e));
        }
      });
    });
    await new Promise<void>((ok) => this.server?.listen(0, "127.0.0.1", ok));
    const address = this.server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    this.endpoint = `http://127.0.0.1:${port}/push/${b64url(randomBytes(8))}`;
  }

  async stop(): Promise<void> {
    await new Promise((ok) => this.server?.close(ok));
  }

  private decrypt(body: Buffer): Buffer {
    const salt = body.subarray(0, 16);
    const idlen = body[20];
    const serverKey = body.subarray(21, 21 + idlen);
    const ciphertext = body.subarray(21 + idlen);
    const shared = this.ecdh.computeSecret(serverKey);
    const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), this.ecdh.getPublicKey(), serverKey]);
    const ikm = Buffer.from(hkdfSync("sha256", shared, this.authSecret, keyInfo, 32));
    const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
    const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
    const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
    const plain = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
    const end = plain.lastIndexOf(2); // padding delimiter of the last record
    return plain.subarray(0, end);
  }
}
