namespace Stancewatch.Reporting;

/// <summary>The report's inline style sheet and script: no file, font or library is ever fetched.</summary>
internal static class ReportAssets
{
    public const string Css = """

        :root { --ink:#1b1f24; --muted:#59636e; --line:#d0d7de; --bg:#ffffff; --panel:#f6f8fa; --mark:#fff3a3; --link:#0b57d0;
          --support:#a50f15; --understanding:#e06c3c; --neutral:#6b6b6b; --concern:#4a8cc2; --oppose:#08306b; }
        * { box-sizing: border-box; }
        html { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
        body { margin: 0 auto; max-width: 1100px; padding: 0 1.25rem 3rem; }
        a { color: var(--link); }
        a:focus-visible, summary:focus-visible, input:focus-visible { outline: 3px solid #f4b400; outline-offset: 2px; }
        .skip { position: absolute; left: -9999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
        header { border-bottom: 2px solid var(--ink); padding: 1.25rem 0 .75rem; margin-bottom: 1rem; }
        h1 { font-size: 1.7rem; margin: 0 0 .25rem; } h2 { font-size: 1.35rem; margin: 2.2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        h3 { font-size: 1.12rem; margin: 1.2rem 0 .4rem; } h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
        .summary, .legend, .muted, .why { color: var(--muted); } .legend { font-size: .92rem; }
        .why { font-style: italic; margin: .2rem 0; }
        .counts, nav ul { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
        .counts a { text-decoration: none; color: var(--ink); } nav a { font-weight: 600; }
        .filter { margin: .5rem 0; } .filter input { font: inherit; padding: .2rem .4rem; min-width: 16rem; }
        .badge { display: inline-block; padding: 0 .45em; border-radius: .3em; font-size: .78rem; font-weight: 700; letter-spacing: .02em; color: #fff; vertical-align: .1em; border: 1px solid transparent;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .s-support { background: var(--support); } .s-understanding { background: var(--understanding); color: #1b1f24; } .s-neutral { background: var(--neutral); }
        .s-concern { background: var(--concern); color: #0b1a2a; } .s-oppose { background: var(--oppose); }
        .s-silent, .s-omission { background: #fff; color: var(--ink); border: 1px dashed var(--ink); } .s-unknown { background: #e6e6e6; color: var(--ink); }
        .s-retraction { background: #fff; color: var(--support); border: 1px solid var(--support); }
        .flag { font-size: .78rem; font-weight: 700; color: #8a4b00; border: 1px solid #8a4b00; border-radius: .3em; padding: 0 .35em; }
        .tag { font-size: .8rem; background: var(--panel); border: 1px solid var(--line); border-radius: .3em; padding: 0 .35em; }
        .tag.warn { background: #fff8e1; border-color: #d6a100; } .tag.event { font-weight: 700; }
        .scroll { overflow-x: auto; }
        table.matrix { font-size: .86rem; } table.matrix td { min-width: 5.5rem; } table.matrix th[scope=row], table.matrix td:nth-child(2) { white-space: nowrap; }
        table { border-collapse: collapse; margin: .5rem 0; font-size: .93rem; }
        caption { text-align: left; color: var(--muted); font-size: .9rem; padding-bottom: .25rem; }
        th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
        thead th { background: var(--panel); } td.num { text-align: right; font-variant-numeric: tabular-nums; } td.none { color: #b0b7bf; text-align: center; }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .country, .dispute { border-top: 1px solid var(--line); padding-top: .25rem; margin-top: 1.5rem; break-inside: avoid-page; }
        svg.timeline { display: block; max-width: 100%; height: auto; margin: .5rem 0; background: #fcfcfd; border: 1px solid var(--line); }
        svg.timeline .grid { stroke: #e4e8ec; } svg.timeline .axis { stroke: #8c959f; }
        svg.timeline text { font-size: 11px; fill: var(--muted); } svg.timeline text.level { font-weight: 700; fill: var(--ink); }
        svg.timeline .trend { fill: none; stroke: #1b1f24; stroke-width: 2; stroke-dasharray: 6 3; opacity: .55; }
        svg.timeline .point { stroke: #1b1f24; stroke-width: 1; } svg.timeline .point.uncertain { fill-opacity: .45; stroke-dasharray: 2 2; }
        svg.timeline .point.s-support { fill: var(--support); } svg.timeline .point.s-understanding { fill: var(--understanding); }
        svg.timeline .point.s-neutral { fill: var(--neutral); } svg.timeline .point.s-concern { fill: var(--concern); } svg.timeline .point.s-oppose { fill: var(--oppose); }
        svg.timeline .point.silence, svg.key.silence * { fill: #fff; stroke: #1b1f24; stroke-width: 1.5; } svg.timeline .point.silence.inferred { stroke-dasharray: 2 2; }
        svg.timeline a:focus .point, svg.timeline a:hover .point { stroke-width: 3; }
        svg.key { vertical-align: -2px; } svg.key * { fill: #8c959f; stroke: #1b1f24; }
        ol.findings { list-style: none; padding: 0; margin: .25rem 0; }
        .finding { border-left: 3px solid var(--line); padding: .1rem 0 .1rem .75rem; margin: .6rem 0; break-inside: avoid; }
        .finding:target { border-left-color: #f4b400; background: #fffbe6; }
        .finding .head { margin: .1rem 0; }
        figure.evidence { margin: .25rem 0 .5rem; }
        blockquote { margin: 0; padding: .4rem .7rem; background: var(--panel); border-radius: .3rem; white-space: pre-line; font-family: Georgia, "Times New Roman", serif; font-size: .96rem; }
        mark { background: var(--mark); color: inherit; padding: 0 .05em; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        mark strong { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 2px; }
        figcaption { font-size: .85rem; color: var(--muted); margin-top: .2rem; }
        .no-evidence { font-style: italic; color: var(--muted); }
        .accounts { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 1rem; }
        .account { border: 1px solid var(--line); border-radius: .4rem; padding: .2rem .8rem .4rem; background: #fff; }
        .account h4 { margin-top: .4rem; }
        details { margin: .4rem 0; } summary { cursor: pointer; font-weight: 600; }
        ol.sources li { margin: .35rem 0; }
        footer { margin-top: 3rem; border-top: 1px solid var(--line); font-size: .88rem; color: var(--muted); }
        [hidden] { display: none !important; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; } .skip, nav, .filter, #script-status { display: none !important; }
          a { color: inherit; text-decoration: none; } a.external::after { content: " <" attr(href) ">"; font-size: .8em; word-break: break-all; }
          h2 { break-after: avoid; } h3, h4 { break-after: avoid; } .account, .finding, svg.timeline, tr { break-inside: avoid; }
          details > summary { list-style: none; } blockquote { background: none; border-left: 2px solid #999; }
        }

        """;

