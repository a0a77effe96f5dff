// Makes a real Firefox password export: starts Firefox ESR headless with Marionette (on loopback),
// saves LOGINS in its password manager, and calls the exporter about:logins uses
// (LoginExport.sys.mjs), so the file is byte for byte what a user's "Export Logins..." writes.
// Usage: node test/real-exports/firefox.mjs OUT.csv   (Firefox ESR at /usr/bin/firefox-esr)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The saved logins: the characters CSV gets wrong (quotes, commas, line breaks, edge spaces, a
// tab), non-ASCII text, a port, an IP address and an http site.
const LOGINS = JSON.parse(readFileSync(new URL('logins.json', import.meta.url), 'utf8'));
const out = resolve(process.argv[2] ?? 'firefox-export.csv');
const PORT = 28_290;
const profile = mkdtempSync(join(tmpdir(), 'ff-export-'));
writeFileSync(join(profile, 'user.js'), `user_pref("marionette.port", ${PORT});\nuser_pref("browser.shell.checkDefaultBrowser", false);\n`);
const firefox = spawn('/usr/bin/firefox-esr', ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile], { stdio: 'ignore' });

/** Marionette speaks length-prefixed JSON: "LEN:[type, id, command, params]". */
function marionette(socket) {
  let buffer = '';
  let next = 1;
  const waiting = new Map();
  let greeted;
  const greeting = new Promise((r) => (greeted = r));
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => {
    buffer += chunk;
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon === -1) return;
      const length = Number(buffer.slice(0, colon));
      if (buffer.length < colon + 1 + length) return;
      const message = JSON.parse(buffer.slice(colon + 1, colon + 1 + length));
      buffer = buffer.slice(colon + 1 + length);
      if (!Array.isArray(message)) greeted(message);
      else waiting.get(message[1])?.(message);
    }
  });
  return {
    greeting,
    send(command, params) {
      const id = next++;
      const body = JSON.stringify([0, id, command, params]);
      socket.write(`${Buffer.byteLength(body)}:${body}`);
      return new Promise((done, fail) =>
        waiting.set(id, ([, , error, result]) => (error ? fail(new Error(JSON.stringify(error))) : done(result))),
      );
    },
  };
}

async function connectWhenReady() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      return await new Promise((done, fail) => {
        const socket = connect(PORT, '127.0.0.1', () => done(socket));
        socket.once('error', fail);
      });
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('Marionette did not answer');
}

const EXPORT = `
  const [logins, path, done] = arguments;
  (async () => {
    const { LoginExport } = ChromeUtils.importESModule('resource://gre/modules/LoginExport.sys.mjs');
    for (const l of logins) {
      const login = Cc['@mozilla.org/login-manager/loginInfo;1'].createInstance(Ci.nsILoginInfo);
      login.init(l.url, l.url, null, l.username, l.password, '', '');
      await Services.logins.addLoginAsync(login);
    }
    await LoginExport.exportAsCSV(path);
    done('ok');
  })().catch((e) => done('error: ' + e));
`;

try {
  const socket = await connectWhenReady();
  const client = marionette(socket);
  await client.greeting;
  await client.send('WebDriver:NewSession', { capabilities: {} });
  await client.send('Marionette:SetContext', { value: 'chrome' });
  const result = await client.send('WebDriver:ExecuteAsyncScript', { script: EXPORT, args: [LOGINS, out] });
  console.log(result.value, out);
  await client.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
  socket.destroy();
} finally {
  firefox.kill();
  rmSync(profile, { recursive: true, force: true });
}
