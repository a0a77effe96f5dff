// Runs anywhere. Site groups Latchkey adds to Apple's shared-credentials data: stores our users
// shop at whose regional domains share one account (DESIGN.md, "Who uses it").
// Same shape as Apple's "shared" groups so groups.ts reads both the same way.

export const latchkeyGroups: { shared: string[] }[] = [
  // AliExpress: one account across its storefronts; login.aliexpress.com is covered by the
  // registrable domain aliexpress.com. Apple's data also groups aliexpress.com with alibaba.com
  // and aliexpress.us; groups.ts treats group membership as "any group in common".
  { shared: ['aliexpress.com', 'aliexpress.ru', 'aliexpress.us'] },
  // Amazon: one account signs in on every regional store (amazon.com account, global sign-in).
  {
    shared: [
      'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.es', 'amazon.it', 'amazon.ca',
      'amazon.com.mx', 'amazon.com.br', 'amazon.co.jp', 'amazon.in', 'amazon.com.au', 'amazon.nl',
      'amazon.pl', 'amazon.se', 'amazon.sg', 'amazon.ae', 'amazon.sa', 'amazon.com.tr', 'amazon.eg',
      'amazon.com.be',
    ],
  },
  // eBay: no addition needed. Apple's data already groups its 22 regional sites (ebay.com,
  // .co.uk, .de, .fr, .it, .es, .ca, .com.au, .at, .be, .ch, .ie, .nl, .pl, ...); the match tests
  // pin that, so an upstream change that drops them fails loudly.
];