    public const string Script = """

        (function () {
          "use strict";
          var body = document.body;
          window.addEventListener("error", function (e) {
            body.setAttribute("data-script", "error");
            body.setAttribute("data-script-error", String(e.message));
          });
          // Printing shows everything: open every collapsed part, and close again what was closed.
          window.addEventListener("beforeprint", function () {
            document.querySelectorAll("details").forEach(function (d) { d.setAttribute("data-was-open", d.open ? "1" : "0"); d.open = true; });
          });
          window.addEventListener("afterprint", function () {
            document.querySelectorAll("details[data-was-open='0']").forEach(function (d) { d.open = false; });
          });
          // Following a link to a finding inside a closed list opens the list.
          function reveal() {
            var id = decodeURIComponent(location.hash.slice(1));
            var target = id && document.getElementById(id);
            for (var n = target; n; n = n.parentElement) { if (n.tagName === "DETAILS") { n.open = true; } }
          }
          window.addEventListener("hashchange", reveal);
          reveal();
          var filter = document.getElementById("filter");
          var input = document.getElementById("filter-input");
          if (filter && input) {
            filter.hidden = false;
            input.addEventListener("input", function () {
              var q = input.value.trim().toLowerCase();
              document.querySelectorAll("[data-filter]").forEach(function (el) {
                el.hidden = q !== "" && el.getAttribute("data-filter").indexOf(q) < 0;
              });
            });
          }
          var status = document.getElementById("script-status");
          if (status) { status.textContent = "Interactive features ready: filter by government, links open collapsed lists."; }
          if (body.getAttribute("data-script") !== "error") { body.setAttribute("data-script", "ready"); }
        })();

        """;
}
