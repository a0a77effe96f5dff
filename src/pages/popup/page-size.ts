// Runs in: the action popup. Entries per page of the search list: a screenful with room to
// scroll; small pages keep each keystroke's round trip cheap. Its own module so the popup's first
// script (first-request.ts) can use it without loading the list's code.
export const PAGE_SIZE = 30;
