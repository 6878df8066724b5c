// Demo-only wiring: the snippet a webmaster copies, and a log of the events a host page receives.
const snippet = [
  `<script type="module" src="https://cdn.example.org/cqp-vae-widgets/dist/cqp-vae-widgets.js"></script>`,
  ``,
  `<cqp-vae-guide id="guide"></cqp-vae-guide>`,
  `<eligibility-check guide="guide"></eligibility-check>`,
].join('\n');

const code = document.querySelector<HTMLElement>('#snippet');
if (code) code.textContent = snippet;

document.querySelector('#copy')?.addEventListener('click', async () => {
  const status = document.querySelector('#copied');
  try {
    await navigator.clipboard.writeText(snippet);
    if (status) status.textContent = 'Code copié.';
  } catch {
    if (status) status.textContent = 'Copie impossible : sélectionnez le code et copiez-le.';
  }
});

const log = document.querySelector('#events');
for (const type of ['eligibility-change', 'eligibility-complete', 'cqp-vae-content-error']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} : ${JSON.stringify((event as CustomEvent).detail)}`;
    log?.prepend(item);
    while (log && log.children.length > 8) log.lastElementChild?.remove();
  });
}
