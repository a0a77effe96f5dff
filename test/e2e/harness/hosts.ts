// Host names the fixture sites use. Both browsers resolve exactly these to 127.0.0.1:
// Chromium through --host-resolver-rules, Firefox through network.dns.localDomains.
export const FIXTURE_HOSTS = [
  'shop.test',
  'login.shop.test',
  'account.shop.test',
  'mail.test',
  'evil.test',
  'aliexpress.test',
  'login.aliexpress.test',
  'dsers.test',
  'tienda.test',
  'magazin.test',
  // The guide's Shopify store on its own domain (recognised by path) and an eBay-like sign-in.
  'boutique.test',
  'signin.ebay.test',
  // More recipe stores the guide walks end to end.
  'www.amazon.test',
  'www.etsy.test',
] as const;
export type FixtureHost = (typeof FIXTURE_HOSTS)[number];
