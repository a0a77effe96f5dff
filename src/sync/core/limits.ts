// Runs anywhere. The sync area's limits. Chrome's are the tighter (chrome.storage.sync): an item
// is measured as its key plus the JSON of its value; Firefox allows the same per item and about
// the same in all.
export const QUOTA_BYTES = 102_400;
export const QUOTA_BYTES_PER_ITEM = 8_192;
export const MAX_ITEMS = 512;
export const MAX_WRITE_OPERATIONS_PER_MINUTE = 120;
export const MAX_WRITE_OPERATIONS_PER_HOUR = 1_800;

/** What the browser counts for one item: the key and the JSON of the value, in bytes. */
export const itemBytes = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;
