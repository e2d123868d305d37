// The report page while a report is being made: shows the step it is at, and opens the page again once it is ready.
// Without script the page's link shows how far it has come.
(function () {
  var progress = document.getElementById('progress');
  var step = document.getElementById('step');
  if (!progress || !window.fetch) return;
  function ask() {
    fetch(progress.getAttribute('data-step-address'), { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state) return;
        if (state.finished) { window.location.reload(); return; }
        step.textContent = state.step;
        setTimeout(ask, 500);
      })
      .catch(function () { setTimeout(ask, 2000); });
  }
  setTimeout(ask, 300);
})();
