/* Draws the figures page's charts from the JSON beside each canvas; a bar opens its tickets. */
(function () {
  "use strict";
  var colours = ["#1f6f5c", "#c0712f", "#3d5a98", "#9b3d5a", "#6c7a2f", "#5b4a8c", "#2f7f9b"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var name = canvas.getAttribute("data-chart");
    var points = JSON.parse(document.getElementById("chart-" + name).textContent);
    var horizontal = name === "district";
    var chart = new Chart(canvas, {
      type: "bar",
      data: {
        labels: points.map(function (p) { return p.label; }),
        datasets: [{
          data: points.map(function (p) { return p.count; }),
          backgroundColor: name === "month" ? "#1f6f5c" : points.map(function (_, i) { return colours[i % colours.length]; })
        }]
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { ticks: { precision: 0 } }, y: { ticks: { precision: 0 } } },
        font: { family: "Sarabun, 'Noto Sans Thai', Tahoma, sans-serif" },
        onClick: function (_event, elements) {
          if (elements.length && points[elements[0].index].url) {
            window.location.href = points[elements[0].index].url;
          }
        }
      }
    });
    canvas.parentElement.style.height = horizontal ? Math.max(200, points.length * 28) + "px" : "260px";
    chart.resize();
  });
})();
