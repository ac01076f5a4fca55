/**
 * The site's only stylesheet, served from `/assets/site.css`: the Content-Security-Policy allows
 * styles from the site itself and nothing inline. Colours keep a contrast of at least 4.5:1 (WCAG AA).
 */
export const STYLESHEET = `
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:72rem;padding:0 1rem 2rem;line-height:1.5;color:#1a1a1a;background:#fff}
a{color:#0b57a4}a:hover,a:focus{color:#063a6e}
:focus-visible{outline:3px solid #0b57a4;outline-offset:2px}
.skip{position:absolute;left:-999rem}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header.site{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;border-bottom:1px solid #ccc;padding:.5rem 0}
header.site .brand{margin:0;font-weight:700}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.75rem}
nav a[aria-current]{font-weight:700;color:#1a1a1a}
footer.site{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem;color:#444}
h1{font-size:1.8rem;line-height:1.2}h2{margin-top:2rem;font-size:1.4rem}h3{font-size:1.15rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
.table-scroll{overflow-x:auto}
select,input{max-width:100%}form.search label{max-width:100%}
.status{font-weight:700}
.status-active{color:#146c2e}.status-inactive,.status-probation{color:#8a3500}.status-voluntarily_inactive{color:#4a4a4a}.status-revoked{color:#b00020}
.overdue{color:#b00020;font-weight:700}
.muted{color:#555}
.bar{display:inline-block;vertical-align:middle}
.bar rect.track{fill:#e0e0e0}.bar rect.done{fill:#146c2e}
.chart{max-width:100%;height:auto}
.chart .axis{stroke:#555;stroke-width:1}.chart .line{fill:none;stroke:#0b57a4;stroke-width:2}.chart .point{fill:#0b57a4}
.chart text{font-size:11px;fill:#333}
form.search{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin:1rem 0}
form label{display:flex;flex-direction:column;font-weight:600;gap:.2rem}
input,select,textarea,button{font:inherit;padding:.35rem .5rem;border:1px solid #767676;border-radius:3px;background:#fff;color:#1a1a1a}
button{background:#0b57a4;color:#fff;border-color:#0b57a4;cursor:pointer}
textarea{width:100%;min-height:6rem}
.pagination ul{gap:.5rem}
.timeline{list-style:none;padding:0}
.timeline>li{border-left:3px solid #0b57a4;padding:.25rem 0 .75rem 1rem;margin-bottom:.75rem}
dl.facts{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
.notice{border:2px solid #0b57a4;padding:.5rem 1rem;margin:1rem 0}
.error{border-color:#b00020;color:#b00020}
.honeypot{position:absolute;left:-999rem}
@media (max-width:40rem){dl.facts{grid-template-columns:1fr}th,td{padding:.3rem}}
`;
