/**
 * A local stand-in for news websites, on 127.0.0.1: pages written for these tests in the shapes
 * real news sites use (an agency wire page with JSON-LD, a newspaper page with Open Graph tags and
 * a cookie banner, a page buried in related-headline blocks and comments, an undated column), plus
 * the ways fetching goes wrong (404, redirect, PDF, a page over the size cap, a server that never
 * answers). The stories are invented; they only sound like news.
 */
import { createServer, type Server } from "node:http";
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from "node:net";

/** A page of the stand-in with what adding it must give. */
export interface SitePage {
  readonly path: string;
  readonly html: string;
}

const NAV = `<header class="site-header"><a href="/" class="logo">Home</a>
<nav class="main-menu"><ul><li><a href="/pakistan">Pakistan</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search"><input name="q" placeholder="Search"><button>Search</button></form></header>`;

const FOOTER = `<footer class="site-footer"><p>© 2025 All rights reserved. Reproduction without permission is prohibited.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li></ul></footer>`;

/** The agency wire story's paragraphs; the syndicated copy repeats them. */
const WIRE_PARAGRAPHS = [
  "BAKU: Pakistan and Azerbaijan agreed on Sunday to build a joint pharmaceutical plant in the Sumgait industrial park, the Azerbaijani economy ministry said after a meeting of the intergovernmental commission.",
  "The plant is expected to produce generic antibiotics and insulin for both markets and for export to Central Asia, with the first production line due to open in the second half of 2027.",
  "Pakistani Commerce Minister Tariq Yusufzai, who co-chaired the session, said the project would be financed by a consortium of three Pakistani drug makers and the Azerbaijan Investment Holding.",
  "The commission also reviewed progress on the preferential trade agreement and asked customs officials to finish the electronic exchange of certificates of origin before the end of the year.",
  "The next session of the commission is scheduled to take place in Lahore in the spring of 2026, the ministry added.",
];

function wirePage(): string {
  const ld = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", name: "Meridian News Agency", url: "https://meridian-wire.example/" },
      {
        "@type": "BreadcrumbList",
        itemListElement: [{ "@type": "ListItem", position: 1, name: "Economy" }],
      },
      {
        "@type": "NewsArticle",
        headline: "Pakistan, Azerbaijan to build joint pharmaceutical plant in Sumgait",
        datePublished: "2025-09-14T11:20:00+04:00",
        dateModified: "2025-09-15T08:00:00+04:00",
        author: { "@type": "Person", name: "Leyla Mammadli" },
        publisher: { "@type": "Organization", name: "Meridian News Agency" },
        mainEntityOfPage: "https://meridian-wire.example/economy/pharma-plant-sumgait/1234",
      },
    ],
  };
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Pakistan, Azerbaijan to build joint pharmaceutical plant in Sumgait - Meridian News Agency</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script type="application/ld+json">{ this is not json, as on many real pages</script>
<link rel="canonical" href="https://meridian-wire.example/economy/pharma-plant-sumgait/1234">
</head><body>${NAV}
<div class="ticker"><span>USD/AZN 1.70</span><span>Brent 82.4</span><span>Gold 2,310</span></div>
<main><article class="news-detail">
<div class="breadcrumbs"><a href="/economy">Economy</a></div>
<h1>Pakistan, Azerbaijan to build joint pharmaceutical plant in Sumgait</h1>
<div class="byline">Leyla Mammadli | 14.09.2025 11:20</div>
<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Telegram</a></div>
<div class="article-body">${WIRE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}</div>
<div class="tags"><a href="/tag/pakistan">Pakistan</a><a href="/tag/azerbaijan">Azerbaijan</a></div>
</article>
<section class="related-news"><h2>Related news</h2><ul>
<li><a href="/a1">Azerbaijan and Kazakhstan sign transit protocol for Caspian ferries</a></li>
<li><a href="/a2">Central bank keeps the refinancing rate unchanged at nine percent</a></li>
<li><a href="/a3">Georgian wine exports to China reach a record in August</a></li>
</ul></section></main>${FOOTER}</body></html>`;
}

function syndicatedPage(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Joint drug plant for Sumgait | South Asia Digest</title>
<meta property="og:site_name" content="South Asia Digest"></head><body>${NAV}
<article><h1>Joint drug plant planned for Sumgait</h1><p class="credit">Courtesy Meridian News Agency</p>
${WIRE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}</article>${FOOTER}</body></html>`;
}

