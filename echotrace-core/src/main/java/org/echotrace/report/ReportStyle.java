package org.echotrace.report;

/** The HTML report's style sheet, inlined in the page (the page loads nothing). */
final class ReportStyle {
  private ReportStyle() {}

  static final String CSS = """
      :root{--ink:#1d2330;--muted:#5b6474;--line:#d5dae3;--bg:#fbfcfe}
      *{box-sizing:border-box}
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);
        background:var(--bg);margin:0 auto;padding:0 24px 48px;max-width:1500px}
      header{border-bottom:2px solid var(--ink);padding:12px 0 8px;margin-bottom:8px}
      h1{margin:0 0 4px;font-size:26px}
      h2{margin:32px 0 8px;font-size:21px;border-bottom:1px solid var(--line);padding-bottom:4px}
      h3{margin:18px 0 6px;font-size:16px}
      h4{margin:0 0 2px;font-size:15px}
      h5{margin:10px 0 4px;font-size:14px}
      .summary{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:6px 22px}
      nav a{margin-right:14px}
      a{color:#1f56b3;text-decoration:none}
      a:hover{text-decoration:underline}
      .hint{color:var(--muted);margin:4px 0 10px;max-width:1000px}
      .scroll{overflow-x:auto;border:1px solid var(--line);background:#fff;border-radius:6px;padding:4px}
      .label{color:#6a3fa0;font-style:italic}
      .date{color:var(--muted);font-variant-numeric:tabular-nums}
      .outlets{color:var(--muted);font-size:13px}
      .ids{color:var(--muted);font-size:12px;font-family:ui-monospace,Menlo,Consolas,monospace}
      ul.events,ul.undated{margin:4px 0;padding-left:20px}
      ul.events ul{padding-left:18px;margin:2px 0 6px}
      .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:13px;margin:6px 0}
      .swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px;vertical-align:baseline}
      svg text{font:12px system-ui,sans-serif;fill:var(--ink)}
      svg .rowhead{font-weight:bold;fill:#6a3fa0}
      svg .rowlabel{fill:var(--ink)}
      svg .ticklabel{text-anchor:middle;fill:var(--muted);font-size:11px}
      svg .tick{stroke:#eceff4}
      svg .rowline{stroke:#e3e7ee}
      svg .dot{stroke:#fff;stroke-width:1.5}
      svg .dot.outlier{fill-opacity:.15;stroke:#5b6474;stroke-width:1.5;stroke-dasharray:2 1.5}
      svg .gutter{fill:#f4f5f8}
      svg .ticklabel.outlier{font-style:italic}
      .o0{fill:#1f77b4;background:#1f77b4}.o1{fill:#ff7f0e;background:#ff7f0e}.o2{fill:#2ca02c;background:#2ca02c}
      .o3{fill:#d62728;background:#d62728}.o4{fill:#9467bd;background:#9467bd}.o5{fill:#8c564b;background:#8c564b}
      .o6{fill:#e377c2;background:#e377c2}.o7{fill:#7f7f7f;background:#7f7f7f}.o8{fill:#bcbd22;background:#bcbd22}
      .o9{fill:#17becf;background:#17becf}.o10{fill:#393b79;background:#393b79}.o11{fill:#637939;background:#637939}
      .ox{fill:#c7c7c7;background:#c7c7c7}
      svg.defs{position:absolute}
      .arrowhead{fill:#333}
      .familyfig{margin:10px 0 18px}
      figcaption{font-weight:600;margin-bottom:4px}
      .node rect{fill:#f3f6fb;stroke:#7d8797}
      .node:hover rect{fill:#e4ecfa}
      .node.first rect{stroke:#1d2330;stroke-width:2.2}
      .node .n1{font-weight:600}
      .node .n2{font-size:12px}
      .node .n3{fill:var(--muted);font-size:11px}
      .edge path{fill:none;stroke-width:2}
      .edge text{font-size:11px;fill:var(--muted);text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px}
      .e-verbatim path{stroke:#333}
      .e-partial path{stroke:#1f77b4;stroke-dasharray:8 4}
      .e-paraphrase path{stroke:#d62728;stroke-dasharray:2 3}
      .e-translation path{stroke:#2ca02c;stroke-dasharray:10 3 2 3}
      .edge.undecided path{stroke-opacity:.65}
      .eline{display:inline-block;width:34px;height:0;border-top:2px solid #333;margin-right:6px;vertical-align:middle}
      .eline.e-partial{border-top:2px dashed #1f77b4}.eline.e-paraphrase{border-top:2px dotted #d62728}
      .eline.e-translation{border-top:2px dashed #2ca02c}
      .kind{display:inline-block;padding:0 6px;border-radius:9px;font-size:12px;background:#e8ebf0}
      .k-verbatim{background:#dcdcdc}.k-partial{background:#d6e6f5}.k-paraphrase{background:#f7d9d9}
      .k-translation{background:#d8f0d8}.k-same-story{background:#f3ecd2}.k-same-narrative{background:#eadcf3}
      details.pair{border:1px solid var(--line);border-radius:6px;margin:6px 0;background:#fff}
      details.pair>summary{cursor:pointer;padding:6px 10px}
      details.pair[open]>summary{border-bottom:1px solid var(--line)}
      .why{margin:6px 12px;color:var(--muted);font-size:13px}
      .sides{display:grid;grid-template-columns:1fr 1fr;gap:14px;padding:4px 12px 10px}
      .side:empty::before{content:"The texts are drawn by the page's own script when the pair is opened.";color:var(--muted)}
      .side .meta{margin:0 0 6px;font-size:13px;color:var(--muted)}
      .role{text-transform:uppercase;font-size:11px;letter-spacing:.05em;color:#fff;background:#5b6474;padding:1px 5px;
        border-radius:3px}
      .text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:15px;line-height:1.6;
        border-top:1px solid var(--line);padding-top:6px}
      .empty{color:var(--muted)}
      .pa,.se{border-radius:2px}
      .c0{background:#fff3b0}.c1{background:#cdeffd}.c2{background:#d9f7c8}.c3{background:#ffd9e8}
      .c4{background:#e5dcff}.c5{background:#ffe2c6}.c6{background:#c9f2ea}.c7{background:#eeeeee}
      .se{text-decoration:underline dotted #8891a0}
      a.num{font:bold 11px system-ui,sans-serif;color:#1d2330;border:1px solid #8891a0;border-radius:3px;padding:0 3px;
        margin-right:3px;vertical-align:1px;white-space:nowrap}
      a.num:target,a.num:focus{outline:2px solid #d62728}
      .q{outline:1.5px solid #6a3fa0;outline-offset:1px;border-radius:2px}
      .qlabel{font:bold 11px system-ui,sans-serif;color:#fff;background:#6a3fa0;border-radius:3px;padding:0 4px;
        margin-left:3px;white-space:nowrap}
      .ch-reworded{background:#c0392b}.ch-added{background:#d35400}.ch-dropped{background:#7f8c8d}
      .ch-speaker-changed{background:#8e44ad}.ch-trimmed{background:#2c7fb8}.ch-identical{background:#27ae60}
      u.term{text-decoration:underline 2px #d35400;text-underline-offset:3px}
      .shift{border-bottom:2px dotted #c0392b}
      del{color:#b03030;text-decoration:line-through}
      ins{color:#1e7b34;text-decoration:underline}
      .sim{color:var(--muted);font-size:12px}
      .cat,.entry{font-size:12px;color:var(--muted)}
      ul.qdiff,ul.shifts{margin:0 12px 10px;padding-left:18px}
      table{border-collapse:collapse;margin:6px 0 14px;background:#fff}
      caption{text-align:left;font-weight:600;padding:2px 0}
      th,td{border:1px solid var(--line);padding:3px 8px;vertical-align:top;text-align:left;font-size:14px}
      th{background:#eef1f6}
      td.count{font-weight:bold;text-align:right}td.zero{color:#b8bec9;text-align:right}
      td.qt{max-width:520px}
      td.url{font-size:12px;word-break:break-all;max-width:320px}
      table.articles tr:target{background:#fff7cc}
      .sev{font-size:12px;font-weight:bold;padding:0 5px;border-radius:3px;color:#fff}
      .sev.error{background:#c0392b}.sev.warning{background:#d68910}
      footer{margin-top:40px;color:var(--muted);font-size:13px}
      @media (max-width:900px){.sides{grid-template-columns:1fr}}
      """;
}
