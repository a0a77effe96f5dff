// Runs in: the options page. Saves text as a file through a Blob URL and <a download>, so the
// extension needs no `downloads` permission. Nothing of the text enters the DOM: the link holds
// only the blob: URL, and is removed at once.
export function saveFile(text: string, name: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox; a minute is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