function newspaperPage(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Textile exports to Azerbaijan double in a year | The Karachi Ledger</title>
<meta property="og:site_name" content="The Karachi Ledger">
<meta property="og:title" content="Textile exports to Azerbaijan double in a year">
<meta property="og:type" content="article">
<meta property="og:url" content="https://ledger.example.pk/business/2025/10/02/textile-exports-azerbaijan">
<meta property="article:published_time" content="2025-10-02T06:00:00+05:00">
<meta property="article:section" content="Business">
<link rel="canonical" href="https://ledger.example.pk/business/2025/10/02/textile-exports-azerbaijan">
</head><body>
<div id="cookie-consent" class="consent-overlay" role="dialog"><h3>We value your privacy</h3>
<p>We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and adverts, and to analyse our traffic. By clicking accept you agree to this use of cookies.</p>
<button>Accept all</button><button>Manage preferences</button></div>
${NAV}
<div class="market-strip">KSE-100 112,450.31 ▲ 0.84% | USD/PKR 281.20 | Gold Rs 281,400</div>
<main><div class="story">
<h1 class="story__title">Textile exports to Azerbaijan double in a year</h1>
<div class="story__byline">Our Correspondent<span class="timestamp">Published October 2, 2025</span></div>
<div class="story__content">
<p>KARACHI: Pakistan's textile exports to Azerbaijan doubled in the twelve months to September, according to figures released by the Trade Development Authority on Wednesday, helped by lower tariffs under the preferential trade agreement.</p>
<p>Exporters shipped home textiles, denim and knitwear worth 61 million dollars, up from 30 million dollars a year earlier, with most of the goods travelling by road through Iran and Turkmenistan.</p>
<p>The chairman of the Towel Manufacturers Association said that a direct cargo flight between Lahore and Baku, which started in the spring, had cut delivery times for fashion orders from three weeks to four days.</p>
<p>Officials said they hoped to raise the figure further at a trade fair in Baku next month, where more than forty Pakistani companies have booked stands.</p>
</div></div>
<div class="ad-slot">Advertisement</div>
</main>${FOOTER}</body></html>`;
}

function relatedAndCommentsPage(): string {
  const related = [
    "Ganja hosts a festival of South Asian cinema for the first time",
    "New flights connect Islamabad and Nakhchivan from December",
    "Azerbaijani chess team wins the regional rapid championship",
    "Why the Middle Corridor matters for Caspian trade",
    "Baku metro opens two new stations on the purple line",
    "Five things to know about the upcoming energy week",
  ];
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Scholarships for 300 Pakistani students in Baku | Caspian Daily</title>
<meta property="og:site_name" content="Caspian Daily">
<meta property="og:title" content="Scholarships for 300 Pakistani students in Baku">
</head><body>${NAV}
<div class="layout"><aside class="sidebar trending"><h3>Trending</h3><ol>${related
    .slice(0, 3)
    .map(
      (h, i) =>
        `<li><a href="/t${i}">${h}</a> <time datetime="2024-0${i + 1}-10">10.0${i + 1}.2024</time></li>`,
    )
    .join("")}</ol></aside>
<main><article>
<header><h1>Scholarships for 300 Pakistani students in Baku</h1>
<p class="meta">By Rashad Aliyev · <time datetime="2025-08-21T09:00:00Z">21 August 2025</time></p></header>
<p>The Azerbaijani government will fund 300 scholarships for Pakistani students at universities in Baku from the next academic year, the education ministry announced on Thursday.</p>
<p>The places are mostly in petroleum engineering, medicine and international relations, and include a year of Azerbaijani language study before the degree begins, a ministry spokesperson said.</p>
<p>Pakistan's ambassador welcomed the decision, saying that the number of Pakistani students in Azerbaijan had grown fivefold in five years and that alumni now worked in both countries' energy companies.</p>
<p>Applications open in January through the embassy in Islamabad, and the first students are expected to arrive in September.</p>
</article>
<section class="related-posts"><h2>You may also like</h2>${related
    .slice(3)
    .map(
      (h, i) =>
        `<div class="card"><a href="/r${i}"><h3>${h}</h3></a><time datetime="2025-0${i + 1}-05">5 days ago</time></div>`,
    )
    .join("\n")}</section>
<section id="comments" class="comments"><h2>3 comments</h2>
<div class="comment"><span class="author">Bilal</span> <time datetime="2025-08-22T10:00:00Z">22 Aug</time><p>My cousin studied in Baku and loved it, this is wonderful news for students from Punjab.</p></div>
<div class="comment"><span class="author">Aygun</span> <time datetime="2025-08-22T12:00:00Z">22 Aug</time><p>Welcome to our Pakistani brothers and sisters, the city will be happy to host you.</p></div>
<div class="comment"><span class="author">Imran</span> <time datetime="2025-08-23T08:00:00Z">23 Aug</time><p>Will there be places for postgraduate research as well, or only for bachelor degrees?</p></div>
<form class="comment-form"><textarea placeholder="Write a comment"></textarea><button>Post comment</button></form>
</section></main></div>${FOOTER}</body></html>`;
}

