// The evaluation page. Its form of steps is saved as it is typed (htmx, configured from the page's meta
// element); this says on the page whether what was typed is saved yet, and asks before the page is left
// with input not saved, in that form or any other form marked data-unsaved-warning.
(function () {
  'use strict';
  var edits = 0;
  var sent = 0;
  var leaving = false;
  var inFlight = 0;
  var waitingSubmitter = null;
  var steps = document.getElementById('steps-form');

  // The body, which no save replaces, says that this page saves as it is typed.
  function markStatus() {
    if (steps && steps.hasAttribute('hx-post') && window.htmx) {
      document.body.classList.add('autosave');
    }
  }

  // A step's button pressed while a save is under way is sent once that save is done, so the two never
  // write the evaluation at the same moment.
  if (steps) {
    steps.addEventListener('submit', function (event) {
      if (inFlight > 0) {
        event.preventDefault();
        waitingSubmitter = event.submitter || null;
      }
    }, true);
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
      inFlight++;
    }
  });

  document.body.addEventListener('htmx:afterRequest', function (event) {
    if (event.detail.elt !== steps) {
      return;
    }
    inFlight = Math.max(0, inFlight - 1);
    markStatus();
    if (inFlight === 0 && waitingSubmitter !== null) {
      var submitter = waitingSubmitter;
      waitingSubmitter = null;
      steps.requestSubmit(submitter);
      return;
    }
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
