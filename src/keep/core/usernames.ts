// Runs anywhere. One account, however it is typed: sites treat " Shopper@Mail.test" and
// "shopper@mail.test" as one login, so a capture must not save a duplicate for either.
export const sameUsername = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
