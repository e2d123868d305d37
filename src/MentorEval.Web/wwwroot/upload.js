// The upload form of a wizard (survey export, roster): sends the file in the background to show how much of a big export has gone,
// then opens the page the server answers with. Without script the form posts as any form does.
(function () {
  var form = document.getElementById('upload');
  if (!form || !window.FormData || !window.XMLHttpRequest) return;
  var input = form.querySelector('input[type=file]');
  var bar = document.getElementById('upload-progress');
  var status = document.getElementById('upload-status');
  var button = form.querySelector('button[type=submit]');
  form.addEventListener('submit', function (event) {
    if (!input.files || input.files.length === 0) return;
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    bar.hidden = false;
    button.disabled = true;
    status.textContent = 'Uploading…';
    request.upload.onprogress = function (e) {
      if (!e.lengthComputable) return;
      var percent = Math.floor(100 * e.loaded / e.total);
      bar.value = percent;
      status.textContent = percent < 100 ? 'Uploading: ' + percent + '% sent' : 'Sent; reading the file…';
    };
    request.onload = function () { window.location.assign(request.responseURL); };
    request.onerror = function () {
      button.disabled = false;
      status.textContent = 'The upload did not get through. Check the connection and press Upload again.';
    };
    request.send(new FormData(form));
  });
})();