function undatedPage(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Opinion: What the Lachin visits tell us | Indus Review</title>
<meta property="og:site_name" content="Indus Review"><meta property="og:title" content="What the Lachin visits tell us">
</head><body>${NAV}<main><article><h1>What the Lachin visits tell us</h1><p class="author">By Sana Qureshi</p>
<p>Few capitals have courted each other as steadily as Islamabad and Baku, and the string of military visits to Lachin this year shows that the relationship has moved well beyond statements of solidarity.</p>
<p>The two armies now train together every year, exchange cadets, and talk openly about building equipment together, which would have seemed ambitious only a decade ago.</p>
<p>Yet the economic side still lags behind the political one: trade remains small, and businesses on both sides complain about the cost of moving goods across the Caspian region.</p>
<p>If the next decade is to match the last, the governments will have to turn warm words into cheaper freight, simpler visas and investment that pays for itself.</p>
</article></main>${FOOTER}</body></html>`;
}

function movedPage(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry link planned | Karachi Ledger</title>
<meta property="og:site_name" content="The Karachi Ledger">
<meta property="article:published_time" content="2025-11-20T07:30:00+05:00"></head><body>${NAV}
<main><article><h1>Caspian ferry link to carry Pakistani cargo from 2026</h1>
<p>ISLAMABAD: Pakistani freight bound for Europe will be able to cross the Caspian Sea on Azerbaijani ferries from next year under an agreement signed by the two countries' transport ministries on Thursday.</p>
<p>Trucks will travel through Iran and Turkmenistan to the port of Turkmenbashi and then by ferry to the new port of Alat near Baku, from where goods can continue by rail to Georgia and Turkey.</p>
<p>Transport officials said the route would save up to ten days compared with the sea route through the Suez Canal for shipments to south-eastern Europe.</p>
<p>A pilot convoy of twenty trucks carrying rice and surgical instruments is planned for February.</p>
</article></main>${FOOTER}</body></html>`;
}

function headlinesOnlyPage(): string {
  const items = Array.from(
    { length: 12 },
    (_, i) => `<li><a href="/story/${i}">Headline number ${i + 1} about the region and its markets</a></li>`,
  ).join("");
  return `<!DOCTYPE html><html><head><title>Latest news | Caspian Daily</title></head><body>${NAV}
<main><h1>Latest news</h1><ul class="headline-list">${items}</ul></main>${FOOTER}</body></html>`;
}

