// Runs anywhere. A password built from what anyone can see, the username or the shop's name
// ("amazon2024", "ann.smith1"), is weak however zxcvbn scores it alone: the bulk scorer runs
// without user inputs (strength.ts), so this cheap check stands in for them.
const MIN_PART = 4;

/** The parts worth looking for: the username's local part and the site's first label. */
export function userInputsOf(username: string, hosts: readonly string[]): string[] {
  const local = username.split('@')[0] ?? '';
  const labels = hosts.map((host) => host.replace(/^www\./, '').split('.')[0] ?? '');
  return [...new Set([local, ...labels].map((part) => part.toLowerCase()).filter((part) => part.length >= MIN_PART))];
}

export function builtFromUserInputs(password: string, inputs: readonly string[]): boolean {
  if (inputs.length === 0) return false;
  const lower = password.toLowerCase();
  return inputs.some((input) => lower.includes(input));
}
