// A realistic large vault for benchmarks: a Chrome-format export of `count` logins spread over
// many shops (several accounts on some), with quoted notes.
export function chromeCsv(count: number): string {
  const lines = ['name,url,username,password,note'];
  for (let i = 0; i < count; i++) {
    const site = `shop-${i % 2500}.example`;
    const user = `buyer${Math.floor(i / 2500)}@mail.example`;
    lines.push(`${site},https://www.${site}/login,${user},Pw-${i.toString(36)}-${(i * 7919) % 100_000},"order notes, #${i}"`);
  }
  return lines.join('\n');
}
