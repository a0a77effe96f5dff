// Runs anywhere. A host name as every rule compares it: lower case, punycode, no trailing dot
// (`Login.AliExpress.com.` and `login.aliexpress.com` are one host, and so are `münchen.de` and
// `xn--mnchen-3ya.de`). parseSiteUrl gets the same from the URL parser and tldts; this is for
// the places that hold a bare host (a recipe's lookup, a never-save name typed back).

/** The host in the form recipes, site keys and the never-save list use; as given (trimmed, lower case) when it is not a host name. */
export function normaliseHost(host: string): string {
  const name = host.trim().toLowerCase().replace(/\.$/, '');
  if (name === '') return name;
  try {
    // The URL parser is the platform's IDNA: it turns Unicode labels into punycode.
    return new URL(`https://${name}`).hostname.replace(/\.$/, '');
  } catch {
    return name;
  }
}
