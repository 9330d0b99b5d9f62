/* The ticket page's status form: only the chosen change's fields show, and the button waits
   until a change is picked (without JavaScript every field shows and the button works). */
(function () {
  "use strict";
  var form = document.getElementById("status-form");
  if (!form) { return; }
  var select = form.querySelector("select[name=status]");
  var button = form.querySelector("button[type=submit]");
  function update() {
    var chosen = select.value;
    form.querySelectorAll("[data-show-for]").forEach(function (box) {
      var shown = chosen !== "" && box.getAttribute("data-show-for").split(" ").indexOf(chosen) >= 0;
      box.hidden = !shown;
      box.querySelectorAll("select, textarea, input").forEach(function (field) { field.disabled = !shown; });
    });
    button.disabled = chosen === "";
  }
  select.addEventListener("change", update);
  update();
})();
