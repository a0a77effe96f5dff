// Runs in: content script. The moments a credential form is submitted: the form's
// submit event, a click on a submit button (form-less SPA logins have no submit event), and Enter
// in a field. Clicks and keys count only when trusted (a page script cannot fake the user's
// gesture); a submit event also counts when the page's script raised it (React forms submit with
// requestSubmit() from a type=button click): the values sent are still only those the user typed
// or we filled. Listeners run in the capture phase, before the page's handlers clear the fields.
const BUTTONS = 'button,input[type=submit],input[type=image],input[type=button],[role=button]';

function isSubmitClick(el: Element): boolean {
  const button = el.closest(BUTTONS);
  if (!button) return false;
  // Inside a <form>, only a real submit button: "show password" toggles are type=button there, and
  // the form's submit event covers everything else. Outside a form, any button next to the fields.
  const form = (button as HTMLButtonElement).form;
  if (!form) return true;
  return button instanceof HTMLButtonElement ? button.type === 'submit' : button instanceof HTMLInputElement && button.type !== 'button';
}

export function onSubmitLike(doc: Document, signal: AbortSignal, submitted: (target: Node) => void): void {
  const target = (e: Event) => e.composedPath()[0];
  const listen = (type: string, accept: (e: Event, el: Element) => boolean) =>
    doc.addEventListener(type, (e) => {
      const el = target(e);
      if ((e.isTrusted || type === 'submit') && el instanceof Element && accept(e, el)) submitted(el);
    }, { capture: true, signal });
  listen('submit', () => true);
  listen('click', (_, el) => isSubmitClick(el));
  listen('keydown', (e, el) => (e as KeyboardEvent).key === 'Enter' && el instanceof HTMLInputElement);
}
