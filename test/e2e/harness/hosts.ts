// Host names the fixture sites use. Both browsers resolve exactly these to 127.0.0.1 (Chromium
// through --host-resolver-rules, Firefox through network.dns.localDomains) and trust the fixture
// server's certificate for them (certificate.ts). Sites that stand in for a store Latchkey has a
// recipe for carry that store's real name, so the extension meets them as it meets the store;
// the others use the reserved `.test` TLD (RFC 6761), which never resolves on the internet.
export const FIXTURE_HOSTS = [
  'shop.test',
  'login.shop.test',
  'account.shop.test',
  'mail.test',
  'evil.test',
  'aliexpress.com',
  'login.aliexpress.com',
  'dsers.com',
  'tienda.test',
  'magazin.test',
  // The guide's Shopify store on its own domain (recognised by path) and eBay's sign-in.
  'boutique.test',
  'signin.ebay.com',
  // The demo's start page (`npm start`).
  'start.test',
  // More recipe stores the guide walks end to end.
  'www.amazon.com',
  'www.etsy.com',
] as const;
export type FixtureHost = (typeof FIXTURE_HOSTS)[number];
