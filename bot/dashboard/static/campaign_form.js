/* A campaign form's send button says what it will do with the schedule chosen: "send now",
   "schedule" or "every week" (without JavaScript it says what the page was drawn with). */
(function () {
  "use strict";
  document.querySelectorAll("button[data-schedule-labels]").forEach(function (button) {
    var labels = JSON.parse(button.getAttribute("data-schedule-labels"));
    var form = button.form;
    function update() {
      var chosen = form.querySelector("input[name=schedule]:checked");
      button.textContent = labels[chosen ? chosen.value : "now"] || labels.now;
    }
    form.querySelectorAll("input[name=schedule]").forEach(function (radio) {
      radio.addEventListener("change", update);
    });
    update();
  });
})();
