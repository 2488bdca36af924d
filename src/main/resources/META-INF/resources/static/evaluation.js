// The evaluation page. Its form of steps is saved as it is typed (htmx, configured from the page's meta
// element); this says on the page whether what was typed is saved yet, and asks before the page is left
// with input not saved, in that form or any other form marked data-unsaved-warning.
(function () {
  'use strict';
  var edits = 0;
  var sent = 0;
  var leaving = false;
  var steps = document.getElementById('steps-form');

  // The body, which no save replaces, says that this page saves as it is typed.
  function markStatus() {
    if (steps && steps.hasAttribute('hx-post') && window.htmx) {
      document.body.classList.add('autosave');
    }
  }

  document.querySelectorAll('form[data-unsaved-warning]').forEach(function (form) {
    form.addEventListener('input', function () {
      edits++;
      document.body.setAttribute('data-unsaved', '');
    });
    form.addEventListener('submit', function () {
      leaving = true;
    });
  });

  document.body.addEventListener('htmx:beforeRequest', function (event) {
    if (event.detail.elt === steps) {
      sent = edits;
    }
  });

  document.body.addEventListener('htmx:afterRequest', function (event) {
    if (event.detail.elt !== steps) {
      return;
    }
    markStatus();
    var failed = document.querySelector('#step-status .state-failed');
    if (event.detail.successful && !failed && edits === sent) {
      document.body.removeAttribute('data-unsaved');
    }
  });

  window.addEventListener('beforeunload', function (event) {
    if (!leaving && document.body.hasAttribute('data-unsaved')) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  markStatus();
})();
