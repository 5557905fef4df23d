// The app's only script. It never builds markup from data: text goes in via textContent.
"use strict";
(function () {
  var status = document.getElementById("job-status");
  var url = status && status.getAttribute("data-job-url");
  if (!url) { return; }
  function poll() {
    fetch(url, { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        status.textContent = job.status;
        document.getElementById("job-stage").textContent = job.stage || "waiting";
        document.getElementById("job-count").textContent = job.done + "/" + job.total;
        var bar = document.getElementById("job-progress");
        bar.max = job.total || 1; bar.value = job.done;
        if (job.status === "done" || job.status === "failed") { window.location.reload(); }
        else { window.setTimeout(poll, 1000); }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();
