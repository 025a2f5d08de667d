// The insights dashboard's charts: each [data-chart] element holds its metric's labels and series as JSON,
// the same numbers as the table beside it, and ECharts draws them. Without JavaScript the table says it all.
(function () {
    function draw(element) {
        var data = JSON.parse(element.getAttribute("data-chart"));
        var chart = echarts.init(element, null, {renderer: "svg"});
        var axes = [];
        data.series.forEach(function (s) { if (axes.indexOf(s.axis) < 0) axes.push(s.axis); });
        var option;
        if (data.type === "funnel") {
            var first = data.series[0];
            option = {
                animation: false,
                tooltip: {trigger: "item"},
                series: [{
                    type: "funnel", name: first.name, sort: "none", left: "10%", width: "80%",
                    label: {show: true, position: "inside"},
                    data: data.labels.map(function (label, i) { return {name: label, value: first.values[i]}; })
                }]
            };
        } else {
            option = {
                // Figures to read, not a show: drawn at once, as the table beside them is.
                animation: false,
                tooltip: {trigger: "axis"},
                legend: {bottom: 0, type: "scroll"},
                grid: {left: 16, right: 40, top: 32, bottom: 40, containLabel: true},
                xAxis: {type: "category", data: data.labels},
                // At most two axes: a second unit (a share beside counts) gets its own scale on the right.
                yAxis: axes.slice(0, 2).map(function (name) { return {type: "value", name: name}; }),
                series: data.series.map(function (s) {
                    return {
                        type: data.type === "bar" ? "bar" : "line", name: s.name, data: s.values, connectNulls: false,
                        yAxisIndex: Math.min(1, axes.indexOf(s.axis)), showSymbol: s.values.length < 60
                    };
                })
            };
        }
        chart.setOption(option);
        window.addEventListener("resize", function () { chart.resize(); });
    }

    function start() {
        if (typeof echarts === "undefined") return;
        document.querySelectorAll("[data-chart]").forEach(draw);
    }

    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
})();