/** A page past the 5 MB cap: a real page that embeds megabytes of script data or images inline. */
function hugePageChunks(): string[] {
  const filler = `<p>${"Inline data that pushes the page past any sensible size. ".repeat(100)}</p>\n`;
  const chunks = ["<!DOCTYPE html><html><head><title>Huge</title></head><body>"];
  for (let size = 0; size < 5.5 * 1024 * 1024; size += filler.length) chunks.push(filler);
  chunks.push("</body></html>");
  return chunks;
}

/** Every article page of the stand-in. */
export const PAGES = {
  wire: "/economy/pharma-plant-sumgait/1234",
  syndicated: "/digest/2025/09/joint-drug-plant",
  newspaper: "/business/2025/10/02/textile-exports-azerbaijan",
  related: "/education/scholarships-baku",
  undated: "/opinion/lachin-visits",
  redirect: "/r/ferry",
  moved: "/transport/caspian-ferry-link",
  headlines: "/latest",
  missing: "/no-such-story",
  pdf: "/reports/annual-report.pdf",
  huge: "/huge-page",
  hugeDeclared: "/huge-page-with-length",
} as const;

/** The running stand-in. */
export interface NewsSite {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly port: number;
  /** A server that accepts connections and never answers. */
  readonly silentOrigin: string;
  /** Routes added by a test (e.g. a redirect to a private address). */
  readonly extra: Map<
    string,
    (origin: string) => { status: number; headers: Record<string, string>; body: string }
  >;
  close(): Promise<void>;
}

/** Starts the stand-in on 127.0.0.1 with an ephemeral port. */
export async function startNewsSite(): Promise<NewsSite> {
  const extra: NewsSite["extra"] = new Map();
  const html: Record<string, string> = {
    [PAGES.wire]: wirePage(),
    [PAGES.syndicated]: syndicatedPage(),
    [PAGES.newspaper]: newspaperPage(),
    [PAGES.related]: relatedAndCommentsPage(),
    [PAGES.undated]: undatedPage(),
    [PAGES.moved]: movedPage(),
    [PAGES.headlines]: headlinesOnlyPage(),
  };
  let origin = "";
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const custom = extra.get(path);
    if (custom !== undefined) {
      const { status, headers, body } = custom(origin);
      response.writeHead(status, headers).end(body);
      return;
    }
    const page = html[path];
    if (page !== undefined) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    } else if (path === PAGES.redirect) {
      response.writeHead(302, { location: PAGES.moved }).end();
    } else if (path === PAGES.pdf) {
      response
        .writeHead(200, { "content-type": "application/pdf" })
        .end("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
    } else if (path === PAGES.hugeDeclared) {
      const body = hugePageChunks().join("");
      response.on("error", () => undefined);
      response
        .writeHead(200, { "content-type": "text/html", "content-length": Buffer.byteLength(body) })
        .end(body);
    } else if (path === PAGES.huge) {
      // Chunked, without a length: the cap must hold while reading, not only on the header.
      response.writeHead(200, { "content-type": "text/html" });
      const chunks = hugePageChunks();
      const pump = (): void => {
        while (chunks.length > 0) {
          if (!response.write(chunks.shift())) {
            response.once("drain", pump);
            return;
          }
        }
        response.end();
      };
      response.on("error", () => undefined);
      pump();
    } else {
      response.writeHead(404, { "content-type": "text/html" }).end("<h1>Page not found</h1>");
    }
  });
  const sockets = new Set<Socket>();
  const silent: TcpServer = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const silentAddress = silent.address();
  if (
    address === null ||
    typeof address === "string" ||
    silentAddress === null ||
    typeof silentAddress === "string"
  )
    throw new Error("newsSite: no port");
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    port: address.port,
    silentOrigin: `http://127.0.0.1:${silentAddress.port}`,
    extra,
    async close() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    },
  };
}
