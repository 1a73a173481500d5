#!/usr/bin/env python3
"""make-pages.py -- write tests/platforms/NAME.html and NAME.json: saved
pages of blog and forum platforms the corpus does not have, each with
the platform's own comment markup (see README for the templates they
follow), and the thread as the markup shows it (the truth, in the shape
of the corpus's truth files).

The truth comes from the thread data below, never from quire.  Run it
from the repository root after changing a page; commit its output."""
import html, json, os

OUT = os.path.dirname(os.path.abspath(__file__))
E = html.escape


class C:
    """A comment: author, author URL, shown date, ISO date, paragraphs,
    an optional quotation (text, placed after the first paragraph),
    replies."""
    n = 0

    def __init__(s, author, url, shown, iso, paras, quote=None, replies=()):
        C.n += 1
        s.num = 100 + C.n
        s.author, s.url, s.shown, s.iso = author, url, shown, iso
        s.paras, s.quote, s.replies = paras, quote, list(replies)

    quote_first = False

    def text(s):
        if s.quote and s.quote_first:
            return ' '.join([s.quote] + s.paras)
        parts = [s.paras[0]]
        if s.quote:
            parts.append(s.quote)
        parts += s.paras[1:]
        return ' '.join(parts)


def walk(cs, depth=1):
    for c in cs:
        yield c, depth
        yield from walk(c.replies, depth + 1)


def truth(name, platform, title, cs, notes, idfmt, forum_post=None):
    def one(c, d):
        return {"depth": d, "id": idfmt % c.num if idfmt else None,
                "author": c.author, "date": c.shown,
                "text_start": c.text()[:60],
                "replies": [one(r, d + 1) for r in c.replies]}
    flat = list(walk(cs))
    t = {"name": name, "platform": platform, "title": title,
         "encoding": {"declared": "utf-8", "used": "utf-8"},
         "comment_count": len(flat),
         "max_depth": max((d for _, d in flat), default=0),
         "notes": notes,
         "comments": [one(c, 1) for c in cs]}
    if forum_post:
        t["notes"] += " The first post is the thread's own post, not a comment."
    return t


def page(title, site, head_extra, header, post, comments, sidebar, footer):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(title)} | {E(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/style.css">
{head_extra}
<script>var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</script>
</head>
<body>
{header}
{post}
{comments}
{sidebar}
{footer}
</body>
</html>
"""


POST_PARAS = [
    "I finally got around to writing up the weekend project: a small weather "
    "station on the balcony, logging temperature and humidity every five "
    "minutes to a Raspberry Pi in the living room.",
    "The sensor was the easy part. The enclosure took three attempts, because "
    "direct sun on a plastic box turns any reading into a fever chart.",
    "Next month I want to add a rain gauge and publish the data as a small "
    "public page. Suggestions are welcome below.",
]


def post_html(tag, cls, title, byline, extra=''):
    ps = '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS)
    return (f'<{tag} class="{cls}">\n<h2>{E(title)}</h2>\n{byline}\n'
            f'<div class="entry-body">\n{ps}\n</div>\n{extra}</{tag}>')


def std_header(site):
    return (f'<div id="header"><h1><a href="/">{E(site)}</a></h1>'
            '<p class="description">Notes from a small workshop</p></div>\n'
            '<ul id="nav"><li><a href="/">Home</a></li><li><a href="/archives/">'
            'Archives</a></li><li><a href="/about/">About</a></li></ul>')


def std_sidebar(recent):
    items = '\n'.join(f'<li><a href="/2014/03/other-post.html#c{i}">{E(a)}</a> on '
                      f'<a href="/2014/03/other-post.html">An older post about '
                      f'soldering</a></li>' for i, a in enumerate(recent))
    return (f'<div id="sidebar">\n<div class="widget"><h3>Recent comments</h3>'
            f'<ul>\n{items}\n</ul></div>\n<div class="widget"><h3>Archives</h3>'
            '<ul><li><a href="/2014/03/">March 2014</a></li><li><a href="/2014/02/">'
            'February 2014</a></li></ul></div>\n</div>')


def std_footer(site):
    return (f'<div id="footer"><p>&copy; 2014 {E(site)}. Powered by the '
            'usual suspects. <a href="/imprint">Imprint</a></p></div>')


def paras(c):
    out = [f'<p>{E(c.paras[0])}</p>']
    if c.quote:
        out.append(f'<blockquote><p>{E(c.quote)}</p></blockquote>')
    out += [f'<p>{E(p)}</p>' for p in c.paras[1:]]
    return '\n'.join(out)


def author_link(c, cls=None, attrs=''):
    k = f' class="{cls}"' if cls else ''
    if c.url:
        return f'<a{k} href="{E(c.url)}" rel="nofollow"{attrs}>{E(c.author)}</a>'
    return f'<span{k}{attrs}>{E(c.author)}</span>'


# ---- the threads --------------------------------------------------------

def thread_a():
    """A blog thread: three top-level comments, replies to depth 3."""
    return [
        C("Margaret Holloway", "http://holloway.example.org/", None, None,
          ["What did you use for the radiation shield in the end? I tried "
           "stacked plant saucers and it worked better than I expected.",
           "Also: does the Pi survive the summer in a closed room?"],
          replies=[
              C("Tobias Renner", None, None, None,
                ["Stacked saucers, exactly as you describe, drilled and held "
                 "together with threaded rod. The Pi is indoors, so no trouble."],
                replies=[
                    C("Margaret Holloway", "http://holloway.example.org/", None,
                      None, ["Good to hear. Mine sits in the garage and throttles "
                             "itself every August."]),
                ]),
              C("Ines Kowalczyk", None, None, None,
                ["Saucers are the classic answer. A small fan helps a lot if "
                 "you can get power out there."]),
          ]),
        C("dave_k", None, None, None,
          ["Nice write-up. One thing from experience:"],
          quote="Direct sun on a plastic box turns any reading into a fever chart",
          ),
        C("Sanne de Vries", "https://sannedevries.example.nl/", None, None,
          ["For the rain gauge, a tipping bucket with a reed switch is cheap "
           "and counts reliably. Calibrate it with a measuring jug first."],
          replies=[
              C("Tobias Renner", None, None, None,
                ["Thanks, that is the plan. Do you debounce in software or "
                 "with a capacitor?"],
                replies=[
                    C("Sanne de Vries", "https://sannedevries.example.nl/", None,
                      None, ["Software, a 50 ms window. A capacitor works too, "
                             "but one more part to corrode."]),
                ]),
          ]),
    ]


DATES_EN = [("March 4, 2014 9:12 AM", "2014-03-04T09:12:00Z"),
            ("March 4, 2014 11:40 AM", "2014-03-04T11:40:00Z"),
            ("March 4, 2014 2:05 PM", "2014-03-04T14:05:00Z"),
            ("March 5, 2014 8:30 AM", "2014-03-05T08:30:00Z"),
            ("March 5, 2014 6:47 PM", "2014-03-05T18:47:00Z"),
            ("March 6, 2014 7:02 AM", "2014-03-06T07:02:00Z"),
            ("March 6, 2014 9:15 PM", "2014-03-06T21:15:00Z"),
            ("March 7, 2014 10:00 AM", "2014-03-07T10:00:00Z"),
            ("March 8, 2014 4:44 PM", "2014-03-08T16:44:00Z")]


def dated(cs, fmt=None):
    """Give the comments of a thread their dates, in page order."""
    for i, (c, _) in enumerate(walk(cs)):
        shown, iso = DATES_EN[i % len(DATES_EN)]
        c.shown = fmt(shown, iso) if fmt else shown
        c.iso = iso
    return cs


def write(name, doc, t):
    with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
        f.write(doc)
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write('\n')


def flat(cs):
    """The same comments as a flat list (platforms without threading)."""
    out = []
    for c, _ in walk(cs):
        c2 = C(c.author, c.url, c.shown, c.iso, c.paras, c.quote)
        c2.num = c.num
        out.append(c2)
    return out


# ---- Movable Type (default_templates/comments.mtml, comment_detail.mtml) ----

def movabletype():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = flat(dated(thread_a()))

    def one(c):
        au = (f'<span class="vcard author"><a href="{E(c.url)}">{E(c.author)}</a></span>'
              if c.url else f'<span class="vcard author">{E(c.author)}</span>')
        return f'''<div class="comment" id="comment-{c.num}">
    <div class="inner">
        <div class="comment-header">
            <div class="user-pic">
                <img src="/mt-static/images/default-userpic-90.jpg" width="50" height="50" alt="default userpic" />
            </div>
            <div class="asset-meta">
                <span class="byline">By {au} on <a href="#comment-{c.num}"><abbr class="published" title="{c.iso}">{E(c.shown)}</abbr></a></span>
            </div>
        </div>
        <div class="comment-content">
            {paras(c)}
        </div>
    </div>
</div>'''
    comments = ('<div id="comments" class="comments">\n<h2 class="comments-header">'
                f'{len(cs)} Comments</h2>\n<div id="comments-content" class="comments-content">\n'
                + '\n'.join(one(c) for c in cs) + '\n</div>\n'
                '<div class="comments-open" id="comments-open">\n<h2 class="comments-open-header">'
                'Leave a comment</h2>\n<div class="comments-open-content">\n<div id="comment-greeting"></div>\n'
                '<form method="post" action="/cgi-bin/mt/mt-comments.cgi" name="comments_form" id="comments-form">\n'
                '<div id="comment-form-name"><label for="comment-author">Name</label>\n'
                '<input id="comment-author" name="author" size="30" value="" /></div>\n'
                '<div id="comments-open-text"><label for="comment-text">Comments</label>\n'
                '<textarea id="comment-text" name="text" rows="15" cols="50"></textarea></div>\n'
                '<div id="comments-open-footer"><input type="submit" name="preview_button" value="Preview" />\n'
                '<input type="submit" name="post" value="Submit" /></div>\n</form>\n</div>\n</div>\n</div>')
    post = ('<div id="container"><div id="alpha"><div id="entry-377" class="entry-asset asset hentry">\n'
            f'<div class="asset-header"><h1 id="page-title" class="asset-name entry-title">{E(title)}</h1>\n'
            '<div class="asset-meta"><span class="byline">By <span class="vcard author">'
            '<a class="fn url" href="/about/">Tobias Renner</a></span> on <abbr class="published" '
            'title="2014-03-03T20:15:00+01:00">March 3, 2014 8:15 PM</abbr></span></div></div>\n'
            '<div class="asset-content entry-content"><div class="asset-body">\n'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) +
            '\n</div></div>\n<div class="asset-footer"><div class="entry-categories"><h4>Categories'
            '</h4><ul><li class="entry-category"><a href="/electronics/">Electronics</a></li></ul>'
            '</div></div>\n</div>')
    doc = page(title, site, '<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/rsd.xml" />',
               std_header(site), post, comments + '\n</div></div>',
               std_sidebar(["Kim Larsen", "Petra"]), std_footer(site))
    return "movabletype", doc, truth("movabletype", "movabletype", title, cs,
                                      "Movable Type 4/5 default templates: flat comments, "
                                      "author in span.vcard.author, date in abbr.published.",
                                      "comment-%d")


# ---- Serendipity (styx templates/pure/pcomments.tpl) ------------------------

def serendipity():
    site, title = "Werkbank", "Eine Wetterstation auf dem Balkon"
    cs = dated(thread_a(), lambda s, i: s)
    rows = []
    for c, d in walk(cs):
        au = (f'<a href="{E(c.url)}">{E(c.author)}</a>' if c.url else E(c.author))
        rows.append(f'''<section id="c{c.num}" class="serendipity_comment {"odd" if len(rows) % 2 == 0 else "even"} commentlevel-{d - 1}">
    <h4><img src="/plugin/gravatar/{c.num}" class="comment_avatar" alt="*" /> {au}, on <time datetime="{c.iso}">{E(c.shown)}</time></h4>

    <div class="comment_content">
        {paras(c)}
    </div>
    <a id="serendipity_reply_{c.num}" class="comment_reply" href="#serendipity_CommentForm">Reply</a>
    <div id="serendipity_replyform_{c.num}"></div>
</section>''')
    comments = ('<section id="comments" class="serendipity_section_comments">\n'
                '<h3>Comments</h3>\n<p class="manage_comments"><a href="?linear">Display comments as Linear</a> | Threaded</p>\n'
                + '\n'.join(rows) +
                '\n<a id="feedback"></a>\n<div class="serendipity_section_commentform">\n<h3>Add Comment</h3>\n'
                '<form id="serendipity_comment" action="/comment.php" method="post">\n'
                '<div class="form_field"><label for="serendipity_commentform_name">Name</label>'
                '<input id="serendipity_commentform_name" name="serendipity[name]" type="text" value=""></div>\n'
                '<div class="form_area"><label for="serendipity_commentform_comment">Comment</label>'
                '<textarea id="serendipity_commentform_comment" name="serendipity[comment]" rows="10"></textarea></div>\n'
                '<input id="serendipity_submit" name="serendipity[submit]" type="submit" value="Submit Comment">\n'
                '</form>\n</div>\n</section>')
    post = ('<main id="content">\n<article id="post_12" class="post serendipity_entry">\n'
            f'<header><h2><a href="/archives/12-balkon.html">{E(title)}</a></h2>\n'
            '<p class="post_byline">Posted by <a href="/authors/1-Tobias">Tobias</a> on '
            '<time datetime="2014-03-03T20:15:00+01:00">Monday, March 3. 2014</time></p></header>\n'
            '<div class="post_content">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) +
            '\n</div>\n<footer class="post_info"><span class="post_category">Posted in '
            '<a href="/categories/3-Elektronik">Elektronik</a></span> | <a href="#comments">'
            'Comments (7)</a> | <a href="#trackbacks">Trackbacks (0)</a></footer>\n</article>')
    doc = page(title, site, '<meta name="generator" content="Serendipity Styx Edition">',
               '<header id="banner"><h1><a href="/">Werkbank</a></h1></header>\n'
               '<nav id="primary-nav"><ul><li><a href="/">Home</a></li><li><a href="/archive">Archive</a></li></ul></nav>',
               post, comments + '\n</main>',
               '<aside id="sidebar_right" class="sidebar"><section class="sidebar_plugin serendipity_plugin_comments">'
               '<h3>Last comments</h3><div class="plugin_comment_wrap"><a href="/archives/11#c90">Petra</a> about '
               '<a href="/archives/11">Solder fumes</a><div class="plugin_comment_body">Thanks for the tip about the '
               'fan!</div></div></section></aside>',
               std_footer(site))
    return "serendipity", doc, truth("serendipity", "serendipity", title, cs,
                                      "Serendipity (s9y) 'pure' theme: threaded comments drawn "
                                      "as a flat list of sections with commentlevel-N classes "
                                      "counting from 0.", "c%d")


# ---- Plone (plone.app.discussion browser/comments.pt) -----------------------

def plone():
    site, title = "Institute News", "Balcony weather station workshop"
    cs = dated(thread_a(), lambda s, i: i[5:7] + "/" + i[8:10] + "/" + i[:4] + " " + i[11:16])
    rows = []
    for c, d in walk(cs):
        au = (f'<a href="{E(c.url)}">{E(c.author)}</a>' if c.url else E(c.author))
        rows.append(f'''<div class="comment replyTreeLevel{d - 1} state-published" id="{c.num}">
    <div class="commentImage">
        <img src="/defaultUser.png" alt="{E(c.author)}" class="defaultuserimg" height="32" />
    </div>
    <div class="documentByLine">
        {au}
        says:
        <div class="commentDate">{E(c.shown)}</div>
    </div>
    <div class="commentBody">
        {paras(c)}
        <div class="commentActions"></div>
    </div>
    <button class="context reply-to-comment-button hide allowMultiSubmit">Reply</button>
</div>''')
    comments = ('<div class="discussion showCommenterImage">\n' + '\n'.join(rows) + '\n</div>\n'
                '<div id="commenting" class="reply"><fieldset><legend>Add comment</legend>\n'
                '<p>You can add a comment by filling out the form below. Plain text formatting.</p>\n'
                '<form action="/news/workshop/@@comment" method="post"><textarea name="form.widgets.text"></textarea>'
                '<input type="submit" name="form.buttons.comment" value="Comment" /></form></fieldset></div>')
    post = ('<div id="portal-columns"><div id="portal-column-content">\n<div id="content">\n'
            f'<h1 class="documentFirstHeading">{E(title)}</h1>\n'
            '<div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">by '
            '<a href="/author/trenner">Tobias Renner</a></span> &mdash; <span class="documentPublished">'
            'published 03/03/2014 20:15</span></div>\n<div class="documentDescription">A report from the '
            'spring workshop.</div>\n<div id="content-core"><div id="parent-fieldname-text">\n'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div></div>\n'
            '<div class="viewlet viewlet-below-content">')
    doc = page(title, site, '<meta name="generator" content="Plone - http://plone.com" />',
               '<div id="portal-header"><a id="portal-logo" href="/">Institute</a>\n'
               '<ul id="portal-globalnav"><li id="portaltab-index_html"><a href="/">Home</a></li>'
               '<li id="portaltab-news"><a href="/news">News</a></li></ul>\n'
               '<div id="portal-breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a></div></div>',
               post, comments + '\n</div>\n</div></div>',
               '<aside id="portal-column-two"><div class="portletWrapper"><dl class="portlet portletNews">'
               '<dt class="portletHeader">News</dt><dd class="portletItem"><a href="/news/spring">Spring '
               'programme published</a></dd></dl></div></aside></div>',
               '<div id="portal-footer">Plone&reg; and the Plone logo are registered trademarks.</div>')
    return "plone", doc, truth("plone", "plone", title, cs,
                                "Plone (plone.app.discussion): threaded comments as flat "
                                "div.comment siblings with replyTreeLevelN classes from 0.",
                                "%d")


# ---- b2evolution (skins/basic/_item_comment.inc.php) ------------------------

def b2evolution():
    site, title = "Tinkerer's log", "A weather station on the balcony"
    cs = flat(dated(thread_a(), lambda s, i: i[:10].replace('-', '/') + " @ " + i[11:16]))
    rows = []
    for c in cs:
        au = (f'<a href="{E(c.url)}" rel="nofollow" class="nofollow">{E(c.author)}</a> &middot; '
              f'<a href="{E(c.url)}" rel="nofollow" class="nofollow">{E(c.url.split("/")[2])}</a>'
              if c.url else f'<span class="user anonymous" rel="bubbletip_comment_{c.num}">{E(c.author)}</span>')
        d, t = c.shown.split(" @ ")
        rows.append(f'''<!-- ========== START of a COMMENT/TB/PB ========== -->
<a id="c{c.num}"></a>
<div class="bComment">
<h5>
Comment from: {au}
</h5>
<blockquote>
	<small>{d} @ {t}</small>
	<div>{paras(c)}</div>
	<a href="/index.php/2014/03/03/balcony?reply_ID={c.num}&amp;redir=no#c_form" class="comment_reply" rel="{c.num}">Reply to this comment</a>
</blockquote>
</div>
<!-- ========== END of a COMMENT/TB/PB ========== -->''')
    comments = ('<a id="feedbacks"></a>\n<h4>Comments:</h4>\n' + '\n'.join(rows) +
                '\n<h4>Leave a comment:</h4>\n<form action="/htsrv/comment_post.php" method="post" id="bComment_form_id_12">'
                '<fieldset><label for="g">Name</label><input type="text" name="g" id="g" value="" /></fieldset>'
                '<fieldset><label for="p">Comment text</label><textarea name="p" id="p" rows="10"></textarea></fieldset>'
                '<input type="submit" name="submit_comment_post_12[save]" value="Send comment" /></form>')
    post = ('<div class="bPosts">\n<div class="bPost bPost12" lang="en">\n'
            '<div class="bSmallHead"><a href="/index.php/2014/03/03/balcony" title="Permanent link to full entry">'
            'permalink</a> 03/03/14 @ 20:15 by <span class="user">tobias</span> &middot; Categories: '
            f'<a href="/index.php/electronics">Electronics</a></div>\n<h3 class="bTitle">{E(title)}</h3>\n'
            '<div class="bText">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) +
            '\n</div>\n<div class="bSmallPrint"><a href="#comments" title="Display feedback">7 comments</a></div>\n')
    doc = page(title, site, '<meta name="generator" content="b2evolution 6.11.7-stable" />',
               '<div class="pageHeader"><h1 id="pageTitle"><a href="/">Tinkerer\'s log</a></h1>'
               '<div class="pageSubTitle">Small things made at home</div></div>\n'
               '<div class="top_menu"><ul><li><a href="/index.php/?disp=arcdir">Archives</a></li>'
               '<li><a href="/index.php/?disp=catdir">Categories</a></li></ul></div>',
               post, comments + '\n</div>\n</div>',
               '<div class="bSideBar"><div class="bSideItem widget_core_coll_comment_list"><h3>Recent comments</h3>'
               '<ul><li><a href="/index.php/2014/02/20/fumes#c40">Petra</a> on Solder fumes</li></ul></div></div>',
               '<div id="pageFooter"><p class="baseline">powered by <a href="http://b2evolution.net/">b2evolution</a></p></div>')
    return "b2evolution", doc, truth("b2evolution", "b2evolution", title, cs,
                                      "b2evolution 'basic' skin: flat div.bComment, author "
                                      "after 'Comment from:' in h5, date in small, an empty "
                                      "anchor a#cN before each comment.", "c%d")


# ---- Dotclear (inc/public/default-templates/dotty/_entry-feedback.html) -----

def dotclear():
    site, title = "Carnet d'atelier", "Une station météo sur le balcon"
    cs = flat(dated(thread_a(), lambda s, i: i[8:10] + "/" + i[5:7] + "/" + i[:4] + ", " + i[11:16]))
    rows = []
    for k, c in enumerate(cs, 1):
        au = (f'<a href="{E(c.url)}" rel="nofollow">{E(c.author)}</a>' if c.url else E(c.author))
        rows.append(f'''<li id="c{c.num}" class="comment {"odd" if k % 2 else "even"} {"first" if k == 1 else ""}">
	<p class="comment-info"><a href="#c{c.num}" class="comment-number">{k}.</a>
		From {au} - <time datetime="{c.iso}">{E(c.shown)}</time>
	</p>
	<div class="comment-content">
		{paras(c)}
	</div>
</li>''')
    comments = ('<section class="post-feedback">\n<div class="feedback__comments" id="comments">\n'
                f'<h3>{len(cs)} reactions</h3>\n<p id="comments-feed"><a class="feed" href="/feed/atom/comments/12">'
                'This post\'s comments feed</a></p>\n<ul class="comments-list">\n' + '\n'.join(rows) +
                '\n</ul>\n</div>\n<form class="comment-form" action="/post/2014/03/03/station#pr" method="post" id="comment-form">'
                '<h3>Add a comment</h3><p class="field name-field"><label for="c_name">Name or nickname</label>'
                '<input name="c_name" id="c_name" type="text" size="30" /></p><p class="field field-content">'
                '<label for="c_content">Comment</label><textarea name="c_content" id="c_content" cols="35" rows="7">'
                '</textarea></p><p class="form-help">Comments can be formatted using a simple wiki syntax.</p>'
                '<p class="buttons"><button type="submit" class="preview" name="preview">Preview</button></p></form>\n'
                '</section>')
    post = ('<div id="wrapper"><div id="main" role="main"><div id="content">\n<article id="p12" class="post" role="article">\n'
            f'<header><h2 class="post-title">{E(title)}</h2>\n<p class="post-info">By Tobias, '
            '<time datetime="2014-03-03T20:15:00+01:00">Monday 3 March 2014, 20:15</time> - '
            '<a href="/category/Electronique">Électronique</a></p></header>\n<div class="post-content">\n'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>\n</article>\n')
    doc = page(title, site, '<meta name="generator" content="Dotclear">',
               '<header id="top" role="banner"><h1><span><a href="/">Carnet d\'atelier</a></span></h1>'
               '<p id="blogdesc">Petits montages</p></header>\n<nav class="header__nav"><ul class="simple-menu">'
               '<li><a href="/">Home</a></li><li><a href="/archive">Archives</a></li></ul></nav>',
               post, comments + '\n</div></div>',
               '<div id="sidebar" role="complementary"><div id="blognav"><div class="widget lastcomments">'
               '<h2>Last comments</h2><ul><li><a href="/post/2014/02/20/fumes#c40">Petra - Merci !</a></li></ul>'
               '</div></div></div></div>',
               '<footer id="footer" role="contentinfo"><p>Powered by <a href="https://dotclear.org/">Dotclear</a></p></footer>')
    return "dotclear", doc, truth("dotclear", "dotclear", title, cs,
                                   "Dotclear 'dotty' theme: flat li.comment, author after "
                                   "'From' in p.comment-info, <time datetime>.", "c%d")


# ---- Isso, as a saved page holds it (isso/js/app/templates/comment.js) ------

def isso():
    site, title = "static thoughts", "A weather station on the balcony"
    cs = dated(thread_a())

    def one(c):
        au = (f"<a class='isso-author' href='{E(c.url)}' rel='nofollow'>{E(c.author)}</a>"
              if c.url else f"<span class='isso-author'>{E(c.author)}</span>")
        kids = ''.join(one(r) for r in c.replies)
        return (f"<div class='isso-comment' id='isso-{c.num}' data-hash='a{c.num}f3'>"
                "<div class='isso-avatar'><svg data-hash='a1f3'></svg></div>"
                "<div class='isso-text-wrapper'><div class='isso-comment-header'>"
                f"{au}<span class='isso-spacer'>&bull;</span>"
                f"<a class='isso-permalink' href='#isso-{c.num}'><time title='{E(c.shown)}' "
                f"datetime='{c.iso}'>{E(c.shown)}</time></a><span class='isso-note'></span></div>"
                f"<div class='isso-text'>{paras(c)}</div>"
                "<div class='isso-comment-footer'><a class='isso-upvote' href='#'><svg></svg></a>"
                "<span class='isso-spacer'>|</span><a class='isso-downvote' href='#'><svg></svg></a>"
                "<a class='isso-reply' href='#'>Reply</a></div></div>"
                f"<div class='isso-follow-up'>{kids}</div></div>\n")
    comments = ('<section id="isso-thread" data-title="' + E(title) + '"><h4>7 Comments</h4>'
                "<div class='isso-postbox'><div class='isso-form-wrapper'><div class='isso-textarea-wrapper'>"
                "<div class='isso-textarea isso-placeholder' contenteditable='true'>Type Comment Here (at least 3 chars)</div>"
                "</div><section class='isso-auth-section'><p class='isso-input-wrapper'><label>Name</label>"
                "<input type='text' name='author' placeholder='John Doe'/></p><p class='isso-post-action'>"
                "<input type='submit' value='Submit'/></p></section></div></div>"
                "<div id='isso-root'>" + ''.join(one(c) for c in cs) + "</div></section>")
    post = ('<main class="main"><article class="post">\n<header class="post-header">'
            f'<h1 class="post-title">{E(title)}</h1>\n<div class="post-meta"><time datetime="2014-03-03">'
            'March 3, 2014</time> · 4 min read · Tobias</div></header>\n<div class="post-content">\n'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>\n<footer class="post-footer">'
            '<ul class="post-tags"><li><a href="/tags/electronics/">electronics</a></li></ul>'
            '<nav class="paginav"><a class="prev" href="/posts/solder/">« Solder fumes</a></nav></footer>\n'
            '</article>\n')
    doc = page(title, site, '<meta name="generator" content="Hugo 0.92.0">'
               '<script data-isso="/isso/" src="/isso/js/embed.min.js"></script>',
               '<header class="header"><nav class="nav"><div class="logo"><a href="/">static thoughts</a></div>'
               '<ul id="menu"><li><a href="/archives/">Archive</a></li><li><a href="/tags/">Tags</a></li></ul>'
               '</nav></header>', post, comments + '\n</main>', '',
               '<footer class="footer"><span>&copy; 2014 static thoughts</span> · <span>Powered by '
               '<a href="https://gohugo.io/">Hugo</a></span></footer>')
    return "isso", doc, truth("isso", "isso", title, cs,
                               "A Hugo blog with Isso comments as the browser drew them: "
                               "div.isso-comment, replies inside div.isso-follow-up.",
                               "isso-%d")


# ---- django-comments-xtd (templates/django_comments_xtd/comment_tree.html) --

def djangoxtd():
    site, title = "Lab notebook", "A weather station on the balcony"
    months = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
              "Sept.", "Oct.", "Nov.", "Dec."]

    def dj(s, i):
        h, m = int(i[11:13]), i[14:16]
        return (f"{months[int(i[5:7]) - 1]} {int(i[8:10])}, {i[:4]}, "
                f"{h % 12 or 12}:{m} {'a.m.' if h < 12 else 'p.m.'}")
    cs = dated(thread_a(), dj)

    def one(c, top):
        au = (f'<a href="{E(c.url)}" target="_new">{E(c.author)}</a>' if c.url else E(c.author))
        kids = ''
        if c.replies:
            kids = ('\n    <div class="media">\n' + ''.join(one(r, False) for r in c.replies) +
                    '    </div>')
        tag = 'li' if top else 'div'
        return f'''<{tag} class="media">
  <a name="c{c.num}"></a>
  <div class="media-left"><img src="//www.gravatar.com/avatar/{c.num}?s=48&amp;d=identicon" height="48" width="48"></div>
  <div class="media-body">
    <div class="comment">
      <h6 class="media-heading">
        {E(c.shown)}&nbsp;-&nbsp;{au}&nbsp;&nbsp;<a class="permalink" title="comment permalink" href="/comments/cr/8/12/#c{c.num}">¶</a>
        <div class="pull-right">
          <a class="mutedlink" href="/comments/flag/{c.num}/"><span class="glyphicon glyphicon-flag" title="flag comment"></span></a>
        </div>
      </h6>
      {paras(c)}
      <p><a class="small mutedlink" href="/comments/reply/{c.num}/">Reply</a></p>
    </div>{kids}
  </div>
</{tag}>
'''
    comments = ('<div class="comments">\n<h5 class="text-center">7 comments have been posted.</h5>\n'
                '<ul class="media-list" id="comments">\n' + ''.join(one(c, True) for c in cs) +
                '</ul>\n<div class="well"><h4 class="text-center">Post your comment</h4>\n'
                '<form method="POST" action="/comments/post/" class="form-horizontal">'
                '<textarea name="comment" class="form-control" rows="4"></textarea>'
                '<input type="text" name="name" class="form-control" placeholder="name">'
                '<input type="submit" name="post" value="send" class="btn btn-primary" /></form></div>\n</div>')
    post = ('<div class="container"><div class="row"><div class="col-md-8">\n<div class="blog-post">\n'
            f'<h3 class="text-center">{E(title)}</h3>\n<p class="date text-center">March 3, 2014</p>\n'
            '<div class="post-body">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) +
            '\n</div>\n</div>\n')
    doc = page(title, site, '',
               '<nav class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/">'
               'Lab notebook</a><ul class="nav navbar-nav"><li><a href="/blog/">Blog</a></li>'
               '<li><a href="/about/">About</a></li></ul></div></nav>',
               post, comments + '\n</div>',
               '<div class="col-md-4"><div class="panel panel-default"><div class="panel-heading">'
               'Latest posts</div><ul class="list-group"><li class="list-group-item"><a href="/blog/solder/">'
               'Solder fumes</a></li></ul></div></div></div></div>',
               '<footer class="footer"><div class="container"><p class="text-muted">Lab notebook, '
               'made with Django</p></div></footer>')
    return "djangoxtd", doc, truth("djangoxtd", "django-comments-xtd", title, cs,
                                    "django-comments-xtd (Bootstrap media list): the comment is "
                                    "div.comment, its replies a div.media beside it in the "
                                    "parent's media-body; no element for the author without a URL.",
                                    None)


# ---- Discuz! X3 (template/default/forum/viewthread_node.htm) ----------------

def discuz():
    site, title = "Maker Forum", "阳台气象站 / balcony weather station"
    op = C("tobias", None, None, None, POST_PARAS[:2])
    posts = [
        C("holloway", None, None, None,
          ["What did you use for the radiation shield? Stacked plant saucers "
           "worked better than I expected here."]),
        C("小王", None, None, None,
          ["Nice build. Which sensor is it, the DHT22 or the BME280? The "
           "DHT22 drifted badly for me after one winter."]),
        C("tobias", None, None, None,
          ["It is a BME280 on a short I2C cable."],
          quote="小王 发表于 2015-3-4 11:40 Nice build. Which sensor is it, the DHT22 or the BME280?"),
        C("sanne", None, None, None,
          ["For the rain gauge, a tipping bucket with a reed switch is cheap "
           "and counts reliably."]),
        C("dave_k", None, None, None,
          ["Bookmarked. Please post the logging script when it is tidy."]),
    ]
    stamps = ["2015-3-4 09:12", "2015-3-4 10:05", "2015-3-4 11:40", "2015-3-4 13:02",
              "2015-3-5 08:30", "2015-3-5 21:17"]
    allp = [op] + posts
    for p, s in zip(allp, stamps):
        p.shown = s
    posts[2].quote_first = True
    rows = []
    for k, p in enumerate(allp, 1):
        pid = 5000 + k
        if p.quote:
            body = (f'<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=5003&amp;ptid=77" target="_blank">'
                    f'<font color="#999999">{E(p.quote[:21])}</font></a></font><br />{E(p.quote[22:])}</blockquote></div><br />'
                    + '<br />\r\n'.join(E(x) for x in p.paras))
        else:
            body = '<br />\r\n'.join(E(x) for x in p.paras)
        rows.append(f'''<div id="post_{pid}" >
<table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2">
<div id="favatar{pid}" class="pls favatar">
<div class="pi">
<div class="authi"><a href="home.php?mod=space&amp;uid={pid}" target="_blank" class="xw1">{E(p.author)}</a>
</div>
</div>
<div><div class="avatar"><a href="home.php?mod=space&amp;uid={pid}" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid={pid}&amp;size=middle" /></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid={pid}&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">12</a></p>主题</th><th><p><a href="home.php?mod=space&amp;uid={pid}&amp;do=thread&amp;type=reply&amp;view=me&amp;from=space" class="xi2">87</a></p>帖子</th><td><p><a href="home.php?mod=space&amp;uid={pid}&amp;do=profile" class="xi2">301</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=12" target="_blank">中级会员</a></em></p>
</div>
</td>
<td class="plc">
<div class="pi">
<strong>
<a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=77&amp;pid={pid}" id="postnum{pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">
{"楼主" if k == 1 else f"<em>{k}</em><sup>#</sup>"}</a>
</strong>
<div class="pti">
<div class="pdbt">
</div>
<div class="authi">
<img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" />
<em id="authorposton{pid}">发表于 {p.shown}</em>
<span class="pipe">|</span>
<a href="forum.php?mod=viewthread&amp;tid=77&amp;page=1&amp;authorid={pid}" rel="nofollow">只看该作者</a>
</div>
</div>
</div><div class="pct"><style type="text/css">.pcb{{margin-right:0}}</style><div class="pcb">
<div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{body}</td></tr></table>
</div>
</div>
</div>
</td></tr>
<tr><td class="plc plm"></td></tr>
<tr><td class="pls"></td><td class="plc" style="overflow:visible;">
<div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=77&amp;repquote={pid}&amp;extra=&amp;page=1" onclick="showWindow('reply', this.href)">回复</a></em><p><a href="javascript:;" id="mgc_post_{pid}" onmouseover="showMenu(this.id)" class="showmenu">使用道具</a><a href="javascript:;" onclick="showWindow('miscreport{pid}', 'misc.php?mod=report&rtype=post&rid={pid}&tid=77&fid=2', 'get', -1);return false;">举报</a></p></div></div>
</td></tr>
</table>
</div><!-- [diy=diyfastposttop] -->''')
    doc = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{E(title)} - 硬件交流 - {E(site)} -  Powered by Discuz!</title>
<meta name="generator" content="Discuz! X3.2" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./" >设为首页</a><a href="javascript:;">收藏本站</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{E(site)}"><img src="static/image/common/logo.png" alt="{E(site)}" border="0" /></a></h2></div>
<div id="nv"><ul><li id="mn_portal" ><a href="portal.php" hidefocus="true" title="Portal">门户</a></li><li class="a" id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS">论坛</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{E(site)}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&amp;fid=2">硬件交流</a> <em>&rsaquo;</em> <a href="forum.php?mod=viewthread&amp;tid=77">{E(title)}</a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum.php?mod=forumdisplay&amp;fid=2">返回列表</a></span></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">1532</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">5</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{E(title)}</span></h1></td></tr></table>
{chr(10).join(rows)}
<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>
<div class="pgs mtm mbm cl"><span class="pgb y"><a href="forum.php?mod=forumdisplay&amp;fid=2">返回列表</a></span></div>
<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=77&amp;extra=&amp;replysubmit=yes"><table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><textarea rows="6" cols="80" name="message" id="fastpostmessage"></textarea><button type="submit" name="replysubmit" id="fastpostsubmit" value="replysubmit">发表回复</button></td></tr></table></form></div>
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a></p></div><div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.2</em></p><p class="xs0">GMT+8, 2015-3-6 10:00</p></div></div>
</body>
</html>
'''
    return "discuz", doc, truth("discuz", "discuz", title, posts,
                                 "Discuz! X3 thread: every post a table.plhin in div#post_N, "
                                 "author in div.authi > a.xw1, date 'Y-n-j H:i' after 发表于, "
                                 "text in td.t_f; a reply quoting another post.",
                                 "pid%d", forum_post=True) | {"comments": [
                                     {"depth": 1, "id": "pid%d" % (5002 + i), "author": p.author,
                                      "date": p.shown, "text_start": p.text()[:60], "replies": []}
                                     for i, p in enumerate(posts)]}


# ---- NodeBB (themes' partials/topic/post.tpl, as served and saved) -----------

def nodebb():
    site, title = "Makers Community", "Balcony weather station: build log"
    op = C("tobias", None, None, None, POST_PARAS[:2])
    posts = [C(c.author.split()[0].lower(), None, None, None, c.paras, c.quote)
             for c, _ in walk(thread_a())][:6]
    allp = dated([op] + posts)
    rows = []
    for k, p in enumerate(allp):
        rows.append(f'''<li component="post" class="{"topic-owner-post" if p.author == "tobias" else ""}" data-index="{k}" data-pid="{p.num}" data-uid="{p.num + 7}" data-timestamp="1393924320000" data-username="{E(p.author)}" data-userslug="{E(p.author)}" itemscope itemtype="http://schema.org/Comment">
	<a component="post/anchor" data-index="{k}" id="{k + 1}"></a>
	<meta itemprop="datePublished" content="{p.iso}">
	<meta itemprop="dateModified" content="">
	<div class="clearfix post-header">
		<div class="icon pull-left">
			<a href="/user/{E(p.author)}"><span title="{E(p.author)}" class="user-icon" style="background-color: #e91e63;">{E(p.author[0].upper())}</span><i component="user/status" class="fa fa-circle status offline" title="Offline"></i></a>
		</div>
		<small class="pull-left">
			<strong><a href="/user/{E(p.author)}" itemprop="author" data-username="{E(p.author)}" data-uid="{p.num + 7}">{E(p.author)}</a></strong>
			<span class="visible-xs-inline-block visible-sm-inline-block visible-md-inline-block visible-lg-inline-block">
				<a class="permalink" href="/post/{p.num}"><span class="timeago" title="{p.iso}"></span></a>
				<i component="post/edit-indicator" class="fa fa-pencil-square edit-icon hidden"></i>
			</span>
			<span class="bookmarked"><i class="fa fa-bookmark-o"></i></span>
		</small>
	</div>
	<br />
	<div class="content" component="post/content" itemprop="text">
		{paras(p)}
	</div>
	<div class="post-footer">
		<div class="clearfix">
			<small class="pull-right">
				<span class="post-tools">
					<a component="post/reply" href="#" class="no-select">Reply</a>
					<a component="post/quote" href="#" class="no-select">Quote</a>
				</span>
				<span class="votes">
					<a component="post/upvote" href="#" class=""><i class="fa fa-chevron-up"></i></a>
					<span component="post/vote-count" data-votes="0">0</span>
					<a component="post/downvote" href="#" class=""><i class="fa fa-chevron-down"></i></a>
				</span>
			</small>
		</div>
	</div>
	<hr />
</li>''')
    doc = page(title, site,
               '<meta property="og:type" content="article" /><meta name="title" content="' + E(title) + '" />',
               '<nav class="navbar navbar-default navbar-fixed-top header" id="header-menu" component="navbar">'
               '<div class="container"><div class="navbar-header"><a href="/"><span class="forum-title">'
               'Makers Community</span></a></div><ul id="main-nav" class="nav navbar-nav"><li><a href="/categories">'
               'Categories</a></li><li><a href="/recent">Recent</a></li></ul></div></nav>',
               '<div class="container" id="content" role="main">\n<ol class="breadcrumb" itemscope="itemscope" '
               'itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList"><li><a href="/"><span>Home</span>'
               '</a></li><li><a href="/category/4/hardware"><span>Hardware</span></a></li><li component="breadcrumb/current">'
               f'<span>{E(title)}</span></li></ol>\n<div data-widget-area="header"></div>\n<div class="row">'
               '<div class="topic col-lg-12">\n<h1 component="post/header" class="" itemprop="name">'
               f'<span class="topic-title" component="topic/title">{E(title)}</span></h1>\n'
               '<ul component="topic" class="posts" data-tid="77">\n' + '\n'.join(rows) + '\n</ul>\n'
               '<div component="topic/quickreply/container" class="clearfix quick-reply"><form method="post" '
               'action="/compose"><textarea name="content" component="topic/quickreply/text" class="form-control"'
               ' rows="5"></textarea><button type="submit" component="topic/quickreply/button" class="btn btn-primary">'
               'Post quick reply</button></form></div>\n</div></div>\n</div>', '', '',
               '<footer id="footer" class="container footer"><div class="copyright">Powered by '
               '<a target="_blank" href="https://nodebb.org">NodeBB</a></div></footer>')
    return "nodebb", doc, {
        **truth("nodebb", "nodebb", title, [], "NodeBB topic page: li[component=post] with "
                "schema.org Comment microdata; the first post is the topic's own post; dates only "
                "in meta itemprop and span.timeago title.", None, forum_post=True),
        "comment_count": len(posts), "max_depth": 1,
        "comments": [{"depth": 1, "id": None, "author": p.author, "date": p.iso,
                      "text_start": p.text()[:60], "replies": []} for p in posts]}


# ---- JComments for Joomla (tpl/default/tpl_tree.php, tpl_comment.php) -------

def jcomments():
    site, title = "Werkstatt Blog", "Eine Wetterstation auf dem Balkon"
    cs = dated(thread_a(), lambda s, i: i[8:10] + "." + i[5:7] + "." + i[:4] + " " + i[11:16])

    def one(c, lvl):
        au = (f'<a class="author-homepage-1" href="{E(c.url)}" rel="nofollow" title="{E(c.author)}">{E(c.author)}</a>'
              if c.url else E(c.author))
        item = f'''<div class="{"odd" if c.num % 2 else "even"}" id="comment-item-{c.num}"><div class="rbox"><div class="rbox_tr"><div class="rbox_tl"><div class="rbox_t">&nbsp;</div></div></div><div class="rbox_m">
<div class="comment-avatar"><img src="/components/com_jcomments/images/no_avatar.png" alt="" /></div>
<div class="comment-box avatar-indent">
<a class="comment-anchor" href="/blog/wetterstation#comment-{c.num}" id="comment-{c.num}">#{c.num - 100}</a>
<span class="comment-author">{au}</span>
<span class="comment-date">{E(c.shown)}</span>
<div class="comment-body" id="comment-body-{c.num}">{paras(c)}</div>
<span class="comments-buttons"><a href="#" onclick="jcomments.showReply({c.num}); return false;">Antworten</a> | <a href="#" onclick="jcomments.showReply({c.num},1); return false;">Antworten mit Zitat</a> | <a href="#" onclick="jcomments.quoteComment({c.num}); return false;">Zitieren</a></span>
</div><div class="clear"></div>
</div><div class="rbox_br"><div class="rbox_bl"><div class="rbox_b">&nbsp;</div></div></div></div>
</div>'''
        if c.replies:
            item += (f'\n<div class="comments-list" id="comments-list-{c.num}">\n'
                     + '\n'.join(one(r, lvl + 1) for r in c.replies) + '\n</div>')
        return item
    comments = ('<div id="jc">\n<div id="comments"><h4>Kommentare <a class="rss" href="/component/jcomments/feed/'
                'com_content/12" title="RSS-Feed für Kommentare zu diesem Beitrag" target="_blank">&nbsp;</a> '
                '<a class="refresh" href="#" title="Kommentare aktualisieren" onclick="jcomments.showPage(12,'
                '\'com_content\',0);return false;">&nbsp;</a></h4>\n<div class="comments-list" id="comments-list-0">\n'
                + '\n'.join(one(c, 0) for c in cs) + '\n</div>\n<div id="comments-list-footer"><a class="refresh" '
                'href="#">Kommentarliste aktualisieren</a></div>\n</div>\n<a id="addcomments" href="#addcomments"></a>\n'
                '<form id="comments-form" name="comments-form" action="javascript:void(null);"><h4>Kommentar schreiben'
                '</h4><p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22"'
                ' tabindex="1" /><label for="comments-form-name">Name (Pflichtfeld)</label></span></p><p><span>'
                '<textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea>'
                '</span></p><div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div>'
                '<a href="#" tabindex="7" onclick="jcomments.saveComment(); return false;" title="Senden (Strg+Enter)">'
                'Senden</a></div></div></div></form>\n<div id="comments-footer" align="center"><a href="http://www.'
                'joomlatune.ru" title="JComments" target="_blank">JComments</a></div>\n</div>')
    post = ('<div id="main"><div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
            f'<div class="page-header"><h2 itemprop="headline">{E(title)}</h2></div>\n'
            '<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby" '
            'itemprop="author"><span itemprop="name">Tobias Renner</span></dd><dd class="published"><time '
            'datetime="2014-03-03T20:15:00+01:00" itemprop="datePublished">03. März 2014</time></dd></dl>\n'
            '<div itemprop="articleBody">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>\n'
            '<ul class="pager pagenav"><li class="previous"><a href="/blog/loeten">&lt; Zurück</a></li></ul>\n')
    doc = page(title, site, '<meta name="generator" content="Joomla! - Open Source Content Management" />',
               '<header class="header" role="banner"><a class="brand pull-left" href="/"><span class="site-title">'
               'Werkstatt Blog</span></a></header>\n<nav class="navigation" role="navigation"><ul class="nav menu">'
               '<li class="item-101 current active"><a href="/">Home</a></li><li class="item-102"><a href="/blog">Blog'
               '</a></li></ul></nav>', post, comments + '\n</div></div>',
               '<div id="aside" class="span3"><div class="moduletable"><h3>Neueste Kommentare</h3><ul class="jclist">'
               '<li><span class="author">Petra</span> <a href="/blog/loeten#comment-40">Danke für den Tipp!</a></li>'
               '</ul></div></div>',
               '<footer class="footer" role="contentinfo"><p class="pull-right"><a href="#top" id="back-top">Back to '
               'Top</a></p><p>&copy; 2014 Werkstatt Blog</p></footer>')
    return "jcomments", doc, truth("jcomments", "jcomments", title, cs,
                                    "Joomla with JComments (tree mode): div#comment-item-N, its "
                                    "replies in a div.comments-list placed after it, not inside.",
                                    "comment-item-%d")


# ---- Commento, as a saved page holds it (frontend/js/commento.js) ----------

def commento():
    site, title = "notes.example", "A weather station on the balcony"
    cs = dated(thread_a())

    def one(c):
        au = (f'<a class="commento-name" href="{E(c.url)}" rel="nofollow">{E(c.author)}</a>'
              if c.url else f'<div class="commento-name">{E(c.author)}</div>')
        kids = ''.join(one(r) for r in c.replies)
        return (f'<div id="commento-card-{c.num}" class="commento-card" style="border-left: 2px solid #f44336">'
                f'<div id="commento-header-{c.num}" class="commento-header">'
                f'<div class="commento-avatar" style="background: #f44336">{E(c.author[0])}</div>'
                f'<div id="commento-name-{c.num}" class="commento-name-wrapper">{au}'
                f'<div class="commento-subtitle"><div class="commento-timeago" title="{E(c.iso)}">{E(c.shown)}</div>'
                f'<div class="commento-score">0 points</div></div></div></div>'
                f'<div id="commento-contents-{c.num}" class="commento-contents">'
                f'<div id="commento-body-{c.num}" class="commento-body">{paras(c)}</div>'
                f'<div class="commento-options commento-options-clearfix"><button title="Reply" '
                f'class="commento-option-button commento-option-reply"></button><button title="Upvote" '
                f'class="commento-option-button commento-option-upvote"></button></div>'
                f'<div id="commento-children-{c.num}" class="commento-body commento-children">{kids}</div>'
                '</div></div>')
    comments = ('<div id="commento" class="commento-root"><div class="commento-main-area" id="commento-main-area">'
                '<div class="commento-login"><div class="commento-login-text">Login</div></div>'
                '<div class="commento-round-check"></div><div class="commento-button-margin">'
                '<div class="commento-textarea-container"><textarea placeholder="Add a comment"></textarea></div>'
                '<button class="commento-button commento-submit-button">Add Comment</button></div>'
                '<div class="commento-sort-policy-buttons-container"><div class="commento-sort-policy-buttons">'
                '<a class="commento-sort-policy-button commento-sort-policy-button-selected">Upvotes</a>'
                '<a class="commento-sort-policy-button">Newest</a></div></div>'
                '<div id="commento-comments-area" class="commento-comments">' + ''.join(one(c) for c in cs) +
                '</div></div><div class="commento-footer"><div class="commento-logo-container">'
                '<a class="commento-logo-text" href="https://commento.io">Commento</a></div></div></div>')
    post = ('<div class="site-wrapper"><main id="site-main" class="site-main outer"><div class="inner">\n'
            '<article class="post-full post">\n<header class="post-full-header"><section class="post-full-meta">'
            '<time class="post-full-meta-date" datetime="2014-03-03">3 March 2014</time></section>\n'
            f'<h1 class="post-full-title">{E(title)}</h1></header>\n<section class="post-full-content">'
            '<div class="post-content">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>'
            '</section>\n<section class="post-full-comments">')
    doc = page(title, site, '<meta name="generator" content="Ghost 3.2" />',
               '<header class="site-header outer"><div class="inner"><nav class="site-nav"><div class="site-nav-left">'
               '<a class="site-nav-logo" href="/">notes.example</a><ul class="nav" role="menu"><li class="nav-home">'
               '<a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></div></nav></div>'
               '</header>', post, comments + '</section>\n</article>\n</div></main>',
               '<aside class="read-next outer"><div class="inner"><div class="read-next-feed"><article class="read-next-card">'
               '<header class="read-next-card-header"><h3><a href="/tag/electronics/">Electronics</a></h3></header>'
               '<div class="read-next-card-content"><ul><li><a href="/solder/">Solder fumes</a></li></ul></div>'
               '</article></div></div></aside></div>',
               '<footer class="site-footer outer"><div class="site-footer-content inner"><section class="copyright">'
               '<a href="/">notes.example</a> &copy; 2014</section><nav class="site-footer-nav"><a href="https://ghost.org"'
               '>Ghost</a></nav></div></footer>')
    return "commento", doc, truth("commento", "commento", title, cs,
                                   "A Ghost blog with Commento as the browser drew it: div.commento-card, "
                                   "replies in div.commento-children inside the card's contents.",
                                   "commento-card-%d")


# ---- Vanilla Forums (applications/vanilla/views/discussion/helper_functions.php
#      writeComment(); the discussion itself is div.ItemDiscussion) ----------

def vanilla():
    site, title = "Makers Community", "Balcony weather station: build log"
    posts = [C(c.author.replace(' ', ''), None, None, None, c.paras, c.quote)
             for c, _ in walk(thread_a())][:6]
    posts = dated(posts)
    rows = []
    for k, p in enumerate(posts, 1):
        body = f'<p>{E(p.paras[0])}</p>'
        if p.quote:
            body += (f'<blockquote class="Quote UserQuote"><div class="QuoteAuthor"><a href="/profile/tobias">tobias</a> said:</div>'
                     f'<div class="QuoteText"><p>{E(p.quote)}</p></div></blockquote>')
        body += ''.join(f'<p>{E(x)}</p>' for x in p.paras[1:])
        rows.append(f'''<li class="Item{" Alt" if k % 2 == 0 else ""} ItemComment" id="Comment_{p.num}">
    <div class="Comment">
        <div class="Options">
            <span class="ToggleFlyout OptionsMenu"><span class="OptionsTitle" title="Options">Options</span><span class="SpFlyoutHandle"></span></span>
        </div>
        <div class="Item-Header CommentHeader">
            <div class="AuthorWrap">
                <span class="Author"><a title="{E(p.author)}" href="/profile/{E(p.author)}" class="PhotoWrap"><img src="/uploads/defaultavatar.png" alt="{E(p.author)}" class="ProfilePhoto ProfilePhotoMedium" /></a><a href="/profile/{E(p.author)}" class="Username">{E(p.author)}</a></span>
                <span class="AuthorInfo"> <span class="MItem AuthorTitle">Member</span></span>
            </div>
            <div class="Meta CommentMeta CommentInfo">
                <span class="MItem DateCreated"><a href="/discussion/comment/{p.num}/#Comment_{p.num}" class="Permalink" name="Item_{k}" rel="nofollow"><time title="{E(p.shown)}" datetime="{p.iso}">{E(p.shown.split(",")[0])}</time></a></span>
            </div>
        </div>
        <div class="Item-BodyWrap">
            <div class="Item-Body">
                <div class="Message userContent">{body}</div>
                <div class="Reactions"><a href="/react/comment/like?id={p.num}" title="Like" class="ReactButton ReactButton-Like" rel="nofollow"><span class="ReactSprite React-Like"></span> <span class="ReactLabel">Like</span></a></div>
            </div>
        </div>
    </div>
</li>''')
    main = ('<div id="Frame"><div class="Head" id="Head"><div class="Row"><strong class="SiteTitle"><a href="/">'
            'Makers Community</a></strong><ul class="SiteMenu"><li><a href="/discussions">Discussions</a></li>'
            '<li><a href="/activity">Activity</a></li></ul></div></div>\n<div id="Body"><div class="Row">'
            '<div class="BreadcrumbsWrapper"><span class="Breadcrumbs" itemscope itemtype="http://data-vocabulary.org/Breadcrumb">'
            '<span class="CrumbLabel"><a href="/"><span>Home</span></a></span> <span class="Crumb">&rsaquo;</span> '
            '<span class="CrumbLabel"><a href="/categories/hardware"><span>Hardware</span></a></span></span></div>\n'
            '<div class="Column ContentColumn" id="Content"><div class="MessageList Discussion">'
            f'<div class="PageTitle"><h1>{E(title)}</h1></div>\n<div id="Item_0" class="Item ItemDiscussion">'
            '<div class="Discussion"><div class="Item-Header DiscussionHeader"><div class="AuthorWrap"><span class="Author">'
            '<a href="/profile/tobias" class="Username">tobias</a></span></div><div class="Meta DiscussionMeta">'
            '<span class="MItem DateCreated"><a href="/discussion/77/balcony" class="Permalink" rel="nofollow">'
            '<time title="March 3, 2014 8:15PM" datetime="2014-03-03T20:15:00+00:00">March 3</time></a></span></div></div>'
            '<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">'
            + ''.join(f'<p>{E(x)}</p>' for x in POST_PARAS) + '</div></div></div></div></div>\n'
            '<h2 class="CommentHeading">Comments</h2>\n<ul class="MessageList DataList Comments">\n'
            + '\n'.join(rows) + '\n</ul>\n<div class="P PagerWrap"><div class="Pager"><a href="/discussion/77/p1" '
            'class="Highlight">1</a></div></div>\n<div class="MessageForm CommentForm FormTitleWrapper"><h2 class="H">'
            'Leave a Comment</h2><form method="post" action="/post/comment/?discussionid=77"><textarea name="Body" '
            'class="TextBox BodyBox"></textarea><input type="submit" class="Button Primary CommentButton" value="Post Comment" />'
            '</form></div>\n</div></div>\n<div class="Column PanelColumn" id="Panel"><div class="Box BoxCategories">'
            '<h4>Categories</h4><ul class="PanelInfo PanelCategories"><li><a href="/categories/hardware">Hardware</a>'
            '</li></ul></div><div class="Box RecentComments"><h4>Recent Comments</h4><ul class="PanelInfo PanelComments">'
            '<li class="Item"><a href="/discussion/comment/40/#Comment_40">Thanks for the tip!</a><div class="Meta">'
            '<span class="MItem">petra</span></div></li></ul></div></div>\n</div></div>\n<div id="Foot"><div class="Row">'
            '<a href="https://vanillaforums.com" class="PoweredByVanilla">Powered by Vanilla</a></div></div></div>')
    doc = page(title, site, '<meta name="generator" content="Vanilla 2.8" />', '', main, '', '', '')
    return "vanilla", doc, truth("vanilla", "vanilla", title, posts,
                                  "Vanilla Forums 2.x discussion: the discussion is div.ItemDiscussion "
                                  "(the post), comments li.ItemComment#Comment_N with a.Username, "
                                  "time[datetime] and div.Message; a quote with 'NAME said:'.",
                                  "Comment_%d")


# ---- a page without comments: comment buttons, counts and teasers only ----

def nocomments():
    site, title = "notes.example", "Why the balcony station has no comments"
    main = ('<main class="site-main"><article class="post-full post">\n<header class="post-full-header">'
            f'<h1 class="post-full-title">{E(title)}</h1>\n<div class="post-meta"><span class="post-comment-count">'
            '<a href="#comments" class="comment-count">0 comments</a></span> <a class="add-comment" href="#respond">'
            'Add a comment</a></div></header>\n<section class="post-full-content"><div class="post-content">\n'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div></section>\n'
            '<div class="post-comment-cta"><p>Comments are closed for this post.</p>'
            '<a class="leave-comment button" href="/contact/">Write to me instead</a></div>\n'
            '<div class="no-comments">No comments yet.</div>\n</article>\n'
            '<section class="latest-comments"><h3>Latest comments elsewhere</h3><ul>'
            '<li class="recent-comment"><a href="/solder/#c3">Petra on Solder fumes</a></li>'
            '<li class="recent-comment"><a href="/fan/#c9">dave_k on A quiet fan</a></li></ul></section>\n'
            '</main>')
    doc = page(title, site, '', std_header(site), main, '', '', std_footer(site))
    return "nocomments", doc, truth("nocomments", "none", title, [],
                                     "No comments: a comment count, add/leave-comment buttons, "
                                     "'No comments yet', recent-comment teasers.", None)


def forum_posts(names, fmt):
    """A forum thread: the opening post, then replies (flat), dated."""
    op = C("tobias", None, None, None, POST_PARAS[:2])
    posts = [C(n, None, None, None, c.paras, c.quote)
             for n, (c, _) in zip(names, walk(thread_a()))]
    return dated([op] + posts, fmt)


# ---- MyBB 1.8 (install/resources/mybb_theme.xml: postbit_classic) ----------

def mybb():
    site, title = "Makers Board", "Balcony weather station"
    allp = forum_posts(["holloway", "renner", "maggie", "ines", "dave_k", "sanne"],
                       lambda s, i: i[5:7] + "-" + i[8:10] + "-" + i[:4] + ", " +
                       (f"{int(i[11:13]) % 12 or 12:02d}:{i[14:16]} {'AM' if int(i[11:13]) < 12 else 'PM'}"))
    rows = []
    for k, p in enumerate(allp, 1):
        body = E(p.paras[0])
        if p.quote:
            body += (f'<blockquote class="mycode_quote"><cite><span> ({allp[0].shown})</span>tobias Wrote: '
                     f'<a href="showthread.php?pid={allp[0].num}#pid{allp[0].num}" class="quick_jump"></a></cite>'
                     f'{E(p.quote)}</blockquote>')
        body += ''.join('<br />\n<br />\n' + E(x) for x in p.paras[1:])
        rows.append(f'''<a name="pid{p.num}" id="pid{p.num}"></a>
<div class="post classic " style="" id="post_{p.num}">
<div class="post_author scaleimages">
	<div class="author_avatar"><a href="member.php?action=profile&amp;uid={p.num}"><img src="images/default_avatar.png" alt="" width="55" height="55" /></a></div>
	<div class="author_information">
			<strong><span class="largetext"><a href="https://board.example/member.php?action=profile&amp;uid={p.num}">{E(p.author)}</a></span></strong> <img src="images/buddy_offline.png" title="Offline" alt="Offline" class="buddy_status" /><br />
			<span class="smalltext">Junior Member<br /><img src="images/star.png" border="0" alt="*" /><br /></span>
	</div>
	<div class="author_statistics">Posts: 12<br />Threads: 1<br />Joined: Feb 2014<br />Reputation: 0</div>
</div>
<div class="post_content">
	<div class="post_head">
		<div class="float_right" style="vertical-align: top"><strong><a href="showthread.php?tid=77&amp;pid={p.num}#pid{p.num}" title="Balcony weather station">#{k}</a></strong></div>
		<span class="post_date">{p.shown} <span class="post_edit" id="edited_by_{p.num}"></span></span>
	</div>
	<div class="post_body scaleimages" id="pid_{p.num}">
		{body}
	</div>
	<div class="post_meta" id="post_meta_{p.num}"></div>
</div>
<div class="post_controls">
	<div class="postbit_buttons author_buttons float_left"><a href="search.php?action=finduser&amp;uid={p.num}" title="Find all posts by this user" class="postbit_find"><span>Find</span></a></div>
	<div class="postbit_buttons post_management_buttons float_right"><a href="newreply.php?tid=77&amp;replyto={p.num}" title="Quote this message in a reply" class="postbit_quote postbit_mirage"><span>Reply</span></a></div>
</div>
</div>''')
    main = ('<div id="container"><a name="top" id="top"></a><div id="header"><div id="logo"><div class="wrapper">'
            '<a href="index.php"><img src="images/logo.png" alt="Makers Board" title="Makers Board" /></a><ul class="menu top_links">'
            '<li><a href="search.php" class="search">Search</a></li><li><a href="memberlist.php" class="memberlist">Member List</a></li>'
            '</ul></div></div></div>\n<div id="content"><div class="wrapper"><div class="navigation"><a href="index.php">Makers Board</a> '
            '&rsaquo; <a href="forumdisplay.php?fid=2">Hardware</a> &rsaquo; <span class="active">Balcony weather station</span></div>\n'
            '<div class="float_left"><div class="pagination"><span class="pages">Pages (1):</span> <span class="pagination_current">1</span></div></div>\n'
            '<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div>'
            f'<strong>{E(title)}</strong></div></td></tr>\n<tr><td id="posts_container"><div id="posts">\n'
            + '\n'.join(rows) + '\n</div></td></tr></table>\n<form method="post" action="newreply.php?tid=77&amp;processed=1" '
            'name="quick_reply_form" id="quick_reply_form"><table border="0" cellspacing="0" cellpadding="5" class="tborder">'
            '<thead><tr><td class="thead" colspan="2"><strong>Quick Reply</strong></td></tr></thead><tbody><tr><td class="trow1">'
            '<textarea style="width: 100%; padding: 4px; margin: 0;" rows="8" cols="80" name="message" id="message"></textarea>'
            '<input type="submit" class="button" value="Post Reply" /></td></tr></tbody></table></form>\n</div></div>\n'
            '<div id="footer"><div class="lower"><div class="wrapper"><span id="copyright">Powered By <a href="https://mybb.com" '
            'target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2014 MyBB Group.</span></div></div></div></div>')
    doc = page(title, site, '', '', main, '', '', '')
    return "mybb", doc, truth("mybb", "mybb", title, allp[1:],
                               "MyBB 1.8 classic postbit: div.post#post_N, author in .largetext, "
                               "date 'MM-DD-YYYY, hh:mm AM' in .post_date, a quote with a cite "
                               "'NAME Wrote:'.", "post_%d", forum_post=True)


# ---- SMF 2.0 (SimpleMachines/SMF Themes/default/Display.template.php) ------

def smf():
    site, title = "Makers Forum", "Balcony weather station"
    months = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"]

    def sm(s, i):
        h = int(i[11:13])
        return (f"{months[int(i[5:7]) - 1]} {i[8:10]}, {i[:4]}, "
                f"{h % 12 or 12:02d}:{i[14:16]}:00 {'AM' if h < 12 else 'PM'}")
    allp = forum_posts(["holloway", "renner", "maggie", "ines", "dave_k", "sanne"], sm)
    rows = []
    for k, p in enumerate(allp):
        body = E(p.paras[0])
        if p.quote:
            body += (f'<div class="quoteheader"><div class="topslice_quote"><a href="https://forum.example/index.php?topic=77.msg{allp[0].num}#msg{allp[0].num}">'
                     f'Quote from: tobias on {allp[0].shown}</a></div></div><blockquote class="bbc_standard_quote">{E(p.quote)}<br />'
                     '</blockquote><div class="quotefooter"><div class="botslice_quote"></div></div>')
        body += ''.join('<br /><br />' + E(x) for x in p.paras[1:])
        on = "on:" if k == 0 else f"Reply #{k} on:"
        rows.append(f'''<div class="{"windowbg" if k % 2 == 0 else "windowbg2"}">
	<span class="topslice"><span></span></span>
	<div class="post_wrapper">
		<div class="poster">
			<h4>
				<a href="https://forum.example/index.php?action=profile;u={p.num}" title="View the profile of {E(p.author)}">{E(p.author)}</a>
			</h4>
			<ul class="reset smalltext" id="msg_{p.num}_extra_info">
				<li class="membergroup">Newbie</li>
				<li class="postgroup">Jr. Member</li>
				<li class="stars"><img src="https://forum.example/Themes/default/images/star.gif" alt="*" /></li>
				<li class="postcount">Posts: 12</li>
				<li class="profile"><ul><li><a href="https://forum.example/index.php?action=profile;u={p.num}"><img src="https://forum.example/Themes/default/images/icons/profile_sm.gif" alt="View Profile" title="View Profile" /></a></li></ul></li>
			</ul>
		</div>
		<div class="postarea">
			<div class="flow_hidden">
				<div class="keyinfo">
					<div class="messageicon"><img src="https://forum.example/Themes/default/images/post/xx.gif" alt="" /></div>
					<h5 id="subject_{p.num}"><a href="https://forum.example/index.php?topic=77.msg{p.num}#msg{p.num}" rel="nofollow">{"" if k == 0 else "Re: "}Balcony weather station</a></h5>
					<div class="smalltext">&#171; <strong>{on}</strong> {p.shown} &#187;</div>
					<div id="msg_{p.num}_quick_mod"></div>
				</div>
				<ul class="reset smalltext quickbuttons">
					<li class="quote_button"><a href="https://forum.example/index.php?action=post;quote={p.num};topic=77.0">Quote</a></li>
				</ul>
			</div>
			<div class="post">
				<div class="inner" id="msg_{p.num}">{body}</div>
			</div>
		</div>
		<div class="moderatorbar">
			<div class="smalltext modified" id="modified_{p.num}"></div>
			<div class="smalltext reportlinks"><a href="https://forum.example/index.php?action=reporttm;topic=77.0;msg={p.num}">Report to moderator</a> &nbsp;<img src="https://forum.example/Themes/default/images/ip.gif" alt="" /> Logged</div>
		</div>
	</div>
	<span class="botslice"><span></span></span>
</div>
<hr class="post_separator" />''')
    main = ('<div id="wrapper" style="width: 90%"><div id="header"><div class="frame"><div id="top_section"><h1 class="forumtitle">'
            '<a href="https://forum.example/index.php">Makers Forum</a></h1></div><div id="main_menu"><ul class="dropmenu" id="menu_nav">'
            '<li id="button_home"><a class="active firstlevel" href="https://forum.example/index.php"><span class="last firstlevel">Home</span></a></li>'
            '<li id="button_search"><a class="firstlevel" href="https://forum.example/index.php?action=search"><span class="firstlevel">Search</span></a></li>'
            '</ul></div></div></div>\n<div id="content_section"><div class="frame"><div id="main_content_section">\n'
            '<div class="navigate_section"><ul><li><a href="https://forum.example/index.php"><span>Makers Forum</span></a> &#187;</li>'
            '<li><a href="https://forum.example/index.php?board=2.0"><span>Hardware</span></a> &#187;</li><li class="last">'
            '<a href="https://forum.example/index.php?topic=77.0"><span>Balcony weather station</span></a></li></ul></div>\n'
            '<div class="pagesection"><div class="pagelinks floatleft">Pages: [<strong>1</strong>] </div></div>\n'
            '<div id="forumposts"><div class="cat_bar"><h3 class="catbg"><img src="https://forum.example/Themes/default/images/topic/normal_post.gif" '
            'align="bottom" alt="" /><span id="author">Author</span> Topic: Balcony weather station &nbsp;(Read 1532 times)</h3></div>\n'
            '<form action="https://forum.example/index.php?action=quickmod2;topic=77.0" method="post" accept-charset="UTF-8" name="quickModForm" '
            'id="quickModForm" style="margin: 0;" onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave() : false">\n'
            + '\n'.join(rows) + '\n</form></div>\n<a id="lastPost"></a>\n<div class="pagesection"><div class="pagelinks floatleft">'
            'Pages: [<strong>1</strong>] </div></div>\n</div></div></div>\n<div id="footer_section"><div class="frame"><ul class="reset">'
            '<li class="copyright"><span class="smalltext" style="display: inline; visibility: visible; font-family: Verdana, Arial, sans-serif;">'
            '<a href="https://forum.example/index.php?action=credits" title="Simple Machines Forum" target="_blank" class="new_win">SMF 2.0.15</a> | '
            '<a href="http://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" class="new_win">SMF &copy; 2017</a>, '
            '<a href="http://www.simplemachines.org" title="Simple Machines" target="_blank" class="new_win">Simple Machines</a></span></li></ul></div></div></div>')
    doc = page(title, site, '', '', main, '', '', '')
    return "smf", doc, truth("smf", "smf", title, allp[1:],
                              "SMF 2.0 default theme: div.post_wrapper per post, author in "
                              "div.poster > h4 > a, date 'Month DD, YYYY, hh:mm:ss AM' after "
                              "'Reply #N on:', text in div.inner; a quote with div.quoteheader.",
                              None, forum_post=True)


# ---- TypePad (its served comment markup; same family as Movable Type) -------

def typepad():
    site, title = "Balcony Notes", "A weather station on the balcony"
    months = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"]

    def tp(s, i):
        h = int(i[11:13])
        return (f"{months[int(i[5:7]) - 1]} {i[8:10]}, {i[:4]} at "
                f"{h % 12 or 12:02d}:{i[14:16]} {'AM' if h < 12 else 'PM'}")
    cs = flat(dated(thread_a(), tp))
    rows = []
    for c in cs:
        cid = f"6a00d8341c5f3653ef01a3fcc2e5a{c.num}970b"
        au = (f'<a href="{E(c.url)}" rel="nofollow">{E(c.author)}</a>' if c.url else E(c.author))
        rows.append(f'''<div class="comment font-entrybody" id="comment-{cid}">
	<div class="comment-content font-entrybody" id="comment-{cid}-content">
		<span id="comment-{cid}-content">{paras(c)}</span>
	</div>
	<p class="comment-footer font-entryfooter">
		Posted by:
		{au} |
		<a rel="nofollow" href="https://balconynotes.typepad.com/blog/2014/03/station.html?cid={cid}#comment-{cid}">{E(c.shown)}</a>
	</p>
</div>''')
    main = ('<div id="container"><div id="container-inner"><div id="banner"><div id="banner-inner"><h1 id="banner-header">'
            '<a href="https://balconynotes.typepad.com/blog/" accesskey="1">Balcony Notes</a></h1><h2 id="banner-description">'
            'Small things made at home</h2></div></div>\n<div id="pagebody"><div id="pagebody-inner"><div id="alpha"><div id="alpha-inner">\n'
            '<h2 class="date-header">Monday, March 03, 2014</h2>\n<div class="entry-category-electronics entry-author-tobias entry-type-post entry" '
            'id="entry-6a00d8341c5f3653ef01a3fcc2e5a3970b"><h3 class="entry-header">' + E(title) + '</h3>\n<div class="entry-content">'
            '<div class="entry-body">' + ''.join(f'<p>{E(x)}</p>' for x in POST_PARAS) + '</div></div>\n<div class="entry-footer">'
            '<p class="entry-footer-info"><span class="post-footers">Posted at 08:15 PM in <a href="https://balconynotes.typepad.com/blog/'
            'electronics/">Electronics</a> | <a class="permalink" href="https://balconynotes.typepad.com/blog/2014/03/station.html">Permalink</a>'
            '</span></p></div></div>\n<div class="comments" id="comments"><div class="comments-inner"><h3 class="comments-header">Comments</h3>'
            '<div class="comments-content">\n' + '\n'.join(rows) + '\n</div></div></div>\n<form id="comment-form" method="post" '
            'action="https://www.typepad.com/services/comments/post"><div class="comments-open-content"><label for="comment-author">Name:</label>'
            '<input id="comment-author" name="author" size="30" /><textarea id="comment-text" name="text" rows="10" cols="30"></textarea>'
            '<input type="submit" name="post" id="comment-post" value="Post" /></div></form>\n</div></div>\n'
            '<div id="beta"><div id="beta-inner"><div class="module-recent-comments module"><h2 class="module-header">Recent Comments</h2>'
            '<div class="module-content"><ul class="module-list"><li class="module-list-item">Petra on <a href="https://balconynotes.typepad.com/'
            'blog/2014/02/fumes.html">Solder fumes</a></li></ul></div></div></div></div>\n</div></div></div></div>')
    doc = page(title, site, '<meta name="generator" content="http://www.typepad.com/" />', '', main, '', '', '')
    return "typepad", doc, truth("typepad", "typepad", title, cs,
                                  "TypePad classic: flat div.comment, text in div.comment-content, "
                                  "'Posted by: NAME | DATE' in p.comment-footer (the name a link or bare text).",
                                  None)


# ---- Lobsters (lobsters/lobsters app/views/comments/_threads.html.erb) ------
# The served markup of a story page: li.comments_subtree per comment, the
# comment in div.comment#c_ID (byline, div.comment_text), its replies in
# the ol.comments after it -- after an empty div.comment_siblings_tree_line
# for every comment below the top; a leaf gets an empty ol.comments.

def lobsters():
    site, title = "Lobsters", "A weather station on the balcony"
    cs = dated(thread_a(), lambda s, i: i[:10] + " " + i[11:19])

    def user(c):
        return c.author.replace(' ', '').lower()
    for c, _ in walk(cs):
        c.author = c.author.replace(' ', '').lower()

    def one(c, top):
        sid = f"x{c.num}q"
        kids = ''.join(one(r, False) for r in c.replies)
        line = ('<div class="comment_parent_tree_line can_flag score_shown"></div>'
                if c.replies else '<div class=" can_flag score_shown"></div>')
        sib = '' if top else '<div class="comment_siblings_tree_line"></div>\n'
        return f'''<li class="comments_subtree">
<input id="comment_folder_{sid}" class="comment_folder_button" type="checkbox">
{line}
<div id="c_{sid}" data-shortid="{sid}" class="comment">
  <div class="voters">
    <label for="comment_folder_{sid}" class="comment_folder"></label>
    <a class="upvoter" title="{c.num % 17 + 2}" href="/login">{c.num % 17 + 2}</a>
  </div>
  <div class="details">
    <div class="byline">
      <a name="c_{sid}"></a>
      <span class="">
        <a href="/~{user(c)}"><img srcset="/avatars/{user(c)}-16.png 1x, /avatars/{user(c)}-32.png 2x" class="avatar" alt="{user(c)} avatar" loading="lazy" decoding="async" src="/avatars/{user(c)}-16.png" width="16" height="16"></a>
        <a href="/~{user(c)}">{user(c)}</a>
        <a href="/c/{sid}"><time title="{c.shown}" datetime="{c.iso}" data-at-unix="{1393924320 + c.num}">10 years ago</time></a>
      </span>
        <span class="flagger flagger_stub"></span>
        <span class="reason">
        </span>
    </div>
    <div role="heading" aria-level="3" class="comment_text">
      {paras(c)}
    </div>
  </div>
</div>
{sib}<ol class="comments">{kids}</ol>
</li>
'''
    comments = ('<ol class="comments comments1">\n<li class="comments_subtree"><div class="comment_form_container" '
                'data-shortid=""><form action="/comments" method="post"><textarea name="comment" rows="5" '
                'placeholder="Log in to comment" disabled></textarea><button type="submit" disabled>Post</button>'
                '</form></div></li>\n<li class="comments_subtree" id="comments-b4jkq2"><ol class="comments" '
                'id="story_comments">\n' + ''.join(one(c, True) for c in cs) + '</ol></li>\n</ol>')
    post = ('<div id="inside">\n<ol class="stories"><li id="story_b4jkq2" data-shortid="b4jkq2" class="story">'
            '<div class="story_liner h-entry"><div class="voters"><a class="upvoter" href="/login">31</a></div>'
            '<div class="details"><span role="heading" aria-level="1" class="link h-cite u-repost-of">'
            f'<a class="u-url" href="/s/b4jkq2/weather_station_on_balcony" rel="ugc noreferrer">{E(title)}</a></span>'
            '<span class="tags"><a class="tag tag_hardware" title="Hardware hacking" href="/t/hardware">hardware</a></span>'
            '<div class="byline"><a href="/~trenner"><img class="avatar" alt="trenner avatar" src="/avatars/trenner-16.png" '
            'width="16" height="16"></a><span> authored by </span><a class="u-author h-card user_is_author" href="/~trenner">'
            'trenner</a> <time title="2014-03-03 20:15:00" datetime="2014-03-03 20:15:00">10 years ago</time>'
            '<span class="comments_label"> | <a role="heading" aria-level="2" href="/s/b4jkq2/weather_station_on_balcony">'
            '7 comments</a></span></div></div></div></li></ol>\n<div class="story_content">\n<div class="story_text">'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '</div>\n</div>\n')
    header = ('<header id="nav"><div id="headerleft"><a id="logo" href="/" title="Lobsters (Current traffic: 42%)"></a>'
              '<span class="headerlinks"><a href="/active">Active</a><a href="/recent">Recent</a><a href="/comments">'
              'Comments</a><a href="/search">Search</a></span></div><div id="headerright" class="headerlinks">'
              '<a href="/login">Login</a></div></header>')
    footer = ('<footer><a href="/about">About</a><a href="/tags">Tags</a><a href="/filters">Filter</a>'
              '<a href="/moderations">Moderation Log</a></footer>\n</div>')
    doc = page(title, site, '<meta name="referrer" content="always" />', header, post, comments, '', footer)
    return "lobsters", doc, truth("lobsters", "lobsters", title, cs,
                                   "Lobsters story page: li.comments_subtree per comment, div.comment#c_ID "
                                   "with a byline and div.comment_text, replies in the ol.comments after the "
                                   "comment (past an empty div.comment_siblings_tree_line below the top).",
                                   "c_x%dq")


# ---- old Reddit (reddit-archive/reddit r2/r2/templates/comment.html,
# comment_skeleton.html, printable.html: div.thing.comment, replies in
# div.child > div.sitetable inside the thing) ------------------------------

def oldreddit():
    site, title = "raspberry_pi", "A weather station on the balcony"
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    cs = dated(thread_a(), lambda s, i: i)

    def user(c):
        return c.author.replace(' ', '_')
    for c, _ in walk(cs):
        c.author = c.author.replace(' ', '_')

    def one(c):
        tid = f"cf{c.num}"
        kids = ''.join(one(r) for r in c.replies)
        n = sum(1 for _ in walk(c.replies))
        pts = c.num % 23 + 1
        d = c.iso
        shown = f"{days[(int(d[8:10]) + 5) % 7]} Mar  {int(d[8:10])} {d[11:19]} 2014 UTC"
        c.shown = shown
        child = (f'<div id="siteTable_t1_{tid}" class="sitetable listing">{kids}</div>' if kids else '')
        return (f'<div class=" thing id-t1_{tid} noncollapsed   comment " id="thing_t1_{tid}" onclick="click_thing(this)" '
                f'data-fullname="t1_{tid}" data-type="comment" data-subreddit="raspberry_pi" data-subreddit-fullname="t5_2qx1z" '
                f'data-author="{E(user(c))}" data-author-fullname="t2_{c.num}ab" data-replies="{n}" '
                f'data-permalink="/r/raspberry_pi/comments/1zb4jk/a_weather_station_on_the_balcony/{tid}/">'
                f'<p class="parent"><a name="{tid}"></a></p>'
                '<div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" '
                'role="button" aria-label="upvote" tabindex="0"></div><div class="arrow down login-required access-required" '
                'data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div>'
                '<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" '
                'onclick="return togglecomment(this)">[&ndash;]</a>'
                f'<a href="https://old.reddit.com/user/{E(user(c))}" class="author may-blank id-t2_{c.num}ab">{E(user(c))}</a>'
                f'<span class="userattrs"></span> <span class="score dislikes" title="{pts - 1}">{pts - 1} points</span>'
                f'<span class="score unvoted" title="{pts}">{pts} points</span><span class="score likes" title="{pts + 1}">'
                f'{pts + 1} points</span> <time title="{shown}" datetime="{d[:19]}+00:00" class="live-timestamp">10 years ago</time>'
                f'&#32;<a href="javascript:void(0)" class="numchildren" onclick="return togglecomment(this)">({n} children)</a></p>'
                f'<form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, \'editusertext\')" '
                f'id="form-t1_{tid}x9"><input type="hidden" name="thing_id" value="t1_{tid}"/><div class="usertext-body '
                f'may-blank-within md-container "><div class="md">{paras(c)}</div>\n</div></form>'
                '<ul class="flat-list buttons"><li class="first"><a href="https://old.reddit.com/r/raspberry_pi/comments/'
                f'1zb4jk/a_weather_station_on_the_balcony/{tid}/" data-event-action="permalink" class="bylink" rel="nofollow">'
                'permalink</a></li><li><a href="javascript:void(0)" class="embed-comment" data-media="www.redditmedia.com">'
                'embed</a></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn '
                'access-required" data-event-action="report">report</a></li><li class="reply-button login-required">'
                '<a class="access-required" href="javascript:void(0)" data-event-action="comment" onclick="return reply(this)">'
                f'reply</a></li></ul><div class="reportform report-t1_{tid}"></div></div>'
                f'<div class="child">{child}'
                '</div><div class="clearleft"></div></div><div class="clearleft"></div>\n')
    thread = ''.join(one(c) for c in cs)
    header = ('<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a>'
              '<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop"><span class="selected '
              'title">my subreddits</span></div><div class="sr-list"><ul class="flat-list sr-bar hover"><li><a '
              'href="https://old.reddit.com/r/popular/" class="choice">popular</a></li><li><span class="separator">-</span>'
              '<a href="https://old.reddit.com/r/all/" class="choice">all</a></li></ul></div></div></div>'
              '<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>'
              '&nbsp;<span class="hover pagename redditname"><a href="https://old.reddit.com/r/raspberry_pi/">raspberry_pi</a>'
              '</span><ul class="tabmenu "><li class="selected"><a href="https://old.reddit.com/r/raspberry_pi/comments/1zb4jk/" '
              'class="choice">comments</a></li><li><a href="https://old.reddit.com/r/raspberry_pi/related/1zb4jk/" '
              'class="choice">related</a></li></ul></div></div>')
    side = ('<div class="side"><div class="spacer"><form action="https://old.reddit.com/r/raspberry_pi/search" id="search" '
            'role="search"><input type="text" name="q" placeholder="search" tabindex="20"></form></div><div class="spacer">'
            '<div class="linkinfo"><div class="date"><span>this post was submitted on &#32;</span><time datetime='
            '"2014-03-03T20:15:00+00:00">03 Mar 2014</time></div><div class="score"><span class="number">31</span>'
            '<span class="word">points</span> (94% upvoted)</div></div></div><div class="spacer"><div class="titlebox">'
            '<h1 class="hover redditname"><a href="https://old.reddit.com/r/raspberry_pi/" class="hover">raspberry_pi</a></h1>'
            '<div class="usertext-body may-blank-within md-container "><div class="md"><p>A subreddit for discussing the '
            'Raspberry Pi and the projects people build with it.</p></div></div></div></div></div>')
    post = ('<div class="content" role="main"><div class="spacer"><div id="siteTable" class="sitetable linklisting">'
            '<div class=" thing id-t3_1zb4jk odd  link self" id="thing_t3_1zb4jk" data-fullname="t3_1zb4jk" '
            'data-type="link" data-author="trenner" data-comments-count="7"><p class="parent"></p>'
            '<div class="midcol unvoted"><div class="score unvoted" title="31">31</div></div>'
            '<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " '
            f'href="/r/raspberry_pi/comments/1zb4jk/a_weather_station_on_the_balcony/">{E(title)}</a> '
            '<span class="domain">(<a href="/r/raspberry_pi/">self.raspberry_pi</a>)</span></p><p class="tagline ">'
            'submitted&#32;<time title="Mon Mar 3 20:15:00 2014 UTC" datetime="2014-03-03T20:15:00+00:00" class="live-timestamp">'
            '10 years ago</time>&#32;by&#32;<a href="https://old.reddit.com/user/trenner" class="author may-blank">trenner</a></p>'
            '<ul class="flat-list buttons"><li class="first"><a href="/r/raspberry_pi/comments/1zb4jk/" class="bylink comments '
            'may-blank" rel="nofollow">7 comments</a></li><li class="share"><a class="post-sharing-button" '
            'href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required"><a href="#">'
            'save</a></li></ul></div><div class="expando"><form action="#" class="usertext warn-on-unload" id="form-t3_1zb4jkw1">'
            '<div class="usertext-body may-blank-within md-container "><div class="md">'
            + ''.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '</div>\n</div></form></div></div>'
            '<div class="child"></div><div class="clearleft"></div></div><div class="clearleft"></div></div></div>')
    comments = ('<div class="commentarea"><div class="panestack-title"><span class="title">all 7 comments</span></div>'
                '<div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by: </span>'
                '<div class="dropdown lightdrop"><span class="selected">best</span></div></div></div>'
                '<div class="sitetable nestedlisting" id="siteTable_t3_1zb4jk">\n' + thread + '</div></div>\n</div>')
    footer = ('<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover">'
              '<li class="flat-vert title">about</li><li><a href="https://www.redditinc.com/blog" class="choice">blog</a></li>'
              '</ul></div></div><p class="bottommenu">Use of this site constitutes acceptance of our&#32;<a href='
              '"https://www.redditinc.com/policies/user-agreement">User Agreement</a>. &copy; 2014 reddit inc. All rights '
              'reserved.</p></div>')
    doc = page(title, site, '<meta name="keywords" content=" reddit, reddit.com, vote, comment, submit " />',
               header, side, post + comments, '', footer)
    return "oldreddit", doc, truth("oldreddit", "reddit", title, cs,
                                    "old.reddit.com comment page: div.thing.comment per comment, author "
                                    "a.author in p.tagline, time[datetime], text in div.usertext-body > div.md, "
                                    "replies in div.child > div.sitetable inside the thing.", "thing_t1_cf%d")


# ---- Habr (served comments tree: section.tm-comment-thread, the comment in
# article.tm-comment-thread__comment, replies in the div.tm-comment-thread__
# children after it; class names as habr.com serves them, read from the
# scrapers and user scripts that walk them) ---------------------------------

def habr():
    site, title = "Хабр", "Метеостанция на балконе"
    mon = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
    cs = dated(thread_a(), lambda s, i: f"{int(i[8:10])} {mon[int(i[5:7]) - 1]} {i[:4]} в {i[11:16]}")

    def user(c):
        return c.author.replace(' ', '_').lower()
    for c, _ in walk(cs):
        c.author = c.author.replace(' ', '_').lower()

    def one(c):
        kids = ''.join(one(r) for r in c.replies)
        ch = f'<div class="tm-comment-thread__children">{kids}</div>' if kids else ''
        return f'''<section class="tm-comment-thread">
<article class="tm-comment-thread__comment">
<a name="comment_{c.num}" class="tm-comment-thread__target"></a>
<div class="tm-comment-thread__indent" data-comment-body="{c.num}">
<div class="tm-comment">
<header class="tm-comment__header">
<div class="tm-user-info tm-comment__user-info">
<a href="/ru/users/{user(c)}/" class="tm-user-info__userpic" title="{user(c)}"><div class="tm-entity-image"><img alt="" height="24" src="/avatars/{user(c)}.png" width="24" class="tm-entity-image__pic"></div></a>
<span class="tm-user-info__user"><a href="/ru/users/{user(c)}/" class="tm-user-info__username">{user(c)}</a></span>
</div>
<a href="/ru/articles/700001/comments/#comment_{c.num}" class="tm-comment-thread__comment-link"><time datetime="{c.iso[:19]}.000Z" title="{c.iso[:10]}, {c.iso[11:16]}">{E(c.shown)}</time></a>
</header>
<div class="tm-comment__body"><div class="tm-comment__body-content"><div xmlns="http://www.w3.org/1999/xhtml">{paras(c)}</div></div></div>
<div class="tm-comment-footer"><div class="tm-votes-lever tm-votes-lever_appearance-comment"><button class="tm-votes-lever__button" title="Нравится" type="button"><svg height="24" width="24"></svg></button><div class="tm-votes-lever__score"><span class="tm-votes-lever__score-counter">+{c.num % 7}</span></div></div><button class="tm-comment-thread__button" type="button">Ответить</button></div>
</div>
</div>
</article>
{ch}
</section>
'''
    post = ('<div class="tm-page__main"><div class="tm-article-presenter"><article class="tm-article-presenter__content '
            'tm-article-presenter__content_narrow"><div class="tm-article-presenter__header"><div class="tm-article-snippet">'
            '<div class="tm-article-snippet__meta-container"><div class="tm-article-snippet__meta"><span class="tm-user-info '
            'tm-article-snippet__author"><a href="/ru/users/trenner/" class="tm-user-info__username">trenner</a></span>'
            '<span class="tm-article-datetime-published"><time datetime="2014-03-03T20:15:00.000Z" title="2014-03-03, 20:15">'
            '3 мар 2014 в 20:15</time></span></div></div><h1 lang="ru" class="tm-title tm-title_h1"><span>' + E(title) +
            '</span></h1></div></div>\n<div id="post-content-body" class="tm-article-body"><div><div xmlns="http://www.w3.org/1999/xhtml">'
            + ''.join(f'<p>{E(p)}</p>' for p in ["Наконец-то описал проект выходных: маленькую метеостанцию на балконе, которая "
                                                 "каждые пять минут пишет температуру и влажность на Raspberry Pi.",
                                                 "Датчик был самой простой частью. Корпус пришлось переделывать трижды: прямое "
                                                 "солнце превращает любые показания в температурный график больного.",
                                                 "В следующем месяце хочу добавить дождемер и выложить данные на открытую страницу."])
            + '</div></div></div>\n<div class="tm-article-presenter__meta"><div class="tm-separated-list tm-article-presenter__meta-list">'
            '<span class="tm-separated-list__title">Хабы:</span><ul class="tm-separated-list__list"><li class="tm-separated-list__item">'
            '<a href="/ru/hub/diy/" class="tm-hubs-list__link">DIY или Сделай сам</a></li></ul></div></div>\n'
            '<div class="tm-sharing"><a class="tm-sharing__button" href="https://vk.com/share.php?url=x">ВКонтакте</a>'
            '<a class="tm-sharing__button" href="https://t.me/share/url?url=x">Telegram</a></div>\n</article></div>\n')
    comments = ('<div class="tm-article-comments"><div class="tm-comments-wrapper"><div class="tm-comments-wrapper__wrapper">'
                '<header class="tm-comments-wrapper__header"><h2 class="tm-comments-wrapper__title">Комментарии '
                '<span class="tm-comments-wrapper__comments-count">7</span></h2></header>\n<div class="tm-comments__tree">\n'
                + ''.join(one(c) for c in cs) + '</div>\n<div class="tm-comment-form__placeholder">Только '
                '<a href="/ru/sandbox/start/">полноправные пользователи</a> могут оставлять комментарии. '
                '<a href="/kek/v1/auth/habrahabr/?back=/ru/articles/700001/">Войдите</a>, пожалуйста.</div>\n'
                '</div></div></div>\n<div class="tm-article-presenter__footer"><div class="tm-article-blocks">'
                '<section class="tm-block tm-block_spacing-bottom"><header class="tm-block__header"><h2 class="tm-block__title">'
                'Похожие публикации</h2></header><div class="tm-block__body"><ul><li><a href="/ru/articles/690002/">'
                'Датчик дождя на ESP8266</a></li><li><a href="/ru/articles/680003/">Радиационный экран из пластиковых тарелок</a>'
                '</li></ul></div></section></div></div>\n</div>')
    header = ('<div class="tm-header"><div class="tm-page-width"><a href="/ru/feed/" class="tm-header__logo">Хабр</a>'
              '<nav class="tm-main-menu"><a href="/ru/feed/" class="tm-main-menu__item">Моя лента</a><a href="/ru/articles/" '
              'class="tm-main-menu__item">Все потоки</a></nav></div></div>')
    side = ('<div class="tm-page__sidebar"><div class="tm-layout-sidebar"><section class="tm-block"><header class='
            '"tm-block__header"><h2 class="tm-block__title">Читают сейчас</h2></header><div class="tm-block__body">'
            '<ul><li><a href="/ru/articles/700100/">Как я перестал бояться и полюбил паяльник</a></li></ul></div></section>'
            '</div></div>')
    footer = ('<footer class="tm-footer"><div class="tm-footer__container"><div class="tm-footer__copyright">'
              '&copy; 2006–2014, <a href="/ru/" class="footer-menu__item-link">Habr</a></div></div></footer>')
    doc = page(title, site, '<meta property="og:site_name" content="Хабр">', header, post, comments, side, footer)
    return "habr", doc, truth("habr", "habr", title, cs,
                               "Habr (habr.com) comments tree: section.tm-comment-thread > "
                               "article.tm-comment-thread__comment (div.tm-comment inside), replies in "
                               "the div.tm-comment-thread__children after the article.", None)


# ---- Hacker News (the served item page: table.comment-tree, one
# tr.athing.comtr per comment, depth as the width of a spacer image in
# td.ind (40 px a level), author a.hnuser, date span.age, text div.commtext;
# markup as news.ycombinator.com serves it, read from the scrapers that
# walk it; Arc's news.arc has no template file) -----------------------------

def hackernews():
    site, title = "Hacker News", "Ask HN: A weather station on the balcony?"
    cs = dated(thread_a(), lambda s, i: "on " + s.split(" ", 3)[0] + " " + s.split(" ", 3)[1] + " " + s.split(" ", 3)[2])
    for c, _ in walk(cs):
        c.author = c.author.replace(' ', '').lower()
    rows = []
    flatc = list(walk(cs))
    for k, (c, d) in enumerate(flatc):
        user = c.author.replace(' ', '').lower()
        text = E(c.paras[0])
        if c.quote:
            text += f'<p><i>&gt; {E(c.quote)}</i>'
        text += ''.join(f'<p>{E(p)}' for p in c.paras[1:])
        nxt = next((o.num for o, od in flatc[k + 1:] if od <= d), None)
        navs = (f' | <a href="#390{nxt}" class="clicky" aria-hidden="true">next</a>' if nxt else '')
        n = 1 + sum(1 for _ in walk(c.replies))
        rows.append(f'''<tr class="athing comtr" id="390{c.num}"><td><table border="0">  <tr>    <td class="ind" indent="{d - 1}"><img src="s.gif" height="1" width="{(d - 1) * 40}"></td><td valign="top" class="votelinks">
      <center><a id="up_390{c.num}" href="vote?id=390{c.num}&amp;how=up&amp;goto=item%3Fid%3D39000077"><div class="votearrow" title="upvote"></div></a></center>    </td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">
          <a href="user?id={user}" class="hnuser">{user}</a> <span class="age" title="{c.iso[:19]}"><a href="item?id=390{c.num}">{E(c.shown)}</a></span> <span id="unv_390{c.num}"></span><span class="navs">{navs} <a class="togg clicky" id="390{c.num}" n="{n}" href="javascript:void(0)">[–]</a><span class="onstory"></span>          </span>
                  </span></div><br><div class="comment">
                  <div class="commtext c00">{text}</div>
              <div class="reply">        <p><font size="1">
                      <u><a href="reply?id=390{c.num}&amp;goto=item%3Fid%3D39000077%23390{c.num}" rel="nofollow">reply</a></u>
                  </font>
      </div></div></td></tr>
        </table></td></tr>''')
    main = ('<center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">\n'
            '<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr>'
            '<td style="width:18px;padding-right:4px"><a href="https://news.ycombinator.com"><img src="y18.svg" width="18" '
            'height="18" style="border:1px white solid; display:block"></a></td><td style="line-height:12pt; height:10px;">'
            '<span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b><a href="newest">new</a> | '
            '<a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="show">show</a> | '
            '<a href="jobs">jobs</a> | <a href="submit" rel="nofollow">submit</a></span></td><td style="text-align:right;'
            'padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D39000077">login</a></span></td></tr>'
            '</table></td></tr>\n<tr id="pagespace" title="' + E(title) + '" style="height:10px"></tr><tr><td>'
            '<table class="fatitem" border="0">\n<tr class="athing submission" id="39000077"><td align="right" valign="top" '
            'class="title"><span class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_39000077" '
            'href="vote?id=39000077&amp;how=up&amp;goto=item%3Fid%3D39000077"><div class="votearrow" title="upvote"></div></a>'
            '</center></td><td class="title"><span class="titleline"><a href="item?id=39000077">' + E(title) + '</a></span>'
            '</td></tr><tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" '
            'id="score_39000077">42 points</span> by <a href="user?id=trenner" class="hnuser">trenner</a> <span class="age" '
            'title="2014-03-03T20:15:00"><a href="item?id=39000077">on March 3, 2014</a></span> <span id="unv_39000077">'
            '</span> | <a href="hide?id=39000077&amp;goto=item%3Fid%3D39000077">hide</a> | <a href="https://hn.algolia.com/'
            '?query=weather&amp;type=story&amp;dateRange=all&amp;sort=byDate&amp;storyText=false&amp;prefix&amp;page=0" '
            'class="hnpast">past</a> | <a href="fave?id=39000077&amp;auth=x">favorite</a> | <a href="item?id=39000077">'
            '7&nbsp;comments</a></span></td></tr>\n<tr><td colspan="2"></td><td><div class="toptext">'
            + E(POST_PARAS[0]) + ''.join(f'<p>{E(p)}' for p in POST_PARAS[1:]) + '</div></td></tr>\n'
            '<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post">'
            '<input type="hidden" name="parent" value="39000077"><input type="hidden" name="goto" value="item?id=39000077">'
            '<textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" '
            'value="add comment"></form></td></tr>\n</table><br><br>\n<table border="0" class="comment-tree">\n'
            + '\n'.join(rows) + '\n</table>\n<br><br></td></tr>\n<tr><td><img src="s.gif" height="10" width="0">'
            '<table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>'
            '<center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | '
            '<a href="lists">Lists</a> | <a href="https://github.com/HackerNews/API">API</a> | <a href="security.html">'
            'Security</a> | <a href="https://www.ycombinator.com/legal/">Legal</a> | <a href="https://www.ycombinator.com/'
            'apply/">Apply to YC</a> | <a href="mailto:hn@ycombinator.com">Contact</a></span><br><br><form method="get" '
            'action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" '
            'autocapitalize="off" autocomplete="off"></form></center></td></tr>\n</table></center>')
    doc = page(title, site, '<meta name="referrer" content="origin"><link rel="stylesheet" type="text/css" href="news.css">',
               '', main, '', '', '')
    return "hackernews", doc, truth("hackernews", "hackernews", title, cs,
                                     "Hacker News item page: flat tr.athing.comtr rows, the depth only as "
                                     "the width of the spacer image in td.ind (40 px a level); author "
                                     "a.hnuser, date span.age, text div.commtext (paragraphs after the "
                                     "first as bare <p>).", "390%d")


# ---- Discourse (the crawler view served to saved pages and search engines:
# div.topic-body.crawler-post, schema.org microdata; as the topic view of
# discourse/discourse app/views/topics/show.html.erb renders it) ----------

def discourse():
    site, title = "Makers Forum", "Balcony weather station"
    months = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"]

    def ds(s, i):
        h = int(i[11:13])
        return f"{months[int(i[5:7]) - 1]} {int(i[8:10])}, {i[:4]}, {h % 12 or 12:2d}:{i[14:16]}{'am' if h < 12 else 'pm'}"
    allp = forum_posts(["holloway", "renner", "maggie", "ines", "dave_k", "sanne"], ds)
    rows = []
    for k, p in enumerate(allp, 1):
        body = f'<p>{E(p.paras[0])}</p>'
        if p.quote:
            body += (f'<aside class="quote no-group" data-username="tobias" data-post="1" data-topic="4242">\n'
                     f'<div class="title">\n<div class="quote-controls"></div>\n<img loading="lazy" alt="" width="24" '
                     f'height="24" src="/user_avatar/tobias/48/1_2.png" class="avatar"> tobias:</div>\n'
                     f'<blockquote>\n<p>{E(p.quote)}</p>\n</blockquote>\n</aside>')
        body += ''.join(f'<p>{E(x)}</p>' for x in p.paras[1:])
        micro = ("itemscope itemtype='http://schema.org/DiscussionForumPosting'" if k == 1 else
                 "itemprop='comment' itemscope itemtype='http://schema.org/Comment'")
        rows.append(f'''      <div id='post_{k}' {micro} class='topic-body crawler-post'>
        <div class='crawler-post-meta'>
          <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
            <a itemprop="url" rel='nofollow' href='https://forum.example/u/{E(p.author)}'><span itemprop='name'>{E(p.author)}</span></a>
          </span>

          <link itemprop="mainEntityOfPage" href="https://forum.example/t/balcony-weather-station/4242">

          <span class="crawler-post-infos">
              <time itemprop='datePublished' datetime='{p.iso}' class='post-time'>
                {E(p.shown)}
              </time>
              <meta itemprop='dateModified' content='{p.iso}'>
          <span itemprop='position'>{k}</span>
          </span>
        </div>
        <div class='post' itemprop='text'>
{body}
        </div>

        <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
           <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
           <meta itemprop="userInteractionCount" content="{k % 4}" />
           <span class='post-likes'>{k % 4} Likes</span>
        </div>
      </div>''')
    main = ('<header class="d-header"><div class="wrap"><div class="contents"><div class="header-row"><div class="title">'
            '<a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Makers Forum" id="site-logo" class="logo-big">'
            '</a></div></div></div></div></header>\n<div id="main-outlet" class="wrap" role="main">\n'
            '<div id="topic-title"><h1><a href="/t/balcony-weather-station/4242">' + E(title) + '</a></h1>\n'
            '<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" '
            'itemscope itemtype="http://schema.org/ListItem"><a href="/c/hardware/5" class="badge-wrapper bullet" itemprop="item">'
            '<span class="badge-category-bg" style="background-color: #0088CC"></span><span class="badge-category clear-badge">'
            '<span class="category-name" itemprop="name">Hardware</span></span></a><meta itemprop="position" content="1" />'
            '</span></div>\n</div>\n\n' + '\n'.join(rows) + '\n\n<div role="navigation" itemscope itemtype="http://schema.org/'
            'SiteNavigationElement" class="topic-body crawler-post"><span itemprop="name"><b><a rel="next" itemprop="url" '
            'href="/t/balcony-weather-station/4242?page=2">next page →</a></b></span></div>\n'
            '<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">'
            '<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container">'
            '<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views'
            '</th><th>Activity</th></tr></thead><tbody><tr class="topic-list-item"><td class="main-link"><span class="link-top-line">'
            '<a href="/t/rain-gauge-calibration/4100" class="title raw-link raw-topic-link">Rain gauge calibration</a></span></td>'
            '<td class="replies"><span class="posts">6</span></td><td class="views"><span class="views">210</span></td>'
            '<td>March 2, 2014</td></tr></tbody></table></div></div>\n</div>\n'
            '<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/'
            'SiteNavigationElement"><span itemprop="name"><a href="/" itemprop="url">Home </a></span></li><li itemscope '
            'itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">'
            'Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">'
            '<a href="/guidelines" itemprop="url">Guidelines </a></span></li></ul></nav><p class="powered-by-link">Powered by '
            '<a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>')
    doc = page(title, site, '<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse '
               'version 1a2b3c">', '', main, '', '', '')
    return "discourse", doc, truth("discourse", "discourse", title, allp[1:],
                                    "Discourse crawler view: div.topic-body.crawler-post per post "
                                    "(schema.org Comment microdata from the second), author in "
                                    "span.creator, time.post-time, text in div.post[itemprop=text]; "
                                    "a quote as aside.quote with 'NAME:' in div.title.",
                                    "post_%d", forum_post=True)


# ---- Dreamwidth (the served S2 "core2" entry page with comments: flat
# div.comment-thread.comment-depth-N siblings, div.dwexpcomment#cmtN
# inside, span.ljuser, span.datetime, div.comment-content, li.link.
# commentpermalink; as the user scripts that read dreamwidth.org pages
# describe it; the core2.s2 layer was not read) ---------------------------

def dreamwidth():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), lambda s, i: f"{i[:10]} {int(i[11:13]) % 12 or 12:02d}:{i[14:16]} "
               f"{'am' if int(i[11:13]) < 12 else 'pm'} (UTC)")
    for c, _ in walk(cs):
        c.author = c.author.replace(' ', '_').lower()
    rows = []
    for c, d in walk(cs):
        u = c.author
        rows.append(f'''<div class="comment-thread comment-depth-{"odd" if d % 2 else "even"} comment-depth-{d}">
<div class="dwexpcomment" id="cmt{c.num}"><div class="comment-wrapper comment-wrapper-{"odd" if d % 2 else "even"} visible full has-userpic" id="comment-cmt{c.num}-wrapper" style="margin-left: {(d - 1) * 25}px;"><div class="comment" id="comment-cmt{c.num}">
<div class="inner">
<div class="header">
<div class="comment-info">
<h4 class="comment-title"><a href="https://renner.dreamwidth.org/1234.html?thread={c.num}#cmt{c.num}">{"Re: " if d > 1 else ""}radiation shield</a></h4>
<span class="datetime"><span class="time"></span><span>{E(c.shown)}</span></span>
<span class="comment-poster"><span lj:user="{u}" style="white-space: nowrap;" class="ljuser"><a href="https://{u.replace("_", "-")}.dreamwidth.org/profile"><img src="https://www.dreamwidth.org/img/silk/identity/user.png" alt="[personal profile] " width="17" height="17" style="vertical-align: text-bottom; border: 0; padding-right: 1px;" /></a><a href="https://{u.replace("_", "-")}.dreamwidth.org/"><b>{E(u)}</b></a></span></span>
</div>
</div>
<div class="contents">
<div class="userpic"><a href="https://www.dreamwidth.org/allpics?user={u}"><img src="https://v.dreamwidth.org/{c.num}/77" width="100" height="100" alt="" /></a></div>
<div class="comment-content">{paras(c)}</div>
</div>
<div class="footer"><div class="inner">
<ul class="comment-management"></ul>
<ul class="comment-interaction"><li class="link commentpermalink first-item"><a href="https://renner.dreamwidth.org/1234.html?thread={c.num}#cmt{c.num}">Link</a></li><li class="link commentreply"><a href="https://renner.dreamwidth.org/1234.html?replyto={c.num}">Reply</a></li>{'<li class="link commentparent"><a href="#">Parent</a></li>' if d > 1 else ''}<li class="link commentthread"><a href="https://renner.dreamwidth.org/1234.html?thread={c.num}#cmt{c.num}">Thread</a></li></ul>
</div></div>
</div>
</div></div></div>
</div>''')
    main = ('<div id="canvas"><div class="inner"><div id="header"><div class="inner"><h1 id="title"><span>Balcony Notes</span></h1>'
            '<h2 id="subtitle"><span>small things made at home</span></h2></div></div>\n<div id="content"><div class="inner">'
            '<div id="primary"><div class="inner"><div id="entry-wrapper-1234" class="entry-wrapper entry-wrapper-odd security-public '
            'restrictions-none journal-type-P has-userpic has-subject"><div class="separator separator-before"><div class="inner"></div></div>'
            '<div class="entry" id="entry-1234"><div class="inner"><div class="header"><h3 class="entry-title"><a href="https://renner.'
            f'dreamwidth.org/1234.html">{E(title)}</a></h3><span class="datetime">Mar. 3rd, 2014 08:15 pm</span></div>'
            '<div><div class="contents"><div class="inner"><div class="userpic"><img src="https://v.dreamwidth.org/1/1" alt="" /></div>'
            '<div class="poster-info"><span class="poster entry-poster"><span lj:user="renner" class="ljuser"><a href="https://renner.'
            'dreamwidth.org/"><b>renner</b></a></span></span></div><div class="entry-content">'
            + ''.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '</div><div class="metadata bottom-metadata"><ul><li><span '
            'class="metadata-label metadata-label-mood">mood: </span><span class="metadata-item metadata-item-mood">'
            'accomplished</span></li></ul></div><div class="tag"><span class="tag-text">Tags:</span><ul><li><a rel="tag" '
            'href="https://renner.dreamwidth.org/tag/electronics">electronics</a></li></ul></div></div></div></div>'
            '<div class="footer"><div class="inner"><ul class="entry-management-links"><li class="entry-readlink first-item">'
            '<a href="https://renner.dreamwidth.org/1234.html#comments">7 comments</a></li></ul><ul class="entry-interaction-links">'
            '<li class="entry-permalink first-item"><a href="https://renner.dreamwidth.org/1234.html">Link</a></li><li '
            'class="entry-replylink"><a href="https://renner.dreamwidth.org/1234.html?mode=reply">Reply</a></li></ul></div></div>'
            '</div></div></div>\n<div id="comments"><div class="inner"><div class="comment-pages toppages"></div>\n'
            + '\n'.join(rows) + '\n<div class="bottomcomment"><ul class="entry-management-links"></ul><ul class="entry-interaction-links">'
            '<li class="entry-replylink first-item"><a href="https://renner.dreamwidth.org/1234.html?mode=reply">Reply</a></li></ul>'
            '</div></div></div>\n</div></div>\n<div id="secondary"><div class="inner"><div class="separator separator-before">'
            '<div class="inner"></div></div><div class="module-navlinks module"><ul class="module-list"><li><a href="https://renner.'
            'dreamwidth.org/">Recent Entries</a></li><li><a href="https://renner.dreamwidth.org/archive">Archive</a></li></ul></div>'
            '<div class="module-tags_cloud module"><h2 class="module-header">Tags</h2><div class="module-content"><ul><li>'
            '<a href="https://renner.dreamwidth.org/tag/electronics">electronics</a></li></ul></div></div></div></div>\n'
            '</div></div><div id="footer"><div class="inner"><div class="page-top"><a href="#">Page generated Mar. 9th, 2014 '
            '10:05 am</a></div><div class="poweredby">Powered by <a href="https://www.dreamwidth.org">Dreamwidth Studios</a>'
            '</div></div></div></div></div>')
    doc = page(title, site, '<link rel="openid.server" href="https://www.dreamwidth.org/openid/server" />', '', main, '', '', '')
    return "dreamwidth", doc, truth("dreamwidth", "dreamwidth", title, cs,
                                     "Dreamwidth entry page: flat div.comment-thread siblings with "
                                     "comment-depth-N classes (and margin-left on the wrapper), "
                                     "div.dwexpcomment#cmtN, the name in span.ljuser, the date in "
                                     "span.datetime, text in div.comment-content.", "cmt%d")


# ---- Staticman on Jekyll, nested one level (mmistakes/made-mistakes-jekyll
# _includes/page__comments.html and _includes/comment.html, as quoted in
# Michael Rose's "Improving static comments with Jekyll & Staticman"):
# flat article.js-comment.comment siblings, a reply right after its parent
# with the class "child"; replies to replies are not possible -------------

def staticman():
    site, title = "Made Mistakes", "A weather station on the balcony"
    cs = dated(thread_a(), lambda s, i: s.split(" ")[0] + " " + s.split(" ")[1] + " " + s.split(" ")[2])
    # one level deep: every reply answers the top-level comment
    tops = []
    for c in cs:
        kids = [k for k, _ in walk(c.replies)]
        for k in kids:
            k.replies = []
        c.replies = kids
        tops.append(c)
    rows = []
    for n, c in enumerate(tops, 1):
        for m, (k, d) in enumerate([(c, 1)] + [(r, 2) for r in c.replies]):
            idx = f"{n}" if d == 1 else f"{n}-{m}"
            au = (f'\n      <a rel="external nofollow" href="{E(k.url)}">\n        {E(k.author)}\n      </a>\n    '
                  if k.url else f'\n      {E(k.author)}\n    ')
            reply = ('' if d == 2 else
                     f'''
    <div class="comment__reply">
      <a rel="nofollow" class="btn" href="#comment-{idx}" onclick="return addComment.moveForm('comment-{idx}', '{idx}', 'respond', 'weather-station')">Reply to {E(k.author)}</a>
    </div>''')
            rows.append(f'''<article id="comment-{idx}" class="js-comment comment {"admin" if k.author == "Tobias Renner" else ""} {"child" if d == 2 else ""}">
  <div class="comment__avatar">
      <img src="https://www.gravatar.com/avatar/{k.num}abc?d=mm&s=60" srcset="https://www.gravatar.com/avatar/{k.num}abc?d=mm&s=120 2x" alt="{E(k.author)}">
  </div>
  <h3 class="comment__author-name">{au}</h3>
  <div class="comment__timestamp">
      <a href="#comment-{idx}" title="Permalink to this comment">
      <time datetime="{k.iso[:19]}+00:00">{E(k.shown)}</time>
      </a>
  </div>
  <div class="comment__content">
    {paras(k)}
  </div>{reply}
</article>
''')
    comments = ('<section class="page__reactions">\n      <!-- Start static comments -->\n      <div id="comments" class="js-comments">\n'
                f'        <h2 class="page__section-label">\n            {len(list(walk(tops)))}\n          Comments\n        </h2>\n'
                + ''.join(rows) + '      </div>\n      <!-- End static comments -->\n      <!-- Start new comment form -->\n'
                '      <div id="respond">\n        <h2 class="page__section-label">Leave a Comment <small><a rel="nofollow" '
                'id="cancel-comment-reply-link" href="https://mademistakes.example/weather-station/#respond" style="display:none;">'
                'Cancel reply</a></small></h2>\n        <form id="comment-form" class="page__form js-form form" method="post" '
                'action="https://api.staticman.net/v2/entry/mmistakes/site/master/comments">\n          <fieldset>\n            '
                '<label for="comment-form-message"><strong>Comment</strong> <small>(<a href="https://kramdown.gettalong.org/quickref.html">'
                'Markdown</a> is allowed)</small></label>\n            <textarea type="text" rows="6" id="comment-form-message" '
                'name="fields[message]" required spellcheck="true"></textarea>\n          </fieldset>\n          <fieldset>\n            '
                '<label for="comment-form-name"><strong>Name</strong></label>\n            <input type="text" id="comment-form-name" '
                'name="fields[name]" required spellcheck="false">\n          </fieldset>\n          <fieldset>\n            <label '
                'for="comment-form-reply">\n              <input type="checkbox" id="comment-form-reply" name="options[subscribe]" '
                'value="email">\n              Notify me of replies by email.\n            </label>\n            <button type="submit" '
                'id="comment-form-submit" class="btn btn--large">Submit Comment</button>\n          </fieldset>\n        </form>\n'
                '      </div>\n      <!-- End new comment form -->\n</section>')
    post = ('<main id="main" class="main-content" aria-label="Content">\n<article class="h-entry">\n<div class="page-wrapper">\n'
            f'<header class="page-header"><h1 id="page-title" class="page-title p-name">{E(title)}</h1></header>\n'
            '<div class="page-sidebar"><div class="page-author h-card p-author"><img src="/images/avatar.jpg" class="author-avatar '
            'u-photo" alt="Tobias Renner"><div class="author-info"><div class="author-name"><span class="p-name">Tobias Renner</span>'
            '</div></div></div><div class="page-date"><span class="page-date-label">Published</span><time class="page-date-time '
            'dt-published" datetime="2014-03-03T20:15:00+00:00">March 3, 2014</time></div></div>\n'
            '<div class="page-content"><div class="e-content">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) +
            '\n</div>\n<div class="page-share"><a href="https://twitter.com/intent/tweet?text=x" class="btn btn--twitter" title="Share on '
            'Twitter">Tweet</a> <a href="https://www.facebook.com/sharer/sharer.php?u=x" class="btn btn--facebook" title="Share on '
            'Facebook">Share</a></div>\n<nav class="page-pagination" role="navigation"><a class="page-previous" href="/solder-fumes/">'
            '<h4 class="page-pagination-label">Previous</h4><span class="page-pagination-title">Solder fumes</span></a></nav>\n'
            '</div>\n</div>\n</article>\n')
    related = ('<div class="page-related"><h2 class="page__section-label">You May Also Enjoy</h2><div class="entries-grid">'
               '<article class="entry h-entry"><h3 class="entry-title p-name"><a href="/rain-gauge/" rel="bookmark">A tipping-bucket '
               'rain gauge</a></h3><div class="entry-excerpt p-summary"><p>Counting raindrops with a reed switch.</p></div></article>'
               '</div></div>\n</main>')
    header = ('<header class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" '
              'class="greedy-nav"><a class="site-title" href="/">Made Mistakes</a><ul class="visible-links"><li class="masthead__menu-item">'
              '<a href="/articles/">Articles</a></li><li class="masthead__menu-item"><a href="/about/">About</a></li></ul></nav>'
              '</div></div></header>')
    footer = ('<footer id="footer" class="site-footer"><div class="copyright"><p>&copy; 2014 Tobias Renner. Powered by '
              '<a href="https://jekyllrb.com" rel="nofollow">Jekyll</a> &amp; <a href="https://staticman.net" rel="nofollow">'
              'Staticman</a>.</p></div></footer>')
    doc = page(title, site, '<meta name="generator" content="Jekyll v3.8.5" />', header, post, comments + related, '', footer)
    return "staticman", doc, truth("staticman", "staticman", title, tops,
                                    "Jekyll with Staticman comments, nested one level (Made Mistakes): "
                                    "flat article.js-comment.comment siblings, a reply right after its "
                                    "parent carrying the class 'child'; author in h3.comment__author-name, "
                                    "time[datetime], text in div.comment__content.", None)


# ---- Grav with its comments plugin, threaded (getgrav/grav-plugin-comments
# templates/partials/comments.html.twig: flat div.comment siblings with
# comment-level-N from 0, "Written on DATE by NAME" in div.comment-meta,
# text in div.comment-text; dates as comments.php writes them,
# 'D, d M Y H:i:s') ---------------------------------------------------------

def grav():
    site, title = "Workbench", "A weather station on the balcony"
    wd = {"03": "Mon", "04": "Tue", "05": "Wed", "06": "Thu", "07": "Fri", "08": "Sat"}
    cs = dated(thread_a(), lambda s, i: f"{wd[i[8:10]]}, {i[8:10]} Mar {i[:4]} {i[11:19]}")
    rows = []
    for c, d in walk(cs):
        rows.append(f'''				<div class="comment comment-level-{d - 1}" data-Id="{c.num}" >
				  <div class="comment-left">
					<a href="#">
					  <img class="comment-object" src="https://www.gravatar.com/avatar/{c.num}f00d?d=identicon" alt="user icon">
					</a>
				  </div>
				  <div class="comment-body">
					<div class="comment-heading">
						<div class="comment-title"><h4></h4></div>
						<div class="comment-reply"><a class="comment-add-reply" href="#">Reply</a></div>
						<div class="comment-meta">Written on {c.shown} by {E(c.author)}</div>
					</div>
					<div class="comment-text" >
						{E(" ".join(c.paras[:1] + ([c.quote] if c.quote else []) + c.paras[1:]))}
					</div>
					
				  </div>
				</div>''')
    comments = ('<div id="comments"><form name="comments" action="/blog/weather-station" method="POST" class="comments-form">'
                '<div class="form-field"><div class="form-label"><label>Name</label></div><div class="form-data"><input name="data[name]" '
                'value="" type="text" placeholder="Enter your name" required="required"></div></div><div class="form-field">'
                '<div class="form-data"><textarea name="data[text]" placeholder="Enter your message" required="required"></textarea>'
                '</div></div><div class="buttons"><button class="button" type="submit">Submit</button></div></form>\n'
                '        <h3>Comments</h3>\n\t\t<a class="comment-add-new" href="#">Add new comment</a>\n'
                '            <div class="row comments">\n' + '\n'.join(rows) + '\n            </div>\n</div>')
    post = ('<section id="body"><div class="padding"><div class="list-item"><div class="list-blog-header">'
            f'<span class="list-blog-date"><span>03</span><em>Mar</em></span><h2>{E(title)}</h2></div>'
            '<div class="list-blog-padding">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>'
            '<ul class="tags"><li><a href="/blog/tag:electronics">electronics</a></li></ul>'
            '<p class="prev-next"><a class="button" href="/blog/solder-fumes"><i class="fa fa-chevron-left"></i> Previous Post</a></p>'
            '</div>\n')
    side = ('<div id="sidebar" class="block size-1-3 pure-u-1-3"><div class="sidebar-content"><h4>Popular Tags</h4>'
            '<ul class="tagcloud"><li><a class="tag" href="/blog/tag:electronics">electronics</a></li></ul></div>'
            '<div class="sidebar-content"><h4>Archives</h4><ul class="archives"><li><a href="/blog/archives_month:mar_2014">'
            '<span class="archive_date">March 2014</span></a></li></ul></div></div>')
    header = ('<header id="header"><div id="logo"><h3><a href="/">Workbench</a></h3></div><div id="navbar"><ul class="navigation">'
              '<li class=""><a href="/">Home</a></li><li class="active"><a href="/blog">Blog</a></li></ul></div></header>')
    footer = ('<footer id="footer"><div class="totop"><span><a href="#" id="toTop"><i class="fa fa-arrow-up"></i></a></span></div>'
              '<p><a href="http://getgrav.org">Grav</a> was <i class="fa fa-code"></i> with <i class="fa fa-heart"></i> by '
              '<a href="http://www.rockettheme.com">RocketTheme</a>.</p></footer>')
    doc = page(title, site, '<meta name="generator" content="GravCMS" />', header, post,
               comments + '\n</div></section>', side, footer)
    return "grav", doc, truth("grav", "grav", title, cs,
                               "Grav comments plugin (threaded templates): flat div.comment siblings "
                               "with comment-level-N from 0, 'Written on DATE by NAME' in "
                               "div.comment-meta, the text in div.comment-text.", None)


# ---- Tistory (the comment app the [##_comment_group_##] substitution
# draws, as Tistory's skin guide shows its rendered markup: ul.tt-list-reply
# > li.tt-item-reply.rp_general, a.tt-link-user, p.tt_desc, span.tt_date;
# a reply in the ul.tt-list-reply-comment inside its comment, one level) ---

def tistory():
    site, title = "공방 일지", "베란다 기상 관측소"
    cs = dated(thread_a(), lambda s, i: f"{i[:4]}. {int(i[5:7])}. {int(i[8:10])}. {i[11:16]}")
    for c in cs:
        kids = [k for k, _ in walk(c.replies)]
        for k in kids:
            k.replies = []
        c.replies = kids

    def one(c, top):
        home = E(c.url) if c.url else "#"
        kids = ''.join(one(r, False) for r in c.replies)
        sub = f'<ul class="tt-list-reply-comment">{kids}</ul>' if kids else ''
        link = ('' if not top else f'''
            <span class="tt-wrap-link-comment">
                     <a href="#" class="tt-link-comment">
                        <span class="tt_txt_g">답글</span>
                        <span class="tt_num_g">{len(c.replies)}</span>
                     </a>
                  </span>''')
        return f'''<li class="tt-item-reply rp_general" id="comment{c.num}">
      <div class="tt-wrap-cmt">
        <div class="tt-box-thumb">
          <a href="{home}">
            <span class="tt-thumbnail" style="background-image: url(&quot;https://img1.daumcdn.net/thumb/C64x64/?fname={c.num}&quot;);"></span>
          </a>
        </div>
        <div class="tt-box-content">
          <div class="tt-box-meta">
            <a href="{home}" class="tt-link-user">{E(c.author)}</a>
            <div class="tt_cmt_profile">
              <button type="button" class="tt_btn_profile">
                <span class="tt_img_area_reply tt_ico_profile">프로필열기</span>
              </button>
            </div>
          </div>
          <div class="tt-wrap-desc">
            <p class="tt_desc">{"<br>".join(E(x) for x in c.paras[:1] + ([c.quote] if c.quote else []) + c.paras[1:])}</p>
          </div>
          <div class="tt-wrap-info">
            <span class="tt_date">{E(c.shown)}</span>{link}
          </div>
          <div class="tt-box-modify">
            <button type="button" class="tt_img_area_reply tt-button-modify">더보기</button>
            <ul class="tt-list-modify">
              <li><a href="#">수정</a></li>
              <li><a href="#">삭제</a></li>
              <li><a href="#">링크복사</a></li>
            </ul>
          </div>
        </div>
      </div>
      {sub}
    </li>
'''
    comments = ('<div class="comments"><div id="entry12Comment"><div data-tistory-react-app="Comment">'
                '<div class="tt-comment-cont">\n<div class="tt-box-total">\n  <span class="tt_txt_g">댓글</span>\n'
                f'  <span class="tt_num_g">{len(list(walk(cs)))}</span>\n</div>\n<div class="tt-area-reply">\n'
                '  <ul class="tt-list-reply">\n' + ''.join(one(c, True) for c in cs) + '  </ul>\n</div>\n'
                '<form style="margin: 0px;">\n  <div class="tt-area-write">\n    <div class="tt-box-thumb">\n'
                '      <span class="tt-thumbnail" style="background-image: url(&quot;https://t1.daumcdn.net/tistory_admin/'
                'blog/admin/profile_default_03.png&quot;);"></span>\n    </div>\n    <div class="tt_wrap_write">\n'
                '      <div class="tt-box-account">\n        <input type="text" title="이름" placeholder="이름" maxlength="32" '
                'value="">\n        <input type="password" title="비밀번호" maxlength="12" placeholder="비밀번호" value="">\n'
                '      </div>\n      <div class="tt-box-textarea">\n        <div class="tt-inner-g">\n          <div '
                'contenteditable="true" placeholder="내용을 입력하세요." class="tt-cmt"></div>\n        </div>\n      </div>\n'
                '      <div class="tt-box-write">\n        <label class="tt-xe-label">\n          <input type="checkbox" '
                'id="secret">\n          <span class="tt_img_area_reply tt-xe-input-helper"></span>\n          <span '
                'class="tt-xe-label-text">비밀글</span>\n        </label>\n        <button type="submit" class="tt-btn_register" '
                'disabled="">등록</button>\n      </div>\n    </div>\n  </div>\n</form>\n</div></div></div></div>')
    post = ('<div id="content"><div class="inner"><div class="hgroup"><div class="category">전자공작</div>'
            f'<h1>{E(title)}</h1><div class="post-meta"><span class="author">공방지기</span><span class="date">2014. 3. 3. 20:15'
            '</span></div></div>\n<div class="entry-content"><div class="tt_article_useless_p_margin contents_style">'
            + ''.join(f'<p data-ke-size="size16">{E(p)}</p>' for p in
                      ["드디어 주말 프로젝트를 정리했습니다. 베란다에 작은 기상 관측소를 만들어 5분마다 온도와 습도를 거실의 라즈베리 "
                       "파이에 기록합니다.",
                       "센서는 쉬운 부분이었습니다. 케이스는 세 번이나 다시 만들었는데, 직사광선을 받는 플라스틱 상자 안에서는 "
                       "어떤 값도 열이 난 환자의 체온표처럼 나옵니다.",
                       "다음 달에는 우량계를 달고 데이터를 공개 페이지로 올리려고 합니다. 의견은 아래 댓글로 부탁드립니다."])
            + '</div>\n<div class="container_postbtn #post_button_group"><div class="postbtn_like"><div class="wrap_btn" '
            'id="reaction-12"><button class="btn_post uoc-icon"><div class="uoc-icon"><span class="txt_like uoc-count">3'
            '</span></div></button></div><div class="wrap_btn wrap_btn_share"><button type="button" class="btn_post '
            'sns_btn btn_share" aria-expanded="false"><span class="ico_postbtn ico_share">공유하기</span></button></div>'
            '</div></div>\n</div>\n<div class="another_category another_category_color_gray"><h4>\'<a href="/category/'
            '전자공작">전자공작</a>\' 카테고리의 다른 글</h4><table><tr><th><a href="/11">납땜 연기 대책</a></th>'
            '<td>2014.02.20</td></tr></table></div>\n')
    header = ('<header id="header"><div class="inner"><h1><a href="/">공방 일지</a></h1><nav id="gnb"><ul><li class="t_menu_home '
              'first"><a href="/">홈</a></li><li class="t_menu_tag"><a href="/tag">태그</a></li><li class="t_menu_guestbook '
              'last"><a href="/guestbook">방명록</a></li></ul></nav></div></header>')
    side = ('<aside id="aside" class="sidebar"><div class="sidebar-1"><div class="module module_plugin"><h2>최근댓글</h2><ul>'
            '<li><a href="/11#comment40">감사합니다!</a></li></ul></div><div class="module module_plugin"><h2>태그</h2>'
            '<div class="box-tag"><a href="/tag/라즈베리파이">라즈베리파이</a></div></div></div></aside>')
    footer = ('<footer id="footer"><div class="inner"><p class="copyright">DESIGN BY <a href="#">TISTORY</a></p></div>'
              '</footer>')
    doc = page(title, site, '<meta property="og:site_name" content="공방 일지">', header, post,
               comments + '\n</div></div>', side, footer)
    return "tistory", doc, truth("tistory", "tistory", title, cs,
                                  "Tistory comment app: li.tt-item-reply.rp_general, a.tt-link-user, "
                                  "p.tt_desc, span.tt_date 'YYYY. M. D. hh:mm'; replies (one level) in "
                                  "the ul.tt-list-reply-comment inside their comment.", "comment%d")



# ---- a thread with a deleted comment (platforms that keep a deleted
# comment's place when it has replies) -------------------------------------

def thread_d(placeholder):
    """thread_a() and a fourth top-level comment deleted by its author,
    kept (without author or text) because a reply hangs under it."""
    cs = thread_a()
    cs.append(C(None, None, None, None, [placeholder], replies=[
        C("Ines Kowalczyk", None, None, None,
          ["Whatever the question was: the shield matters more than the "
           "sensor, every single time."])]))
    return cs


# ---- wpDiscuz 3 (wp-plugins/wpdiscuz comment-form/tpl-comment.php,
# WC_Comment_Template_Builder::get_comment_template(): div.wc-comment
# #wc-comm-ID_PARENT with wc_comment_level-N, a reply's class wc-reply,
# div.wc-comment-author / wc-comment-date / wc-comment-text; a reply sits
# inside its parent's div, after the parent's hidden reply form) ----------

def wpdiscuz():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), lambda s, i: s.rsplit(' ', 2)[0])

    def one(c, parent, depth):
        uid = f"{c.num}_{parent}"
        name = (f"<a href='{E(c.url)}'>{E(c.author)}</a>" if c.url else E(c.author))
        kids = ''.join(one(r, c.num, depth + 1) for r in c.replies)
        cls = 'wc-comment wc-reply' if parent else 'wc-comment'
        pc = ' parnet_comment' if not parent and c.replies else ''
        text = ('<p>' + E(c.paras[0]) + '</p>' +
                ''.join(f'<p>{E(x)}</p>' for x in ([c.quote] if c.quote else []) + c.paras[1:]))
        toggle = (f'<span id="wc-toggle-{uid}" class="wc-toggle" style="display:block;">Hide Replies &and;</span>'
                  if not parent and c.replies else '')
        vote = ('<span id="wc-%s-%s" class="wc-vote-link wc-%s  wc_tooltipster" title="You must be logged in to vote">'
                '<img src="/wp-content/plugins/wpdiscuz/files/img/thumbs-%s.png"  align="absmiddle" class="wc-vote-img-%s" /></span>')
        return (f'<div id="wc-comm-{uid}" class="{cls} {pc} wc_comment_level-{depth}">'
                f'<div class="wc-comment-left" id="comment-{c.num}"><img alt=\'\' src=\'https://secure.gravatar.com/avatar/{c.num}?s=64&amp;d=mm\' '
                'class=\'avatar avatar-64 photo\' height=\'64\' width=\'64\' /><div class="wc-blog-guest wc-comment-label">Guest</div></div>'
                '<div class="wc-comment-right ">'
                f'<div class="wc-comment-header"><div class="wc-comment-author">{name}</div><div class="wc-comment-date">{E(c.shown)}</div>'
                '<div style="clear:both"></div></div>'
                f'<div class="wc-comment-text">{text}</div>'
                f'<div class="wc-comment-footer"><div id="vote-count-{uid}" class="wc-vote-result">{c.num % 3}</div> '
                + vote % ('up', uid, 'up', 'up', 'up') + ' &nbsp;|&nbsp; ' + vote % ('down', uid, 'down', 'down', 'down') + '&nbsp;'
                f'&nbsp;&nbsp;<span id="wc-comm-reply-{uid}" class="wc-reply-link" title="Reply">Reply</span> &nbsp;&nbsp;'
                f'-&nbsp;&nbsp; <span id="wc-comm-share-{uid}" class="wc-share-link" title="Share">Share</span> &nbsp;&nbsp;'
                f'<span id="share_buttons_box-{uid}" class="share_buttons_box"><a target="_blank" href="http://www.facebook.com/sharer.php" '
                'title="Share On Facebook"><img src="/wp-content/plugins/wpdiscuz/files/img/social-icons/fb-18x18.png"/></a>&nbsp;&nbsp;</span>'
                f'{toggle}</div></div><div style="clear:both"></div>'
                f'<div class="wc-form-wrapper wc-secondary-forms-wrapper" id="wc-secondary-forms-wrapper-{uid}">'
                f'<form action="" method="post" id="wc_comm_form-{uid}" class="wc_comm_form wc_secondary_form">'
                '<div class="wc-field-comment"><div class="wc-field-avatararea"><img alt=\'\' src=\'https://secure.gravatar.com/avatar/?s=40&amp;d=mm\' '
                'class=\'avatar avatar-40 photo avatar-default\' height=\'40\' width=\'40\' /></div>'
                f'<div class="wc-field-textarea wpdiscuz-item"><textarea id="wc_comment-{uid}" class="wc_comment wc_field_input" name="wc_comment" '
                'required="required" placeholder="Join the discussion..."></textarea></div><div style="clear:both"></div></div>'
                f'<div id="wc-form-footer-{uid}" class="wc-form-footer"><div class="wc-author-data"><div class="wc-field-name wpdiscuz-item">'
                f'<input id="wc_name-{uid}" name="wc_name" class="wc_name wc_field_input" required="required" value="" type="text" placeholder="Name*"/></div>'
                '<div style="clear:both"></div></div><div class="wc-form-submit"><div class="wc-field-submit">'
                f'<input type="button" name="submit" value="Post Comment" id="wc_comm-{uid}" class="wc_comm_submit button alt"/></div>'
                '<div style="clear:both"></div></div></div></form></div>'
                f'{kids}</div>\n')
    comments = ('<div class="wpdiscuz_top_clearing"></div>\n<div id="comments" class="comments-area" style="border:none;">'
                '<div id="respond" style="width:0;height:0;clear:both;margin:0;padding:0;"></div>\n'
                '<div class="wc_social_plugin_wrapper"></div>\n<div id="wpcomm" style="max-width:100%">\n'
                '<div style="clear:both"></div>\n<div class="wc-comment-bar"><p class="wc-comment-title">8 Comments</p>'
                '<div class="wc-thread-sorting">Sort by: <span class="wc-newest">newest</span> | <span class="wc-oldest">oldest</span></div></div>\n'
                '<div class="wc-form-wrapper wc-main-form-wrapper" id="wc-main-form-wrapper-0_0"><p class="wc-comment-title">Leave a Reply</p>'
                '<form action="" method="post" id="wc_comm_form-0_0" class="wc_comm_form wc_main_comm_form"><div class="wc-field-comment">'
                '<div class="wc-field-textarea wpdiscuz-item"><textarea id="wc_comment-0_0" class="wc_comment wc_field_input" name="wc_comment" '
                'required="required" placeholder="Start the discussion"></textarea></div></div><div class="wc-form-footer"><div class="wc-form-submit">'
                '<div class="wc-field-submit"><input type="button" name="submit" value="Post Comment" id="wc_comm-0_0" class="wc_comm_submit button alt"/></div>'
                '</div></div></form></div>\n<div class="wc-thread-wrapper">\n' + ''.join(one(c, 0, 1) for c in cs) +
                '<div class="wpdiscuz-comment-pagination"></div></div>\n<div style="clear:both"></div>\n'
                '<div class="by-wpdiscuz"><span id="awpdiscuz" onclick="javascript:document.getElementById(\'bywpdiscuz\').style.display = \'inline\';'
                ' document.getElementById(\'awpdiscuz\').style.display = \'none\';"><img src="/wp-content/plugins/wpdiscuz/files/img/plugin-icon/plugin-icon-20.png" '
                'align="absmiddle" /></span>&nbsp;<a href="http://gvectors.com/wpdiscuz/" id="bywpdiscuz" title="wpDiscuz v3.0.7 - Supercharged native comments">wpDiscuz</a></div>'
                '\n</div>\n</div>\n<div id="wpdiscuz-loading-bar"></div>')
    post = ('<div id="primary" class="content-area"><main id="main" class="site-main" role="main">\n'
            '<article id="post-42" class="post-42 post type-post status-publish format-standard hentry category-electronics">\n'
            f'<header class="entry-header"><h1 class="entry-title">{E(title)}</h1></header>\n<div class="entry-content">\n'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>\n<footer class="entry-footer"><span class="posted-on">'
            '<a href="/2014/03/weather-station/" rel="bookmark"><time class="entry-date published" datetime="2014-03-03T20:15:00+00:00">'
            'March 3, 2014</time></a></span><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/tobias/">'
            'Tobias</a></span></span></footer>\n</article>\n'
            '<nav class="navigation post-navigation" role="navigation"><div class="nav-links"><div class="nav-previous">'
            '<a href="/2014/02/solder-fumes/" rel="prev">Solder fumes</a></div></div></nav>\n')
    doc = page(title, site, "<meta name='generator' content='WordPress 4.1.1' />\n<link rel='stylesheet' id='wpdiscuz-frontend-css-css'"
               "  href='/wp-content/plugins/wpdiscuz/files/css/wpdiscuz.min.css?ver=4.1.1' type='text/css' media='all' />",
               std_header(site), post, comments + '\n</main></div>',
               '<div id="secondary" class="widget-area" role="complementary"><aside id="recent-comments-2" class="widget '
               'widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul id="recentcomments"><li class="recentcomments">'
               '<span class="comment-author-link">Margaret Holloway</span> on <a href="/2014/02/solder-fumes/#comment-77">Solder fumes</a>'
               '</li></ul></aside></div>', std_footer(site))
    return "wpdiscuz", doc, truth("wpdiscuz", "wpdiscuz", title, cs,
                                   "WordPress with wpDiscuz 3: div.wc-comment#wc-comm-ID_PARENT with "
                                   "wc_comment_level-N, author in div.wc-comment-author, date in "
                                   "div.wc-comment-date, text in div.wc-comment-text; a reply nested "
                                   "in its parent's div after the parent's hidden reply form "
                                   "(wp_kses leaves no blockquote: the quote is a paragraph).",
                                   "comment-%d")


# ---- Forem / dev.to (forem/forem app/views/comments/_comment.html.erb:
# div.single-comment-node.comment-deep-N nested in its parent, author in
# span.comment-username, date in div.comment-date > a, text in div.body; a
# deleted comment keeps its node with "[deleted]" as the body) -------------

FOREM_COMMENT = '''<div class="inner-comment">
        <div class="details">
          <a href="/{user}">
            <img class="profile-pic" src="https://res.cloudinary.com/practicaldev/image/fetch/s--x--/c_fill,f_auto,fl_progressive,h_50,q_auto,w_50/{user}.png" />
            <span class="comment-username">
              <span class="comment-username-inner">
                {name}
              </span>
            </span>
          </a>
          <div class="comment-date">
            <a href="/{user}/comment/{code}">{shown}</a>
          </div>
          <button class="dropbtn">
            <img class="dropdown-icon" src="/assets/chevron-down.svg" alt="Chevron down" />
          </button>
          <div class="dropdown">
            <div class="dropdown-content">
              <a href="/{user}/comment/{code}">
                Permalink
              </a>
              <span class="mod-actions hidden" style="display:none">
                <a href="/{user}/comment/{code}/mod" class="edit-butt" rel="nofollow" style="color:#0a0a0a">Moderate</a>
              </span>
              <a href="/report-abuse?url=https://dev.to/{user}/comment/{code}">Report Abuse</a>
            </div>
          </div>
        </div>
        <div class="body">
          {body}
          <button class="reaction-button" id="button-for-comment-{num}" data-comment-id="{num}" title="heart">
            <img src="/assets/favorite-heart-outline-button.svg" alt="Favorite heart outline button" />
           <img class="voted-heart" src="/assets/emoji/emoji-one-heart.png"/>
          </button>
        </div>
        <div class="actions" data-comment-id="{num}" data-path="/renner/balcony-weather-station-4kd2/comments/{code}">
            <a href="#/renner/balcony-weather-station-4kd2/comments/new/{code}" class="toggle-reply-form" rel="nofollow">REPLY</a>
        </div>
      </div>'''


def forem():
    site, title = "DEV Community", "A weather station on the balcony"
    cs = dated(thread_d("[deleted]"), lambda s, i: ["", "Jan", "Feb", "Mar"][int(i[5:7])] + f" {int(i[8:10])} '14")

    def one(c, depth):
        kids = ''.join(one(r, depth + 1) for r in c.replies)
        root = ' root' if depth == 0 else ' child'
        flat_ = ' flat-node' if depth > 3 else ''
        if c.author is None:
            inner = ('<div class="inner-comment">\n<div class="body" style="padding-bottom:32px;opacity:0.3;user-select:none;cursor:default">\n'
                     '          [deleted]\n        </div>\n      </div>')
            uid = ''
        else:
            user = c.author.split()[0].lower().replace('_', '')
            uid = str(c.num * 7)
            inner = FOREM_COMMENT.format(user=user, name=E(c.author), code=f"{c.num:x}", shown=E(c.shown),
                                         body=paras(c), num=c.num)
        return (f'<div class="comment-hash-marker" id="{c.num:x}"></div>\n'
                f'<div id="comment-node-{c.num}" class="single-comment-node{root}{flat_} comment-deep-{depth}" '
                f'data-comment-id="{c.num}" data-comment-author-id="{uid}">\n    {inner}\n{kids}</div>\n')
    comments = ('<div class="comments-container" id="comments-container" data-commentable-id="4242" data-commentable-type="Article">\n'
                '<header><h3>Discussion (10)</h3><div class="comments-sort"><a href="?comments_sort=top">Top comments</a></div></header>\n'
                '<form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" method="post">'
                '<input name="utf8" type="hidden" value="&#x2713;" /><div class="field"><textarea placeholder="Add to the discussion" '
                'id="text-area" name="comment[body_markdown]"></textarea></div><input type="submit" name="commit" value="SUBMIT" '
                'class="comment-action-button" /></form>\n<div class="comment-trees" id="comment-trees-container">\n'
                + ''.join(one(c, 0) for c in cs) + '</div>\n</div>')
    post = ('<div class="home article-page" id="page-content"><article class="container" id="article-show-container" '
            'data-article-id="4242" itemscope itemtype="http://schema.org/Article">\n<header class="title" id="main-title">'
            f'<h1 itemprop="name headline">{E(title)}</h1>\n<h3><a href="/renner" class="author"><img class="profile-pic" '
            'src="/uploads/user/profile_image/1/renner.png" alt="renner profile image" /><span itemprop="name">Tobias Renner</span>'
            '</a><span class="published-at"><time datetime="2014-03-03T20:15:00Z">Mar 3 \'14</time></span></h3>\n'
            '<div class="tags"><a class="tag" href="/t/raspberrypi">#raspberrypi</a><a class="tag" href="/t/iot">#iot</a></div>\n'
            '</header>\n<div class="body" id="article-body" data-article-id="4242" itemprop="articleBody">\n'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>\n</article>\n'
            '<div class="article-actions" id="article-reaction-actions"><button class="article-reaction-butt" id="reaction-butt-like">'
            '<img src="/assets/heart.svg" alt="Heart" /><span class="reaction-number" id="reaction-number-like">12</span></button></div>\n')
    header = ('<div class="top-bar" id="top-bar"><nav><a href="/" class="logo-link" id="logo-link" aria-label="DEV Home">'
              '<svg class="logo"></svg></a><div class="nav-search-form"><form accept-charset="UTF-8" method="get" action="/search">'
              '<input class="nav-search-form__input" type="text" name="q" placeholder="search" autocomplete="off" /></form></div>'
              '<a href="/enter" class="cta nav-link">WRITE A POST</a></nav></div>')
    side = ('<div class="sidebar-additional"><div class="widget"><header><h4>Classic DEV Post from Feb 2014</h4></header>'
            '<div class="widget-body"><a href="/ines/solder-fumes-3kd1">Solder fumes and how I stopped breathing them</a></div></div></div>')
    footer = ('<footer class="crayons-footer"><div id="footer-container"><div class="inner-footer-container"><a href="/">Home</a>'
              ' <a href="/about">About</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of use</a></div>'
              '<p>DEV Community copyright 2016 - 2014</p></div></footer>')
    doc = page(title, site, '<meta name="application-name" content="dev.to">', header, post, comments + '\n</div>', side, footer)
    return "forem", doc, truth("forem", "forem", title, cs,
                                "dev.to (Forem): div.single-comment-node.comment-deep-N nested in its "
                                "parent's node, author in span.comment-username, date in "
                                "div.comment-date > a, text in div.body; a deleted comment keeps its "
                                "node (and its replies) with '[deleted]' as the body.", "comment-node-%d")


# ---- Tildes (spectria/tildes tildes/tildes/templates/macros/comments.jinja2
# render_comment_tree(): article.comment with data-comment-depth, header with
# a.link-user and time.time-responsive, div.comment-text, replies in
# div.comment-replies inside the article; a deleted comment keeps its
# article with "Comment deleted by author" in its header) ------------------

def tildes():
    site, title = "Tildes", "A weather station on the balcony"
    months = ["January", "February", "March"]

    def td(s, i):
        return f"{months[int(i[5:7]) - 1]} {int(i[8:10])}, {i[:4]}"
    cs = dated(thread_d("Comment deleted by author"), td)
    for c, _ in walk(cs):
        if c.author:
            c.author = c.author.split()[0].lower().replace('_', '')

    def one(c, depth):
        kids = ''.join(one(r, depth + 1) for r in c.replies)
        rep = f'\n  <div class="comment-replies">\n{kids}  </div>' if kids else ''
        cid = f"{c.num:x}"
        iso = c.iso
        parent = ('\n      <a class="comment-nav-link" href="#" data-js-comment-parent-button>Parent</a>' if depth else '')
        if c.author is None:
            head = '<div class="is-comment-deleted">Comment deleted by author</div>'
            body = ''
        else:
            body = ('\n    <div class="comment-text">\n' + paras(c) + '\n    </div>\n    <menu class="post-buttons">'
                    '<li><a class="post-button" name="vote">Vote</a></li><li><a class="post-button" name="reply" '
                    'data-js-comment-reply-button>Reply</a></li></menu>')
            head = (f'<a href="/user/{c.author}" class="link-user">{E(c.author)}</a>\n      '
                    f'<time class="time-responsive" datetime="{iso}" title="{iso[:10]} {iso[11:19]} UTC" '
                    f'data-abbreviated="{E(c.shown[:6])}"><span class="time-responsive-full">{E(c.shown)}</span></time>')
        return (f'<article id="comment-{cid}" class="comment" data-comment-id36="{cid}" data-comment-depth="{depth}">\n'
                '  <div class="comment-itself">\n    <header>\n      <button class="btn btn-comment-collapse" '
                f'data-js-comment-collapse-button>&minus;</button>\n      {head}\n      <a class="comment-nav-link" '
                f'href="/~hobbies/4kd/balcony_weather_station#comment-{cid}">Link</a>{parent}\n    </header>{body}\n  </div>{rep}\n'
                '</article>\n')
    comments = ('<section class="topic-comments">\n<header class="topic-comments-header"><h2>10 comments</h2>'
                '<form class="form-listing-options" method="get"><label for="comment_order">Comments sorted by</label>'
                '<select id="comment_order" name="comment_order"><option value="relevance">relevance</option></select></form></header>\n'
                '<ol class="comment-tree">\n' + ''.join('<li class="comment-tree-item">\n' + one(c, 0) + '</li>\n' for c in cs) +
                '</ol>\n</section>')
    post = ('<main id="site-main" role="main">\n<article id="topic-4kd" class="topic-full" data-topic-id36="4kd">\n'
            f'<header><h1>{E(title)}</h1><div class="topic-full-byline">Posted <time class="time-responsive" '
            'datetime="2014-03-03T20:15:00Z" title="2014-03-03 20:15:00 UTC"><span class="time-responsive-full">March 3, 2014'
            '</span></time> by <a href="/user/tobias" class="link-user">tobias</a></div></header>\n'
            '<div class="topic-full-text">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>\n'
            '<menu class="post-buttons"><li><a class="post-button" name="vote">Vote</a></li></menu>\n'
            '<section class="topic-comment-form"><form class="form-markdown" method="post"><div class="form-markdown-tabs">'
            '</div><textarea class="form-input" name="markdown" placeholder="Write a comment"></textarea><div class="form-buttons">'
            '<button type="submit" class="btn btn-primary">Post comment</button></div></form></section>\n</article>\n')
    header = ('<header id="site-header"><a class="site-header-logo" href="/">Tildes</a><div class="site-header-context">'
              '<a href="/~hobbies" class="link-group">~hobbies</a></div></header>')
    side = ('<aside id="sidebar"><div class="sidebar-controls"></div><h3>Topic information</h3><dl class="topic-info">'
            '<dt>Tags</dt><dd><ul class="topic-tags"><li><a href="/~hobbies?tag=electronics">electronics</a></li></ul></dd>'
            '<dt>Comments</dt><dd>10</dd></dl></aside>')
    footer = ('<footer id="site-footer"><a href="https://docs.tildes.net">Docs</a> <a href="https://gitlab.com/tildes/tildes">Code</a>'
              ' <a href="mailto:contact@tildes.net">Contact</a></footer>')
    doc = page(title, site, '<meta name="application-name" content="Tildes">', header, post, comments + '\n</main>', side, footer)
    return "tildes", doc, truth("tildes", "tildes", title, cs,
                                 "Tildes: article.comment with data-comment-depth, header with "
                                 "a.link-user and time.time-responsive, div.comment-text, replies "
                                 "in div.comment-replies inside the article; a deleted comment keeps "
                                 "its article with 'Comment deleted by author' in its header.", None)


# ---- HashOver (jacobwb/hashover-next themes/default/comments.html, the
# template of one comment: div.hashover-header with the name, div.
# hashover-content, span.hashover-date in div.hashover-footer; filled into
# div.hashover-comment#hashover-cN, a reply div.hashover-comment.hashover-
# reply#hashover-cNrM inside its parent, as the script draws it) ----------

def hashover():
    site, title = "Workshop Log", "A weather station on the balcony"
    cs = dated(thread_a())

    def one(c, hid, reply, pname):
        kids = ''.join(one(r, f"{hid}r{k + 1}", True, c.author) for k, r in enumerate(c.replies))
        name = (f'<a href="{E(c.url)}" id="hashover-name-{hid}" class="hashover-name-website" rel="noopener noreferrer" '
                f'target="_blank">{E(c.author)}</a>' if c.url else
                f'<span id="hashover-name-{hid}" class="hashover-name-plain">{E(c.author)}</span>')
        parent = (f'<a href="#hashover-{hid.rsplit("r", 1)[0]}" id="hashover-parent-link-{hid}" class="hashover-parent-link">'
                  f'In reply to {E(pname)}</a>' if reply else '')
        return (f'<div id="hashover-{hid}" class="hashover-comment{" hashover-reply" if reply else ""}">\n'
                f'<div class="hashover-header">\n\t<div class="hashover-avatar"><img src="/hashover/images/avatar.png" alt=""></div>'
                f'<span class="hashover-name">{name}</span>\n\t{parent}\n</div>\n\n<div class="hashover-balloon">\n'
                f'\t<div id="hashover-content-{hid}" class="hashover-content">\n\t\t{paras(c)}\n\t</div>\n\n'
                '\t<div class="hashover-footer">\n\t\t<span class="hashover-date">\n\t\t\t'
                f'<a href="#hashover-{hid}" title="Permalink" class="hashover-date-permalink">{E(c.shown)}</a>\n'
                '\t\t</span>\n\n\t\t<span class="hashover-buttons">\n\t\t\t'
                f'<a href="?hashover-like={hid}#hashover-{hid}" id="hashover-like-{hid}" class="hashover-like" '
                'title="\'Like\' this comment">Like</a>\n\t\t\t'
                f'<a href="?hashover-reply={hid}#hashover-reply-form-{hid}" id="hashover-reply-link-{hid}" class="hashover-reply-link" '
                'title="Reply to this comment">Reply</a>\n'
                '\t\t</span>\n\t</div>\n\n'
                f'\t<span id="hashover-placeholder-edit-form-{hid}">\n\t\t\n\t</span>\n</div>\n\n'
                f'<span id="hashover-placeholder-reply-form-{hid}">\n\t\n</span>\n{kids}</div>\n')
    comments = ('<div id="hashover">\n<span class="hashover-title hashover-main-title hashover-dashed-title">Post a Comment</span>\n'
                '<div id="hashover-form-section"><form id="hashover-form" class="hashover-balloon" name="hashover-form" action="/hashover/'
                'backend/form-actions.php" method="post"><div class="hashover-inputs"><div class="hashover-name-input">'
                '<input id="hashover-main-name" class="hashover-input-info" type="text" name="name" title="Name" value="" '
                'maxlength="30" placeholder="Name"></div></div><div id="hashover-form-comment"><textarea id="hashover-main-comment" '
                'class="hashover-textarea" cols="63" name="comment" rows="5" title="Type comment here..." placeholder="Type comment '
                'here..."></textarea></div><div class="hashover-form-footer"><input id="hashover-main-post-button" class="hashover-'
                'submit hashover-post-button" type="submit" name="post" value="Post Comment" title="Post Comment"></div></form></div>\n'
                '<div id="hashover-comments-section">\n<div class="hashover-count-sort"><span class="hashover-count">'
                '<span class="hashover-title hashover-dashed-title">Showing 8 Comments</span></span></div>\n'
                '<div id="hashover-sort-section">\n' + ''.join(one(c, f"c{k + 1}", False, None) for k, c in enumerate(cs)) +
                '</div>\n</div>\n<div id="hashover-end-links"><a href="http://tildehash.com/?page=hashover" id="hashover-home-link" '
                'target="_blank">HashOver Comments</a> &#8210; <a href="/hashover/api/rss.php?url=x" id="hashover-rss-link" '
                'target="_blank">RSS Feed</a></div>\n</div>')
    doc = page(title, site, '<script type="text/javascript" src="/hashover/comments.php"></script>', std_header(site),
               post_html('div', 'post', title, '<p class="byline">Posted by Tobias on March 3, 2014</p>'),
               comments, std_sidebar(["Margaret Holloway", "dave_k"]), std_footer(site))
    return "hashover", doc, truth("hashover", "hashover", title, cs,
                                   "HashOver comments as the script drew them: div.hashover-comment#"
                                   "hashover-cN, replies (div.hashover-comment.hashover-reply) inside "
                                   "their parent after its balloon; name in span.hashover-name-plain or "
                                   "a.hashover-name-website, date a.hashover-date-permalink, text "
                                   "div.hashover-content.", None)


# ---- Textpattern (textpattern/textpattern setup/themes/four-point-seven
# forms/comment/comments_display.txp: ol.comments-list, one li per comment;
# five-point-zero forms/comment/comments.txp: article.comments with
# schema.org Comment microdata, h4 > span.comment-author, p.footnote > time,
# div[itemprop=text]; comments are flat) ------------------------------------

TXP_COMMENT = '''<li><article class="comments" itemscope itemtype="https://schema.org/Comment">

    <h4>
        <span class="comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person">
            <span itemprop="name">
                {name}
            </span>
        </span>

        <span class="comment-anchor" itemprop="url">
            <a href="https://workbench.example/articles/42/a-weather-station-on-the-balcony#c{num:06d}" class="permlink">#</a>
        </span>

    </h4>

    <p class="footnote">
        <time datetime="{iso}" itemprop="dateCreated">
            {shown}
            (2 days ago)
        </time>
    </p>

    <div itemprop="text">
        {body}
    </div>

</article></li>
'''


def textpattern():
    site, title = "Workbench Journal", "A weather station on the balcony"
    cs = flat(dated(thread_a(), lambda s, i: f"{int(i[8:10])} March {i[:4]}"))

    def one(c):
        return TXP_COMMENT.format(name=author_link(c), num=c.num, iso=c.iso, shown=E(c.shown), body=paras(c))
    comments = ('<section id="comments-head">\n        <h3>\n            Comments\n        </h3>\n        <ol class="comments-list">\n'
                + ''.join(one(c) for c in cs) + '        </ol>\n'
                '    <section id="comments-form">\n        <h3>\n            Comment\n        </h3>\n'
                '<form id="txpCommentInputForm" method="post" action="/articles/42/a-weather-station-on-the-balcony#cpreview">'
                '<div class="comments-wrapper"><p><label for="name">Name</label><br><input id="name" name="name" type="text" size="25" '
                'value="" required></p><p><label for="message">Message</label><br><textarea id="message" name="message" cols="25" '
                'rows="5" required></textarea></p><p><input type="submit" name="preview" id="txpCommentPreview" class="button" '
                'value="Preview"></p></div></form>\n    </section>\n</section>')
    post = ('<main class="site-main" itemprop="mainContentOfPage"><div class="container">\n<article class="article" itemprop="blogPost" '
            'itemscope itemtype="https://schema.org/BlogPosting">\n<h1 itemprop="headline"><a href="/articles/42/a-weather-station-on-the-balcony" '
            f'rel="bookmark" itemprop="url mainEntityOfPage">{E(title)}</a></h1>\n<p><strong>Posted</strong> <time datetime="2014-03-03T20:15:00Z" '
            'itemprop="datePublished">3 March 2014</time> <strong>Author</strong> <span itemprop="author" itemscope itemtype='
            '"https://schema.org/Person"><span itemprop="name">Tobias Renner</span></span></p>\n<div itemprop="articleBody">\n'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>\n</article>\n'
            '<nav class="paginator" aria-label="Article navigation"><a rel="prev" href="/articles/41/solder-fumes" title="Solder fumes">'
            'Previous</a></nav>\n')
    header = ('<header class="site-header"><div class="container"><h1><a rel="home" href="/">Workbench Journal</a></h1><h3>'
              'Notes from a small workshop</h3></div></header>\n<nav class="site-navigation" aria-label="Site navigation"><div>'
              '<ul class="section_list"><li class="active"><a href="/">Home</a></li><li><a href="/articles/">Articles</a></li></ul>'
              '<form class="search-form" role="search" method="get" action="/"><input name="q" type="search" placeholder="Search"></form>'
              '</div></nav>')
    side = ('<aside class="complementary-content"><h4>Search</h4><h4>Recent articles</h4><ul class="article_list"><li><a rel="bookmark" '
            'href="/articles/41/solder-fumes">Solder fumes</a></li></ul><h4>Recent comments</h4><ul class="comments_list"><li><a href='
            '"/articles/41/solder-fumes#c000077">Margaret Holloway (Solder fumes)</a></li></ul></aside>')
    footer = ('<footer class="site-footer"><p><small>Published with <a href="https://textpattern.com" rel="external" title="Go to the '
              'Textpattern website">Textpattern CMS</a>.</small></p></footer>')
    doc = page(title, site, '<meta name="generator" content="Textpattern CMS">', header, post,
               comments + '\n</div></main>', side, footer)
    return "textpattern", doc, truth("textpattern", "textpattern", title, cs,
                                      "Textpattern 4.7/4.8 default theme: ol.comments-list, each li an "
                                      "article.comments with schema.org Comment microdata, author in "
                                      "h4 > span.comment-author, time in p.footnote, text in "
                                      "div[itemprop=text]; flat.", None)


# ---- Lemmy (LemmyNet/lemmy-ui src/shared/components/comment/comment-node.tsx
# as its server-side render serves it: li.comment > article.comment-node
# #comment-ID, a.person-listing in the header row, span.moment-time, div.
# comment-content > div.md-div; the replies in ul.comments after the
# article inside the li; a deleted comment keeps its author and node, its
# text "deleted" in italics) -------------------------------------------------

def lemmy():
    site, title = "Lemmy", "A weather station on the balcony"
    cs = dated(thread_d("deleted"))
    cs[-1].author = "quietfox"
    ago = ["3d", "3d", "3d", "2d", "2d", "1d", "1d", "20h", "16h", "9h"]
    for k, (c, _) in enumerate(walk(cs)):
        # the page shows the age; its tooltip, the truth's date, says when
        c.ago = ago[k]
        c.shown = f'{c.iso[:10]} {c.iso[11:16]}'
        c.author = c.author.split()[0].lower().replace('_', '')

    def one(c, depth, deleted=False):
        kids = ''.join(one(r, depth + 1) for r in c.replies)
        sub = (f'<ul class="comments{" ms-1" if depth else ""}">{kids}</ul>' if kids else '')
        body = ('<div class="md-div"><p><em>deleted</em></p></div>' if deleted else
                '<div class="md-div">' + paras(c) + '</div>')
        trash = ('<span class="mx-1" data-tippy-content="Deleted"><svg class="icon icon-inline"><use '
                 'xlink:href="/static/assets/symbols.svg#icon-trash"></use></svg></span>' if deleted else '')
        return (f'<li class="comment list-unstyled"><article id="comment-{c.num}" class="details comment-node py-2 border-top border-light-subtle">'
                '<div class="ms-2"><div class="row text-muted small" aria-label="Collapse" role="group"><div class="col flex-grow-1">'
                f'<a title="{E(c.author)}" class="person-listing d-inline-flex align-items-baseline text-info" href="/u/{E(c.author)}">'
                f'<img src="/pictrs/image/{c.num}.png?format=webp&amp;thumbnail=96" class="rounded-circle overflow-hidden pictrs-image '
                'object-fit-cover avatar me-1" alt="" loading="lazy">'
                f'<span>{E(c.author)}</span></a>{trash}</div><div class="col-auto"><span data-tippy-content="{c.iso[:10]} {c.iso[11:16]}" '
                f'class="moment-time pointer unselectable">{E(c.ago)}</span></div></div>'
                f'<div class="comment-content{" text-muted" if deleted else ""}">{body}</div>'
                '<div class="row row-cols-auto align-items-center justify-content-end justify-content-md-start g-3 text-muted fw-bold mt-1">'
                '<div class="col"><button type="button" class="btn btn-link btn-sm btn-animate text-muted py-0 px-1" aria-label="Upvote">'
                '<svg class="icon icon-inline small"><use xlink:href="/static/assets/symbols.svg#icon-arrow-up1"></use></svg>'
                f'<span class="ms-2">{c.num % 9}</span></button></div>'
                '<div class="col"><button class="btn btn-link btn-sm btn-animate text-muted" aria-label="reply">'
                '<svg class="icon text-muted icon-inline"><use xlink:href="/static/assets/symbols.svg#icon-reply1"></use></svg> reply</button></div>'
                f'</div></div></article>{sub}</li>')
    tops = ''.join(one(c, 0, deleted=(c.author == "quietfox")) for c in cs)
    comments = ('<div class="comments"><div class="d-flex align-items-center my-2 gap-2"><div class="btn-group btn-group-toggle flex-wrap" '
                'role="group"><label class="btn btn-outline-secondary pointer active">Hot</label><label class="btn btn-outline-secondary '
                'pointer">Top</label><label class="btn btn-outline-secondary pointer">New</label></div></div>\n'
                '<ul class="comments">' + tops + '</ul></div>')
    post = ('<main><div class="container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">\n<div class="post-listing mt-2">'
            '<div class="d-block d-sm-none"></div><article class="row post-container"><div class="col-12"><div class="d-flex"><h1 class="h5 '
            f'd-inline text-break"><a class="d-inline link-dark" href="/post/4242" title="{E(title)}">{E(title)}</a></h1></div>'
            '<div class="small mb-1 mb-md-0"><a title="tobias" class="person-listing d-inline-flex align-items-baseline text-info" '
            'href="/u/tobias"><span>tobias</span></a> to <a title="diy" class="community-link" href="/c/diy"><span>diy</span></a></div>'
            '<div id="postContent" class="col-12 card my-2 p-2"><div class="md-div">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS)
            + '\n</div></div></div></article></div>\n<div class="comment-form mb-3"><form class="comment-form"><textarea class="form-control '
            'border-0 rounded-top-0 rounded-bottom" maxlength="10000" placeholder="Type here to comment..."></textarea><button type="submit" '
            'class="btn btn-sm btn-secondary ms-2">Post</button></form></div>\n')
    header = ('<div id="app" class="lemmy-site"><nav id="navbar" class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg">'
              '<a title="Lemmy" class="d-flex align-items-center navbar-brand me-md-3" href="/">Lemmy</a><ul class="navbar-nav me-auto"><li '
              'class="nav-item"><a class="nav-link" title="Communities" href="/communities">Communities</a></li><li class="nav-item"><a '
              'class="nav-link" title="Create Post" href="/create_post">Create Post</a></li></ul></nav>')
    side = ('</main><aside class="d-none d-md-block col-md-4 col-lg-3"><div class="card border-secondary mb-3"><div class="card-body">'
            '<h2 class="h5 mb-0">DIY</h2><p>A place to share what you built.</p><ul class="badges my-1 list-inline"><li class="list-inline-item '
            'badge text-bg-secondary">120 Subscribers</li></ul></div></div></aside></div></div></main>')
    footer = ('<nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav '
              'ms-auto"><li class="nav-item"><a class="nav-link" href="/modlog">Modlog</a></li><li class="nav-item"><a class="nav-link" '
              'href="/instances">Instances</a></li><li class="nav-item"><a class="nav-link" href="https://join-lemmy.org/docs/en/index.html">'
              'Docs</a></li></ul></div></nav></div>')
    doc = page(title, site, '<meta name="Description" content="Lemmy">', header, post, comments, side, footer)
    return "lemmy", doc, truth("lemmy", "lemmy", title, cs,
                                "Lemmy's server-rendered post page: li.comment > article.comment-node"
                                "#comment-ID (a.person-listing, span.moment-time with a relative "
                                "date, div.comment-content > div.md-div), replies in the ul.comments "
                                "after the article inside the li; a deleted comment keeps its author "
                                "and replies, its text the word 'deleted'.", "comment-%d")


# ---- cnblogs 博客园 (the served blog-comments-placeholder as saved pages
# carry it: flat div.feedbackItem, div.feedbackListSubtitle with a.layer
# "#N楼", span.comment_date and a#a_comment_author_ID, div.blog_comment_body
# #comment_body_ID; a quote as fieldset.comment_quote with legend 引用, an
# answer begins with a link '@' to the comment it answers, then the name) --

CNBLOGS_ITEM = '''<div class="feedbackItem">
<div class="feedbackListSubtitle">
<div class="feedbackManage">
&nbsp;&nbsp;
<span class="comment_actions">
</span>
</div>
<a href="#{num}" class="layer">#{floor}楼</a>
<a name="{num}" id="comment_anchor_{num}"></a>
<span class="comment_date">{shown}</span>
<a id="a_comment_author_{num}" href="{home}" target="_blank">{name}</a>
</div>
<div class="feedbackCon">
<div id="comment_body_{num}" data-format-type="Markdown" class="blog_comment_body cnb-markdown">{body}</div>
<div class="comment_vote">
<span class="comment_error" style="color: red"></span>
<a href="javascript:void(0);" class="comment_digg" onclick="return voteComment({num}, 'Digg', this.parentElement, false);">支持(0)</a>
<a href="javascript:void(0);" class="comment_burry" onclick="return voteComment({num}, 'Bury', this.parentElement, false);">反对(0)</a>
</div>
<span id="comment_{num}_avatar" style="display:none">https://pic.cnblogs.com/face/sample_face.gif</span>
</div>
</div>
'''


def cnblogs():
    site, title = "工坊笔记", "阳台上的气象站"
    cn = {
        "What did you use": ["你最后用什么做的防辐射罩？我试过叠起来的花盆托盘，效果比预想的好。",
                             "另外：树莓派放在封闭的房间里能熬过夏天吗？"],
        "Stacked saucers, exactly": ["就是你说的叠花盆托盘，打孔后用螺纹杆串起来。树莓派在室内，没问题。"],
        "Good to hear.": ["那就好。我的放在车库里，每年八月都会自己降频。"],
        "Saucers are the": ["托盘是经典做法。如果能把电源拉出去，加个小风扇会好很多。"],
        "Nice write-up.": ["写得不错。根据经验说一点："],
        "For the rain gauge": ["雨量计的话，翻斗加干簧管很便宜，计数也可靠。先用量杯校准。"],
        "Thanks, that is": ["谢谢，正是这么打算的。你是用软件消抖还是用电容？"],
        "Software, a 50": ["软件，50 毫秒的窗口。电容也行，只是多一个会被腐蚀的零件。"],
    }
    cs = flat(dated(thread_a(), lambda s, i: f"{i[:10]} {i[11:16]}"))
    for c in cs:
        for k, v in cn.items():
            if c.paras[0].startswith(k):
                c.paras = v
        if c.quote:
            c.quote = "直射阳光下的塑料盒会把任何读数都变成发烧病人的体温表"
        c.author = c.author.replace(' ', '')
    # cnblogs is flat: an answer names the comment it answers with an '@'
    # link (by position in the page)
    answer = {1: 0, 2: 1, 3: 0, 6: 5, 7: 6}

    def one(k, c):
        at = ''
        if k in answer:
            p = cs[answer[k]]
            at = (f'<a href="#{p.num}" title="查看所回复的评论" onclick="commentManager.renderComments(0,50,{p.num});">@</a>'
                  f'{E(p.author)}<br>')
        body = at + E(c.paras[0])
        if c.quote:
            body += f'<fieldset class="comment_quote"><legend>引用</legend>{E(c.quote)}</fieldset>'
        body += ''.join('<br>' + E(x) for x in c.paras[1:])
        home = E(c.url) if c.url else f"https://home.cnblogs.com/u/{c.num * 13}/"
        return CNBLOGS_ITEM.format(num=c.num, floor=k + 1, shown=E(c.shown), home=home, name=E(c.author), body=body)
    bodies = []
    for k, c in enumerate(cs):
        bodies.append(one(k, c))
    for k, c in enumerate(cs):
        if k in answer:
            c.paras = ['@' + cs[answer[k]].author + ' ' + c.paras[0]] + c.paras[1:]
    comments = ('<a name="!comments"></a>\n<div id="blog-comments-placeholder">\n<div id="comment_pager_top">\n</div>\n<!--done-->\n'
                '<div class="feedback_area_title">评论列表</div>\n<div class="feedbackNoItems"><div class="feedbackNoItems"></div></div>\n'
                + ''.join(bodies) + '<div id="comment_pager_bottom">\n</div>\n</div>\n'
                '<div id="comment_form" class="commentform"><a name="commentform"></a><div id="divCommentShow"></div>'
                '<div id="comment_nav"><a href="javascript:void(0);" onclick="return RefreshCommentList();">刷新评论</a>'
                '<a href="#" onclick="return RefreshPage();">刷新页面</a><a href="#top">返回顶部</a></div>'
                '<div id="comment_form_container"><div class="login_tips">登录后才能查看或发表评论，立即 <a rel="nofollow" '
                'href="javascript:void(0);" class="underline" onclick="return account.login(\'commentform\');">登录</a> 或者 '
                '<a href="https://www.cnblogs.com">逛逛</a> 博客园首页</div></div></div>')
    post = ('<div id="main"><div id="mainContent"><div class="forFlow"><div id="post_detail"><div id="topics"><div class="post">\n'
            '<h1 class="postTitle"><a id="cb_post_title_url" class="postTitle2 vertical-middle" href="https://www.cnblogs.com/gongfang/p/'
            f'4311577.html"><span role="heading" aria-level="2">{E(title)}</span></a></h1>\n<div class="clear"></div>\n<div class="postBody">'
            '<div id="cnblogs_post_body" class="blogpost-body cnblogs-markdown">\n'
            + ''.join(f'<p>{E(p)}</p>\n' for p in ["周末终于把这个小项目写完了：在阳台上做了一个小气象站，每五分钟把温度和湿度记录到客厅里的树莓派上。",
                                                   "传感器是最简单的部分。外壳做了三次，因为直射阳光下的塑料盒会把任何读数都变成发烧病人的体温表。",
                                                   "下个月想加一个雨量计，并把数据做成一个公开的小页面。欢迎在下面提建议。"])
            + '</div>\n<div id="blog_post_info_block"><div id="BlogPostCategory">分类: <a href="https://www.cnblogs.com/gongfang/category/'
            '1.html" target="_blank">电子制作</a></div><div id="green_channel"><a href="javascript:void(0);" id="green_channel_digg" '
            'onclick="DiggIt(4311577,cb_blogId,1);green_channel_success(this,\'谢谢推荐！\');">好文要顶</a></div></div>\n'
            '<div class="clear"></div></div>\n<div class="postDesc">posted @ <span id="post-date" data-last-update-days="0">2014-03-03 20:15'
            '</span>&nbsp; <a href="https://www.cnblogs.com/gongfang">工坊主人</a>&nbsp; 阅读(<span id="post_view_count">1024</span>)&nbsp; '
            '评论(<span id="post_comment_count">8</span>)</div>\n</div></div></div>\n')
    header = ('<div id="home"><div id="header"><div id="blogTitle"><a id="lnkBlogLogo" href="https://www.cnblogs.com/gongfang/"><img id='
              '"blogLogo" src="/skins/custom/images/logo.gif" alt="返回主页"/></a><h1><a id="Header1_HeaderTitle" class="headermaintitle '
              'HeaderMainTitle" href="https://www.cnblogs.com/gongfang/">工坊笔记</a></h1><h2>小作坊里的记录</h2></div><div id="navigator">'
              '<ul id="navList"><li><a id="blog_nav_sitehome" class="menu" href="https://www.cnblogs.com/">博客园</a></li><li><a '
              'id="blog_nav_myhome" class="menu" href="https://www.cnblogs.com/gongfang/">首页</a></li></ul></div></div>')
    side = ('</div></div><div id="sideBar"><div id="sideBarMain"><div id="sidebar_news" class="newsItem"><h3 class="catListTitle">公告</h3>'
            '<div id="blog-news">昵称： 工坊主人<br>园龄： 10年</div></div><div id="sidebar_recentcomments" class="sidebar-block"><div '
            'class="catListComment"><h3 class="catListTitle">最新评论</h3><div class="RecentCommentBlock"><ul><li class="recent_comment_title">'
            '<a href="https://www.cnblogs.com/gongfang/p/4300000.html">1. Re:焊接烟雾</a></li><li class="recent_comment_body">谢谢分享</li>'
            '<li class="recent_comment_author">--MargaretHolloway</li></ul></div></div></div></div></div>')
    footer = '<div id="footer">Copyright &copy; 2014 工坊主人<br><span id="poweredby">Powered by .NET 8.0 on Kubernetes</span></div></div>'
    doc = page(title, site, '<meta name="description" content="周末终于把这个小项目写完了">', header, post,
               comments + '\n</div>', side, footer).replace('<html lang="en">', '<html lang="zh-cn">')
    return "cnblogs", doc, truth("cnblogs", "cnblogs", title, cs,
                                  "cnblogs (博客园): flat div.feedbackItem, span.comment_date and "
                                  "a#a_comment_author_ID in div.feedbackListSubtitle (with the floor "
                                  "number '#N楼'), text in div.blog_comment_body; a quote as "
                                  "fieldset.comment_quote (legend 引用); an answer begins with an "
                                  "'@' link and the name it answers (flat, not nested).",
                                  "comment_anchor_%d")


# ---- Plume (Plume-org/Plume templates/partials/comment.rs.html:
# div.comment.u-comment.h-cite#comment-N > main.content > header with
# a.author.u-author.h-card > span.display-name.p-name and p.dt-published,
# div.text.p-content; replies inside the div after the main) ---------------

PLUME_COMMENT = '''<div class="comment u-comment h-cite" id="comment-{num}">
    <main class="content">
        <header>
            <a class="author u-author h-card" href="/@/{user}@blog.example/" dir="auto">
                <div class="avatar small" style="background-image: url('/static/media/{num}.png');" title="{user}'s avatar" aria-label="{user}'s avatar"></div>
                <span class="display-name p-name">{name}</span>
                <small>{user}@blog.example</small>
            </a>
            <p class="dt-published" datetime="{dt}">
                    <a class="u-url" href="https://blog.example/~/BalconyNotes/weather-station/comment/{num}">{shown}</a>
            </p>
        </header>
        <div class="text p-content">
            {body}
        </div>
        <a class="button icon icon-message-circle" href="?responding_to={num}">Respond</a>
    </main>
{kids}</div>
'''


def plume():
    site, title = "Balcony Notes", "A weather station on the balcony"
    months = ["January", "February", "March"]
    cs = dated(thread_a(), lambda s, i: f"{months[int(i[5:7]) - 1]} {int(i[8:10]):2d}, {i[:4]} {i[11:16]}")

    def one(c):
        kids = ''.join(one(r) for r in c.replies)
        user = c.author.split()[0].lower().replace('_', '')
        return PLUME_COMMENT.format(num=c.num, user=user, name=E(c.author), dt=f"{c.iso[:10]} {c.iso[11:19]}",
                                    shown=E(c.shown), body=paras(c), kids=kids)
    comments = ('<div class="comments"><h2>Comments</h2>\n<form method="post" action="/~/BalconyNotes/weather-station/comment">'
                '<label for="plume-editor">Your comment</label><textarea id="plume-editor" name="content" dir="auto"></textarea>'
                '<input type="submit" value="Submit comment"/></form>\n<div class="list">\n' + ''.join(one(c) for c in cs) +
                '</div>\n</div>')
    post = ('<main>\n<div class="h-entry"><header class="article" style="background-image: url(\'/static/media/cover.jpg\')">'
            f'<div><h1 class="article p-name" dir="auto">{E(title)}</h1><p class="article-info" dir="auto"><span class="author">'
            'Written by <a href="/@/tobias/" class="u-author h-card"><span class="p-name">Tobias Renner</span></a></span> &mdash; '
            '<span class="dt-published" datetime="2014-03-03 20:15:00">March 3, 2014</span></p></div></header>\n'
            '<article class="e-content" dir="auto">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</article>\n'
            '<div class="article-meta"><ul class="tags" dir="auto"><li><a class="p-category" href="/tag/electronics">electronics</a></li>'
            '</ul><div class="actions"><form class="likes" action="/~/BalconyNotes/weather-station/like" method="POST"><p aria-label="3 likes" '
            'title="3 likes">3</p><button type="submit" class="action">I like</button></form></div>\n')
    header = ('<header><nav id="menu"><a href="#" aria-label="Menu" title="Menu" role="button" aria-haspopup="true"></a></nav>'
              '<div id="content"><nav><a href="/" class="title"><img src="/static/icons/trwnh/feather/plumeFeather256.png"><p>Plume</p>'
              '</a><hr/><a href="/timeline/" class="title">Timeline</a></nav><nav><a href="/login">Log In</a><a href="/users/new">Register'
              '</a></nav></div></header>')
    footer = ('<footer><hr/><div><h3>Plume</h3><a href="/">blog.example</a></div><div><a href="/about">About this instance</a><a href='
              '"/privacy">Privacy policy</a><a href="https://github.com/Plume-org/Plume">Source code</a></div></footer>')
    doc = page(title, site, '<meta name="generator" content="Plume">', header, post,
               comments + '\n</div></div>\n</main>', '', footer)
    return "plume", doc, truth("plume", "plume", title, cs,
                                "Plume: div.comment.u-comment.h-cite#comment-N > main.content > header "
                                "(a.author.u-author.h-card, span.p-name, p.dt-published), div.text."
                                "p-content; replies inside the comment's div after its main.",
                                "comment-%d")



# ---- Flarum (flarum/framework framework/core/views/frontend/forum.blade.php,
# content.blade.php and content/discussion.blade.php: the discussion as
# served for crawlers and saved pages, inside noscript#flarum-content: one
# <article> a post, div.PostUser > h3.PostUser-name, div.Post-body, an <hr>
# between posts; no dates; a reply names the post it answers with an
# a.PostMention; a deleted user is "[deleted]") ---------------------------

def flarum():
    site, title = "Makers Forum", "Balcony weather station"
    allp = forum_posts(["holloway", "renner", "maggie", "ines", "dave_k", "sanne"], lambda s, i: None)
    for p in allp:
        p.shown = None
    allp[4].author = None          # a user who deleted her account
    mentions = {2: 1, 3: 2, 6: 5}  # post k answers post v (PostMention)
    arts = []
    for k, p in enumerate(allp):
        body = E(p.paras[0])
        if k in mentions:
            m = allp[mentions[k]]
            body = (f'<a href="https://forum.example/d/42-balcony-weather-station/{mentions[k] + 1}" class="PostMention" '
                    f'data-id="{m.num}">{E(m.author)}</a> ' + body)
            p.paras = [f"{m.author} {p.paras[0]}"] + p.paras[1:]
        html_ = f'<p>{body}</p>'
        if p.quote:
            html_ += f'\n<blockquote><p>{E(p.quote)}</p></blockquote>'
        html_ += ''.join(f'\n<p>{E(x)}</p>' for x in p.paras[1:])
        name = E(p.author) if p.author else '[deleted]'
        arts.append(f'''            <article>
                                <div class="PostUser"><h3 class="PostUser-name">{name}</h3></div>
                <div class="Post-body">
                    {html_}
                </div>
            </article>

            <hr>''')
    content = ('<div id="flarum-loading" style="display: none">\n    Loading...\n</div>\n\n<noscript>\n    <div class="Alert">\n'
               '        <div class="container">\n            This site is best viewed in a modern browser with JavaScript enabled.\n'
               '        </div>\n    </div>\n</noscript>\n\n<div id="flarum-loading-error" style="display: none">\n    <div class="Alert">\n'
               '        <div class="container">\n            Something went wrong while trying to load the full version of this site. '
               'Try hard-refreshing this page to fix the error.\n        </div>\n    </div>\n</div>\n\n<noscript id="flarum-content">\n'
               f'    <div class="container">\n    <h1>{E(title)}</h1>\n\n    <div>\n' + '\n'.join(arts) +
               '\n    </div>\n\n    \n    </div>\n\n</noscript>\n')
    main = ('<div id="app" class="App">\n\n    <div id="app-navigation" class="App-navigation"></div>\n\n    <div id="drawer" '
            'class="App-drawer">\n\n        <header id="header" class="App-header">\n            <div id="header-navigation" '
            'class="Header-navigation"></div>\n            <div class="container">\n                <div class="Header-title">\n'
            '                    <a href="https://forum.example" id="home-link">\n                                                    '
            'Makers Forum\n                                            </a>\n                </div>\n                <div '
            'id="header-primary" class="Header-primary"></div>\n                <div id="header-secondary" class="Header-secondary">'
            '</div>\n            </div>\n        </header>\n\n    </div>\n\n    <main class="App-content">\n        <div id="notices"></div>'
            '\n\n        <div id="content"></div>\n\n        ' + content + '\n        <div class="App-composer">\n            <div '
            'class="container">\n                <div id="composer"></div>\n            </div>\n        </div>\n    </main>\n\n    '
            '<footer class="App-footer" id="footer"></footer>\n\n</div>\n')
    doc = page(title, site, '<meta name="description" content="I finally got around to writing up the weekend project">\n'
               '<link rel="canonical" href="https://forum.example/d/42-balcony-weather-station">\n'
               '<link rel="stylesheet" href="https://forum.example/assets/forum.css?v=1a2b3c4d">', '', main, '', '', '')
    return "flarum", doc, truth("flarum", "flarum", title, allp[1:],
                                 "Flarum's discussion as served inside noscript#flarum-content: one "
                                 "<article> a post (div.PostUser > h3.PostUser-name, div.Post-body), "
                                 "an <hr> between; no dates; a reply begins with an a.PostMention "
                                 "naming the post it answers; a deleted user shows as '[deleted]'.",
                                 None, forum_post=True)



# ---- wpDiscuz 7 (WpdiscuzWalker::start_el(), wpdiscuz/themes/default/
# class.WpdiscuzWalker.php, read in WordPressBugBounty/plugins-wpdiscuz:
# div#wpd-comm-ID_PARENT with WordPress's comment classes plus wpd-comment,
# wpd-reply and wpd_comment_level-N, div.wpd-comment-wrap > wpd-comment-left
# (avatar, label) and div#comment-ID.wpd-comment-right (wpd-comment-header
# with wpd-comment-author, wpd-comment-date and, on a reply, wpd-reply-to
# "Reply to NAME"; wpd-comment-text; wpd-comment-footer with the votes and
# the reply button); a reply after its parent's wrap, inside its div; the
# components' own markup written from served pages) ------------------------

def wpdiscuz7():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), lambda s, i: s.rsplit(' ', 2)[0] + ' ' + s.rsplit(' ', 2)[1] + ' ' + s.rsplit(' ', 1)[1].lower())

    def one(c, parent, depth, pname):
        uid = f"{c.num}_{parent}"
        name = (f"<a href='{E(c.url)}' rel='nofollow'>{E(c.author)}</a>" if c.url else E(c.author))
        kids = ''.join(one(r, c.num, depth + 1, c.author) for r in c.replies)
        even = 'even' if c.num % 2 else 'odd alt'
        cls = f"comment {even} thread-{even.split()[0]} depth-{depth} wpd-comment" + (" wpd-reply" if parent else "") + f" wpd_comment_level-{depth}"
        replyto = (f"<div class='wpd-reply-to'><i class='far fa-comments'></i>Reply to&nbsp;<a href='#comment-{parent}'>{E(pname)}</a></div>"
                   if parent else '')
        text = paras(c)
        return (f"<div id='wpd-comm-{uid}' class='{cls}'><div class='wpd-comment-wrap wpd-blog-guest'>"
                f"<div class='wpd-comment-left '><div class='wpd-avatar '><img alt='{E(c.author)}' src='https://secure.gravatar.com/avatar/"
                f"{c.num}?s=64&#038;d=mm&#038;r=g' class='avatar avatar-64 photo' height='64' width='64' loading='lazy'/></div>"
                "<div class='wpd-comment-label' wpd-tooltip='Guest' wpd-tooltip-position='right'><span>Guest</span></div></div>"
                f"<div id='comment-{c.num}' class='wpd-comment-right'><div class='wpd-comment-header'>"
                f"<div class='wpd-comment-author '>{name}</div><div class='wpd-comment-date' title='{E(c.shown)}'>"
                f"<i class='far fa-clock' aria-hidden='true'></i> {E(c.shown)}</div>"
                f"<div class='wpd-comment-link wpd-hidden'><span wpd-tooltip='Comment Link' wpd-tooltip-position='left'><i class='fas fa-link' "
                f"aria-hidden='true' data-wpd-clipboard='https://balcony.example/2014/03/weather-station/#comment-{c.num}'></i></span></div>"
                f"{replyto}<div class='wpd-space'></div></div>"
                f"<div class='wpd-comment-text'>\n{text}\n</div>"
                "<div class='wpd-comment-footer'><div class='wpd-vote wpd-vote-disabled' wpd-tooltip='You must be logged in to vote' "
                "wpd-tooltip-size='medium'><div class='wpd-vote-up wpd_not_clicked'><svg aria-hidden='true' focusable='false' role='img' "
                f"viewBox='0 0 24 24'><path d='M1 21h4V9H1v12z'/></svg></div><div class='wpd-vote-result' title='{c.num % 4}'>{c.num % 4}</div>"
                "<div class='wpd-vote-down wpd_not_clicked wpd-dislike-hidden'><svg viewBox='0 0 24 24'><path d='M15 3H6v12z'/></svg></div></div>"
                "<div class='wpd-reply-button'><svg xmlns='https://www.w3.org/2000/svg' viewBox='0 0 24 24'><path d='M10 9V5l-7 7 7 7v-4.1c5 0 "
                "8.5 1.6 11 5.1-1-5-4-10-11-11z'/></svg><span>Reply</span></div><div class='wpd-space'></div>"
                + ("<div class='wpd-toggle wpd-hidden wpd_not_clicked' wpd-tooltip='Hide Replies'><i class='fas fa-chevron-up'></i></div>"
                   if c.replies else '') +
                f"</div></div></div><div id='wpdiscuz_form_anchor-{uid}'></div>{kids}</div>")
    comments = ('<div class="wpdiscuz_top_clearing"></div>\n<div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;'
                'clear: both;margin: 0;padding: 0;"></div><div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1 wpd-comments-open">\n'
                '<div class="wc_social_plugin_wrapper"></div><div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-sbs-toggle">'
                '<i class="far fa-envelope"></i> <span class="wpd-sbs-title">Subscribe</span></div><div class="wpd-auth"><div class="wpd-login">'
                '<a rel="nofollow" href="/wp-login.php"><i class=\'fas fa-sign-in-alt\'></i> Login</a></div></div></div>'
                '<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0"><form method="post" enctype="multipart/form-data" '
                'data-uploading="false" class="wpd_comm_form wpd_main_comm_form"><div class="wpd-field-comment"><div class="wpdiscuz-item '
                'wc-field-textarea"><div class="wpdiscuz-textarea-wrap "><textarea id="wc-textarea-0_0" placeholder="Join the discussion" '
                'aria-label="Join the discussion" name="wc_comment" class="wc_comment wpd-field"></textarea></div></div></div><div class="wc-field-submit">'
                '<input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Post Comment" '
                'aria-label="Post Comment"/></div></form></div></div>\n<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head">'
                '<div class="wpd-thread-info " data-comments-count="8"><span class=\'wpdtc\' title=\'8\'>8</span> Comments</div><div class="wpd-space">'
                '</div><div class="wpd-thread-filter"><div class="wpd-filter wpdf-reacted wpd_not_clicked" wpd-tooltip="Most reacted comment">'
                '<i class="fas fa-bolt"></i></div></div></div><div class="wpd-comment-info-bar"><div class="wpd-current-view"><i class="fas '
                'fa-quote-left"></i> Inline Feedbacks</div><div class="wpd-filter-view-all">View all comments</div></div>\n'
                '<div class="wpd-thread-list">' + ''.join(one(c, 0, 1, None) for c in cs) +
                '<div class="wpdiscuz-comment-pagination"></div></div></div></div></div>\n<div id="wpdiscuz-loading-bar" '
                'class="wpdiscuz-loading-bar-unauth"></div>\n<div id="wpdiscuz-comment-message" class="wpdiscuz-comment-message-unauth"></div>')
    post = ('<div id="primary" class="content-area"><main id="main" class="site-main">\n'
            '<article id="post-42" class="post-42 post type-post status-publish format-standard hentry category-electronics entry">\n'
            f'<header class="entry-header"><h1 class="entry-title">{E(title)}</h1><div class="entry-meta"><span class="posted-on">Posted on '
            '<a href="/2014/03/weather-station/" rel="bookmark"><time class="entry-date published" datetime="2014-03-03T20:15:00+00:00">'
            'March 3, 2014</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/tobias/">'
            'Tobias</a></span></span></div></header>\n<div class="entry-content">\n'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>\n</article>\n'
            '<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
            '<div class="nav-previous"><a href="/2014/02/solder-fumes/" rel="prev">Solder fumes</a></div></div></nav>\n')
    doc = page(title, site, "<meta name='generator' content='WordPress 6.4.2' />\n<link rel='stylesheet' id='wpdiscuz-frontend-css-css' "
               "href='/wp-content/plugins/wpdiscuz/themes/default/style.css?ver=7.6.13' media='all' />",
               std_header(site), post, comments + '\n</main></div>',
               '<aside id="secondary" class="widget-area"><section id="recent-comments-2" class="widget widget_recent_comments">'
               '<h2 class="widget-title">Recent Comments</h2><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">'
               'Margaret Holloway</span> on <a href="/2014/02/solder-fumes/#comment-77">Solder fumes</a></li></ul></section></aside>',
               std_footer(site))
    return "wpdiscuz7", doc, truth("wpdiscuz7", "wpdiscuz", title, cs,
                                    "WordPress with wpDiscuz 7: div.wpd-comment#wpd-comm-ID_PARENT with "
                                    "WordPress's comment classes and wpd_comment_level-N, the comment in "
                                    "div.wpd-comment-wrap (author div.wpd-comment-author, date "
                                    "div.wpd-comment-date, a reply's 'Reply to NAME' div.wpd-reply-to, "
                                    "text div.wpd-comment-text); replies inside the parent's div after "
                                    "its wrap.", "comment-%d")



# ---- Slashdot / Slash (jmcvetta/slashcode themes/slashcode/templates/
# dispComment;misc;default: li#tree_CID.comment > div#comment_CID with
# div.commentTop (h4 subject, "(Score:N, Reason)", div.details "by NICK
# (UID) on DATE (#CID)") and div.commentBody > div#comment_body_CID, an
# optional div.sig; the replies in the ul.commtree that printComments
# puts after the comment inside its li; an Anonymous Coward has no link) --

def slashdot():
    site, title = "Slashdot", "Building a Balcony Weather Station"
    days = {"04": "Tuesday", "05": "Wednesday", "06": "Thursday", "07": "Friday", "08": "Saturday"}

    def sd(s, i):
        h = int(i[11:13])
        return f"{days[i[8:10]]} March {i[8:10]}, {i[:4]} @{h % 12 or 12:02d}:{i[14:16]}{'AM' if h < 12 else 'PM'}"
    cs = dated(thread_a(), sd)
    for c, _ in walk(cs):
        c.author = c.author.split()[0].lower().replace('_', '')
    cs[1].author = "Anonymous Coward"
    reasons = ["Insightful", "Informative", "Interesting", "Funny"]
    subj = {}

    def one(c, depth, ps):
        cid = 46000000 + c.num
        s = ps if ps else "Radiation shield" if c.num % 2 else "Rain gauge"
        s = ("Re:" + s) if depth else s
        kids = ''.join(one(r, depth + 1, s.replace("Re:", "")) for r in c.replies)
        if c.author == "Anonymous Coward":
            by = "Anonymous Coward"
        else:
            by = f'<a href="//slashdot.org/~{c.author}/">{c.author} ({1000 + c.num * 37})</a>'
        sig = ('\n\t\t<div id="comment_sig_%d" class="sig">-- <br>There are 10 kinds of people.</div>' % cid
               if c.author == "sanne" else '')
        body = paras(c).replace('\n', '')
        sub = f'\n<ul id="commtree_{cid}" class="commtree">\n{kids}</ul>' if kids else ''
        return f'''<li id="tree_{cid}" class="comment">
<div id="comment_status_{cid}" class="commentstatus"></div>
<div id="comment_{cid}" class="full">
	<div class="commentTop">
		<div class="title">
			<h4><a id="comment_link_{cid}" name="comment_link_{cid}" href="//slashdot.org/comments.pl?sid=4242&amp;cid={cid}">{E(s)}</a></h4>
			 (Score:{5 - depth}, {reasons[c.num % 4]})
		</div>
		<div class="details">
			by
			{by}
			on {E(c.shown)}
			 (<a href="//slashdot.org/comments.pl?sid=4242&amp;cid={cid}">#{cid}</a>)
			<small>
			</small>
		</div>
	</div>
	<div class="commentBody">
		<div id="comment_body_{cid}">{body}</div>{sig}
	</div>
	<div class="commentSub" id="comment_sub_{cid}"><span class="nbutton"><p><b><a href="//slashdot.org/comments.pl?sid=4242&amp;op=Reply&amp;threshold=1&amp;commentsort=0&amp;mode=thread&amp;pid={cid}">Reply to This</a></b></p></span> <span class="nbutton"><p><b><a href="//slashdot.org/comments.pl?sid=4242&amp;cid={cid}">Parent</a></b></p></span></div>
</div>
{sub}
</li>
'''
    comments = ('<div id="comments"><div class="commentBox"><div class="commentwrap"><ul id="commentlisting" class="d2">\n'
                + ''.join(one(c, 0, None) for c in cs) + '</ul></div></div>\n<div id="d2act"><a href="//slashdot.org/comments.pl?'
                'sid=4242&amp;op=reply">Reply</a></div></div>')
    post = ('<div id="firehose"><article id="fhitem-4242" class="fhitem fhitem-story article usermode thumbs"><header>'
            f'<h2 class="story"><span id="title-4242" class="story-title"><a href="//hardware.slashdot.org/story/14/03/03/2015/building-a-balcony-'
            f'weather-station">{E(title)}</a></span></h2><div class="details" id="details-4242"><span class="story-byline">Posted by '
            '<a href="https://www.example.org/">msmash</a> on Monday March 03, 2014 @08:15PM from the <span class="dept-text">'
            'saucers-all-the-way-down</span> dept.</span></div></header><div class="body" id="fhbody-4242"><div id="text-4242" '
            'class="p"><i>An anonymous reader writes:</i> <i>"' + ' '.join(E(p) for p in POST_PARAS) + '"</i></div></div>'
            '</article></div>\n')
    header = ('<header id="slashdot-header"><div class="container"><div class="nav-wrap"><a href="//slashdot.org" class="logo">Slashdot</a>'
              '<nav role="firehose-nav" class="nav-primary"><ul class="nav"><li><a href="//slashdot.org/popular">Popular</a></li><li>'
              '<a href="//ask.slashdot.org">Ask Slashdot</a></li></ul></nav></div></div></header>')
    side = ('<aside id="slashboxes" class="rightcol"><section class="block-contain"><h2 class="block-title">Slashdot Top Deals</h2>'
            '<div class="block-content"><ul><li><a href="//deals.slashdot.org/x">A soldering kit</a></li></ul></div></section></aside>')
    footer = ('<footer id="fhft" class="grid_24 nf"><div class="fortune-wrap"><p>Every program is a part of some other program.</p>'
              '</div><nav role="footer"><ul><li><a href="//slashdot.org/faq">FAQ</a></li><li><a href="//slashdot.org/privacy">Privacy'
              '</a></li></ul></nav><div class="copyright">Copyright &copy; 2014 SlashdotMedia. All Rights Reserved.</div></footer>')
    doc = page(title, site, '<meta name="description" content="An anonymous reader writes">', header, post, comments, side, footer)
    return "slashdot", doc, truth("slashdot", "slashdot", title, cs,
                                   "Slashdot (Slash, dispComment template): li#tree_CID.comment > "
                                   "div#comment_CID with div.commentTop (h4 subject, score, 'by NICK "
                                   "(UID) on DATE (#CID)') and div.commentBody; replies in the "
                                   "ul.commtree after the comment inside its li; an Anonymous Coward "
                                   "has no link; a signature in div.sig is not the comment's text.",
                                   None)


# ==== Asian blog platforms (platasia) =====================================

ZH_A = {
    "What did you use": ["你最后用什么做的防辐射罩？我试过叠起来的花盆托盘，效果比预想的好。",
                         "另外：树莓派放在封闭的房间里能熬过夏天吗？"],
    "Stacked saucers, exactly": ["就是你说的叠花盆托盘，打孔后用螺纹杆串起来。树莓派在室内，没问题。"],
    "Good to hear.": ["那就好。我的放在车库里，每年八月都会自己降频。"],
    "Saucers are the": ["托盘是经典做法。如果能把电源拉出去，加个小风扇会好很多。"],
    "Nice write-up.": ["写得不错。根据经验说一点："],
    "For the rain gauge": ["雨量计的话，翻斗加干簧管很便宜，计数也可靠。先用量杯校准。"],
    "Thanks, that is": ["谢谢，正是这么打算的。你是用软件消抖还是用电容？"],
    "Software, a 50": ["软件，50 毫秒的窗口。电容也行，只是多一个会被腐蚀的零件。"],
}
ZH_QUOTE = "直射阳光下的塑料盒会把任何读数都变成发烧病人的体温表"
ZH_POST = ["周末终于把这个小项目写完了：在阳台上做了一个小气象站，每五分钟把温度和湿度记录到客厅里的树莓派上。",
           "传感器是最简单的部分。外壳做了三次，因为直射阳光下的塑料盒会把任何读数都变成发烧病人的体温表。",
           "下个月想加一个雨量计，并把数据做成一个公开的小页面。欢迎在下面提建议。"]
ZH_NAMES = {"Margaret Holloway": "玛格丽特", "Tobias Renner": "托比亚斯", "Ines Kowalczyk": "伊内丝",
            "dave_k": "dave_k", "Sanne de Vries": "桑妮"}

JA_A = {
    "What did you use": ["放射シールドは最終的に何を使いましたか？植木鉢の受け皿を重ねたものを試したら、思ったよりうまくいきました。",
                         "それと、閉め切った部屋でラズパイは夏を越せますか？"],
    "Stacked saucers, exactly": ["まさにその受け皿を重ねる方式で、穴を開けて全ねじで留めています。ラズパイは室内なので問題ありません。"],
    "Good to hear.": ["よかったです。うちのはガレージに置いてあって、毎年八月になると勝手にクロックを落とします。"],
    "Saucers are the": ["受け皿は定番ですね。外まで電源を引けるなら、小さなファンを付けるとかなり違います。"],
    "Nice write-up.": ["いい記事でした。経験から一つだけ："],
    "For the rain gauge": ["雨量計なら、転倒ます型にリードスイッチを付けるのが安くて確実です。最初に計量カップで校正してください。"],
    "Thanks, that is": ["ありがとうございます、その予定です。チャタリング対策はソフトですか、コンデンサですか？"],
    "Software, a 50": ["ソフトで、50 ミリ秒の窓です。コンデンサでもいいですが、錆びる部品が一つ増えます。"],
}
JA_QUOTE = "直射日光の当たるプラスチックの箱は、どんな測定値も発熱患者の体温表に変えてしまう"
JA_POST = ["週末のプロジェクトをようやくまとめました。ベランダに小さな気象観測所を作り、5分ごとに気温と湿度を居間のラズベリーパイに記録しています。",
           "センサーは簡単な部分でした。ケースは三回作り直しました。直射日光の当たるプラスチックの箱は、どんな測定値も発熱患者の体温表に変えてしまうからです。",
           "来月は雨量計を付けて、データを小さな公開ページにするつもりです。ご意見はコメント欄へどうぞ。"]
JA_NAMES = {"Margaret Holloway": "まるがれっと", "Tobias Renner": "とびあす", "Ines Kowalczyk": "イネス",
            "dave_k": "dave_k", "Sanne de Vries": "さんね"}


def localized(cs, table, quote, names):
    """Put the thread's comments into another language (the same
    thread, the same order, the same nesting)."""
    for c, _ in walk(cs):
        for k, v in table.items():
            if c.paras[0].startswith(k):
                c.paras = list(v)
        if c.quote:
            c.quote = quote
        c.author = names[c.author]
    return cs


def zh_page(doc):
    return doc.replace('<html lang="en">', '<html lang="zh-CN">')


# ---- Typecho (typecho/typecho var/Widget/Comments/Archive.php,
# threadedCommentsCallback() and listComments(): li.comment-body#comment-N
# with comment-parent / comment-child, div.comment-author > cite.fn,
# div.comment-meta > a > time, div.comment-content, div.comment-reply;
# replies in div.comment-children > ol.comment-list inside the li; the
# default theme's comments.php around it) ------------------------------------

def typecho():
    site, title = "工坊笔记", "阳台上的气象站"
    months = ["January", "February", "March"]

    def tdate(s, i):
        d = int(i[8:10])
        suf = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        h = int(i[11:13])
        return f"{months[int(i[5:7]) - 1]} {d}{suf}, {i[:4]} at {h % 12 or 12:02d}:{i[14:16]} {'am' if h < 12 else 'pm'}"
    cs = localized(dated(thread_a(), tdate), ZH_A, ZH_QUOTE, ZH_NAMES)
    url = "https://gongfang.example.cn/archives/42/"

    def one(c, level, k):
        cls = (" comment-child" + (" comment-level-odd" if level % 2 else " comment-level-even")) if level else " comment-parent"
        cls += " comment-odd" if k % 2 == 0 else " comment-even"
        if c.author == "托比亚斯":
            cls += " comment-by-author"
        name = (f'<a href="{E(c.url)}" rel="external nofollow">{E(c.author)}</a>' if c.url else E(c.author))
        kids = ''
        if c.replies:
            kids = ('\n    <div class="comment-children" itemprop="discusses">\n        <ol class="comment-list">'
                    + ''.join(one(r, level + 1, j) for j, r in enumerate(c.replies)) + '</ol>    </div>\n    ')
        return f'''<li itemscope itemtype="http://schema.org/UserComments" id="comment-{c.num}" class="comment-body{cls}">
    <div class="comment-author" itemprop="creator" itemscope itemtype="http://schema.org/Person">
        <span itemprop="image"><img class="avatar" loading="lazy" src="https://cravatar.cn/avatar/{c.num:032x}?s=32&amp;r=G&amp;d=" alt="{E(c.author)}" width="32" height="32" /></span>
        <cite class="fn" itemprop="name">{name}</cite>
    </div>
    <div class="comment-meta">
        <a href="{url}#comment-{c.num}"><time itemprop="commentTime" datetime="{c.iso[:19]}+08:00">{E(c.shown)}</time></a>
            </div>
    <div class="comment-content" itemprop="commentText">
    {paras(c)}
    </div>
    <div class="comment-reply">
        <a href="{url}?replyTo={c.num}#respond-post-42" rel="nofollow" onclick="return TypechoComment.reply('comment-{c.num}', {c.num}, this);">回复</a>    </div>
    {kids}</li>
'''
    comments = ('<div id="comments">\n        <h3>已有 8 条评论</h3>\n    \n    <ol class="comment-list">'
                + ''.join(one(c, 0, k) for k, c in enumerate(cs)) + '</ol>\n    \n    \n    <div id="respond-post-42" class="respond">\n'
                '        <div class="cancel-comment-reply">\n            <a id="cancel-comment-reply-link" href="' + url +
                '#respond-post-42" rel="nofollow" style="display:none" onclick="return TypechoComment.cancelReply();">取消回复</a>        </div>\n'
                '\n        <h3 id="response">添加新评论</h3>\n        <form method="post" action="' + url + 'comment" id="comment-form" role="form">\n'
                '                <p>\n                <label for="author" class="required">称呼</label>\n                <input type="text" name="author" id="author" '
                'class="text" value="" required/>\n            </p>\n            <p>\n                <label for="mail" class="required">Email</label>\n'
                '                <input type="email" name="mail" id="mail" class="text" value="" required/>\n            </p>\n            <p>\n'
                '                <label for="url">网站</label>\n                <input type="url" name="url" id="url" class="text" placeholder="http://" value=""/>\n'
                '            </p>\n                        <p>\n                <label for="textarea" class="required">内容</label>\n'
                '                <textarea rows="8" cols="50" name="text" id="textarea" class="textarea" required></textarea>\n            </p>\n'
                '            <p>\n                <button type="submit" class="submit">提交评论</button>\n            </p>\n        </form>\n    </div>\n</div>')
    post = ('<div class="container">\n    <div class="row">\n<div class="col-mb-12 col-8" id="main" role="main">\n'
            '    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">\n'
            f'        <h1 class="post-title" itemprop="name headline">\n            <a itemprop="url" href="{url}">{E(title)}</a>\n        </h1>\n'
            '        <ul class="post-meta">\n            <li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" '
            'href="https://gongfang.example.cn/author/1/" rel="author">托比亚斯</a></li>\n            <li>时间: <time datetime="2014-03-03T20:15:00+08:00" '
            'itemprop="datePublished">2014-03-03</time></li>\n            <li>分类: <a href="https://gongfang.example.cn/category/dianzi/">电子制作</a></li>\n'
            '        </ul>\n        <div class="post-content" itemprop="articleBody">\n'
            + ''.join(f'            <p>{E(p)}</p>\n' for p in ZH_POST) +
            '        </div>\n        <p itemprop="keywords" class="tags">标签: <a href="https://gongfang.example.cn/tag/raspberrypi/">树莓派</a></p>\n'
            '    </article>\n\n')
    header = ('<header id="header" class="clearfix">\n    <div class="container">\n        <div class="row">\n            <div class="site-name col-mb-12 col-9">\n'
              '                <a id="logo" href="https://gongfang.example.cn/">工坊笔记</a>\n                <p class="description">小作坊里的记录</p>\n'
              '            </div>\n            <div class="col-mb-12">\n                <nav id="nav-menu" class="clearfix" role="navigation">\n'
              '                    <a href="https://gongfang.example.cn/">首页</a>\n                    <a href="https://gongfang.example.cn/about.html" '
              'title="关于">关于</a>\n                </nav>\n            </div>\n        </div>\n    </div>\n</header>\n<div id="body">')
    side = ('\n    <ul class="post-near">\n        <li>上一篇: <a href="https://gongfang.example.cn/archives/41/" title="焊接烟雾">焊接烟雾</a></li>\n'
            '        <li>下一篇: 没有了</li>\n    </ul>\n</div><!-- end #main-->\n\n<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" '
            'role="complementary">\n    <section class="widget">\n        <h3 class="widget-title">最近回复</h3>\n        <ul class="widget-list">\n'
            '            <li><a href="https://gongfang.example.cn/archives/41/#comment-77">玛格丽特</a>: 谢谢分享，我也遇到过同样的问题</li>\n'
            '        </ul>\n    </section>\n    <section class="widget">\n        <h3 class="widget-title">分类</h3>\n        <ul class="widget-list">'
            '<li><a href="https://gongfang.example.cn/category/dianzi/">电子制作</a></li></ul>\n    </section>\n</div><!-- end #sidebar -->\n'
            '    </div><!-- end .row -->\n</div>\n</div><!-- end #body -->')
    footer = ('<footer id="footer" role="contentinfo">\n    &copy; 2014 <a href="https://gongfang.example.cn/">工坊笔记</a>.\n'
              '    由 <a href="http://www.typecho.org">Typecho</a> 强力驱动.\n</footer>')
    doc = zh_page(page(title, site, '<meta name="generator" content="Typecho 1.2.1" />\n<meta name="template" content="default" />'
                       '\n<script type="text/javascript">\n(function () {\n    window.TypechoComment = {\n        dom : function (id) {\n'
                       '            return document.getElementById(id);\n        }\n    };\n})();\n</script>',
                       header, post, comments, side, footer))
    return "typecho", doc, truth("typecho", "typecho", title, cs,
                                  "Typecho's built-in comment list (Widget_Comments_Archive): "
                                  "li.comment-body#comment-N (comment-parent, comment-child), "
                                  "cite.fn author, div.comment-meta > a > time, div.comment-content; "
                                  "replies in div.comment-children > ol.comment-list inside the li.",
                                  "comment-%d")


# ---- Z-BlogPHP (zblogcn/zblogphp zb_users/theme/default/template/
# comments.php and comment.php: one ul.msg#cmtN a comment, li.msgname with
# img.avatar, span.commentname > a, small "发表于 DATE" and the reply link,
# li.msgarticle with the text, then the replies' ul.msg inside it) -----------

def zblog():
    site, title = "工坊笔记", "阳台上的气象站"
    cs = localized(dated(thread_a(), lambda s, i: f"{i[:10]} {i[11:19]}"), ZH_A, ZH_QUOTE, ZH_NAMES)

    def one(c):
        kids = ''.join(one(r) for r in c.replies)
        home = E(c.url) if c.url else ''
        body = '<br/>'.join(E(x) for x in c.paras[:1] + ([c.quote] if c.quote else []) + c.paras[1:])
        return f'''<ul class="msg" id="cmt{c.num}">
	<li class="msgname">
		<img class="avatar" src="https://zblog.example.cn/zb_users/avatar/0.png" alt="" width="32"/>
		<span class="commentname"><a href="{home}" rel="nofollow" target="_blank">{E(c.author)}</a></span>
		<small>发表于 {E(c.shown)} <span class="revertcomment"><a href="#comment" onclick="zbp.comment.reply('{c.num}')">回复</a></span></small>
	</li>
	<li class="msgarticle">{body}
		{kids}
	</li>
</ul>'''
    comments = ('<ul class="msg msghead">\n\t<li class="tbname">评论列表</li>\n</ul>\n\n<label id="AjaxCommentBegin"></label>\n<!--评论输出-->\n'
                + '\n'.join(one(c) for c in cs) + '\n\n<!--评论翻页条输出-->\n<div class="pagebar commentpagebar">\n</div>\n<label id="AjaxCommentEnd">'
                '</label>\n\n<!--评论框-->\n<div class="post" id="divCommentPost">\n\t<p class="posttop"><a name="comment">发表评论:</a><a rel="nofollow" '
                'id="cancel-reply" href="#divCommentPost" style="display:none;"><small>取消回复</small></a></p>\n\t<form id="frmSumbit" target="_self" '
                'method="post" action="https://zblog.example.cn/zb_system/cmd.php?act=cmt&amp;postid=42&amp;key=0f1e" >\n\t<input type="hidden" '
                'name="inpId" id="inpId" value="42" />\n\t<input type="hidden" name="inpRevID" id="inpRevID" value="0" />\n\t<p><input type="text" '
                'name="inpName" id="inpName" class="text" value="访客" size="28" tabindex="1" /> <label for="inpName">名称(*)</label></p>\n'
                '\t<p><input type="text" name="inpEmail" id="inpEmail" class="text" value="" size="28" tabindex="2" /> <label for="inpEmail">邮箱</label></p>\n'
                '\t<p><input type="text" name="inpHomePage" id="inpHomePage" class="text" value="" size="28" tabindex="3" /> <label for="inpHomePage">网址</label></p>\n'
                '\t<p><label for="txaArticle">正文(*)</label></p>\n\t<p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" rows="4" '
                'tabindex="5" ></textarea></p>\n\t<p><input name="sumbit" type="submit" tabindex="6" value="提交" onclick="return zbp.comment.post()" '
                'class="button" /></p>\n\t</form>\n\t<p class="postbottom">◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。</p>\n</div>')
    post = ('<div id="divAll">\n\t<div id="divPage">\n\t<div id="divMiddle">\n\t\t<div id="divTop">\n\t\t\t<h1 id="BlogTitle"><a href="https://zblog.'
            'example.cn/">工坊笔记</a></h1>\n\t\t\t<h3 id="BlogSubTitle">小作坊里的记录</h3>\n\t\t</div>\n\t\t<div id="divNavBar">\n<ul>\n<li id="nvabar-item-index">'
            '<a href="https://zblog.example.cn/">首页</a></li><li id="navbar-page-2"><a href="https://zblog.example.cn/?id=2">留言本</a></li>\n</ul>\n'
            '\t\t</div>\n\t\t<div id="divMain">\n<div class="post single">\n\t<h2 class="post-title">' + E(title) + '</h2>\n\t<div class="post-date">'
            '2014-03-03 20:15:00</div>\n\t<div class="post-body">' + ''.join(f'<p>{E(p)}</p>' for p in ZH_POST) + '</div>\n\t<p class="post-tags">'
            '标签:&nbsp;<a href=\'https://zblog.example.cn/?tags=1\' title=\'树莓派\'>树莓派</a>&nbsp;<small>,</small></p>\n\t<p class="post-footer">\n'
            '\t\t作者:托比亚斯 <small>|</small> 分类:电子制作 <small>|</small> 浏览:1024 <small>|</small> 评论:8\n\t</p>\n</div>\n\n')
    side = ('\t\t</div>\n\t\t<div id="divSidebar">\n<dl class="function" id="divPrevious">\n<dt class="function_t">最近发表</dt><dd class="function_c">\n'
            '<ul><li><a title="焊接烟雾" href="https://zblog.example.cn/?id=41">焊接烟雾</a></li></ul>\n</dd>\n</dl><dl class="function" id="divComments">\n'
            '<dt class="function_t">最新留言</dt><dd class="function_c">\n<ul><li><a href="https://zblog.example.cn/?id=41#cmt77" title="玛格丽特 post at '
            '2014-02-21 10:00:00">谢谢分享，我也遇到过同样的问题</a></li></ul>\n</dd>\n</dl>\t\t</div>\n\t\t<div id="divBottom">')
    footer = ('\t\t\t<h4 id="BlogCopyRight">Copyright Your WebSite.Some Rights Reserved.</h4>\n\t\t\t<h5 id="BlogPowerBy">Powered By <a href="'
              'https://www.zblogcn.com/" title="Z-BlogPHP" target="_blank">Z-BlogPHP</a></h5>\n\t\t</div><div class="clear"></div>\n\t</div>'
              '<div class="clear"></div>\n\t</div><div class="clear"></div>\n</div>')
    doc = zh_page(page(title, site, '<meta name="generator" content="Z-BlogPHP 1.7.3" />\n<script src="https://zblog.example.cn/zb_system/'
                       'script/zblogphp.js"></script>', '', post, comments, side, footer))
    return "zblog", doc, truth("zblog", "zblogphp", title, cs,
                                "Z-BlogPHP default theme: ul.msg#cmtN, li.msgname (img.avatar, "
                                "span.commentname > a, small '发表于 DATE' with the reply link), "
                                "li.msgarticle with the text and the replies' ul.msg after it.",
                                "cmt%d")


# ---- emlog 6 (emlog/emlog content/templates/default/module.php,
# blog_comments() and blog_comments_children(): div.comment#comment-N, a
# name anchor, div.avatar, div.comment-info with b (author), span.comment-
# time, div.comment-content, div.comment-reply; a reply is div.comment.
# comment-children inside its parent, after the parent's comment-info) -------

def emlog():
    site, title = "工坊笔记", "阳台上的气象站"
    cs = localized(dated(thread_a(), lambda s, i: f"{i[:10]} {i[11:16]}"), ZH_A, ZH_QUOTE, ZH_NAMES)

    def one(c, child):
        kids = ''.join(one(r, True) for r in c.replies)
        poster = f'<a href="{E(c.url)}" target="_blank">{E(c.author)}</a>' if c.url else E(c.author)
        body = '<br />'.join(E(x) for x in c.paras[:1] + ([c.quote] if c.quote else []) + c.paras[1:])
        br = '<br/>' if child else ''
        return f'''        <div class="comment{' comment-children' if child else ''}" id="comment-{c.num}">
            <a name="{c.num}"></a>
                            <div class="avatar"><img src="//cravatar.cn/avatar/{c.num:032x}?s=40&d=mm&r=g"/></div>            <div class="comment-info"><div class="arrow"></div>
                <b>{poster} </b>{br}<span class="comment-time">{E(c.shown)}</span>
                <div class="comment-content">{body}</div>
      <div class="comment-reply"><a href="#comment-{c.num}" onclick="commentReply({c.num},this)">回复</a></div>
            </div>
            {kids}
        </div>
'''
    comments = ('<div id="comments">\n        <a name="comments"></a>\n    <p class="comment-header"><b>评论:</b></p>\n    '
                + ''.join(one(c, False) for c in cs) + '    <div id="pagenavi">\n            </div>\n</div>\n        <div id="comment-place">\n'
                '            <div class="comment-post" id="comment-post">\n      <div class="cancel-reply" id="cancel-reply" style="display:none"><a '
                'href="javascript:void(0);" onclick="cancelReply()">取消回复</a></div>\n                <p class="comment-header"><hr><a name="respond">'
                '</a><br></p>\n                <form class="commentform" method="post" name="commentform" action="https://emlog.example.cn/index.php?'
                'action=addcom" id="commentform">\n                    <input type="hidden" name="gid" value="42"/>\n          <textarea class="form-control '
                'log_comment" name="comment" id="comment" rows="10" tabindex="4" placeholder="撰写评论"></textarea>\n                       <div class="com_info">\n'
                '                  <input class="form-control com_control com_name" autocomplete="off" type="text" name="comname" maxlength="49" value="" '
                'size="22" tabindex="1" placeholder="昵称*" />\n                  <input class="form-control com_control com_mail" autocomplete="off" '
                'type="text" name="commail" maxlength="128" value="" size="22" tabindex="2" placeholder="邮件地址" />\n                        </div>\n'
                '                    <p class="com_submit_p">\n\t\t\t<input class="com_submit" type="submit" id="comment_submit" value="发布评论" tabindex="6"/>\n'
                '\t\t\t\t\t</p>\n\t\t\t\t\t <input type="hidden" name="pid" id="comment-pid" value="0" size="22" tabindex="1"/>\n                </form>\n'
                '            </div>\n        </div>\n')
    post = ('<div class="container">\n<div class="row">\n<div class="column-big">\n<div id="content">\n  <h1 class="log-title">' + E(title) + '</h1>\n'
            '  <p class="date">\n    <a href="https://emlog.example.cn/author/1" title="托比亚斯">托比亚斯</a> 发布于 2014-3-3 &nbsp;\n'
            '    <a href="https://emlog.example.cn/sort/dianzi" class="echo_sort">电子制作</a>\n  </p>\n  <div class="log-content">'
            + ''.join(f'<p>{E(p)}</p>' for p in ZH_POST) + '</div>\n  <div class="tag">标签:\t<a href="https://emlog.example.cn/tag/'
            'raspberrypi" class=\'tags\' >树莓派</a></div>\n  <div class="neighbor-log"><span class="prev_Log"><a href="https://emlog.example.cn/41" '
            'title="焊接烟雾">上一篇</a></span></div>\n')
    side = ('</div>\n</div>\n<div class="column-small">\n<div class="side-bar">\n<div class="widget shadow-theme">\n  <div class="widget-title"><h3>'
            '最新评论</h3></div>\n  <ul class="widget-list" id="newcomment">\n    <li id="comment">玛格丽特<br/><a href="https://emlog.example.cn/41#77">'
            '谢谢分享，我也遇到过同样的问题</a></li>\n  </ul>\n</div>\n<div class="widget shadow-theme">\n  <div class="widget-title"><h3>标签</h3></div>\n'
            '  <ul class="widget-list unstyle-li"><li><a href="https://emlog.example.cn/tag/raspberrypi">树莓派</a></li></ul>\n</div>\n</div>\n</div>\n'
            '</div>\n</div>')
    header = ('<nav class="blog-header">\n  <div class="blog-header-c container">\n    <a class="blog-header-title" href="https://emlog.example.cn/">'
              '工坊笔记</a>\n    <div class="blog-header-subtitle subtitle-overflow">小作坊里的记录</div>\n    <div class="blog-header-nav"><ul class="nav-list">'
              '<li class="list-item list-menu"><a class="nav-link" href="https://emlog.example.cn/">首页</a></li><li class="list-item list-menu">'
              '<a class="nav-link" href="https://emlog.example.cn/admin/">登录</a></li></ul></div>\n  </div>\n</nav>')
    footer = ('<footer class="blog-footer">\n  <div class="footer-copyright">\n    Powered by <a href="https://www.emlog.net" title="emlog">emlog</a>\n'
              '  </div>\n</footer>')
    doc = zh_page(page(title, site, '<meta name="generator" content="emlog" />\n<link rel="EditURI" type="application/rsd+xml" title="RSD" '
                       'href="https://emlog.example.cn/xmlrpc.php?rsd" />', header, post, comments, side, footer))
    return "emlog", doc, truth("emlog", "emlog", title, cs,
                                "emlog 6 default template: div.comment#comment-N, div.comment-info "
                                "with b (author), span.comment-time, div.comment-content; a reply is "
                                "a div.comment.comment-children inside its parent, after the "
                                "parent's div.comment-info.", "comment-%d")


# ---- FC2 Blog (fc2blog/blog app/templates/default/fc2_default_template_pc.php,
# the comment_area block: flat div.sub_content#commentN with h4.sub_title (the
# comment's title, "No title" unless given), div.sub_body, ul.sub_footer with
# the date "YYYY/MM/DD(hh:mm)", <%comment_mail+name> and <%comment_url+str>
# ("<a href=URL>URL</a>", as app/config's template tags write them) and the
# edit link) ------------------------------------------------------------------

def fc2():
    site, title = "ベランダ工房", "ベランダの気象観測所"
    cs = flat(localized(dated(thread_a(), lambda s, i: f"{i[:4]}/{i[5:7]}/{i[8:10]}({i[11:16]})"), JA_A, JA_QUOTE, JA_NAMES))
    titles = {1: "受け皿", 5: "雨量計"}

    def one(k, c):
        body = '<br />'.join(E(x) for x in c.paras[:1] + ([c.quote] if c.quote else []) + c.paras[1:])
        name = (f'<a href="mailto:{c.num}@example.jp">{E(c.author)}</a>' if k % 3 == 0 else E(c.author))
        url = f' <a href="{E(c.url)}">{E(c.url)}</a>' if c.url else ''
        return f'''          <div class="sub_content" id="comment{c.num}">
            <h4 class="sub_title">{titles.get(k, "No title")}</h4>
            <div class="sub_body">{body}</div>
            <ul class="sub_footer">
              <li>{E(c.shown)}</li>
              <li>{name}{url}</li>
              <li><a href="https://beranda.blog.fc2.com/?mode=edit&amp;title=%E3%81%AA&amp;eno={c.num}" title="コメントの編集">編集</a></li>
            </ul>
          </div>
'''
    comments = ('        <div id="cm" class="content">\n          <h3 class="sub_header">コメント</h3>\n'
                + ''.join(one(k, c) for k, c in enumerate(cs)) +
                '          <div class="form">\n            <h4 class="sub_title">コメントの投稿</h4>\n            <form action="https://beranda.blog.fc2.com/'
                'blog-entry-42.html" method="post" name="comment_form" id="comment_form">\n              <dl>\n                <dt>\n                  '
                '<input type="hidden" name="mode" value="regist" />\n                  <input type="hidden" name="comment[no]" value="42" />\n'
                '                  <label for="name">名前</label>\n                </dt>\n                <dd><input id="name" type="text" name="comment[name]" '
                'size="30" value="" /></dd>\n                <dt><label for="subject">タイトル</label></dt>\n                <dd><input id="subject" '
                'name="comment[title]" type="text" size="30" value="No title" /></dd>\n                <dt><label for="comment">本文</label></dt>\n'
                '                <dd><textarea id="comment" cols="50" rows="5" name="comment[body]"></textarea></dd>\n                <dt><label for="pass">'
                'パスワード</label></dt>\n                <dd><input id="pass" type="password" name="comment[pass]" size="20" /></dd>\n                <dt>非公開'
                'コメント</dt>\n                <dd><input id="himitu" type="checkbox" name="comment[himitu]" /><label for="himitu">管理者にだけ表示を許可する'
                '</label></dd>\n              </dl>\n              <p class="form_btn"><input type="submit" value="送信" /></p>\n            </form>\n'
                '          </div><!--/form-->\n        </div><!--/cm-->\n')
    post = ('<div id="container">\n  <div id="header">\n    <h1><a href="https://beranda.blog.fc2.com/" accesskey="0" title="ベランダ工房">ベランダ工房</a></h1>\n'
            '    <p>小さな工房の記録</p>\n  </div>\n  <div id="wrap">\n    <div id="main">\n      <div id="main_contents" class="clearfix">\n'
            '        <div class="content entry" id="e42">\n          <p class="entry_date">2014/03/03</p>\n          <h2 class="entry_header">'
            + E(title) + '</h2>\n          <div class="entry_body">' + '<br />'.join(E(p) for p in JA_POST) + '</div>\n          <ul class="entry_state">\n'
            '            <li><a href="https://beranda.blog.fc2.com/blog-category-3.html" title="このカテゴリ一覧を見る">カテゴリ:電子工作</a></li>\n'
            '            <li><a href="https://beranda.blog.fc2.com/blog-entry-42.html#cm" title="コメントの投稿">CM:8</a></li>\n          </ul>\n'
            '        </div>\n        <div class="page_navi">\n          <a href="https://beranda.blog.fc2.com/blog-entry-41.html" title="はんだの煙" class="prev '
            'preventry">はんだの煙</a>\n          <a href="https://beranda.blog.fc2.com/" title="ホーム" class="home">ホーム</a>\n        </div><!--/page_navi-->\n\n')
    side = ('      </div><!--/main_contents-->\n    </div><!--/main-->\n\n    <div id="sidemenu">\n      <div class="sidemenu_content plg">\n        <h3 '
            'class="plg_header" style="text-align:left; color:#000000">最新コメント</h3>\n        <div class="plg_body" style="text-align:left; '
            'color:#000000"><ul>\n<li style="text-align:left"><a href="https://beranda.blog.fc2.com/blog-entry-41.html#comment77" title="はんだの煙">'
            'まるがれっと:はんだの煙 (02/21)</a></li>\n</ul></div>\n      </div>\n    </div><!--/sidemenu-->\n\n    <div id="pagetop"><a href="#container" '
            'title="このページの上へ">このページの上へ</a></div>\n  </div><!--/wrap-->')
    footer = ('  <div id="footer">\n    <div id="footer_inner">\n      <p class="powered">Powered by <a href="http://blog.fc2.com">FC2ブログ</a></p>\n'
              '      <p class="copyright">Copyright &copy; ベランダ工房 All Rights Reserved.</p>\n    </div><!-- /footer_inner -->\n  </div><!--/footer-->\n'
              '</div><!--/container-->')
    doc = page(title, site, '<link rel="alternate" type="application/rss+xml" href="https://beranda.blog.fc2.com/?xml" title="RSS" />',
               '', post, comments, side, footer).replace('<html lang="en">', '<html lang="ja">')
    return "fc2", doc, truth("fc2", "fc2", title, cs,
                              "FC2 Blog default template: flat div.sub_content#commentN with the "
                              "comment's title h4.sub_title ('No title' by default, not the text), "
                              "div.sub_body, ul.sub_footer with the date, the name (a mailto link "
                              "when a mail was given) and a URL link.", "comment%d")


# ---- Hatena Blog (hatenablog.com's served comment box: div.comment-box >
# ul.comment > li.entry-comment, p.comment-user-name with a.comment-user-id
# and img.hatena-id-icon, p/div.comment-content, p.comment-metadata with the
# permalink and a time; flat; the classes as hatena/Hatena-Blog-Theme-
# Boilerplate scss/lib/_core.scss styles them) -------------------------------

def hatena():
    site, title = "ベランダ工房", "ベランダの気象観測所"
    cs = flat(localized(dated(thread_a(), lambda s, i: f"{i[:4]}-{i[5:7]}-{i[8:10]} {i[11:16]}"), JA_A, JA_QUOTE, JA_NAMES))
    ids = {"まるがれっと": "margaret_h", "とびあす": "tobias_r", "イネス": None, "dave_k": "dave_k", "さんね": "sanne_dv"}
    base = "https://beranda.hatenablog.com/entry/2014/03/03/201500"
    for c in cs:
        hid = ids[c.author]
        if hid:
            c.author = "id:" + hid

    def one(c):
        hid = c.author[3:] if c.author.startswith("id:") else None
        if hid:
            who = (f'<a class="comment-user-id" href="https://blog.hatena.ne.jp/{hid}/"><img src="https://cdn.profile-image.st-hatena.com/'
                   f'users/{hid}/profile.png" class="hatena-id-icon" alt="{hid}" title="{hid}" width="16" height="16">{E(c.author)}</a>')
        else:
            who = f'<span class="comment-user-name-guest">{E(c.author)}</span>'
        body = ''.join(f'<p>{E(x)}</p>' for x in c.paras[:1] + ([c.quote] if c.quote else []) + c.paras[1:])
        return f'''<li class="entry-comment js-entry-comment" id="comment-1357417643{c.num}" data-comment-id="1357417643{c.num}">
<p class="comment-user-name">{who}</p>
<div class="comment-content">{body}</div>
<p class="comment-metadata"><a href="{base}#1357417643{c.num}" class="comment-link"><time class="updated" datetime="{c.iso[:19]}+09:00" title="{c.iso[:19]}+09:00">{E(c.shown)}</time></a></p>
</li>
'''
    comments = ('<div class="comment-box js-comment-box">\n<ul class="comment js-comment">\n<li class="read-more-comments" style="display: none;">'
                '<a>もっと読む</a></li>\n' + ''.join(one(c) for c in cs) + '</ul>\n<a class="leave-comment-title js-leave-comment-title">'
                'コメントを書く</a>\n</div>')
    post = ('<div id="container"><div id="container-inner"><header id="blog-title" data-brand="hatenablog"><div id="blog-title-inner"><div id="blog-title-content">'
            '<h1 id="title"><a href="https://beranda.hatenablog.com/">ベランダ工房</a></h1><h2 id="blog-description">小さな工房の記録</h2></div></div></header>\n'
            '<div id="content" class="hfeed"><div id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner">\n'
            '<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-200 words-100 mode-html entry-odd" '
            'id="entry-1357417643000042" data-keyword-campaign="" data-uuid="1357417643000042" data-publication-type="entry">\n'
            '<div class="entry-inner"><header class="entry-header"><div class="date entry-date first"><a href="https://beranda.hatenablog.com/archive/'
            '2014/03/03" rel="nofollow"><time datetime="2014-03-03T11:15:00Z" title="2014-03-03T11:15:00Z"><span class="date-year">2014</span>'
            '<span class="hyphen">-</span><span class="date-month">03</span><span class="hyphen">-</span><span class="date-day">03</span></time>'
            f'</a></div><h1 class="entry-title"><a href="{base}" class="entry-title-link bookmark">{E(title)}</a></h1></header>\n'
            '<div class="entry-content hatenablog-entry">' + ''.join(f'<p>{E(p)}</p>' for p in JA_POST) + '</div>\n'
            '<footer class="entry-footer"><div class="entry-tags-wrapper"><div class="entry-tags"></div></div><p class="entry-footer-section track-inview-by-gtm">'
            '<span class="author vcard"><span class="fn" data-load-nickname="1" data-user-name="tobias_r"><span class="user-name-nickname">とびあす</span> '
            '<span class="user-name-paren">(</span><span class="user-name-hatena-id">id:tobias_r</span><span class="user-name-paren">)</span></span></span> '
            f'<span class="entry-footer-time"><a href="{base}"><time data-relative datetime="2014-03-03T11:15:00Z" title="2014-03-03T11:15:00Z" class="updated">'
            '2014-03-03 20:15</time></a></span> <span class="entry-footer-subscribe" data-test-blog-controlls-subscribe><a href="https://blog.hatena.ne.jp/'
            'tobias_r/beranda.hatenablog.com/subscribe">読者になる</a></span></p>\n<div class="hatena-star-container" data-hatena-star-container '
            f'data-hatena-star-url="{base}" data-hatena-star-title="{E(title)}"></div>\n')
    side = ('</footer></div></article>\n</div></div></div>\n<aside id="box2"><div id="box2-inner"><div class="hatena-module hatena-module-recent-comments">'
            '<div class="hatena-module-title">最新コメント</div><div class="hatena-module-body"><ul class="recent-comments hatena-urllist"><li class="urllist-item '
            'recent-comments-item"><div class="urllist-item-inner recent-comments-item-inner"><a class="urllist-title-link" href="https://beranda.hatenablog.com/'
            'entry/2014/02/20/090000">はんだの煙</a> <span class="recent-comment-user-name">id:margaret_h</span></div></li></ul></div></div>'
            '<div class="hatena-module hatena-module-archive"><div class="hatena-module-title"><a href="https://beranda.hatenablog.com/archive">月別アーカイブ</a>'
            '</div><div class="hatena-module-body"><ul class="hatena-urllist"><li class="archive-module-year"><a href="https://beranda.hatenablog.com/archive/'
            '2014">2014 (12)</a></li></ul></div></div></div></aside>\n</div></div></div></div>')
    footer = ('<footer id="footer" data-brand="hatenablog"><div id="footer-inner"><address class="footer-address"><a href="https://beranda.hatenablog.com/">'
              'ベランダ工房</a></address><p class="services">Powered by <a href="https://hatenablog.com/">Hatena Blog</a> | <a href="https://blog.hatena.ne.jp/'
              '-/abuse_report">ブログを報告する</a></p></div></footer>')
    doc = page(title, site, '<meta property="og:site_name" content="ベランダ工房">\n<link rel="stylesheet" type="text/css" href="https://cdn.blog.st-hatena.com/'
               'css/blog.css?version=abc">', '', post, comments + '\n', side, footer).replace(
        '<html lang="en">', '<html lang="ja" data-admin-domain="//blog.hatena.ne.jp" data-avail-langs="ja en" data-page="entry">')
    return "hatena", doc, truth("hatena", "hatenablog", title, cs,
                                 "Hatena Blog comment box: flat li.entry-comment in ul.comment, "
                                 "p.comment-user-name (a.comment-user-id 'id:NAME', or a guest's "
                                 "name), div.comment-content, p.comment-metadata > a.comment-link > "
                                 "time.", "comment-1357417643%d")


# ---- CSDN blog (blog.csdn.net article pages as served: the comments'
# copy for readers without JavaScript, div.blog-comment-box-new (hidden
# by its inline style until the script draws div.comment-list-box), one
# ul a thread: its first li the comment (a > img.avatar, div.right-box >
# div.new-info-box > div.comment-top > div.user-box with a.name-href >
# span.name, span.date[title] and div.new-comment), a second li holding
# the ul of its replies, one level, each "NAME 回复 TARGET" in its
# a.name-href; read in saved pages stored in public repositories) ----------

def csdn():
    site, title = "工坊笔记", "阳台上的气象站"
    cs = localized(dated(thread_a(), lambda s, i: f"{i[:10]} {i[11:19]}"), ZH_A, ZH_QUOTE, ZH_NAMES)
    users = {"玛格丽特": "holloway_m", "托比亚斯": "tobias_r", "伊内丝": "ines_k", "dave_k": "dave_k", "桑妮": "sanne_dv"}
    answered = {}
    for c in cs:
        flatr = []

        def gather(p, rs):
            for r in rs:
                answered[r.num] = p.author
                flatr.append(r)
                gather(r, r.replies)
        gather(c, c.replies)
        for r in flatr:
            r.replies = []
        c.replies = flatr

    def item(c, ind, reply):
        u = users[c.author]
        body = '<br>'.join(E(x) for x in c.paras[:1] + ([c.quote] if c.quote else []) + c.paras[1:])
        to = f'<span class="text">回复</span><span class="nick-name">{E(answered[c.num])}</span>' if reply else ''
        shown = c.shown[:10].replace('-', '.')
        p = ' ' * ind
        return (f'{p}<li>\n{p}  <a target="_blank" href="https://blog.csdn.net/{u}">\n{p}    <img src="https://profile-avatar.csdnimg.cn/'
                f'default.jpg!1"\n{p}      alt="{u}" class="avatar">\n{p}  </a>\n{p}  <div class="right-box">\n{p}    <div class="new-info-box clearfix">\n'
                f'{p}      <div class="comment-top">\n{p}        <div class="user-box">\n{p}          <a class="name-href" target="_blank"  '
                f'href="https://blog.csdn.net/{u}">\n{p}            <span class="name ">{E(c.author)}</span>{to}</a>\n'
                f'{p}          <span class="date" title="{E(c.shown)}">{shown}</span>\n{p}          <div class="new-comment">{body}</div>\n'
                f'{p}        </div>\n{p}      </div>\n{p}    </div>\n{p}  </div>\n{p}</li>\n')

    def thread(c):
        out = '      <ul>\n' + item(c, 10, False)
        if c.replies:
            out += '          <li >\n            <ul>\n' + ''.join(item(r, 16, True) for r in c.replies) + '            </ul>\n          </li>\n'
        return out + '      </ul>\n'
    n = len(list(walk(cs)))
    comments = ('<a id="commentBox" name="commentBox"></a>\n  <div id="pcCommentBox" class="comment-box comment-box-new2 unlogin-comment-box-new" '
                f'style="display:none">\n      <div class="unlogin-comment-model">\n          <span class="unlogin-comment-tit">{n}&nbsp;条评论</span>\n'
                '        <span class="unlogin-comment-text">您还未登录，请先</span>\n        <span class="unlogin-comment-bt">登录</span>\n'
                '        <span class="unlogin-comment-text">后发表或查看评论</span>\n      </div>\n  </div>\n'
                f'  <div class="blog-comment-box-new" style="display: none;">\n        <h1>{n} 条评论</h1>\n'
                + ''.join(thread(c) for c in cs) + '    </div>\n'
                '              <div class="recommend-box insert-baidu-box recommend-box-style ">\n'
                + ''.join(f'<div class="recommend-item-box type_blog clearfix" data-url="https://blog.csdn.net/other{k}/article/details/{9000 + k}">\n'
                          '\t<div class="content-box">\n\t\t<div class="content-blog display-flex">\n\t\t\t<div class="title-box">\n'
                          f'\t\t\t\t<a href="https://blog.csdn.net/other{k}/article/details/{9000 + k}" class="tit" target="_blank">\n'
                          f'\t\t\t\t\t<div class="left ellipsis-online ellipsis-online-1">{t}</div>\n\t\t\t\t</a>\n\t\t\t</div>\n'
                          '\t\t\t<div class="info-box display-flex">\n\t\t\t\t<div class="info">\n'
                          f'\t\t\t\t\t<a href="https://blog.csdn.net/other{k}" target="_blank"><span class="blog-title">other{k}的博客</span></a>\n'
                          '\t\t\t\t</div>\n\t\t\t\t<div class="info display-flex">\n\t\t\t\t\t<span class="info-block time">03-0' + str(k + 2) +
                          '</span>\n\t\t\t\t\t<span class="info-block read"><img class="read-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/'
                          f'readCountWhite.png" alt="">\n\t\t\t\t\t{1200 + k * 37}\n\t\t\t\t\t</span>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n'
                          f'\t\t<div class="desc-box">\n\t\t\t<a href="https://blog.csdn.net/other{k}/article/details/{9000 + k}" target="_blank">\n'
                          f'\t\t\t\t<div class="desc ellipsis-online ellipsis-online-1">{d}</div>\n\t\t\t</a>\n\t\t</div>\n\t</div>\n</div>\n'
                          for k, (t, d) in enumerate([("树莓派温湿度记录", "用树莓派和传感器每五分钟记录一次温度和湿度，数据写入数据库并画成曲线。"),
                                                      ("自制雨量计", "翻斗式雨量计的原理、干簧管接线和软件消抖的做法。")]))
                + '              </div>\n')
    post = ('<div class="main_father clearfix d-flex justify-content-center" style="height:100%;">\n<div class="container clearfix" id="mainBox">\n'
            '<main>\n<div class="blog-content-box">\n<div class="article-header-box">\n<div class="article-header">\n<div class="article-title-box">\n'
            f'<h1 class="title-article" id="articleContentId">{E(title)}</h1>\n</div>\n<div class="article-info-box">\n<div class="article-bar-top">\n'
            '<div class="bar-content">\n<a class="follow-nickName " href="https://blog.csdn.net/tobias_r" target="_blank" rel="noopener" title="托比亚斯">'
            '托比亚斯</a>\n<img class="article-time-img article-heard-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/newUpTime2.png" alt="">\n'
            '<span class="time">已于&nbsp;2014-03-03 20:15:00&nbsp;修改</span>\n<span class="read-count">阅读量1.2k</span>\n</div>\n</div>\n</div>\n'
            '</div>\n</div>\n<article class="baidu_pl">\n<div id="article_content" class="article_content clearfix">\n<div id="content_views" '
            'class="htmledit_views">\n' + ''.join(f'<p>{E(p)}</p>\n' for p in ZH_POST) + '</div>\n</div>\n</article>\n</div>\n'
            '<div id="blogColumnPayAdvert">\n</div>\n')
    header = ('<div id="csdn-toolbar">\n<div class="toolbar-inside"><div class="toolbar-container"><div class="toolbar-logo toolbar-subMenu-box">'
              '<a href="https://www.csdn.net" title="CSDN首页"><img title="CSDN首页" src="https://img-home.csdnimg.cn/images/20201124032511.png"></a>'
              '</div><div class="toolbar-menus"><ul><li><a href="https://blog.csdn.net/">博客</a></li><li><a href="https://download.csdn.net/">下载</a>'
              '</li><li><a href="https://edu.csdn.net/">学习</a></li></ul></div></div></div></div>')
    side = ('</main>\n<aside class="blog_container_aside">\n<div id="asideProfile" class="aside-box">\n<div class="profile-intro d-flex">\n'
            '<div class="user-info d-flex flex-column profile-intro-name-box"><a href="https://blog.csdn.net/tobias_r" class=""><span class="name " '
            'username="tobias_r">托比亚斯</span></a></div>\n</div>\n</div>\n<div id="asideNewComments" class="aside-box">\n<h3 class="aside-title">'
            '最新评论</h3>\n<div class="aside-content">\n<ul class="newcomment-list">\n<li>\n<a class="title text-truncate" target="_blank" '
            'href="https://blog.csdn.net/tobias_r/article/details/8999#comments_77">焊接烟雾</a>\n<p class="comment ellipsis">\n<a href="'
            'https://blog.csdn.net/holloway_m" class="user-name" target="_blank">玛格丽特: </a>\n<span class="code-comments">谢谢分享，我也遇到过同样的问题'
            '</span>\n</p>\n</li>\n</ul>\n</div>\n</div>\n</aside>\n</div>\n</div>')
    footer = ('<div id="toolBarBox" class="left-toolbox"><div class="toolbox-left"><a class="profile-href" target="_blank" href="https://blog.csdn.net/'
              'tobias_r"><span class="profile-name">托比亚斯</span></a></div><div class="toolbox-middle"><ul class="toolbox-list"><li class="tool-item '
              'tool-item-size tool-active is-like" id="is-like"><a class="tool-item-href"><span class="count" id="spanCount">3</span></a></li>'
              '<li class="tool-item tool-item-size tool-active tool-item-comment"><a class="tool-item-href go-side-comment" data-report-click=\'{"spm":'
              '"3001.7009"}\'><span class="count">8</span></a></li></ul></div></div>\n<div id="footer">©2014 CSDN 皮肤主题：大白</div>')
    doc = zh_page(page(title, site, '<meta name="keywords" content="树莓派,气象站">\n<link rel="canonical" href="https://blog.csdn.net/tobias_r/'
                       'article/details/4242"/>\n<link rel="stylesheet" type="text/css" href="https://csdnimg.cn/release/blogv2/dist/pc/css/'
                       'detail_enter-af0ead44cd.min.css">', header, post, comments, side, footer))
    return "csdn", doc, truth("csdn", "csdn", title, cs,
                               "CSDN blog, the comments as served for readers without JavaScript "
                               "(div.blog-comment-box-new, hidden until the script draws the "
                               "thread): one ul a thread, its first li the comment (span.name, "
                               "span.date[title], div.new-comment), the replies one level deep "
                               "in the ul of its second li, each 'NAME 回复 TARGET'.", None)
# ==== platwest's pages: WordPress block and classic themes, Drupal 10,
# Blogger's current themes, LiveJournal, FluxBB, Invision, IntenseDebate,
# Substack ================================================================

def wp_date(s, i):
    """WordPress's default 'F j, Y \\a\\t g:i a'."""
    d, t, ap = s.rsplit(' ', 2)
    return f"{d} at {t} {ap.lower()}"


WP_HEAD = ("<meta name='generator' content='WordPress 6.5.2' />\n"
           "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />\n"
           "<script src='/wp-includes/js/comment-reply.min.js?ver=6.5.2' id='comment-reply-js' async data-wp-strategy='async'></script>")


def wp_reply_link(c, below):
    return (f"<a rel='nofollow' class='comment-reply-link' href='/2014/03/weather-station/?replytocom={c.num}#respond' "
            f"data-commentid=\"{c.num}\" data-postid=\"42\" data-belowelement=\"{below}\" data-respondelement=\"respond\" "
            f"data-replyto=\"Reply to {E(c.author)}\" aria-label='Reply to {E(c.author)}'>Reply</a>")


def wp_form(cls='comment-respond'):
    return (f'<div id="respond" class="{cls}">\n<h3 id="reply-title" class="comment-reply-title">Leave a Reply '
            '<small><a rel="nofollow" id="cancel-comment-reply-link" href="/2014/03/weather-station/#respond" style="display:none;">'
            'Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" '
            'novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> '
            '<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>'
            '<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" '
            'name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">'
            'Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" '
            'autocomplete="name" required /></p>\n<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
            'value="Post Comment" /> <input type=\'hidden\' name=\'comment_post_ID\' value=\'42\' id=\'comment_post_ID\' />\n'
            '<input type=\'hidden\' name=\'comment_parent\' id=\'comment_parent\' value=\'0\' />\n</p></form>\t</div><!-- #respond -->')


def wp_classes(c, depth, parity):
    k = 'even' if parity[0] % 2 == 0 else 'odd alt'
    parity[0] += 1
    cls = f"comment {k}" + (f" thread-{'even' if c.num % 2 else 'odd'}" if depth == 1 else '') + f" depth-{depth}"
    if c.author == "Tobias Renner":
        cls = cls.replace("comment ", "comment byuser comment-author-tobias bypostauthor ", 1)
    return cls + (" parent" if c.replies else "")


def wp_avatar(c, size, extra=''):
    return (f"<img alt='{E(c.author) + ' Avatar' if extra else ''}' src='https://secure.gravatar.com/avatar/{c.num:032x}?s={size}&#038;d=mm&#038;r=g' "
            f"srcset='https://secure.gravatar.com/avatar/{c.num:032x}?s={size * 2}&#038;d=mm&#038;r=g 2x' class='avatar avatar-{size} photo{extra}' "
            f"height='{size}' width='{size}' loading='lazy' decoding='async'/>")


# ---- WordPress block themes (WordPress/WordPress wp-content/themes/
# twentytwentyfour/patterns/hidden-comments.php and twentytwentyfive/
# patterns/comments.php; wp-includes/blocks/comment-template.php: each
# comment an li#comment-N with comment_class(), its replies in a bare <ol>
# inside the li after the comment's groups; the blocks wp-block-avatar,
# wp-block-comment-author-name, wp-block-comment-date (time > a),
# wp-block-comment-content, wp-block-comment-reply-link) -----------------

def wpblock():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), wp_date)
    parity = [0]

    def one(c, depth):
        cls = wp_classes(c, depth, parity)
        name = (f'<a rel="external nofollow ugc" href="{E(c.url)}" target="_self" >{E(c.author)}</a>' if c.url else E(c.author))
        kids = ''.join(one(r, depth + 1) for r in c.replies)
        kids = f'<ol>{kids}</ol>' if kids else ''
        return (f'<li id="comment-{c.num}" class="{cls}">\n<div class="wp-block-group has-global-padding is-layout-constrained '
                'wp-block-group-is-layout-constrained" style="margin-top:0;margin-bottom:var(--wp--preset--spacing--30)">\n'
                '<div class="wp-block-group is-nowrap is-layout-flex wp-container-core-group-is-layout-1 wp-block-group-is-layout-flex">'
                f'<div class="wp-block-avatar">{wp_avatar(c, 40, " wp-block-avatar__image")}</div>\n\n'
                '<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">'
                f'<div class="wp-block-comment-author-name">{name}</div>\n\n'
                f'<div class="wp-block-comment-date"><time datetime="{c.iso[:-1]}+00:00"><a href="/2014/03/weather-station/#comment-{c.num}">'
                f'{E(c.shown)}</a></time></div></div>\n</div>\n\n'
                f'<div class="wp-block-comment-content">{paras(c)}</div>\n\n'
                '<div class="wp-block-group is-nowrap is-layout-flex wp-container-core-group-is-layout-2 wp-block-group-is-layout-flex">\n\n'
                f'<div class="wp-block-comment-reply-link">{wp_reply_link(c, "comment-%d" % c.num)}</div></div>\n</div>\n{kids}</li>')
    comments = ('<div class="wp-block-comments wp-block-comments-query-loop">\n<h2 class="wp-block-heading">Comments</h2>\n\n'
                f'<h3 id="comments" class="wp-block-comments-title">8 responses to &ldquo;{E(title)}&rdquo;</h3>\n\n'
                '<ol class="wp-block-comment-template">' + ''.join(one(c, 1) for c in cs) + '</ol>\n\n\n\n'
                + wp_form('comment-respond wp-block-post-comments-form') + '\n</div>')
    post = ('<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">\n'
            '<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">\n'
            f'<h1 style="line-height:1.15" class="wp-block-post-title">{E(title)}</h1>\n'
            '<div class="wp-block-template-part"><div class="wp-block-group is-content-justification-left is-layout-flex">'
            '<div class="wp-block-post-date"><time datetime="2014-03-03T20:15:00+00:00">March 3, 2014</time></div>\n'
            '<p class="has-small-font-size">by</p><div class="wp-block-post-author-name"><a href="/author/tobias/" target="_self" '
            'class="wp-block-post-author-name__link">Tobias Renner</a></div></div></div>\n</div>\n'
            '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">\n'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>\n'
            '<div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group is-layout-flex">'
            '<div class="taxonomy-post_tag wp-block-post-terms"><a href="/tag/sensors/" rel="tag">Sensors</a></div></div></div>\n'
            '<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" aria-label="Posts">'
            '<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous '
            'is-arrow-arrow" aria-hidden="true">←</span><a href="/2014/02/solder-fumes/" rel="prev">Solder fumes</a></div></nav>\n'
            '<div class="wp-block-group has-global-padding is-layout-constrained">')
    header = ('<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide has-base-background-color '
              'has-background has-global-padding is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between '
              f'is-layout-flex"><p class="wp-block-site-title"><a href="/" target="_self" rel="home">{E(site)}</a></p>'
              '<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Navigation"><ul class="wp-block-navigation__container">'
              '<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="/about/">About</a></li></ul></nav></div></div></header>')
    footer = ('</div></main>\n<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained">'
              '<div class="wp-block-group alignwide is-layout-flow"><div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex">'
              '<div class="wp-block-group is-layout-flex"><h2 class="wp-block-site-title"><a href="/" target="_self" rel="home">Balcony Notes</a></h2>'
              '<p class="wp-block-site-tagline">Notes from a small workshop</p></div></div>'
              '<div class="wp-block-group is-layout-flex"><h2 class="wp-block-heading has-medium-font-size">Recent Comments</h2>'
              '<ol class="has-avatars has-dates has-excerpts wp-block-latest-comments"><li class="wp-block-latest-comments__comment">'
              '<article><footer class="wp-block-latest-comments__comment-meta"><a class="wp-block-latest-comments__comment-author" '
              'href="http://holloway.example.org/">Margaret Holloway</a> on <a class="wp-block-latest-comments__comment-link" '
              'href="/2014/02/solder-fumes/#comment-77">Solder fumes</a><time datetime="2014-02-20T10:00:00+00:00" '
              'class="wp-block-latest-comments__comment-date">February 20, 2014</time></footer><div class="wp-block-latest-comments__comment-excerpt">'
              '<p>A fume extractor with a carbon filter made the biggest difference for me&hellip;</p></div></article></li></ol></div>'
              '<p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></footer></div>')
    doc = page(title, site, WP_HEAD, header, post, comments, '', footer)
    return "wpblock", doc, truth("wpblock", "wordpress", title, cs,
                                  "WordPress block theme (Twenty Twenty-Four's comments pattern): "
                                  "ol.wp-block-comment-template, li#comment-N, the blocks "
                                  "wp-block-comment-author-name, wp-block-comment-date, "
                                  "wp-block-comment-content; replies in a bare <ol> inside the li; "
                                  "a Latest Comments block in the footer is not the thread.",
                                  "comment-%d")


# ---- WordPress Twenty Twenty-One (WordPress/WordPress wp-content/themes/
# twentytwentyone/comments.php: ol.comment-list, wp_list_comments() with
# style 'ol'; wp-includes/class-walker-comment.php html5_comment(): li >
# article.comment-body > footer.comment-meta (div.comment-author.vcard
# with b.fn, div.comment-metadata > a > time), div.comment-content,
# div.reply; replies in ol.children inside the li) -------------------------

def wptt21():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), wp_date)
    parity = [0]

    def one(c, depth):
        cls = wp_classes(c, depth, parity)
        name = (f"<a href=\"{E(c.url)}\" class=\"url\" rel=\"ugc external nofollow\">{E(c.author)}</a>" if c.url else E(c.author))
        kids = ''.join(one(r, depth + 1) for r in c.replies)
        kids = f'<ol class="children">\n{kids}</ol><!-- .children -->\n' if kids else ''
        return (f'\t\t<li id="comment-{c.num}" class="{cls}">\n\t\t\t<article id="div-comment-{c.num}" class="comment-body">\n'
                '\t\t\t\t<footer class="comment-meta">\n\t\t\t\t\t<div class="comment-author vcard">\n'
                f'\t\t\t\t\t\t{wp_avatar(c, 60)}\t\t\t\t\t\t<b class="fn">{name}</b> <span class="says">says:</span>\t\t\t\t\t</div><!-- .comment-author -->\n\n'
                f'\t\t\t\t\t<div class="comment-metadata">\n\t\t\t\t\t\t<a href="/2014/03/weather-station/#comment-{c.num}"><time datetime="{c.iso[:-1]}+00:00">'
                f'{E(c.shown)}</time></a>\t\t\t\t\t</div><!-- .comment-metadata -->\n\n\t\t\t\t\t\t\t\t\t</footer><!-- .comment-meta -->\n\n'
                f'\t\t\t\t<div class="comment-content">\n\t\t\t\t\t{paras(c)}\n\t\t\t\t</div><!-- .comment-content -->\n\n'
                f'\t\t\t\t<div class="reply">{wp_reply_link(c, "div-comment-%d" % c.num)}</div>\t\t\t</article><!-- .comment-body -->\n'
                f'{kids}</li><!-- #comment-## -->\n')
    comments = ('<div id="comments" class="comments-area default-max-width show-avatars">\n\n\t\t\t<h2 class="comments-title">\n\t\t\t\t\t'
                f'8 comments on &ldquo;{E(title)}&rdquo;\t\t\t\t</h2><!-- .comments-title -->\n\n\t\t<ol class="comment-list">\n'
                + ''.join(one(c, 1) for c in cs) + '\t\t</ol><!-- .comment-list -->\n\n\t\t\n' + wp_form() + '\n</div><!-- #comments -->')
    post = ('<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
            '<header id="masthead" class="site-header has-title-and-tagline" role="banner"><div class="site-branding">'
            f'<p class="site-title"><a href="/">{E(site)}</a></p><p class="site-description">Notes from a small workshop</p></div>'
            '<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container">'
            '<ul id="primary-menu-list" class="menu-wrapper"><li class="menu-item"><a href="/about/">About</a></li></ul></div></nav></header>\n'
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">\n'
            '<article id="post-42" class="post-42 post type-post status-publish format-standard hentry category-electronics entry">\n'
            f'<header class="entry-header alignwide"><h1 class="entry-title">{E(title)}</h1></header>\n'
            '<div class="entry-content">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div>\n'
            '<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" '
            'datetime="2014-03-03T20:15:00+00:00">March 3, 2014</time></span><span class="byline">By <a href="/author/tobias/" rel="author">Tobias Renner</a>'
            '</span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/electronics/" rel="category tag">'
            'Electronics</a></span></div></footer>\n<div class="author-bio show-avatars"><div class="author-bio-content"><h2 class="author-title">'
            'By Tobias Renner</h2><p class="author-description">Tinkerer, occasional writer.</p></div></div>\n</article>\n')
    side = ('<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
            '<div class="nav-previous"><a href="/2014/02/solder-fumes/" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">'
            'Solder fumes</p></a></div></div></nav>\t\t</main><!-- #main -->\n\t</div><!-- #primary -->\n\t</div><!-- #content -->\n'
            '<aside class="widget-area"><section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2>'
            '<nav aria-label="Recent Comments"><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link"><a href="http://holloway.example.org/" '
            'class="url" rel="ugc external nofollow">Margaret Holloway</a></span> on <a href="/2014/02/solder-fumes/#comment-77">Solder fumes</a></li></ul></nav>'
            '</section></aside>')
    footer = ('<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div class="site-name">'
              f'<a href="/">{E(site)}</a></div><div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>')
    doc = page(title, site, WP_HEAD, '', post, comments, side, footer)
    return "wptt21", doc, truth("wptt21", "wordpress", title, cs,
                                 "WordPress Twenty Twenty-One: ol.comment-list, li#comment-N > "
                                 "article.comment-body (footer.comment-meta with div.comment-author."
                                 "vcard > b.fn and div.comment-metadata > a > time; div.comment-content; "
                                 "div.reply); replies in ol.children inside the li.", "comment-%d")


# ---- WordPress Twenty Twenty (WordPress/WordPress wp-content/themes/
# twentytwenty/comments.php: wp_list_comments() with style 'div' and
# classes/class-twentytwenty-walker-comment.php: div#comment-N > article.
# comment-body (footer.comment-meta with div.comment-author.vcard holding
# the avatar and span.fn inside the author's link, div.comment-metadata >
# a > time; div.comment-content.entry-content; footer.comment-footer-meta
# with the reply link and "By Post Author"); with style 'div' the walker
# opens no list: a reply's div sits in its parent's div after the article)

def wptt20():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), wp_date)
    parity = [0]

    def one(c, depth):
        cls = wp_classes(c, depth, parity)
        inner = f'{wp_avatar(c, 120)}<span class="fn">{E(c.author)}</span><span class="screen-reader-text says">says:</span>'
        if c.url:
            inner = f'<a href="{E(c.url)}" rel="external nofollow" class="url">{inner}</a>'
        kids = ''.join(one(r, depth + 1) for r in c.replies)
        bypa = '<span class="by-post-author">By Post Author</span>' if c.author == "Tobias Renner" else ''
        return (f'\t\t<div id="comment-{c.num}" class="{cls}">\n\t\t\t<article id="div-comment-{c.num}" class="comment-body">\n'
                f'\t\t\t\t<footer class="comment-meta">\n\t\t\t\t\t<div class="comment-author vcard">\n\t\t\t\t\t\t{inner}\t\t\t\t\t</div><!-- .comment-author -->\n\n'
                f'\t\t\t\t\t<div class="comment-metadata">\n\t\t\t\t\t\t<a href="/2014/03/weather-station/#comment-{c.num}">\n\t\t\t\t\t\t\t'
                f'<time datetime="{c.iso[:-1]}+00:00" title="{E(c.shown)}">\n\t\t\t\t\t\t\t\t{E(c.shown)}\t\t\t\t\t\t\t</time>\n\t\t\t\t\t\t</a>\n'
                '\t\t\t\t\t</div><!-- .comment-metadata -->\n\n\t\t\t\t</footer><!-- .comment-meta -->\n\n'
                f'\t\t\t\t<div class="comment-content entry-content">\n\n\t\t\t\t\t{paras(c)}\n\n\t\t\t\t</div><!-- .comment-content -->\n\n'
                f'\t\t\t\t<footer class="comment-footer-meta">\n\t\t\t\t\t<span class="comment-reply">{wp_reply_link(c, "div-comment-%d" % c.num)}</span>\n'
                f'\t\t\t\t\t{bypa}\n\t\t\t\t</footer>\n\n\t\t\t</article><!-- .comment-body -->\n{kids}</div><!-- #comment-## -->\n')
    comments = ('<div class="comments-wrapper section-inner">\n\t\t\t<div class="comments" id="comments">\n\t\t\t\t<div class="comments-header '
                f'section-inner small max-percentage">\n\t\t\t\t\t<h2 class="comment-reply-title">\n\t\t\t\t\t8 replies on &ldquo;{E(title)}&rdquo;'
                '\t\t\t\t\t</h2><!-- .comments-title -->\n\t\t\t\t</div><!-- .comments-header -->\n\t\t\t\t<div class="comments-inner section-inner thin '
                'max-percentage">\n' + ''.join(one(c, 1) for c in cs) + '\t\t\t\t</div><!-- .comments-inner -->\n\t\t\t</div><!-- comments -->\n'
                '\t\t\t<hr class="styled-separator is-style-wide" aria-hidden="true" />\n\t\t\t' + wp_form('comment-respond') + '\n</div>')
    post = ('<header id="site-header" class="header-footer-group"><div class="header-inner section-inner"><div class="header-titles-wrapper">'
            f'<div class="header-titles"><div class="site-title faux-heading"><a href="/">{E(site)}</a></div><div class="site-description">Notes from a '
            'small workshop</div></div></div><div class="header-navigation-wrapper"><nav class="primary-menu-wrapper" aria-label="Horizontal">'
            '<ul class="primary-menu reset-list-style"><li class="page_item"><a href="/about/">About</a></li></ul></nav></div></div></header>\n'
            '<main id="site-content">\n<article class="post-42 post type-post status-publish format-standard hentry category-electronics" id="post-42">\n'
            '<header class="entry-header has-text-align-center header-footer-group"><div class="entry-header-inner section-inner medium">'
            '<div class="entry-categories"><span class="screen-reader-text">Categories</span><div class="entry-categories-inner">'
            f'<a href="/category/electronics/" rel="category tag">Electronics</a></div></div><h1 class="entry-title">{E(title)}</h1>'
            '<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta"><li class="post-author meta-wrapper">'
            '<span class="meta-text">By <a href="/author/tobias/">Tobias Renner</a></span></li><li class="post-date meta-wrapper"><span class="meta-text">'
            '<a href="/2014/03/weather-station/">March 3, 2014</a></span></li><li class="post-comment-link meta-wrapper"><span class="meta-text">'
            '<a href="/2014/03/weather-station/#comments">8 Comments<span class="screen-reader-text"> on A weather station on the balcony</span></a>'
            '</span></li></ul></div></div></header>\n<div class="post-inner thin "><div class="entry-content">\n'
            + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '\n</div></div>\n'
            '<nav class="pagination-single section-inner" aria-label="Post"><hr class="styled-separator is-style-wide" aria-hidden="true" />'
            '<div class="pagination-single-inner"><a class="previous-post" href="/2014/02/solder-fumes/"><span class="arrow" aria-hidden="true">&larr;</span>'
            '<span class="title"><span class="title-inner">Solder fumes</span></span></a></div></nav>\n')
    side = '</article>\n</main><!-- #site-content -->'
    footer = ('<div class="footer-nav-widgets-wrapper header-footer-group"><div class="footer-inner section-inner"><aside class="footer-widgets-outer-wrapper">'
              '<div class="footer-widgets column-one grid-item"><div class="widget widget_recent_comments"><div class="widget-content"><h2 class="widget-title subheading heading-size-3">'
              'Recent Comments</h2><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">Margaret Holloway</span> on '
              '<a href="/2014/02/solder-fumes/#comment-77">Solder fumes</a></li></ul></div></div></div></aside></div></div>\n'
              '<footer id="site-footer" class="header-footer-group"><div class="section-inner"><div class="footer-credits"><p class="footer-copyright">&copy; 2014 '
              f'<a href="/">{E(site)}</a></p><p class="powered-by-wordpress"><a href="https://wordpress.org/">Powered by WordPress</a></p></div>'
              '<a class="to-the-top" href="#site-header"><span class="to-the-top-long">To the top <span class="arrow" aria-hidden="true">&uarr;</span></span></a></div></footer>')
    doc = page(title, site, WP_HEAD, '', post, comments, side, footer)
    return "wptt20", doc, truth("wptt20", "wordpress", title, cs,
                                 "WordPress Twenty Twenty: wp_list_comments() with style 'div' and "
                                 "the theme's walker: div#comment-N.comment > article.comment-body "
                                 "(the author's span.fn inside his link with the avatar; div.comment-"
                                 "content.entry-content; footer.comment-footer-meta); a reply's div "
                                 "inside its parent's div after the article, no list between.",
                                 "comment-%d")


def drupal_subject(text):
    """The subject Drupal gives a comment left without one (CommentForm::
    buildEntity(): Unicode::truncate(text, 29, wordsafe, ellipsis))."""
    if len(text) <= 29:
        return text
    cut = text[:28]
    if not text[28].isspace():
        cut = cut.rsplit(' ', 1)[0]
    return cut.rstrip() + '\u2026'


# ---- Drupal 10, Olivero (drupal core/themes/olivero/templates/content/
# comment.html.twig, read compiled in rt3me/drupal-waterfall-handbook, and
# field/field--comment.html.twig: section.comments; each comment an
# article.comment.js-comment (comment--level-1 on a top-level one) after
# Drupal's <a id="comment-N"> anchor, div.comment__picture-wrapper,
# div.comment__text-wrapper > footer.comment__meta (p.comment__author,
# p.comment__time, a reply's visually hidden "In reply to" p) and
# div.comment__content (the subject h3, the comment_body field, the links);
# CommentViewBuilder wraps the replies in div.indented after the parent) --

def olivero():
    site, title = "Balcony Notes", "A weather station on the balcony"
    days = {"04": "Tue", "05": "Wed", "06": "Thu", "07": "Fri", "08": "Sat"}
    cs = dated(thread_a(), lambda s, i: f"{days[i[8:10]]}, {i[5:7]}/{i[8:10]}/{i[:4]} - {i[11:16]}")
    subjects = {}

    def one(c, depth, parent):
        anon = c.url is not None or c.author in ("dave_k", "Ines Kowalczyk")
        if anon:
            au = (f'<a rel="nofollow" href="{E(c.url)}" lang="" typeof="schema:Person" property="schema:name" datatype="">{E(c.author)} (not verified)</a>'
                  if c.url else f'<span lang="" typeof="schema:Person" property="schema:name" datatype="">{E(c.author)} (not verified)</span>')
        else:
            au = (f'<a title="View user profile." href="/user/{c.num - 99}" lang="" about="/user/{c.num - 99}" typeof="schema:Person" '
                  f'property="schema:name" datatype="" class="username">{E(c.author)}</a>')
        subj = drupal_subject(c.paras[0])
        subjects[c.num] = subj
        cls = "comment js-comment" + (" comment--level-1" if depth == 1 else "") + (" by-anonymous" if anon else "")
        if c.author == "Tobias Renner":
            cls += " by-node-author"
        par = (f'\n          <p class="visually-hidden">In reply to <a href="/comment/{parent.num}#comment-{parent.num}" class="permalink" '
               f'rel="bookmark" hreflang="en">{E(subjects[parent.num])}</a> by <span lang="" typeof="schema:Person" property="schema:name" '
               f'datatype="">{E(parent.author)}</span></p>' if parent else '')
        pic = ('<div>\n  </div>\n' if anon else
               f'<article typeof="schema:Person" about="/user/{c.num - 99}">\n  <div class="field field--name-user-picture '
               'field--type-image field--label-hidden field__item">  <a href="/user/1" hreflang="en"><img loading="lazy" '
               'src="/sites/default/files/styles/thumbnail/public/pictures/me.jpg" width="100" height="100" alt="Profile picture" '
               'typeof="foaf:Image" /></a>\n</div>\n  </article>\n')
        me = (f'<a id="comment-{c.num}"></a>\n<article data-comment-user-id="{0 if anon else c.num - 99}" id="comment-{c.num}" '
              f'class="{cls}" role="article" data-drupal-selector="comment">\n    <span class="hidden" data-comment-timestamp="1393924320"></span>\n\n'
              f'    <div class="comment__picture-wrapper">\n      <div class="comment__picture">\n        {pic}      </div>\n    </div>\n'
              '    <div class="comment__text-wrapper">\n      <footer class="comment__meta">\n'
              f'        <p class="comment__author">{au}</p>\n        <p class="comment__time">{E(c.shown)}</p>{par}\n      </footer>\n'
              f'    <div class="comment__content">\n        <h3><a href="/comment/{c.num}#comment-{c.num}" class="permalink" rel="bookmark" '
              f'hreflang="en">{E(subj)}</a></h3>\n      \n            <div class="text-content clearfix field field--name-comment-body '
              f'field--type-text-long field--label-hidden field__item">{paras(c)}</div>\n      <ul class="links inline comment__links">'
              f'<li class="comment-forbidden"><a href="/user/login?destination=/node/42%23comment-form">Log in</a> to post comments</li></ul>\n'
              '    </div>\n  </div>\n</article>\n')
        kids = ''.join(one(r, depth + 1, c) for r in c.replies)
        return me + (f'<div class="indented">{kids}</div>' if kids else '')
    comments = ('<section data-drupal-selector="comments" class="comments">\n\n      <h2 class="comments__title">Comments</h2>\n    \n'
                + ''.join(one(c, 1, None) for c in cs) +
                '\n\n  <div class="comment-form__wrapper"><h2 class="add-comment__heading">Add new comment</h2>'
                '<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/42/comment" '
                'method="post" id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name" class="form-item__label">'
                'Your name</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" '
                'class="form-text form-element form-element--type-text form-element--api-text" /></div><div class="js-form-item form-item">'
                '<label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comment</label><textarea '
                'id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required"></textarea></div>'
                '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input '
                'data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Save" class="button button--primary js-form-submit '
                'form-submit" /></div></form></div>\n</section>')
    post = ('<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div id="page-wrapper" class="page-wrapper"><div id="page">\n'
            '<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div '
            'class="site-header__inner"><div class="site-header__inner__container container"><div id="block-olivero-site-branding" class="site-branding">'
            f'<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">{E(site)}'
            '</a></div></div></div></div><div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons">'
            '<button class="button-toggle mobile-nav-button" aria-controls="header-nav" aria-expanded="false"><span class="visually-hidden">Main Menu</span>'
            '</button></div><div id="header-nav" class="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation '
            'menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-'
            'main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"><li class="primary-nav__menu-item">'
            '<a href="/" class="primary-nav__menu-link">Home</a></li></ul></nav></div></div></div></div></header>\n'
            '<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">\n'
            '<a id="main-content" tabindex="-1"></a><div class="main-content__container container">\n<div class="region region--content-above grid-full '
            f'layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">'
            f'<span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{E(title)}</span></h1></div></div>\n'
            '<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block '
            'block-system block-system-main-block"><div class="block__content">\n<article data-history-node-id="42" role="article" about="/node/42" '
            'typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">\n<header class="node__header"><div class="node__meta">'
            '<span class="node__author"><span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden">'
            '<a title="View user profile." href="/user/1" class="username">Tobias Renner</a></span></span><span class="node__pubdate">Mon, 03/03/2014 - 20:15'
            '</span></div></header>\n<div class="node__content"><div class="layout--content-medium"><div class="text-content clearfix field field--name-body '
            'field--type-text-with-summary field--label-hidden field__item">' + ''.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '</div></div>\n')
    side = ('</div>\n</article>\n</div></div></div>\n</div></div></div>\n<div class="social-bar"><div class="social-bar__inner fixable"><div '
            'class="rotate"><div id="block-olivero-syndicate" class="block block-node block-node-syndicate-block"><div class="block__content"><a '
            'href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>\n</div>'
            '<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full">'
            '<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">'
            'Drupal</a></span></div></div></div></footer></div></div></div>')
    doc = page(title, site, '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<link rel="canonical" href="/node/42" />',
               '', post, comments, side, '')
    return "olivero", doc, truth("olivero", "drupal", title, cs,
                                  "Drupal 10 with Olivero: article.comment.js-comment after its <a "
                                  "id=comment-N>, footer.comment__meta (p.comment__author, p.comment__"
                                  "time, a reply's hidden 'In reply to' line), div.comment__content with "
                                  "the subject h3 (a title, not text) and the comment_body field; "
                                  "replies in div.indented after the parent.", "comment-%d")


# ---- Blogger, current themes (Contempo, Soho, Emporio, Notable: the
# Blog widget's includable threadedComments, as the Contempo template
# served by blogspot.com draws it, written from the served markup: section
# .comments.threaded > div.comments-content > div#comment-holder >
# div.comment-thread.toplevel-thread > ol#top-ra > li.comment#cN with
# div.avatar-image-container, div.comment-block (div.comment-header: cite
# .user, span.datetime > a; p.comment-content; span.comment-actions) and
# div.comment-replies > div.comment-thread.inline-thread > ol.thread-chrome
# > div > li.comment: one level of replies, an answer to a reply is a
# reply to the top comment) ------------------------------------------------

def bloggerv3():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a())
    for c in cs:       # Blogger threads one level: a reply's reply joins the thread
        flatk = []
        for r, _ in walk(c.replies):
            flatk.append(r)
        for r in flatk:
            r.replies = []
        c.replies = flatk

    def block(c):
        user = (f"<cite class='user'><a href='https://www.blogger.com/profile/0{c.num}7733' rel='nofollow'>{E(c.author)}</a></cite>"
                if c.url else f"<cite class='user'>{E(c.author)}</cite>")
        adm = " blog-author" if c.author == "Tobias Renner" else ""
        text = E(c.paras[0]) + (f'<br /><br /><i>{E(c.quote)}</i>' if c.quote else '') + ''.join('<br /><br />' + E(p) for p in c.paras[1:])
        return (f"<div class='avatar-image-container'><img class='author-avatar' height='35' src='//resources.blogblog.com/img/blank.gif' "
                f"width='35'/></div>\n<div class='comment-block'>\n<div class='comment-header'>\n{user}\n<span class='icon user{adm}'></span>\n"
                f"<span class='datetime secondary-text'>\n<a rel='nofollow' href='https://balcony.blogspot.com/2014/03/weather-station.html?"
                f"showComment=13939{c.num}000#c{c.num}'>{E(c.shown)}</a>\n</span>\n</div>\n<p class='comment-content'>{text}</p>\n"
                f"<span class='comment-actions secondary-text'>\n<a class='comment-reply' data-comment-id='{c.num}' target='_self'>Reply</a>\n"
                f"<span class='item-control blog-admin blog-admin pid-1471'>\n<a target='_self' href='https://www.blogger.com/comment/delete/"
                f"1/{c.num}'>Delete</a>\n</span>\n</span>\n</div>\n")

    def one(c):
        kids = ''.join(f"<li class='comment' id='c{r.num}'>\n{block(r)}<div class='comment-replies'></div>\n"
                       f"<div class='comment-replybox-single' id='c{r.num}-ce'></div>\n</li>\n" for r in c.replies)
        rep = (f"<div class='comment-thread inline-thread' id='c{c.num}-rt'>\n<span class='thread-toggle thread-expanded'><span "
               f"class='thread-arrow'></span><span class='thread-count'><a target='_self'>Replies</a></span></span>\n<ol class='thread-chrome "
               f"thread-expanded' id='c{c.num}-ra'>\n<div>\n{kids}</div>\n<div class='continue' id='c{c.num}-continue'><a class='comment-reply' "
               f"data-comment-id='{c.num}' target='_self'>Reply</a></div>\n</ol>\n</div>\n") if kids else ''
        return (f"<li class='comment' id='c{c.num}'>\n{block(c)}<div class='comment-replies'>\n{rep}</div>\n"
                f"<div class='comment-replybox-single' id='c{c.num}-ce'></div>\n</li>\n")
    comments = ("<section class='comments threaded' data-embed='true' data-num-comments='8' id='comments'>\n<a name='comments'></a>\n"
                "<h3 class='title'>Comments</h3>\n<div class='comments-content'>\n<script async='async' src='' type='text/javascript'></script>\n"
                "<div id='comment-holder'>\n<div class='comment-thread toplevel-thread'>\n<ol id='top-ra'>\n" + ''.join(one(c) for c in cs) +
                "</ol>\n<div class='continue' id='top-continue'><a class='comment-reply' target='_self'>Add comment</a></div>\n"
                "<div class='comment-replybox-thread' id='top-ce'></div>\n<div class='loadmore hidden' data-post-id='7301'><a target='_self'>"
                "Load more...</a></div>\n</div>\n</div>\n</div>\n<p class='comment-footer'>\n<div class='comment-form'>\n<a name='comment-form'></a>\n"
                "<h4 id='comment-post-message'>Post a Comment</h4>\n<a href='https://www.blogger.com/comment/frame/1?po=7301&amp;hl=en' "
                "id='comment-editor-src'></a>\n<iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' "
                "frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>\n</div>\n</p>\n</section>")
    post = ("<div class='page'><div class='page_body'><div class='centered'><main class='centered-bottom' id='main' role='main' tabindex='-1'>\n"
            "<div class='main section' id='page_body' name='Page body'><div class='widget Blog' data-version='2' id='Blog1'>\n"
            "<div class='blog-posts hfeed container'>\n<article class='post-outer-container'>\n<div class='post-outer'>\n"
            "<div class='post'>\n<script type='application/ld+json'>{\"@context\": \"http://schema.org\", \"@type\": \"BlogPosting\"}</script>\n"
            f"<a name='7301'></a>\n<h3 class='post-title entry-title'>\n{E(title)}\n</h3>\n<div class='post-header'>\n<div class='post-header-line-1'>"
            "<span class='byline post-timestamp'>\n<meta content='https://balcony.blogspot.com/2014/03/weather-station.html'/>\n<a class='timestamp-link' "
            "href='https://balcony.blogspot.com/2014/03/weather-station.html' rel='bookmark' title='permanent link'><time class='published' "
            "datetime='2014-03-03T20:15:00+01:00' title='2014-03-03T20:15:00+01:00'>March 03, 2014</time></a>\n</span>\n</div>\n</div>\n"
            "<div class='post-body-container'>\n<div class='post-body entry-content float-container' id='post-body-7301'>\n"
            + '<br />'.join(E(p) for p in POST_PARAS) + "\n</div>\n</div>\n<div class='post-footer'>\n<div class='post-footer-line post-footer-line-1'>"
            "<span class='byline post-author vcard'>\n<span class='post-author-label'>\nBy\n</span>\n<span class='fn'>\n<meta content='https://www.blogger.com/"
            "profile/01'/>\n<a class='g-profile' href='https://www.blogger.com/profile/01' rel='author' title='author profile'>\n<span>Tobias Renner</span>\n"
            "</a>\n</span>\n</span>\n</div>\n</div>\n</div>\n</div>\n")
    side = ("</article>\n</div>\n</div></div></main></div></div></div>\n<aside class='sidebar-container container sidebar-invisible' role='complementary'>"
            "<div class='sidebar_top_wrapper'><div class='sidebar_top section' id='sidebar_top' name='Sidebar (Top)'><div class='widget BlogArchive' "
            "data-version='2' id='BlogArchive1'><h3 class='title'>Archive</h3><div class='widget-content'><ul class='hierarchy'><li class='archivedate'>"
            "<a class='post-count-link' href='https://balcony.blogspot.com/2014/'>2014</a><span class='post-count'>7</span></li></ul></div></div>"
            "<div class='widget Profile' data-version='2' id='Profile1'><div class='wrapper solo'><div class='widget-content individual'><a href='https://"
            "www.blogger.com/profile/01' rel='nofollow'><img class='profile-img' src='//lh3.example/tobias.jpg' alt='My photo'/></a><div class='profile-info'>"
            "<dl class='profile-datablock'><dt class='profile-data'><a class='profile-link g-profile' href='https://www.blogger.com/profile/01' rel='author "
            "nofollow'>Tobias Renner</a></dt></dl></div></div></div></div></div></div></aside>")
    footer = ("<footer class='footer section' id='footer' name='Footer'><div class='widget Attribution' data-version='2' id='Attribution1'>"
              "<div class='widget-content'><div class='blogger'><a href='https://www.blogger.com' rel='nofollow'>Powered by Blogger</a></div>"
              "<div class='image-attribution'>Theme images by <a href='http://www.example/'>Michael Elkan</a></div></div></div></footer>")
    doc = page(title, site, "<meta content='blogger' name='generator'/>\n<link href='https://www.blogger.com/static/v1/widgets/1529571102-css_bundle_v2.css' "
               "rel='stylesheet' type='text/css'/>", '', post, comments, side, footer)
    return "bloggerv3", doc, truth("bloggerv3", "blogger", title, cs,
                                    "Blogger, Contempo theme: li.comment#cN in ol#top-ra, div.comment-block "
                                    "(cite.user, span.datetime > a, p.comment-content with <br>s), replies "
                                    "one level deep in div.comment-replies > div.comment-thread.inline-"
                                    "thread > ol.thread-chrome > div > li.comment.", "c%d")


# ---- LiveJournal, current comments (LJ's S2 "b-tree" markup as served by
# livejournal.com entry pages, written from the served markup and the user
# scripts that walk it: div.b-tree > flat div.b-tree-twig.b-tree-twig-N
# (N the depth from 1, with a margin-left) > div.b-leaf#tID: b-leaf-header
# (b-leaf-userpic, p.b-leaf-username > span.b-leaf-username-name >
# span.ljuser, p.b-leaf-meta > a.b-leaf-permalink > span.b-leaf-
# createdtime), div.b-leaf-article, div.b-leaf-footer > ul.b-leaf-actions;
# an anonymous comment's username is "Anonymous") ------------------------

def ljtree():
    site, title = "tobias_renner", "A weather station on the balcony"
    cs = dated(thread_a(), lambda s, i: f"{i[:10]} {int(i[11:13]) % 12 or 12:02d}:{i[14:16]} {'am' if int(i[11:13]) < 12 else 'pm'} (UTC)")
    for c, _ in walk(cs):
        c.author = c.author.lower().replace(' ', '_')
    cs[1].author = "Anonymous"
    twigs = []

    def one(c, depth):
        tid = c.num * 256 + 17
        if c.author == "Anonymous":
            user = '<span class="b-leaf-username-name">Anonymous</span>'
            pic = '<span class="b-leaf-userpic-inner"><img src="https://l-stat.livejournal.net/img/userpics/userpic-anonymous.png" alt="" /></span>'
        else:
            user = (f'<span class="b-leaf-username-name"><span class="ljuser i-ljuser i-ljuser-type-P" data-ljuser="{c.author}" lj:user="{c.author}">'
                    f'<a href="https://{c.author.replace("_", "-")}.livejournal.com/profile/" target="_self" class="i-ljuser-profile"><img class="i-ljuser-userhead" '
                    f'src="https://l-stat.livejournal.net/img/userinfo_v8.svg?v=17080" /></a><a href="https://{c.author.replace("_", "-")}.livejournal.com/" '
                    f'class="i-ljuser-username" target="_self"><b>{c.author}</b></a></span></span>')
            pic = f'<span class="b-leaf-userpic-inner"><img src="https://l-userpic.livejournal.com/{c.num}/{c.num * 7}" alt="{c.author}" /></span>'
        own = ' b-leaf-poster' if c.author == "tobias_renner" else ''
        twigs.append(f'''<div class="b-tree-twig  b-tree-twig-{depth}" style="margin-left: {(depth - 1) * 30}px" data-tid="t{tid}">
<div class="b-leaf b-leaf-seen-tracking{own}" id="t{tid}" data-username="{c.author}" data-displayname="{c.author}" data-updated-ts="1393924320" data-full="1">
  <div class="b-leaf-inner">
    <div class="b-leaf-header">
      <div class="b-leaf-userpic">{pic}</div>
      <div class="b-leaf-details">
        <p class="b-leaf-username">{user}</p>
        <p class="b-leaf-meta"><a href="https://tobias-renner.livejournal.com/4242.html?thread={tid}#t{tid}" class="b-leaf-permalink"><span class="b-leaf-createdtime">{E(c.shown)}</span></a></p>
        <ul class="b-leaf-controls"><li class="b-leaf-controls-item b-leaf-controls-item-share"><a href="#" class="b-controls b-controls-share"><i class="b-controls-bg"></i>Share</a></li></ul>
      </div>
    </div>
    <div class="b-leaf-article">{E(c.paras[0])}{("<br /><blockquote>" + E(c.quote) + "</blockquote>") if c.quote else ""}{"".join("<br /><br />" + E(p) for p in c.paras[1:])}</div>
    <div class="b-leaf-footer">
      <ul class="b-leaf-actions">
        <li class="b-leaf-actions-item b-leaf-actions-reply"><a href="https://tobias-renner.livejournal.com/4242.html?replyto={tid}" class="b-pseudo" rel="nofollow">Reply</a></li>
        <li class="b-leaf-actions-item b-leaf-actions-thread"><a href="https://tobias-renner.livejournal.com/4242.html?thread={tid}#t{tid}">Thread</a></li>
        {'<li class="b-leaf-actions-item b-leaf-actions-parent"><a href="#">Parent</a></li>' if depth > 1 else ''}
      </ul>
    </div>
  </div>
</div>
</div>''')
        for r in c.replies:
            one(r, depth + 1)
    for c in cs:
        one(c, 1)
    comments = ('<div class="b-xylem">\n<div class="b-xylem-cell b-xylem-first"><a class="b-xylem-first-link" href="#comments">8 comments</a></div>\n'
                '<ul class="b-xylem-nav"><li class="b-xylem-nav-item b-xylem-nav-item-addcomment"><a class="b-addcomment" href="https://tobias-renner'
                '.livejournal.com/4242.html?mode=reply#add_comment">Post a new comment</a></li></ul></div>\n<div id="comments" class="b-grove b-grove-'
                'threaded">\n<div class="b-tree b-tree-root">\n' + '\n'.join(twigs) + '\n</div>\n</div>\n<div class="b-xylem b-xylem-last"><ul '
                'class="b-xylem-nav"><li class="b-xylem-nav-item"><a class="b-addcomment" href="https://tobias-renner.livejournal.com/4242.html?mode=reply">'
                'Post a new comment</a></li></ul></div>')
    post = ('<div class="s-header"><div class="s-header-inner"><h1 class="s-header-title"><a href="https://tobias-renner.livejournal.com/">Balcony Notes</a>'
            '</h1><div class="s-header-subtitle">tobias_renner</div></div></div>\n<div class="s-content"><div class="s-main"><article class="b-singlepost '
            'entry entry-text hentry">\n<div class="b-singlepost-wrapper"><h1 class="b-singlepost-title entry-title p-name">' + E(title) + '</h1>\n'
            '<div class="b-singlepost-author"><span class="ljuser"><a href="https://tobias-renner.livejournal.com/"><b>tobias_renner</b></a></span> '
            '<time class="b-singlepost-author-date published dt-published">March 3rd, 2014 at 8:15 pm</time></div>\n'
            '<div class="b-singlepost-body entry-content e-content">' + '<br /><br />'.join(E(p) for p in POST_PARAS) + '</div>\n'
            '<div class="b-singlepost-tags ljtags">Tags: <a href="https://tobias-renner.livejournal.com/tag/sensors" rel="tag">sensors</a></div>\n'
            '</div></article>\n')
    side = ('</div>\n<aside class="s-sidebar"><div class="sidebar-block"><h3>Recent comments</h3><ul><li><a href="https://tobias-renner.livejournal'
            '.com/4100.html?thread=12#t12">holloway</a> on Solder fumes</li></ul></div><div class="sidebar-block"><h3>Tags</h3><ul><li><a href="/tag/'
            'sensors">sensors</a></li></ul></div></aside></div>')
    footer = ('<footer class="s-footer"><p>Powered by <a href="https://www.livejournal.com">LiveJournal.com</a></p></footer>')
    doc = page(title, "LiveJournal", '<meta property="og:site_name" content="LiveJournal" />', '', post, comments, side, footer)
    return "ljtree", doc, truth("ljtree", "livejournal", title, cs,
                                 "LiveJournal's current comments: flat div.b-tree-twig-N (N the depth), "
                                 "div.b-leaf#tID with span.b-leaf-username-name, span.b-leaf-createdtime, "
                                 "div.b-leaf-article; an anonymous comment's name is 'Anonymous'.", None)


# ---- FluxBB 1.5 (fluxbb/fluxbb viewtopic.php: div#pN.blockpost with
# roweven/rowodd, firstpost and blockpost1; h2 > span.conr "#N" and the date
# link; div.postleft > dl > dt > strong (the poster), dd.usertitle,
# dd.postavatar; div.postright > h3 "Re: SUBJECT", div.postmsg, div.
# postsignature; div.postfoot with the Report/Quote links; a quote as
# parser.php draws it: div.quotebox > cite "NAME wrote:" + blockquote) ----

def fluxbb():
    site, title = "Makers Board", "Balcony weather station"
    allp = forum_posts(["holloway", "renner", "maggie", "ines", "dave_k", "sanne"],
                       lambda s, i: f"{i[:10]} {i[11:16]}:00")
    rows = []
    for k, p in enumerate(allp, 1):
        body = f'<p>{E(p.paras[0])}</p>'
        if p.quote:
            body += (f'<div class="quotebox"><cite>{E(allp[0].author)} wrote:</cite><blockquote><div><p>{E(p.quote)}</p>'
                     '</div></blockquote></div>')
        body += ''.join(f'<p>{E(x)}</p>' for x in p.paras[1:])
        sig = ('\t\t\t\t\t<div class="postsignature postmsg"><hr /><p>Weather is what you get.</p></div>\n' if p.author == "sanne" else '')
        rows.append(f'''<div id="p{p.num}" class="blockpost{' roweven' if k % 2 == 0 else ' rowodd'}{' firstpost' if k == 1 else ''}{' blockpost1' if k == 1 else ''}">
	<h2><span><span class="conr">#{k}</span> <a href="viewtopic.php?pid={p.num}#p{p.num}">{p.shown}</a></span></h2>
	<div class="box">
		<div class="inbox">
			<div class="postbody">
				<div class="postleft">
					<dl>
						<dt><strong><a href="profile.php?id={p.num - 97}">{E(p.author)}</a></strong></dt>
						<dd class="usertitle"><strong>Member</strong></dd>
						<dd><span>Registered: 2013-11-02</span></dd>
						<dd><span>Posts: {p.num % 50 + 3}</span></dd>
					</dl>
				</div>
				<div class="postright">
					<h3>{'' if k == 1 else 'Re: '}{E(title)}</h3>
					<div class="postmsg">
						{body}
					</div>
{sig}				</div>
			</div>
		</div>
		<div class="inbox">
			<div class="postfoot clearb">
				<div class="postfootleft"><p><span>Offline</span></p></div>
				<div class="postfootright">
					<ul>
						<li class="postreport"><span><a href="misc.php?report={p.num}">Report</a></span></li>
						<li class="postquote"><span><a href="post.php?tid=77&amp;qid={p.num}">Quote</a></span></li>
					</ul>
				</div>
			</div>
		</div>
	</div>
</div>
''')
    crumbs = ('<ul class="crumbs"><li><a href="index.php">Index</a></li><li><span>»&#160;</span><a href="viewforum.php?id=2">Hardware</a></li>'
              f'<li><span>»&#160;</span><a href="viewtopic.php?id=77"><strong>{E(title)}</strong></a></li></ul>')
    main = ('<div id="punviewtopic" class="pun">\n<div class="top-box"></div>\n<div class="punwrap">\n<div id="brdheader" class="block">\n\t<div class="box">\n'
            f'\t\t<div id="brdtitle" class="inbox">\n\t\t\t<h1><a href="index.php">{E(site)}</a></h1>\n\t\t\t<div id="brddesc"><p>Hardware, firmware and '
            'the weather</p></div>\n\t\t</div>\n\t\t<div id="brdmenu" class="inbox">\n\t\t\t<ul>\n\t\t\t\t<li id="navindex" class="isactive"><a href="index.php">'
            'Index</a></li>\n\t\t\t\t<li id="navuserlist"><a href="userlist.php">User list</a></li>\n\t\t\t\t<li id="navsearch"><a href="search.php">Search</a>'
            '</li>\n\t\t\t</ul>\n\t\t</div>\n\t</div>\n</div>\n<div id="brdmain">\n<div class="linkst">\n\t<div class="inbox crumbsplus">\n\t\t' + crumbs +
            '\n\t\t<div class="pagepost">\n\t\t\t<p class="pagelink conl"><span class="pages-label">Pages: </span><strong class="item1">1</strong></p>\n'
            '\t\t</div>\n\t\t<div class="clearer"></div>\n\t</div>\n</div>\n\n' + ''.join(rows) +
            '\n<div class="postlinksb">\n\t<div class="inbox crumbsplus">\n\t\t<div class="pagepost">\n\t\t\t<p class="pagelink conl"><span class="pages-label">'
            'Pages: </span><strong class="item1">1</strong></p>\n\t\t</div>\n\t\t' + crumbs + '\n\t\t<div class="clearer"></div>\n\t</div>\n</div>\n'
            '<div id="quickpost" class="blockform">\n\t<h2><span>Quick post</span></h2>\n\t<div class="box">\n\t\t<form id="quickpostform" method="post" '
            'action="post.php?tid=77"><div class="inform"><fieldset><legend>Write your message and submit</legend><div class="infldset txtarea"><label>'
            '<textarea name="req_message" rows="7" cols="75" tabindex="1"></textarea></label></div></fieldset></div><p class="buttons"><input type="submit" '
            'name="submit" tabindex="2" value="Submit" accesskey="s" /></p></form>\n\t</div>\n</div>\n</div>\n<div id="brdfooter" class="block">\n'
            '\t<h2><span>Board footer</span></h2>\n\t<div class="box"><div id="brdfooternav" class="inbox"><div class="conr"><p id="poweredby">Powered by '
            '<a href="http://fluxbb.org/">FluxBB</a></p></div></div></div>\n</div>\n</div>\n<div class="end-box"></div>\n</div>')
    doc = page(title, site, '<link rel="stylesheet" type="text/css" href="style/Air.css" />', '', main, '', '', '')
    return "fluxbb", doc, truth("fluxbb", "fluxbb", title, allp[1:],
                                 "FluxBB 1.5 viewtopic: div.blockpost#pN, the poster in div.postleft > dl > "
                                 "dt > strong, the date in the h2's link, text in div.postmsg, a quote "
                                 "as div.quotebox (cite 'NAME wrote:'), a signature in div.postsignature.",
                                 "p%d", forum_post=True)


# ---- Invision Community 4 (IPS): a topic as served, written from the
# served markup of the forums app's topic view (no template file read; the
# theme is not public): article#elComment_N.cPost.ipsComment with an
# aside.ipsComment_author.cAuthorPane (h3.cAuthorPane_author > strong > a,
# ul.cAuthorPane_info), a phone-only div.cAuthorPane_mobile repeating the
# name and date, div.ipsComment_content#comment-N_wrap (div.ipsComment_meta
# with the "#N" share link and "Posted <time>", div.cPost_contentWrap >
# div[data-role=commentContent], ul.ipsComment_controls); a quote as
# blockquote.ipsQuote with div.ipsQuote_citation "NAME said:" ------------

def invision():
    site, title = "Makers Community", "Balcony weather station"
    allp = forum_posts(["holloway", "renner", "maggie", "ines", "dave_k", "sanne"],
                       lambda s, i: s.split(' ', 1)[0] + ' ' + s.split(' ', 2)[1] + ' ' + s.split(' ')[2])
    arts = []
    for k, p in enumerate(allp, 1):
        iso = p.iso
        body = f'<p>\n\t{E(p.paras[0])}\n</p>\n'
        if p.quote:
            body += (f'<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentclass="forums_Topic" '
                     f'data-ipsquote-contentcommentid="{allp[0].num}" data-ipsquote-contentid="77" data-ipsquote-contenttype="forums" '
                     f'data-ipsquote-timestamp="1393874100" data-ipsquote-userid="3" data-ipsquote-username="{allp[0].author}"><div class="ipsQuote_citation">'
                     f'{allp[0].author} said:</div><div class="ipsQuote_contents ipsClearfix" data-gramm="false"><p>\n\t{E(p.quote)}\n</p></div></blockquote>\n')
        body += ''.join(f'<p>\n\t{E(x)}\n</p>\n' for x in p.paras[1:])
        prof = f"https://community.example/profile/{p.num}-{p.author.replace('_', '-')}/"
        arts.append(f'''<a id="comment-{p.num}"></a>
<article  id="elComment_{p.num}" class="cPost ipsBox ipsResponsive_pull  ipsComment  ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone    ">
	<div class="cAuthorPane_mobile ipsResponsive_showPhone">
		<div class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap"><a href="{prof}" rel="nofollow" data-ipsHover data-ipsHover-width="370" data-ipsHover-target="{prof}?do=hovercard" class="ipsUserPhoto ipsUserPhoto_large" title="Go to {p.author}'s profile"><img src="https://community.example/uploads/set_resources_1/84c1e40ea0e759e3f1505eb1788ddf3c_default_photo.png" alt="{p.author}" itemprop="image" loading="lazy"></a></div></div>
		<div class="cAuthorPane_content">
			<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center"><a href="{prof}" rel="nofollow" data-ipsHover data-ipsHover-width="370" data-ipsHover-target="{prof}?do=hovercard&amp;referrer=x" title="Go to {p.author}'s profile" class="ipsType_break">{p.author}</a></h3>
			<div class="ipsType_light ipsType_reset"><a href="https://community.example/topic/77-balcony-weather-station/?do=findComment&amp;comment={p.num}" rel="nofollow" class="ipsType_blendLinks"><time datetime="{iso}" title="{p.shown}" data-short="10 yr">{p.shown}</time></a></div>
		</div>
	</div>
	<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
		<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="{prof}" rel="nofollow" data-ipsHover data-ipsHover-width="370" data-ipsHover-target="{prof}?do=hovercard&amp;referrer=x" title="Go to {p.author}'s profile" class="ipsType_break">{p.author}</a></strong></h3>
		<ul class="cAuthorPane_info ipsList_reset">
			<li data-role="photo" class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap"><a href="{prof}" rel="nofollow" class="ipsUserPhoto ipsUserPhoto_large" title="Go to {p.author}'s profile"><img src="https://community.example/uploads/default_photo.png" alt="{p.author}" itemprop="image" loading="lazy"></a></div></li>
			<li data-role="group">Members</li>
			<li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats"><li><a href="{prof}content/" rel="nofollow" title="{p.num % 40 + 2} posts" data-ipsTooltip class="ipsType_blendLinks"><i class="fa fa-comment"></i> {p.num % 40 + 2}</a></li></ul></li>
		</ul>
	</aside>
	<div class="ipsColumn ipsColumn_fluid ipsMargin:none">
		<div id="comment-{p.num}_wrap" data-controller="core.front.core.comment" data-commentapp="forums" data-commenttype="forums" data-commentid="{p.num}" data-quotedata="{{&quot;userid&quot;:3,&quot;username&quot;:&quot;{p.author}&quot;,&quot;timestamp&quot;:1393874100,&quot;contentapp&quot;:&quot;forums&quot;,&quot;contenttype&quot;:&quot;forums&quot;,&quot;contentid&quot;:77,&quot;contentclass&quot;:&quot;forums_Topic&quot;,&quot;contentcommentid&quot;:{p.num}}}" class="ipsComment_content ipsType_medium">
			<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse">
				<div class="ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap">
					<div class="ipsResponsive_hidePhone ipsComment_badges"><ul class="ipsList_reset ipsFlex ipsFlex-jc:end ipsFlex-fw:wrap ipsGap:2 ipsGap_row:1"></ul></div>
					<ul class="ipsList_reset ipsComment_tools"><li><a href="https://community.example/topic/77-balcony-weather-station/?do=findComment&amp;comment={p.num}" data-ipsTooltip title="Share this post" data-ipsMenu data-ipsMenu-closeOnClick="false" id="elSharePost_{p.num}" data-role="shareComment">#{k}</a></li></ul>
				</div>
				<div class="ipsType_reset ipsResponsive_hidePhone"><a href="https://community.example/topic/77-balcony-weather-station/?do=findComment&amp;comment={p.num}" rel="nofollow" class="ipsType_blendLinks">Posted <time datetime="{iso}" title="{p.shown}" data-short="10 yr">{p.shown}</time></a></div>
			</div>
			<div class="cPost_contentWrap">
				<div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">
{body}
				</div>
				<div class="ipsItemControls">
					<div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix "><div class="ipsReact ipsPos_right"><div class="ipsReact_blurb ipsHide" data-role="reactionBlurb"></div></div></div>
					<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li class="ipsHide" data-role="commentLoading"><span class="ipsLoading ipsLoading_tiny ipsLoading_noAnim"></span></li></ul>
				</div>
			</div>
		</div>
	</div>
</article>
''')
    main = ('<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container ipsFlex ipsFlex-jc:between ipsFlex-ai:center">'
            f'<div class="ipsLayout_container"><a href="https://community.example/" id="elLogo" accesskey="1"><img src="https://community.example/logo.png" alt="{E(site)}"></a></div>'
            '</div></header><nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container">'
            '<ul data-role="primaryNavBar" class="ipsClearfix"><li id="elNavSecondary_1" data-role="navBarItem"><a href="https://community.example/">Browse</a></li>'
            '</ul></div></nav></div>\n<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">'
            '<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList"><li><a href="https://community.example/">Home</a></li>'
            '<li><a href="https://community.example/forum/2-hardware/">Hardware</a></li></ul></nav>\n<div id="ipsLayout_mainArea">\n'
            '<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex ipsFlex-ai:center">'
            f'<div class="ipsPageHeader__meta ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">'
            f'<span>{E(title)}</span></span></h1></div></div></div>\n<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view" '
            'data-baseURL="https://community.example/topic/77-balcony-weather-station/" data-lastPage data-feedID="topic-77" class="cTopic ipsClear ipsSpacer_top">\n'
            '<div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsAreaBackground_light ipsPad">\n'
            '<form action="https://community.example/topic/77-balcony-weather-station/?csrfKey=x&amp;do=multimodComment" method="post" data-ipsPageAction data-role="moderationTools">\n'
            + ''.join(arts) + '</form>\n</div>\n<div class="ipsBox ipsPadding ipsResponsive_pull ipsResponsive_showPhone ipsMargin_top"><div class="ipsShareLinks">'
            '<a href="https://twitter.com/share?url=x" class="cShareLink cShareLink_twitter" target="_blank" data-role="shareLink" title="Share on Twitter" rel="nofollow noopener">'
            '<i class="fa fa-twitter"></i></a></div></div>\n<a id="replyForm"></a><div data-role="replyArea" class="cTopicPostArea ipsBox ipsResponsive_pull ipsPadding '
            'cTopicPostArea_noSize ipsSpacer_top"><div class="ipsType_center ipsPad cGuestTeaser"><h2 class="ipsType_pageTitle">Join the conversation</h2>'
            '<p class="ipsType_normal ipsType_reset">You can post now and register later.</p></div></div>\n</div>\n</div>\n</div>\n'
            '<div id="ipsLayout_sidebar" class="ipsLayout_sidebarright"><div class="cWidgetContainer"><ul class="ipsList_reset"><li class="ipsWidget ipsWidget_vertical ipsBox">'
            '<h3 class="ipsType_reset ipsWidget_title">Recent Posts</h3><div class="ipsWidget_inner"><ul class="ipsDataList"><li class="ipsDataItem"><div class="ipsDataItem_main">'
            '<a href="https://community.example/topic/70-solder-fumes/">Solder fumes</a><br><span class="ipsType_light">By margaret</span></div></li></ul></div></li>'
            '</ul></div></div>\n</div></main>\n<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center '
            'ipsSpacer_top" id="elFooterLinks"><li><a href="https://community.example/privacy/">Privacy Policy</a></li></ul><p id="elCopyright"><a rel="nofollow" '
            'title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>')
    doc = page(title, site, '<meta name="generator" content="Invision Community">', '', main, '', '', '')
    return "invision", doc, truth("invision", "invision", title, allp[1:],
                                   "Invision Community 4 topic: article.cPost.ipsComment#elComment_N, the "
                                   "author twice (a phone-only pane and aside.cAuthorPane), 'Posted "
                                   "<time>', text in div[data-role=commentContent], a quote as "
                                   "blockquote.ipsQuote with a 'NAME said:' citation.",
                                   "elComment_%d", forum_post=True)


WEST = (wpblock, wptt21, wptt20, olivero, bloggerv3, ljtree, fluxbb, invision)


# ---- Friendica, frio theme (friendica/friendica view/theme/frio/templates/
# wall_thread.tpl: the post a div.wall-item-container.thread_level_1.h-entry;
# each comment a div.wall-item-container.thread_level_N.u-comment.h-cite
# inside its parent's container after the parent's div.media (the comments
# of the post in a div.comment-container); a comment's name in h5.media-
# heading > a.wall-item-name-link > span.fakelink, its date an "ago" link
# with the local time in its title, the text div.wall-item-body.e-content;
# the avatar's img is the p-name; like/comment buttons, a hidden comment
# box) ---------------------------------------------------------------------

def friendica():
    site, title = "Friendica Social Network", "A weather station on the balcony"
    cs = dated(thread_a(), lambda s, i: f"{i[:10]} {i[11:19]}")   # the "ago" link's title

    def item(c, level, guid, name, url, local, body, kids, comment_box=''):
        prof = url or f"https://social.example/profile/{name.split()[0].lower()}"
        head = (f'''		<div class="media-body">
		<div role="heading " aria-level="{level}" class="contact-info-comment">
			<h5 class="media-heading">
				<a href="{E(prof)}" title="View {E(name)}'s profile @ {E(prof)}" class="wall-item-name-link userinfo hover-card"><span class="fakelink">{E(name)}</span></a>
				<span class="text-muted">
					<small>
						<a class="time" href="https://social.example/display/{guid}" title="{local}" data-toggle="tooltip">12 years ago</a>
					</small>
				</span>
			</h5>
		</div>
''' if level > 1 else f'''		<div role="heading " aria-level="1" class="contact-info hidden-sm hidden-xs media-body"><!-- <= For computer -->
			<h4 class="media-heading">
				<a href="{E(prof)}" title="View {E(name)}'s profile" class="wall-item-name-link userinfo hover-card">
					<span class="wall-item-name ">{E(name)}</span>
				</a>
			</h4>
			<div class="additional-info text-muted">
				<div id="wall-item-ago-1" class="wall-item-ago">
					<small>
						<a href="https://social.example/display/{guid}">
							<span class="time" title="{local}" data-toggle="tooltip">
								<time class="dt-published" datetime="{local}">12 years ago</time>
							</span>
						</a>
					</small>
				</div>
			</div>
		</div>
		<div role="heading " aria-level="1" class="contact-info-xs hidden-lg hidden-md"><!-- <= For smartphone (responsive) -->
			<h5 class="media-heading">
				<a href="{E(prof)}" title="View {E(name)}'s profile" class="wall-item-name-link userinfo hover-card"><span>{E(name)}</span></a>
				<p class="text-muted"><small><a class="time" href="https://social.example/display/{guid}"><span class="wall-item-ago">12 years ago</span></a></small></p>
			</h5>
		</div>
''')
        cls = ("panel-body h-entry" if level == 1 else "u-comment h-cite")
        indent = "" if level == 1 else "comment"
        return f'''<div class="wall-item-decor" style="display:none;">
</div>
<div class="item-{guid} wall-item-container {indent} dfrn thread_level_{level} {cls}" id="item-{guid}"><!-- wall-item-container -->
	<div class="media ">
		<div class="dropdown pull-left"><!-- Dropdown -->
			<div class="contact-photo-wrapper mframe p-author h-card">
				<a class="userinfo click-card u-url" id="wall-item-photo-menu-{guid}" href="{E(prof)}">
					<div class="contact-photo-image-wrapper">
						<img src="https://social.example/photo/contact/48/{guid}" class="contact-photo-xs media-object  p-name u-photo" id="wall-item-photo-comment-{guid}" alt="{E(name)}" />
					</div>
				</a>
			</div>
		</div><!-- ./Dropdown -->
{head}
		<div class="preferences">
			<a href="https://social.example/display/{guid}" class="plink u-url" aria-label="Link to source">
				<span class="wall-item-network"><i class="fa fa-" title="Friendica" aria-hidden="true"></i></span>
			</a>
		</div>
		<div class="clearfix"></div>
		{'<hr />' if level == 1 else ''}
		<div class="wall-item-content " id="wall-item-content-{guid}">
			<div class="wall-item-body e-content p-name" id="wall-item-body-{guid}">{body}</div>
		</div>
		<div class="wall-item-bottom">
			<div class="wall-item-links"></div>
			<div class="wall-item-tags">
			</div>
		</div>
		<div class="wall-item-actions">
			<span class="wall-item-actions-left hidden-xs">
				<button type="button" class="btn-link button-likes" id="like-{guid}" title="I like this (toggle)" onclick="doLikeAction({guid},'like');" data-toggle="button"><i class="fa fa-thumbs-up" aria-hidden="true"></i>&nbsp;Like</button>
				<span role="presentation" class="separator"></span>
				<button type="button" class="btn-link button-comments" id="comment-{guid}" title="Comment this item on your system" onclick="openClose('item-comments-{guid}'); commentExpand({guid});"><i class="fa fa-commenting" aria-hidden="true"></i>&nbsp;Comment</button>
			</span>
			<span class="wall-item-actions-right hidden-xs">
				<span class="pull-right checkbox"></span>
			</span>
		</div><!--./wall-item-actions-->
		<div class="wall-item-links"></div>
		{'</div><!--./media-body from for comments-->' if level > 1 else ''}
	</div>
{kids}{comment_box}</div><!-- ./panel-body or ./wall-item-container -->
'''

    def one(c, level):
        body = E(c.paras[0]) + (f'<blockquote class="shared_content">{E(c.quote)}</blockquote>' if c.quote else '') + \
            ''.join('<br><br>' + E(p) for p in c.paras[1:])
        kids = ''.join(one(r, level + 1) for r in c.replies)
        return item(c, level, c.num, c.author, c.url, c.iso[:10] + ' ' + c.iso[11:19], body, kids)
    comments = ''.join(one(c, 2) for c in cs)
    box = ('\t\t<div class="comment-fake-form" id="comment-fake-form-1">\n\t\t\t<textarea id="comment-fake-text-1" class="comment-fake-text-empty '
           'form-control" placeholder="Write a comment..." onFocus="commentOpenUI(this, 1);"  rows="1"></textarea>\n\t\t</div>\n'
           '\t\t<div class="wall-item-comment-wrapper well well-small" id="item-comments-1" data-display="block" style="display: none"></div>\n')
    postbody = f'<span class="wall-item-title"><h4 class="media-heading"><a href="https://social.example/display/1" class=" p-name">{E(title)}</a></h4><br /></span>' + \
        '<br><br>'.join(E(p) for p in POST_PARAS)
    thread = item(C("Tobias Renner", None, None, None, []), 1, 1, "Tobias Renner", None, "2014-03-03 20:15:00", postbody,
                  '<div class="comment-container"> <!--top-child-begin-->\n' + comments + '</div><!--./comment-container-->\n', box)
    main = ('<nav class="navbar navbar-fixed-top navbar-inverse" role="navigation" id="topbar-first"><div class="container"><div class="navbar-header">'
            f'<a class="navbar-brand" href="#"><div id="navbrand-container"><div id="logo-img"></div><div id="navbar-brand-text"> {E(site)}</div></div></a>'
            '</div><div class="collapse navbar-collapse" id="navbar-collapse-1"><ul class="nav navbar-nav navbar-right"><li role="presentation"><a href="login" '
            'title="Login">Login</a></li></ul></div></div></nav>\n<main><div class="container"><div class="row"><aside class="col-lg-3 col-md-3 hidden-sm hidden-xs">'
            '<div class="widget"><h3>Saved Folders</h3><ul><li><a href="/network?file=weather">weather</a></li></ul></div></aside>\n'
            '<div class="col-lg-7 col-md-7 col-sm-12 col-xs-12" id="content"><section class="sectiontop ">\n<div id="conversation-end"></div>\n'
            '<div id="tread-wrapper-1" class="tread-wrapper panel  h-entry" style="display: block;">\n<a name="item-1"></a>\n' + thread +
            '</div>\n</section></div>\n</div></div></main>\n<footer><span id="notification-link"></span></footer>')
    doc = page(title, site, '<meta name="generator" content="Friendica \'Yellow Archangel\' 2023.05" />', '', main, '', '', '')
    return "friendica", doc, truth("friendica", "friendica", title, cs,
                                    "Friendica, frio theme: the post a div.wall-item-container.thread_level_1.h-entry, "
                                    "each comment a div.wall-item-container.thread_level_N.u-comment.h-cite inside its "
                                    "parent's container after the parent's div.media; name in h5.media-heading > "
                                    "a.wall-item-name-link, an 'ago' date, text div.wall-item-body.e-content.", None)


# ---- Drupal 8/9, Bartik (drupal core/themes/bartik/templates/
# comment.html.twig, as Drupal 8/9 served it: article.comment.js-comment
# after its <a id="comment-N">, <mark class="hidden"> timestamp,
# footer.comment__meta with article.profile (the user picture), p.comment__
# submitted "Submitted by NAME on DATE", p.comment__permalink; div.content
# with the subject h3 and the comment_body field (field--name-comment-body),
# ul.links.inline; replies in div.indented after the parent) ------------

def bartik():
    site, title = "Balcony Notes", "A weather station on the balcony"
    days = {"04": "Tue", "05": "Wed", "06": "Thu", "07": "Fri", "08": "Sat"}
    cs = dated(thread_a(), lambda s, i: f"{days[i[8:10]]}, {i[5:7]}/{i[8:10]}/{i[:4]} - {i[11:16]}")

    def one(c, parent):
        anon = c.author != "Tobias Renner"
        au = (f'<span lang="" typeof="schema:Person" property="schema:name" datatype="">{E(c.author)} (not verified)</span>' if anon else
              '<a title="View user profile." href="/user/1" lang="" about="/user/1" typeof="schema:Person" property="schema:name" datatype="" '
              'class="username">Tobias Renner</a>')
        subj = drupal_subject(c.paras[0])
        par = (f'\n              <p class="parent visually-hidden">In reply to <a href="/comment/{parent.num}#comment-{parent.num}" class="permalink" '
               f'rel="bookmark" hreflang="en">{E(drupal_subject(parent.paras[0]))}</a> by <span>{E(parent.author)}</span></p>'
               if parent else '')
        me = (f'<a id="comment-{c.num}"></a>\n<article role="article" data-comment-user-id="{0 if anon else 1}" id="comment-{c.num}" '
              f'class="comment js-comment {"by-anonymous" if anon else "by-node-author"} clearfix">\n  <mark class="hidden" '
              'data-comment-timestamp="1393924320"></mark>\n\n  <footer class="comment__meta">\n    <article typeof="schema:Person" '
              'about="/user/0" class="profile">\n  </article>\n\n'
              f'    <p class="comment__submitted">Submitted by {au} on {E(c.shown)}</p>{par}\n\n'
              f'    <a href="/comment/{c.num}#comment-{c.num}" hreflang="en">Permalink</a>\n  </footer>\n\n'
              f'  <div class="content">\n          <h3><a href="/comment/{c.num}#comment-{c.num}" class="permalink" rel="bookmark" '
              f'hreflang="en">{E(subj)}</a></h3>\n    \n            <div class="clearfix text-formatted field field--name-comment-body '
              f'field--type-text-long field--label-hidden field__item">{paras(c)}</div>\n      <ul class="links inline"><li class="comment-reply">'
              f'<a href="/comment/reply/node/42/comment/{c.num}">Reply</a></li></ul>\n  </div>\n</article>\n')
        kids = ''.join(one(r, c) for r in c.replies)
        return me + (f'<div class="indented">{kids}</div>' if kids else '')
    comments = ('<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">\n      \n    <h2 '
                'class="title comment-section-title">Comments</h2>\n    \n' + ''.join(one(c, None) for c in cs) +
                '\n  <h2 class="title comment-form__title">Add new comment</h2>\n  <form class="comment-comment-form comment-form" '
                'action="/comment/reply/node/42/comment" method="post" id="comment-form" accept-charset="UTF-8"><div class="js-form-item '
                'form-item js-form-type-textfield form-item-name"><label for="edit-name">Your name</label><input type="text" id="edit-name" '
                'name="name" value="" size="30" maxlength="60" class="form-text" /></div><div class="js-form-item form-item"><label for="edit-'
                'comment-body-0-value" class="js-form-required form-required">Comment</label><textarea id="edit-comment-body-0-value" name="'
                'comment_body[0][value]" rows="5" cols="60" class="form-textarea required"></textarea></div><div class="form-actions js-form-'
                'wrapper form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Save" class="button button--'
                'primary js-form-submit form-submit" /></div></form>\n</section>')
    post = ('<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n<div id="page-wrapper"><div id="page">\n<header id="header" '
            'class="header" role="banner"><div class="section layout-container clearfix"><div class="clearfix region region-header"><div id="block-'
            f'bartik-branding" class="clearfix site-branding block block-system"><a href="/" rel="home" class="site-branding__logo"></a><div class="site-'
            f'branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">{E(site)}</a></div></div></div></div><div class="region '
            'region-primary-menu"><nav role="navigation" id="block-bartik-main-menu" class="contextual-region block block-menu navigation menu--main">'
            '<ul class="clearfix menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">Home</a></li></ul></nav></div></div>'
            '</header>\n<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix">\n'
            '<main id="content" class="column main-content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>\n'
            f'<div class="region region-content"><div id="block-bartik-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">'
            f'<span class="field field--name-title field--type-string field--label-hidden">{E(title)}</span></h1></div>\n<div id="block-bartik-content" '
            'class="block block-system block-system-main-block"><div class="content"><article role="article" about="/node/42" class="node node--type-article '
            'node--promoted node--view-mode-full"><header><div class="node__meta"><article class="profile"></article><span>Submitted by <span class="field '
            'field--name-uid field--type-entity-reference field--label-hidden"><span>Tobias Renner</span></span> on <span class="field field--name-created '
            'field--type-created field--label-hidden">Mon, 03/03/2014 - 20:15</span></span></div></header>\n<div class="node__content clearfix">'
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
            + ''.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '</div>\n')
    side = ('</div></article></div></div></div></section></main>\n<div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary">'
            '<div class="views-element-container block block-views block-views-blockcomments-recent-block-1" id="block-bartik-views-block-comments-recent-block-1">'
            '<h2>Recent comments</h2><div class="content"><div><div class="js-view-dom-id-1"><div class="item-list"><ul><li><div class="views-field '
            'views-field-subject"><span class="field-content"><a href="/comment/77#comment-77" hreflang="en">Carbon filters</a></span></div><div class="views-'
            'field views-field-changed"><span class="field-content">10 years 2 months ago</span></div></li></ul></div></div></div></div></div></aside></div>\n'
            '</div></div>\n<footer class="site-footer"><div class="layout-container"><div class="site-footer__bottom"><div class="region region-footer-fifth">'
            '<div id="block-bartik-powered" class="block block-system block-system-powered-by-block"><div class="content"><span>Powered by <a href="https://www.'
            'drupal.org">Drupal</a></span></div></div></div></div></div></footer></div></div></div>')
    doc = page(title, site, '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />', '', post, comments, side, '')
    return "bartik", doc, truth("bartik", "drupal", title, cs,
                                 "Drupal 8/9 with Bartik: article.comment.js-comment, footer.comment__meta "
                                 "with p.comment__submitted 'Submitted by NAME on DATE', div.content with "
                                 "the subject h3 (a title, not text) and field--name-comment-body; replies "
                                 "in div.indented after the parent.", "comment-%d")


WEST = WEST + (friendica, bartik)


# ---- WordPress with Astra (brainstormforce/astra inc/blog/blog-config.php,
# astra_theme_comment(): li#li-comment-N with comment_class() > article#
# comment-N.ast-comment > div.ast-comment-info (div.ast-comment-avatar-wrap,
# div.ast-comment-data-wrap > div.ast-comment-meta-wrap > header.ast-
# comment-meta.ast-comment-author.vcard with div.ast-comment-cite-wrap >
# cite > b.fn and div.ast-comment-time > span.timendate > a > time),
# section.ast-comment-content.comment (the text, then div.ast-comment-
# edit-reply-wrap with span.ast-reply-link); comments.php's ol.ast-comment-
# list, replies in ol.children) ---------------------------------------------

def astra():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), wp_date)
    parity = [0]

    def one(c, depth):
        cls = wp_classes(c, depth, parity)
        name = (f"<a href='{E(c.url)}' class='url' rel='ugc external nofollow'>{E(c.author)}</a>" if c.url else E(c.author))
        hl = '<span class="ast-highlight-text ast-cmt-post-author"></span>' if c.author == "Tobias Renner" else ''
        kids = ''.join(one(r, depth + 1) for r in c.replies)
        kids = f'<ol class="children">\n{kids}</ol><!-- .children -->\n' if kids else ''
        return (f'\t\t\t\t<li class="{cls}" id="li-comment-{c.num}">\n\n\t\t\t\t\t<article id="comment-{c.num}" class="ast-comment">\n'
                f"\t\t\t\t\t<div class= 'ast-comment-info'>\n\t\t\t\t\t\t<div class='ast-comment-avatar-wrap'>{wp_avatar(c, 50)}</div><!-- Remove 1px Space\n"
                '\t\t\t\t\t\t--><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row '
                f'ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">{name}</b> {hl}</cite></div>'
                f'<div class="ast-comment-time"><span  class="timendate"><a href="/2014/03/weather-station/#comment-{c.num}"><time '
                f'datetime="{c.iso[:-1]}+00:00">{E(c.shown)}</time></a></span></div></header></div></div>\n\t\t\t\t\t</div>\n'
                f'\t\t\t\t\t\t\t<section class="ast-comment-content comment">\n\t\t\t\t\t\t\t\t{paras(c)}\n'
                '\t\t\t\t\t\t\t\t<div class="ast-comment-edit-reply-wrap">\n\t\t\t\t\t\t\t\t\t<span class="ast-reply-link">'
                f'{wp_reply_link(c, "comment-%d" % c.num)}</span>\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</section> <!-- .ast-comment-content -->\n'
                f'\t\t\t\t\t</article><!-- #comment-## -->\n\t\t\t\t{kids}</li><!-- #comment-## -->\n')
    comments = ('<div id="comments" class="comments-area comment-form-position-below ">\n\t\t\t<div class="comments-count-wrapper">\n'
                f'\t\t\t\t<h3 class="comments-title">\n\t\t\t\t\t8 thoughts on &ldquo;<span>{E(title)}</span>&rdquo;\t\t\t\t</h3>\n\t\t\t</div>\n\n'
                '\t\t\t<ol class="ast-comment-list">\n' + ''.join(one(c, 1) for c in cs) + '\t\t\t</ol><!-- .ast-comment-list -->\n\n'
                + wp_form('comment-respond') + '\n\t</div><!-- #comments -->')
    post = ('<div class="hfeed site" id="page"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
            '<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile '
            'ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" '
            'itemid="#masthead"><div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar '
            'ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-'
            'focus-item ast-container"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">'
            f'<span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">{E(site)}</a></span></div><nav class="site-navigation '
            'ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation"><ul '
            'id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border"><li class="menu-item"><a href="/about/" '
            'class="menu-link">About</a></li></ul></nav></div></div></div></div></header>\n<div id="content" class="site-content"><div class="ast-container">\n'
            '<div id="primary" class="content-area primary"><main id="main" class="site-main">\n<article class="post-42 post type-post status-publish '
            'format-standard hentry category-electronics ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">\n'
            '<div class="ast-post-format- single-layout-1"><header class="entry-header "><h1 class="entry-title" itemprop="headline">' + E(title) +
            '</h1><div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" '
            'itemprop="author"><a title="View all posts by Tobias" href="/author/tobias/" rel="author" class="url fn n" itemprop="url"><span class="author-name" '
            'itemprop="name">Tobias Renner</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> March 3, 2014 </span>'
            '</span></div></header>\n<div class="entry-content clear" itemprop="text">\n' + '\n'.join(f'<p>{E(p)}</p>' for p in POST_PARAS) +
            '\n</div>\n</div>\n</article>\n<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous">'
            '<a title="Solder fumes" href="/2014/02/solder-fumes/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div></div></nav>\n')
    side = ('</main></div>\n<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div '
            'class="sidebar-main"><aside id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2>'
            '<nav aria-label="Recent Comments"><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">Margaret Holloway</span> '
            'on <a href="/2014/02/solder-fumes/#comment-77">Solder fumes</a></li></ul></nav></aside></div></div>\n</div></div>')
    footer = ('<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-below-'
              'footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div class="ast-footer-copyright"><p>Copyright &copy; 2014 Balcony Notes | '
              'Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></footer></div>')
    doc = page(title, site, WP_HEAD, '', post, comments, side, footer)
    return "astra", doc, truth("astra", "wordpress", title, cs,
                                "WordPress with Astra: li#li-comment-N > article#comment-N.ast-comment, the "
                                "author in div.ast-comment-cite-wrap > cite > b.fn, the date span.timendate "
                                "> a > time, the text in section.ast-comment-content.comment before the "
                                "reply link; replies in ol.children.", "comment-%d")


WEST = WEST + (astra,)


# ---- Hubzilla (hubzilla core view/tpl/conv_item.tpl, read in HomeLabHD/
# hubzilla-core: the post a div.thread-wrapper.toplevel_item.h-entry; its
# comments, flat, each a div.thread-wrapper.u-comment.h-cite inside it
# after the post's wrapper: div.wall-item-outside-wrapper.comment >
# div.wall-item-content-wrapper.comment > div.wall-item-head (div.wall-item-
# ago > small.autotime > time.dt-published, the avatar img as p-name,
# div.wall-item-author > a.wall-item-name-link > span.wall-item-name, small.
# wall-item-addr), div.wall-item-content > div.wall-item-body.e-content,
# div.wall-item-tools (reaction buttons, a dropdown menu); the comment box
# div.wall-item-comment-wrapper at the end) -------------------------------

def hubzilla():
    site, title = "Hubzilla", "A weather station on the balcony"
    days = {"04": "Tue", "05": "Wed", "06": "Thu", "07": "Fri", "08": "Sat"}
    cs = flat(dated(thread_a(), lambda s, i: f"{days[i[8:10]]}, {i[8:10]} Mar {i[:4]} {i[11:19]} +0000"))

    def item(iid, name, addr, iso, shown, body, top=False, inner='', ttl=''):
        cls = "toplevel_item generic-content-wrapper h-entry " if top else "u-comment h-cite"
        com = '' if top else ' comment'
        return f'''	<div id="thread-wrapper-{iid}" class="thread-wrapper {cls} clearfix" data-b64mids='bWlkOi8v'>
		<a name="item_{iid}" ></a>
		<div class="wall-item-outside-wrapper{com}" id="wall-item-outside-wrapper-{iid}" >
			<div class="rounded wall-item-content-wrapper{com}" id="wall-item-content-wrapper-{iid}">
{ttl}				<div class="p-2 wall-item-head clearfix">
					<div class="text-end float-end">
						<div class="wall-item-ago opacity-75" id="wall-item-ago-{iid}">
							<small class="autotime" title="{iso}"><time class="dt-published" datetime="{iso}">{E(shown)}</time></small>
						</div>
					</div>
					<div class="float-start wall-item-info pe-2" id="wall-item-info-{iid}" >
						<div class="wall-item-photo-wrapper h-card p-author" id="wall-item-photo-wrapper-{iid}">
							<img src="https://hub.example/photo/profile/m/{iid}" class="fakelink wall-item-photo u-photo p-name" id="wall-item-photo-{iid}" alt="{E(name)}" loading="lazy" data-bs-toggle="dropdown" />
						</div>
					</div>
					<div class="wall-item-author">
						<div class="text-truncate">
							<a href="https://hub.example/channel/{addr.split('@')[0]}" class="lh-sm wall-item-name-link u-url"><span class="wall-item-name" id="wall-item-name-{iid}" ><bdi>{E(name)}</bdi></span></a>
						</div>
						<small class="lh-sm text-truncate d-block wall-item-addr opacity-75">{addr}</small>
					</div>
				</div>
				<div class="p-2 wall-item-content clearfix" id="wall-item-content-{iid}">
					<div class="wall-item-body e-content" id="wall-item-body-{iid}">
						{body}
					</div>
				</div>
				<div class="p-2 wall-item-tools d-flex justify-content-between">
					<div class="wall-item-tools-left hstack gap-1" id="wall-item-tools-left-{iid}">
						<div class="">
							<button type="button" title="0 Likes" class="btn btn-sm btn-outline-secondary border-0 wall-item-like" onclick="dolike({iid},'like'); return false;" id="wall-item-like-{iid}">
								<i class="bi bi-hand-thumbs-up generic-icons"></i>
							</button>
						</div>
					</div>
					<div class="wall-item-tools-right hstack gap-1" id="wall-item-tools-right-{iid}">
						<button type="button" title="Reply on this comment" class="btn btn-sm btn-outline-secondary border-0" onclick="doreply(1, {iid}, '{addr}', 'In reply to {E(name)}');">
							<i class="bi bi-arrow-90deg-left generic-icons" ></i>
						</button>
						<div class="">
							<button type="button" class="btn btn-sm btn-outline-secondary border-0" data-bs-toggle="dropdown" id="wall-item-menu-{iid}">
								<i class="bi bi-three-dots-vertical generic-icons"></i>
							</button>
							<div class="dropdown-menu dropdown-menu-end" role="menu" aria-labelledby="wall-item-menu-{iid}">
								<a class="dropdown-item" href="https://hub.example/display/{iid}" title="Link to Source" class="u-url"><i class="generic-icons-nav bi bi-box-arrow-up-right"></i>Link to Source</a>
							</div>
						</div>
					</div>
				</div>
			</div>
		</div>
{inner}	</div>
'''
    cms = ''.join(item(c.num, c.author, c.author.split()[0].lower().replace('_', '') + '@hub.example', c.iso, c.shown,
                       E(c.paras[0]) + (f'<blockquote>{E(c.quote)}</blockquote>' if c.quote else '') + ''.join('<br /><br />' + E(p) for p in c.paras[1:]))
                  for c in cs)
    box = ('		<div id="wall-item-comment-wrapper-1" class="p-2 wall-item-comment-wrapper wall-item-comment-wrapper-wc" >\n'
           '			<div class="comment-wwedit-wrapper"><form class="comment-edit-form" id="comment-edit-form-1" action="item" method="post" '
           'onsubmit="post_comment(1); return false;"><textarea id="comment-edit-text-1" class="comment-edit-text" placeholder="Comment" name="body">'
           '</textarea><button id="comment-edit-submit-1" class="btn btn-primary btn-sm" type="submit" name="button-submit">Submit</button></form></div>\n'
           '		</div>\n')
    ttl = f'				<div class="p-2 wall-item-title h3" id="wall-item-title-1">\n					<a href="https://hub.example/item/1" title="{E(title)}" rel="nofollow">{E(title)}</a>\n				</div>\n				<hr class="m-0">\n'
    thread = item(1, "Tobias Renner", "tobias@hub.example", "2014-03-03T20:15:00Z", "Mon, 03 Mar 2014 20:15:00 +0000",
                  '<br /><br />'.join(E(p) for p in POST_PARAS), top=True, inner=cms + box, ttl=ttl)
    main = ('<header><nav class="navbar fixed-top navbar-expand-lg bg-body-tertiary" id="navbar-top"><div class="container-fluid flex-nowrap">'
            f'<a class="navbar-brand" href="https://hub.example"><img src="/images/hz-white-32.png" alt="{E(site)}"></a><div class="navbar-nav '
            'flex-row"><a class="nav-link" href="https://hub.example/login" title="Login">Login</a></div></div></nav></header>\n<main class="container-fluid">'
            '<aside id="region_1"><div class="aside_spacer_top_left"></div><div class="aside_spacer_left"><div id="left_aside_wrapper" class="aside_wrapper">'
            '<div class="widget vcard"><div class="fn">Tobias Renner</div><div class="hcard-addr">tobias@hub.example</div></div></div></div></aside>\n'
            '<section id="region_2"><div id="thread-wrapper-outer" class="generic-content-wrapper"><div id="conversation-end"></div>\n'
            '<div id="threads-begin"></div>\n' + thread + '<div id="threads-end"></div>\n</div></section>\n'
            '<aside id="region_3"><div class="widget"><h3>Saved searches</h3><ul><li><a href="/search?tag=weather">#weather</a></li></ul></div></aside>\n'
            '</main>')
    doc = page(title, site, '<meta name="generator" content="hubzilla 8.8" />', '', main, '', '', '')
    return "hubzilla", doc, truth("hubzilla", "hubzilla", title, cs,
                                   "Hubzilla conv_item.tpl: the post a div.thread-wrapper.toplevel_item; its "
                                   "comments flat, div.thread-wrapper.u-comment.h-cite inside it, with "
                                   "span.wall-item-name, small.autotime > time, div.wall-item-body.e-content.",
                                   None)


WEST = WEST + (hubzilla,)


# ---- Substack (a post's comments as served, written from the served
# markup and the user scripts that walk it, e.g. Kronzky's "Substack User
# Block" (greasyfork 429790, read in a public repository): div.comment#
# comment-ID > table.comment-content (tr.comment-head with td.profile-img-
# wrap and td.comment-meta: span.commenter-name > a, a.comment-date with
# the full date in its title; then div.comment-body and div.comment-actions
# with the like link, "Reply", "Collapse"), the replies in the div.comment-
# list > div.comment-list-items inside the comment after its table) -----

def substack():
    site, title = "Balcony Notes", "A weather station on the balcony"
    mon = "Mar"
    cs = dated(thread_a(), lambda s, i: f"{mon} {int(i[8:10])}, {i[:4]}")

    def one(c):
        full = f"{mon} {int(c.iso[8:10])}, {c.iso[:4]}, {int(c.iso[11:13]) % 12 or 12}:{c.iso[14:16]} {'AM' if int(c.iso[11:13]) < 12 else 'PM'}"
        slug = c.author.lower().replace(' ', '-').replace('_', '-')
        kids = ''.join(one(r) for r in c.replies)
        kids = (f'<div class="comment-list-collapser"><div class="comment-list-collapser-line"></div></div><div class="comment-list">'
                f'<div class="comment-list-items">{kids}</div></div>') if kids else ''
        body = ''.join(f'<p><span>{E(p)}</span></p>' for p in c.paras[:1])
        if c.quote:
            body += f'<blockquote><p><span>{E(c.quote)}</span></p></blockquote>'
        body += ''.join(f'<p><span>{E(p)}</span></p>' for p in c.paras[1:])
        return (f'<div class="comment" id="comment-{c.num}0417" data-id="{c.num}0417"><div class="comment-anchor" id="comment-{c.num}0417-anchor"></div>'
                '<table class="comment-content"><tbody><tr class="comment-head"><td class="profile-img-wrap">'
                f'<a href="https://substack.com/profile/{c.num}-{slug}" class="profile-hover-card-target"><img class="profile-img" '
                f'src="https://substackcdn.com/image/fetch/w_66,h_66,c_fill/https%3A%2F%2Fbucket.example%2F{c.num}.png" width="32" height="32" alt=""/></a></td>'
                f'<td class="comment-meta"><span class="commenter-name"><a href="https://substack.com/profile/{c.num}-{slug}" class="profile-hover-card-target">'
                f'{E(c.author)}</a></span><span class="comment-publication-name-separator">·</span><a href="https://balcony.substack.com/p/weather-'
                f'station/comment/{c.num}0417" class="comment-date" title="{full}">{E(c.shown)}</a></td></tr>'
                f'<tr><td></td><td><div class="comment-body">{body}</div><div class="comment-actions"><span><a class="like-button" href="#">'
                f'<svg class="icon" width="14" height="14" viewBox="0 0 24 24"><path d="M20.8 4.6a5.5 5.5 0 0 0-7.7 0"></path></svg> {c.num % 5}</a></span>'
                '<span><a class="reply-button" href="#">Reply</a></span><span><a class="collapse-button" href="#">Collapse</a></span></div></td></tr>'
                f'</tbody></table>{kids}</div>')
    comments = ('<div class="comments-page"><div class="container"><div class="comments-section" id="comments"><h4 class="comments-heading">'
                '<a href="https://balcony.substack.com/p/weather-station/comments">8 Comments</a></h4><div class="comment-input"><form class="form '
                'comment-input-form"><textarea class="comment-input-textarea" placeholder="Write a comment…"></textarea><button class="button primary" '
                'type="submit">Post</button></form></div><div class="comment-list"><div class="comment-list-items">' + ''.join(one(c) for c in cs) +
                '</div></div></div></div></div>')
    post = ('<div id="entry"><div id="main" class="main typography"><div class="navbar-buttons"><a href="/" class="navbar-title-link">'
            f'{E(site)}</a><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a><a class="button sign-in-link" href="/sign-in">Sign in</a>'
            '</div>\n<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">'
            f'<div class="post-header"><h1 class="post-title unpublished">{E(title)}</h1><h3 class="subtitle">Saucers, sensors and a Raspberry Pi</h3>'
            '<div class="post-meta post-meta-web"><div class="post-meta-item post-meta-item-date">Mar 3, 2014</div><div class="post-meta-item '
            'profile-hover-wrapper"><a href="https://substack.com/profile/1-tobias-renner">Tobias Renner</a></div></div></div>\n<div class="available-'
            'content"><div class="body markup" dir="auto">' + ''.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '</div></div>\n'
            '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Thanks for reading '
            'Balcony Notes! Subscribe for free to receive new posts.</p></div><form class="form"><input type="email" placeholder="Type your email…"/>'
            '<button class="button primary" type="submit">Subscribe</button></form></div></div>\n</article></div></div></div>\n')
    side = ('<div class="footer-wrap"><div class="footer"><div class="container"><div class="footer-buttons"><a href="/about">About</a> '
            '<a href="/archive">Archive</a></div><div class="footer-terms">© 2014 Tobias Renner · <a href="https://substack.com/privacy">Privacy</a> · '
            '<a href="https://substack.com/signup">Start Writing</a></div></div></div></div></div></div>')
    doc = page(title, site, '<meta property="og:site_name" content="Balcony Notes"/>\n<link rel="stylesheet" href="https://substackcdn.com/bundle/'
               'theme/main.css"/>', '', post, comments, side, '')
    return "substack", doc, truth("substack", "substack", title, cs,
                                   "Substack comments: div.comment#comment-ID > table.comment-content with "
                                   "span.commenter-name > a, a.comment-date (the full date in its title), "
                                   "div.comment-body, div.comment-actions; replies in div.comment-list > "
                                   "div.comment-list-items inside the comment after its table.", None)


WEST = WEST + (substack,)


# ---- IntenseDebate (the thread its script draws into the page, as a
# browser saved it; written from the served markup and the scrapers that
# read it, which select div#idc-cover.idc-comments > div.idc-thread,
# div.idc-c (idc-anonymous for a guest), div.idc-c-h with the name in
# span.idc-i > span and the a.IDCommentTime permalink, div.idc-c-t >
# div.idc-c-t-inner the text, span.idc-v-total the votes; a reply's
# div.idc-thread inside its parent's thread after the comment) ------------

def intensedebate():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), lambda s, i: "12 years ago")

    def one(c, depth):
        anon = c.url is None
        name = (f'<span>{E(c.author)}</span>' if anon else
                f'<a href="{E(c.url)}" rel="nofollow" class="IDCommentUserName" target="_blank"><span>{E(c.author)}</span></a>')
        kids = ''.join(one(r, depth + 1) for r in c.replies)
        text = E(c.paras[0]) + (f'<blockquote>{E(c.quote)}</blockquote>' if c.quote else '') + ''.join('<br /><br />' + E(p) for p in c.paras[1:])
        return (f'<div class="idc-thread" id="IDThread{c.num}"><a name="IDComment{c.num}"></a>'
                f'<div class="idc-c{" idc-anonymous" if anon else ""}" id="IDComment-{c.num}" style="margin-left:{(depth - 1) * 30}px">'
                f'<div class="idc-c-h"><a class="idc-i idc-avatar-link" href="javascript: void(0);"><img class="idc-avatar idc-i" '
                f'src="https://www.gravatar.com/avatar/{c.num:032x}?r=pg&amp;s=50&amp;d=identicon" alt="avatar" width="30" height="30"/></a>'
                f'<span class="idc-i">{name}</span><span class="idc-i idc-time"><a href="#IDComment{c.num}" class="IDCommentTime">{E(c.shown)}</a></span>'
                f'<span class="idc-v"><a href="javascript: void(0);" class="idc-v-up">+</a><span class="idc-v-total">{c.num % 4}</span>'
                f'<a href="javascript: void(0);" class="idc-v-down">-</a></span></div>'
                f'<div class="idc-c-t"><div class="idc-c-t-inner">{text}</div></div>'
                f'<div class="idc-c-b"><a href="javascript: void(0);" class="idc-btn_s" onclick="IDReplyToComment({c.num}); return false;">'
                f'<span><span class="idc-r"><span>Reply</span></span></span></a></div></div>{kids}</div>')
    comments = ('<div id="idc-container-parent"><div id="idc-container"><div id="idc-loading-comments"></div>'
                '<div id="IDCommentsHead" class="idc-head"><h3 id="idc-commentcount_label"><span id="idc-commentcount">8</span> '
                '<span id="idc-commentcount_label">comments</span></h3><div class="idc-right"><a href="javascript: void(0);" class="idc-btn_s">'
                '<span><span>Subscribe to comments</span></span></a></div></div>'
                '<div id="idc-cover" class="idc-comments">' + ''.join(one(c, 1) for c in cs) + '</div>'
                '<div id="IDCommentsNewThreadCover"><h3>Post a new comment</h3><div id="IDCommentsNewThread"><textarea id="txtComment" '
                'class="idc-text_noresize" rows="10" cols="50"></textarea><a href="javascript: void(0);" class="idc-btn_l" id="IDPostCommentButton">'
                '<span><span>Submit</span></span></a></div></div><div id="idc-powered"><a href="https://intensedebate.com" target="_blank">'
                'Comments by IntenseDebate</a></div></div></div>')
    post = post_html('div', 'post hentry', title, '<p class="byline">Posted by <span class="author vcard">Tobias Renner</span> on '
                     '<abbr class="published" title="2014-03-03T20:15:00+01:00">March 3, 2014</abbr></p>')
    doc = page(title, site, '<script type="text/javascript" src="https://www.intensedebate.com/js/genericCommentWrapperV2.js"></script>',
               std_header(site), '<div id="content">' + post, comments + '</div>', std_sidebar(["Kim Larsen", "Petra"]), std_footer(site))
    return "intensedebate", doc, truth("intensedebate", "intensedebate", title, cs,
                                        "IntenseDebate as its script draws the thread: div.idc-thread > div.idc-c "
                                        "(div.idc-c-h with span.idc-i > span the name and a.IDCommentTime a "
                                        "relative date, div.idc-c-t-inner the text, span.idc-v-total votes), a "
                                        "reply's div.idc-thread inside its parent's thread.", None)


WEST = WEST + (intensedebate,)


# ---- WordPress with Genesis (StudioPress's framework, its html5 comment
# callback as served; written from the served markup copied into public
# repositories: ol.comment-list, li.comment#comment-N > article#article-
# comment-N[itemprop=comment] (schema.org Comment) > header.comment-header
# (p.comment-author > img.avatar + span.comment-author-name > a.comment-
# author-link, span.says; p.comment-meta > time.comment-time > a.comment-
# time-link), div.comment-content[itemprop=text], div.comment-reply;
# replies in ul.children) --------------------------------------------------

def genesis():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), wp_date)
    parity = [0]

    def one(c, depth):
        cls = wp_classes(c, depth, parity)
        name = (f'<a href="{E(c.url)}" class="comment-author-link" rel="external nofollow" itemprop="url">{E(c.author)}</a>' if c.url
                else E(c.author))
        kids = ''.join(one(r, depth + 1) for r in c.replies)
        kids = f'<ul class="children">\n{kids}</ul><!-- .children -->\n' if kids else ''
        return (f'\t<li class="{cls}" id="comment-{c.num}">\n\t<article id="article-comment-{c.num}" itemprop="comment" itemscope '
                'itemtype="https://schema.org/Comment">\n\n\t\t\n\t\t<header class="comment-header">\n\t\t\t<p class="comment-author" '
                f'itemprop="author" itemscope itemtype="https://schema.org/Person">\n\t\t\t\t{wp_avatar(c, 48)}<span class="comment-author-name" '
                f'itemprop="name">{name}</span> <span class="says">says</span>\t\t\t</p>\n\n\t\t\t<p class="comment-meta"><time class="comment-time" '
                f'datetime="{c.iso[:-1]}+00:00" itemprop="datePublished"><a class="comment-time-link" href="/2014/03/weather-station/#comment-{c.num}" '
                f'itemprop="url">{E(c.shown)}</a></time></p>\t\t</header>\n\n\t\t<div class="comment-content" itemprop="text">\n\t\t\t\n\t\t\t'
                f'{paras(c)}\n\t\t</div>\n\n\t\t<div class="comment-reply">{wp_reply_link(c, "article-comment-%d" % c.num)}</div>\n\t\t\n\t</article>\n'
                f'\t{kids}</li><!-- #comment-## -->\n')
    comments = ('<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">\n' + ''.join(one(c, 1) for c in cs) +
                '</ol></div>' + wp_form('comment-respond'))
    post = ('<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main '
            'content</a></li></ul><header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a href="/">'
            f'{E(site)}</a></p><p class="site-description">Notes from a small workshop</p></div><nav class="nav-primary" aria-label="Main"><div class="wrap">'
            '<ul id="menu-header-menu" class="menu genesis-nav-menu menu-primary"><li class="menu-item"><a href="/about/"><span itemprop="name">About'
            '</span></a></li></ul></div></nav></div></header><div class="site-inner"><div class="content-sidebar-wrap"><main class="content" '
            'id="genesis-content"><article class="post-42 post type-post status-publish format-standard category-electronics entry" aria-label="'
            f'{E(title)}"><header class="entry-header"><h1 class="entry-title">{E(title)}</h1>\n<p class="entry-meta"><time class="entry-time">March 3, '
            '2014</time> By <span class="entry-author"><a href="/author/tobias/" class="entry-author-link" rel="author"><span class="entry-author-name">'
            'Tobias Renner</span></a></span> <span class="entry-comments-link"><a href="/2014/03/weather-station/#comments">8 Comments</a></span></p>'
            '</header><div class="entry-content">' + ''.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '</div><footer class="entry-footer"><p '
            'class="entry-meta"><span class="entry-categories">Filed Under: <a href="/category/electronics/" rel="category tag">Electronics</a></span>'
            '</p></footer></article>')
    side = ('</main><aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar"><section id="recent-comments-2" '
            'class="widget widget_recent_comments"><div class="widget-wrap"><h3 class="widgettitle widget-title">Recent Comments</h3><ul id="recentcomments">'
            '<li class="recentcomments"><span class="comment-author-link">Margaret Holloway</span> on <a href="/2014/02/solder-fumes/#comment-77">Solder '
            'fumes</a></li></ul></div></section></aside></div></div>')
    footer = ('<footer class="site-footer"><div class="wrap"><p>Copyright &#x000A9;&nbsp;2014 &middot; <a href="https://www.studiopress.com/">Genesis '
              'Framework</a> &middot; <a href="https://wordpress.org/">WordPress</a> &middot; <a rel="nofollow" href="/wp-login.php">Log in</a></p></div>'
              '</footer></div>')
    doc = page(title, site, WP_HEAD, '', post, comments, side, footer)
    return "genesis", doc, truth("genesis", "wordpress", title, cs,
                                  "WordPress with Genesis: li.comment#comment-N > article[itemprop=comment] "
                                  "with header.comment-header (span.comment-author-name, time.comment-time > "
                                  "a), div.comment-content[itemprop=text]; replies in ul.children.",
                                  "comment-%d")


# ---- WordPress with Divi (Elegant Themes' et_custom_comments_display()
# as served; written from the served markup copied into public
# repositories: section#comment-wrap > ol.commentlist, li.comment.et-pb-
# non-builder-comment#li-comment-N > article#comment-N.comment-body >
# div.comment_avatar, div.comment_postinfo (span.fn, span.comment_date "on
# DATE at TIME"), div.comment_area > div.comment-content (the text, then
# span.reply-container with the reply link); replies in ul.children) -------

def divi():
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), wp_date)
    parity = [0]

    def one(c, depth):
        cls = wp_classes(c, depth, parity) + " et-pb-non-builder-comment"
        name = (f"<a href='{E(c.url)}' class='url' rel='ugc external nofollow'>{E(c.author)}</a>" if c.url else E(c.author))
        kids = ''.join(one(r, depth + 1) for r in c.replies)
        kids = f'<ul class="children">\n{kids}</ul><!-- .children -->\n' if kids else ''
        return (f'\t\t<li class="{cls}" id="li-comment-{c.num}">\n\t\t\t<article id="comment-{c.num}" class="comment-body clearfix">\n'
                f'\t\t\t\t<div class="comment_avatar">\n\t\t\t\t\t{wp_avatar(c, 80)}\n\t\t\t\t</div>\n\n\t\t\t\t<div class="comment_postinfo">\n'
                f'\t\t\t\t\t<span class="fn">{name}</span>\t\t\t\t\t<span class="comment_date">\n\t\t\t\t\ton {E(c.shown)}\t\t\t\t\t</span>\n'
                '\t\t\t\t\t\t\t\t\t</div> <!-- .comment_postinfo -->\n\n\t\t\t\t<div class="comment_area">\n\t\t\t\t\t\n\t\t\t\t\t<div '
                f'class="comment-content clearfix">\n\t\t\t\t\t{paras(c)}\n\t\t\t\t\t<span class="reply-container">{wp_reply_link(c, "comment-%d" % c.num)}'
                '</span>\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</article>\n' + kids + '\t\t</li><!-- #comment-## -->\n')
    comments = ('<section id="comment-wrap">\n\t\t<h1 id="comments" class="page_title">8 Comments</h1>\n\t\t\t\n\t\t\t\t\t<ol class="commentlist clearfix">\n'
                + ''.join(one(c, 1) for c in cs) + '\t\t\t</ol>\n\t\t\t\t' + wp_form('comment-respond') + '\n\t</section>')
    post = ('<div id="page-container"><div id="et-boc" class="et-boc"><header id="main-header" data-height-onload="66"><div class="container clearfix '
            f'et_menu_container"><div class="logo_container"><span class="logo_helper"></span><a href="/"><img src="/wp-content/themes/Divi/images/logo.png" '
            f'alt="{E(site)}" id="logo" /></a></div><div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item">'
            '<a href="/about/">About</a></li></ul></nav></div></div></header><div id="et-main-area"><div id="main-content"><div class="container">'
            '<div id="content-area" class="clearfix"><div id="left-area"><article id="post-42" class="et_pb_post post-42 post type-post status-publish '
            f'format-standard hentry category-electronics"><div class="et_post_meta_wrapper"><h1 class="entry-title">{E(title)}</h1><p class="post-meta">'
            'by <span class="author vcard"><a href="/author/tobias/" title="Posts by Tobias Renner" rel="author">Tobias Renner</a></span> | <span '
            'class="published">Mar 3, 2014</span> | <a href="/category/electronics/" rel="category tag">Electronics</a> | <span class="comments-number">'
            '<a href="/2014/03/weather-station/#respond">8 comments</a></span></p></div><div class="entry-content">' +
            ''.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '</div><div class="et_post_meta_wrapper">')
    side = ('</div></article></div><div id="sidebar"><div id="recent-comments-2" class="et_pb_widget widget_recent_comments"><h4 class="widgettitle">'
            'Recent Comments</h4><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">Margaret Holloway</span> on '
            '<a href="/2014/02/solder-fumes/#comment-77">Solder fumes</a></li></ul></div></div></div></div></div>')
    footer = ('<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Designed by <a href="https://www.'
              'elegantthemes.com">Elegant Themes</a> | Powered by <a href="https://www.wordpress.org">WordPress</a></div></div></div></footer></div></div></div>')
    doc = page(title, site, WP_HEAD, '', post, comments, side, footer)
    return "divi", doc, truth("divi", "wordpress", title, cs,
                               "WordPress with Divi: li.comment#li-comment-N > article#comment-N.comment-body "
                               "with div.comment_postinfo (span.fn, span.comment_date 'on DATE') and "
                               "div.comment_area > div.comment-content (the text, then the reply link); "
                               "replies in ul.children.", "comment-%d")


WEST = WEST + (genesis, divi)


# ---- the pages below (platmore) number their comments from a base of
# their own, so that a page added before them never changes their bytes --

def fresh(base):
    C.n = base


def iso_days(i):
    import datetime
    return datetime.datetime(int(i[:4]), int(i[5:7]), int(i[8:10]), int(i[11:13]), int(i[14:16]))


# ---- phpBB 3.1 prosilver (phpbb/phpbb phpBB/styles/prosilver/template/
# viewtopic_body.html: div#pN.post.bg1|bg2 > div.inner with dl.postprofile
# (dt > a.username, dd.profile-posts, dd.profile-joined) and div.postbody >
# div#post_contentN (h3 > a the subject, ul.profile-icons, p.author "by
# <strong>NAME</strong> &raquo; DATE", div.content, div.signature),
# div.back2top, then an hr.divider; a quote as bbcode.html draws it:
# blockquote > div > cite "NAME wrote:") -----------------------------------

def phpbb():
    fresh(1000)
    site, title = "Makers Board", "Balcony weather station"

    def pd(s, i):
        d = iso_days(i)
        return (f"{d.strftime('%a %b')} {d.day:02d}, {d.year} "
                f"{d.hour % 12 or 12}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}")
    allp = forum_posts(["holloway", "renner", "maggie", "ines", "dave_k", "sanne"], pd)
    rows = []
    for k, p in enumerate(allp):
        body = E(p.paras[0])
        if p.quote:
            body += f'<blockquote><div><cite>{E(allp[0].author)} wrote:</cite>{E(p.quote)}</div></blockquote>'
        body += ''.join('<br /><br />' + E(x) for x in p.paras[1:])
        uid = 50 + k
        user = f'<a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{E(p.author)}</a>'
        sig = (f'\n\t\t\t<div id="sig{p.num}" class="signature">Weather is what you get.</div>' if p.author == "sanne" else '')
        first = ' class="first"' if k == 0 else ''
        re_ = '' if k == 0 else 'Re: '
        rows.append(f'''		<div id="p{p.num}" class="post {'bg1' if k % 2 else 'bg2'}">
		<div class="inner">

		<dl class="postprofile" id="profile{p.num}">
			<dt class="no-profile-rank has-avatar">
				<a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="avatar"><img class="avatar" src="./download/file.php?avatar={uid}.png" width="90" height="90" alt="User avatar" /></a>
				{user}
			</dt>
		<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id={uid}&amp;sr=posts">{12 + k}</a></dd>
		<dd class="profile-joined"><strong>Joined:</strong> Sat Feb 01, 2014 10:00 am</dd>
		</dl>

		<div class="postbody">
			<div id="post_content{p.num}">

			<h3{first}><a href="#p{p.num}">{re_}{E(title)}</a></h3>

				<ul class="profile-icons">
					<li class="report-icon"><a href="./report.php?f=2&amp;p={p.num}" title="Report this post"><span>Report this post</span></a></li>
					<li class="quote-icon"><a href="./posting.php?mode=quote&amp;f=2&amp;p={p.num}" title="Reply with quote"><span>Quote</span></a></li>
				</ul>

			<p class="author"><a href="./viewtopic.php?p={p.num}#p{p.num}"><img src="./styles/prosilver/imageset/icon_post_target.gif" width="11" height="9" alt="Post" title="Post" /></a><span class="responsive-hide">by <strong>{user}</strong> &raquo; </span>{p.shown} </p>

			<div class="content">{body}</div>
{sig}
			</div>

		</div>

		<div class="back2top"><a href="#wrap" class="top" title="Top">Top</a></div>

		</div>
	</div>

	<hr class="divider" />
''')
    actions = ('<div class="topic-actions"><div class="buttons"><div class="reply-icon"><a href="./posting.php?mode=reply&amp;f=2&amp;t=77" '
               'title="Post a reply" class="button icon-button"><span></span>Post Reply</a></div></div><div class="pagination">7 posts &bull; '
               'Page <strong>1</strong> of <strong>1</strong></div></div>\n')
    main = ('<div id="wrap">\n\t<a id="top" class="anchor" accesskey="t"></a>\n\t<div id="page-header">\n\t\t<div class="headerbar" role="banner">\n'
            '\t\t\t<div class="inner"><div id="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo">'
            f'</span></a><h1>{E(site)}</h1><p>Hardware, firmware and the weather</p></div>'
            '<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>'
            '<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" '
            'value="" placeholder="Search…" /><button class="button-search" type="submit" title="Search">Search</button></fieldset></form></div>'
            '</div>\n\t\t</div>\n\t\t<div class="navbar" role="navigation"><div class="inner"><ul class="linklist navlinks" role="menubar"><li '
            'class="small-icon icon-home breadcrumbs"><span class="crumb"><a href="./index.php" accesskey="h" itemprop="url">Board index</a></span>'
            '<span class="crumb"><a href="./viewforum.php?f=2">Hardware</a></span></li></ul><ul class="linklist bulletin" role="menubar"><li '
            'class="small-icon icon-faq"><a href="/app.php/help/faq" title="Frequently Asked Questions">FAQ</a></li><li class="small-icon '
            'icon-register rightside"><a href="./ucp.php?mode=register">Register</a></li><li class="small-icon icon-logout rightside"><a '
            'href="./ucp.php?mode=login" title="Login" accesskey="x">Login</a></li></ul></div></div>\n\t</div>\n\n\t<a id="start_here" class="anchor">'
            '</a>\n\t<div id="page-body" class="page-body" role="main">\n'
            f'<h2 class="topic-title"><a href="./viewtopic.php?f=2&amp;t=77">{E(title)}</a></h2>\n' + actions +
            '<div class="clear"></div>\n\n' + ''.join(rows) + '\n' + actions +
            '<p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left" accesskey="r">Return to &ldquo;Hardware&rdquo;</a></p>\n'
            '<div class="stat-block online-list"><h3><a href="./viewonline.php">Who is online</a></h3><p>Users browsing this forum: No registered '
            'users and 1 guest</p></div>\n\t</div>\n\n<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation">'
            '<div class="inner"><ul class="linklist"><li class="small-icon icon-home breadcrumbs"><span class="crumb"><a href="./index.php">Board index'
            '</a></span></li><li class="rightside">All times are <span title="UTC">UTC</span></li></ul></div></div><div class="copyright">Powered by '
            '<a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div>\n</div>')
    doc = page(title, site, '<link href="./styles/prosilver/theme/stylesheet.css?assets_version=3" rel="stylesheet">', '', main, '', '', '')
    return "phpbb", doc, truth("phpbb", "phpbb", title, allp[1:],
                                "phpBB 3.1 prosilver viewtopic: div.post#pN with dl.postprofile (the poster) "
                                "and div.postbody (p.author 'by NAME >> DATE', div.content); a quote as "
                                "blockquote > div > cite 'NAME wrote:'; flat.", "p%d", forum_post=True)


# ---- XenForo 2 (the compiled public templates post_macros and
# bb_code_tag_quote, read in codecorno/PointBlank-Private-Website forum/
# internal_data/code_cache/templates/l0/s1/public/, and a served 2.2 thread
# saved in a public repository: article.message.message--post.js-post
# [data-author]#js-post-N with span.u-anchorTarget#post-N; div.message-
# cell--user > section.message-user (div.message-userDetails > h4.message-
# name > a.username, h5.userTitle, div.message-userExtras); div.message-
# cell--main > header.message-attribution (time.u-dt[datetime] in a link,
# "#N"), div.message-content > div.message-userContent > article.message-
# body > div.bbWrapper; footer.message-footer with the action bar; a quote
# as blockquote.bbCodeBlock--quote with div.bbCodeBlock-title "NAME said:"
# and div.bbCodeBlock-expandContent) ---------------------------------------

def xenforo():
    fresh(1100)
    site, title = "Makers Forum", "Balcony weather station"

    def xd(s, i):
        d = iso_days(i)
        return f"{d.strftime('%b')} {d.day}, {d.year}"
    allp = forum_posts(["holloway", "renner", "maggie", "ines", "dave_k", "sanne"], xd)
    rows = []
    for k, p in enumerate(allp):
        body = E(p.paras[0])
        if p.quote:
            body += ('<br />\n<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">\n\t<div class="bbCodeBlock-title">\n'
                     f'\t\t<a href="/goto/post?id={allp[0].num}" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" '
                     f'data-content-selector="#post-{allp[0].num}">{E(allp[0].author)} said:</a>\n\t</div>\n\t<div class="bbCodeBlock-content">\n'
                     f'\t\t<div class="bbCodeBlock-expandContent js-expandContent ">\n\t\t\t{E(p.quote)}\n\t\t</div>\n'
                     '\t\t<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div>\n\t</div>\n</blockquote>')
        body += ''.join('<br />\n<br />\n' + E(x) for x in p.paras[1:])
        uid = 50 + k
        sig = ('\n\t\t\t\t<aside class="message-signature">\n\t\t\t\t\t<div class="bbWrapper">Weather is what you get.</div>\n\t\t\t\t</aside>'
               if p.author == "sanne" else '')
        iso = p.iso.replace('Z', '+0000')
        hm = p.iso[11:16]
        starter = 'message-threadStarterPost ' if k == 0 else ''
        rows.append(f'''	<article class="message message--post js-post js-inlineModContainer {starter} "
		data-author="{E(p.author)}"
		data-content="post-{p.num}"
		id="js-post-{p.num}"
		itemscope itemtype="https://schema.org/Comment" itemid="https://forum.example/posts/{p.num}/">

		<meta itemprop="parentItem" itemscope itemid="https://forum.example/threads/balcony-weather-station.77/" />
		<span class="u-anchorTarget" id="post-{p.num}"></span>

			<div class="message-inner">
					<div class="message-cell message-cell--user">
	<section class="message-user"
		itemprop="author"
		itemscope itemtype="https://schema.org/Person"
		itemid="https://forum.example/members/{E(p.author)}.{uid}/">
		<meta itemprop="url" content="https://forum.example/members/{E(p.author)}.{uid}/" />
		<div class="message-avatar ">
			<div class="message-avatar-wrapper">
				<a href="/members/{E(p.author)}.{uid}/" class="avatar avatar--m avatar--default avatar--default--dynamic" data-user-id="{uid}" data-xf-init="member-tooltip" style="background-color: #669933; color: #e0f0d1">
			<span class="avatar-u{uid}-m" role="img" aria-label="{E(p.author)}">{E(p.author[0].upper())}</span>
		</a>
			</div>
		</div>
		<div class="message-userDetails">
			<h4 class="message-name"><a href="/members/{E(p.author)}.{uid}/" class="username " dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip"><span itemprop="name">{E(p.author)}</span></a></h4>
			<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">Member</h5>
		</div>
			<div class="message-userExtras">
				<dl class="pairs pairs--justified"><dt>Joined</dt><dd>Feb 1, 2014</dd></dl>
				<dl class="pairs pairs--justified"><dt>Messages</dt><dd>{12 + k}</dd></dl>
			</div>
		<span class="message-userArrow"></span>
	</section>
					</div>
					<div class="message-cell message-cell--main">
						<div class="message-main js-quickEditTarget">
	<header class="message-attribution message-attribution--split">
		<ul class="message-attribution-main listInline ">
			<li class="u-concealed">
				<a href="/threads/balcony-weather-station.77/post-{p.num}" rel="nofollow" itemprop="url">
					<time  class="u-dt" dir="auto" datetime="{iso}" data-timestamp="{1393924320 + k * 3600}" data-date-string="{p.shown}" data-time-string="{hm}" title="{p.shown} at {hm}" itemprop="datePublished">{p.shown}</time>
				</a>
			</li>
		</ul>
		<ul class="message-attribution-opposite message-attribution-opposite--list ">
			<li><a href="/threads/balcony-weather-station.77/post-{p.num}" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/{p.num}/share" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li>
			<li><a href="/threads/balcony-weather-station.77/post-{p.num}" rel="nofollow">#{k + 1}</a></li>
		</ul>
	</header>
							<div class="message-content js-messageContent">
	<div class="message-userContent lbContainer js-lbContainer "
		data-lb-id="post-{p.num}"
		data-lb-caption-desc="{E(p.author)} &middot; {p.shown} at {hm}">
		<article class="message-body js-selectToQuote">
			<div itemprop="text">
				<div class="bbWrapper">{body}</div>
			</div>
			<div class="js-selectToQuoteEnd">&nbsp;</div>
		</article>
	</div>{sig}
							</div>
	<footer class="message-footer">
		<div class="message-actionBar actionBar">
			<div class="actionBar-set actionBar-set--external">
				<a href="/posts/{p.num}/react?reaction_id=1" class="reaction actionBar-action actionBar-action--reaction" data-xf-click="reaction" data-reaction-id="1" rel="nofollow"><i aria-hidden="true"></i><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a>
				<a href="/threads/balcony-weather-station.77/reply?quote={p.num}" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote" data-quote-href="/posts/{p.num}/quote">Reply</a>
			</div>
			<div class="actionBar-set actionBar-set--internal">
				<a href="/posts/{p.num}/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay">Report</a>
			</div>
		</div>
		<div class="reactionsBar js-reactionsList "></div>
		<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div>
	</footer>
						</div>
					</div>
			</div>
	</article>
''')
    main = ('<div class="p-pageWrapper" id="top">\n<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">'
            f'<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/default/xenforo/xenforo-logo.png" alt="{E(site)}" '
            'width="100" height="36" /></a></div></div></div></header>\n<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">'
            '<nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list '
            'js-offCanvasNavSource"><li><div class="p-navEl is-selected"><a href="/" class="p-navEl-link " data-nav-id="forums">Forums</a></div></li>'
            '<li><div class="p-navEl "><a href="/whats-new/" class="p-navEl-link " data-nav-id="whatsNew">What\'s new</a></div></li><li><div '
            'class="p-navEl "><a href="/members/" class="p-navEl-link " data-nav-id="members">Members</a></div></li></ul></div></div><div '
            'class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--'
            'textual p-navgroup-link--logIn" rel="nofollow" data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a><a '
            'href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow" data-xf-click="overlay">'
            '<span class="p-navgroup-linkText">Register</span></a></div></div></div></nav></div>\n<div class="p-body"><div class="p-body-inner">\n'
            '<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope '
            'itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Forums</span></a></li><li '
            'itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/hardware.2/" itemprop="item"><span '
            'itemprop="name">Hardware</span></a></li></ul>\n<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">'
            f'{E(title)}</h1></div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" '
            'aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="/members/tobias.50/" class="username '
            ' u-concealed" dir="auto" data-user-id="50" data-xf-init="member-tooltip">tobias</a></li><li><i class="fa--xf far fa-clock" '
            'aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span> <a href="/threads/balcony-weather-station.77/" '
            f'class="u-concealed"><time  class="u-dt" dir="auto" datetime="2014-03-04T09:12:00+0000">{allp[0].shown}</time></a></li></ul></div>'
            '</div>\n<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent">\n<div class="block block--messages" '
            'data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">\n\t<div class="block-container lbContainer" '
            'data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-77" data-lb-universal="0">\n\t\t<div '
            'class="block-body js-replyNewMessageContainer">\n' + ''.join(rows) +
            '\t\t</div>\n\t</div>\n</div>\n<div class="block block--messages"><div class="block-container"><div class="block-body"><div class="message '
            'message--quickReply block-topRadiusContent block-bottomRadiusContent"><div class="message-inner"><div class="message-cell message-cell--'
            'main"><div class="message-editorWrapper"><div class="blockMessage">You must log in or register to reply here.</div></div></div></div>'
            '</div></div></div></div>\n<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body">'
            '<div class="structItem structItem--thread"><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a '
            'href="/threads/rain-gauge-calibration.78/">Rain gauge calibration</a></div><div class="structItem-minor"><ul class="structItem-parts"><li>'
            '<a href="/members/sanne.55/" class="username " dir="auto">sanne</a></li><li class="structItem-startDate"><a href="/threads/rain-gauge-'
            'calibration.78/" rel="nofollow"><time  class="u-dt" dir="auto" datetime="2014-03-09T10:00:00+0000">Mar 9, 2014</time></a></li></ul>'
            '</div></div></div></div></div></div>\n</div></div></div>\n</div></div>\n<footer class="p-footer" id="footer"><div class="p-footer-inner">'
            '<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">'
            'Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2014 XenForo Ltd.</span></a></div></div></footer>\n</div>')
    doc = page(title, site, '<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1" />',
               '', main, '', '', '')
    return "xenforo", doc, truth("xenforo", "xenforo", title, allp[1:],
                                  "XenForo 2: article.message--post.js-post[data-author] with h4.message-name > "
                                  "a.username, header.message-attribution > a > time.u-dt, article.message-body > "
                                  "div.bbWrapper; a quote as blockquote.bbCodeBlock--quote with div.bbCodeBlock-title "
                                  "'NAME said:'; flat.", "post-%d", forum_post=True)


# ---- vBulletin 4 (the postbit as served: a saved vBulletin 4.1 thread
# stored in a public repository, with its template comments (postbit_
# wrapper, postbit, memberaction_dropdown), and the scrapers that read it:
# ol#posts > li.postbit.postbitim.postcontainer#post_N > div.postdetails_
# noavatar (div.posthead: span.postdate > span.date "MM-DD-YYYY (the default
# dateformat m-d-Y), <span.time>", a.postcounter "#N"; div.userinfo_noavatar > div.username_container
# > div.popupmenu.memberaction > a.username > strong, span.usertitle),
# div.postbody > div.postrow (h2.posttitle, div.content > div#post_message_N
# > blockquote.postcontent.restore, blockquote.signature), div.postfoot; a
# quote as div.bbcode_container > div.bbcode_quote > div.quote_container
# with div.bbcode_postedby "Originally Posted by <strong>NAME</strong>" and
# div.message) -------------------------------------------------------------

def vbulletin():
    fresh(1200)
    site, title = "Makers Forum", "Balcony weather station"

    def vd(s, i):
        h = int(i[11:13])
        return f"{i[5:7]}-{i[8:10]}-{i[:4]}, {h % 12 or 12:02d}:{i[14:16]} {'AM' if h < 12 else 'PM'}"
    allp = forum_posts(["holloway", "renner", "maggie", "ines", "dave_k", "sanne"], vd)
    rows = []
    for k, p in enumerate(allp):
        body = E(p.paras[0])
        if p.quote:
            body += ('<br />\n<div class="bbcode_container">\n\t<div class="bbcode_quote">\n\t\t<div class="quote_container">\n'
                     '\t\t\t<div class="bbcode_quote_container"></div>\n\t\t\t\n\t\t\t\t<div class="bbcode_postedby">\n'
                     '\t\t\t\t\t<img title="Originally Posted by" class="inlineimg" src="images/misc/quote_icon.png" alt="Quote" /> Originally Posted by '
                     f'<strong>{E(allp[0].author)}</strong>\n\t\t\t\t\t<a href="showthread.php?p={allp[0].num}#post{allp[0].num}" rel="nofollow"><img '
                     'class="inlineimg" src="images/buttons/viewpost-right.png" alt="View Post" /></a>\n'
                     f'\t\t\t\t</div>\n\t\t\t\t<div class="message">{E(p.quote)}</div>\n\t\t\t\n\t\t</div>\n\t</div>\n</div>')
        body += ''.join('<br />\n<br />\n' + E(x) for x in p.paras[1:])
        d, t = p.shown.split(', ')
        uid = 50 + k
        sig = ('\n\t\t\t<blockquote class="signature restore"><div class="signaturecontainer">Weather is what you get.</div></blockquote>'
               if p.author == "sanne" else '')
        re_ = '' if k == 0 else 'Re: '
        rows.append(f'''<!-- BEGIN TEMPLATE: postbit_wrapper -->
<!-- BEGIN TEMPLATE: postbit -->
<li class="postbit postbitim postcontainer old" id="post_{p.num}">
	<div class="postdetails_noavatar">
		<div class="posthead">
			<span class="postdate old">
				<span class="date">{d},&nbsp;<span class="time">{t}</span></span>
			</span>
			<span class="nodecontrols">
				<a name="post{p.num}" href="showthread.php?t=77&amp;p={p.num}#post{p.num}" class="postcounter">#{k + 1}</a><a id="postcount{p.num}" name="{k + 1}"></a>
			</span>
		</div>
		<div class="userinfo_noavatar">
			<div class="contact">
				<div class="username_container">
<!-- BEGIN TEMPLATE: memberaction_dropdown -->
<div class="popupmenu memberaction">
	<a class="username offline popupctrl" href="member.php?u={uid}" title="{E(p.author)} is offline"><strong>{E(p.author)}</strong></a>
	<ul class="popupbody popuphover memberaction_body">
		<li class="left"><a href="member.php?u={uid}" class="siteicon_profile">View Profile</a></li>
		<li class="right"><a href="search.php?do=finduser&amp;userid={uid}&amp;contenttype=vBForum_Post&amp;showposts=1" class="siteicon_forum" rel="nofollow">View Forum Posts</a></li>
		<li class="left"><a href="private.php?do=newpm&amp;u={uid}" class="siteicon_message" rel="nofollow">Private Message</a></li>
	</ul>
</div>
<!-- END TEMPLATE: memberaction_dropdown -->
					<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="{E(p.author)} is offline" border="0" />
				</div>
				<span class="usertitle">Junior Member</span>
			</div>
			<div class="nodetails">
				<dl class="userinfo_extra">
					<dt>Join Date</dt> <dd>Feb 2014</dd>
					<dt>Posts</dt> <dd>{12 + k}</dd>
				</dl>
			</div>
		</div>
	</div>
	<div class="postbody">
		<div class="postrow">
			<h2 class="posttitle icon">{re_}{E(title)}</h2>
			<div class="content">
				<div id="post_message_{p.num}">
					<blockquote class="postcontent restore ">
						{body}
					</blockquote>
				</div>
			</div>{sig}
		</div>
	</div>
	<div class="postfoot">
		<div class="textcontrols floatcontainer">
			<span class="postcontrols">
				<img style="display:none" id="progress_{p.num}" src="images/misc/progress.gif" alt="" />
				<a id="qrwq_{p.num}" class="newreply" href="newreply.php?do=newreply&amp;p={p.num}" rel="nofollow" title="Reply With Quote"><img id="quoteimg_{p.num}" src="clear.gif" alt="Reply With Quote" />  Reply With Quote</a>
			</span>
			<span class="postlinking">
				<a class="report" href="report.php?p={p.num}" rel="nofollow" title="Report Post"><img class="inlineimg" src="images/buttons/report-40b.png" alt="Report Post" /></a>
			</span>
		</div>
	</div>
	<hr />
</li>
<!-- END TEMPLATE: postbit -->
<!-- END TEMPLATE: postbit_wrapper -->
''')
    main = ('<div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image">'
            f'<img src="images/misc/vbulletin4_logo.png" alt="{E(site)} - Powered by vBulletin" /></a></div><div id="toplinks" class="toplinks">'
            '<ul class="nouser"><li><a href="register.php" rel="nofollow">Register</a></li><li><a rel="help" href="faq.php">Help</a></li></ul></div>'
            '</div><div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" '
            'href="forum.php">Forum</a><ul class="floatcontainer"><li><a href="search.php?do=getnew&amp;contenttype=vBForum_Post">New Posts</a></li>'
            '<li><a href="faq.php">FAQ</a></li><li><a href="calendar.php">Calendar</a></li></ul></li></ul></div></div>\n<div class="body_wrapper">'
            '<div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1"><img '
            'src="images/misc/navbit-home.png" alt="Home" /></a></li><li class="navbit"><a href="forum.php">Forum</a></li><li class="navbit"><a '
            f'href="forumdisplay.php?f=2">Hardware</a></li><li class="navbit lastnavbit"><span>{E(title)}</span></li></ul><hr /></div>\n'
            f'<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=77" title="Reload this Page">{E(title)}</a>'
            '</span></h1></div>\n<div id="thread_controls" class="thread_info block"><div class="pagination_top"><div class="postpagestats">Results '
            '1 to 7 of 7</div></div></div>\n<div id="postlist" class="postlist restrain">\n\t<ol id="posts" class="posts" start="1">\n'
            + ''.join(rows) + '\t</ol>\n\t<div class="separator"></div>\n\t<div class="postlistfoot"></div>\n</div>\n'
            '<div id="below_postlist" class="noinlinemod below_postlist"><div id="pagination_bottom" class="pagination_bottom"><a '
            'href="newreply.php?p=1&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_bottom"><span>+</span> Reply to Thread</a></div>'
            '</div>\n<div id="thread_info" class="thread_info block"><h4 class="threadinfohead blockhead">Similar Threads</h4><div '
            'id="similar_threads"><ol class="similar_threads"><li class="floatcontainer"><div class="titleblock"><h6><a href="showthread.php?t=78" '
            'title="A tipping bucket and a reed switch">Rain gauge calibration</a></h6><div class="starter_forum">By sanne in forum Hardware</div>'
            '</div><div class="dateblock"><span class="shade">Replies:</span> 3<div class="starter_forum"><span class="shade">Last Post:</span> '
            '09-03-2014, <span class="time">10:00 AM</span></div></div></li></ol></div></div>\n</div>\n<div id="footer" class="floatcontainer '
            'footer"><ul id="footer_links" class="footer_links"><li><a href="sendmessage.php" rel="nofollow" accesskey="9">Contact Us</a></li><li>'
            '<a href="#top">Top</a></li></ul></div>\n<div class="below_body"><div id="footer_time" class="shade footer_time">All times are GMT. The '
            'time now is <span class="time">09:00 AM</span>.</div><div id="footer_copyright" class="shade footer_copyright">Powered by <a '
            'href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 4.1.5 <br />Copyright &copy; 2014 vBulletin Solutions, '
            'Inc. All rights reserved.</div></div>')
    # the quote's "Originally Posted by NAME" is part of the post's text,
    # as the corpus's vBulletin truth (vbulletin-pocketpc) counts it
    for p in allp:
        if p.quote:
            p.quote = f"Originally Posted by {allp[0].author} {p.quote}"
    doc = page(title, site, '<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00001l/main-rollup.css?d=1393000000" />',
               '', main, '', '', '')
    return "vbulletin", doc, truth("vbulletin", "vbulletin", title, allp[1:],
                                    "vBulletin 4 postbit: li.postbit.postcontainer#post_N in ol#posts, span.date "
                                    "'MM-DD-YYYY, hh:mm AM' in div.posthead, a.username > strong in div.username_"
                                    "container, blockquote.postcontent.restore in div#post_message_N; a quote as "
                                    "div.bbcode_container with 'Originally Posted by NAME'; flat.", "post_%d",
                                    forum_post=True)


MORE = (phpbb, xenforo, vbulletin)


# ---- Halo 2 with its comment widget (halo-dev/plugin-comment-widget
# packages/comment-widget/src/: comment-list.ts (div.comment-list-main >
# div.comment-stats, div.comment-list of comment-item), comment-item.ts
# and reply-item.ts (each a base-comment-item with base-comment-item-action
# children in slot "action"; a comment's replies in its div[slot=footer] >
# comment-replies, whose div.replies__wrapper > div.replies__list holds the
# reply-items, one level; a reply to a reply names whom it answers in a
# span.item__quote-badge in slot "pre-content"), base-comment-item.ts (div.
# item > div.item-avatar, div.item-main > div.item-meta with a.item-author
# (or div.item-author) and div.item-meta-info[title=formatDate] showing
# timeAgo, which is formatDate "YYYY-MM-DD HH:mm" for another year's date,
# div.item-content, div.item-actions, slot "footer"), utils/date.ts); each
# custom element's shadow root as a saved page holds it: a declarative
# <template shadowrootmode="open"> first in the host, before the host's
# light children); the theme around it written from served Halo pages ------

def halo():
    fresh(1300)
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), lambda s, i: f"{i[:10]} {i[11:16]}")
    # Halo threads one level: a reply to a reply is a reply of the comment
    for c in cs:
        flat_r = []
        for r, _ in walk(c.replies):
            flat_r.append(r)
        for r in flat_r:
            r.answers = None
        for r in c.replies:
            for rr, _ in walk(r.replies):
                rr.answers = r.author if rr in r.replies else None
        for r in flat_r:
            r.replies = []
        c.replies = flat_r

    def sr(inner):
        return f'<template shadowrootmode="open"><style>:host{{display:block}}</style>{inner}</template>'

    def avatar(c):
        img = (f'<img src="/upload/avatars/{c.num}.png" alt="{E(c.author)}" class="avatar-image">'
               if c.url else f'<div class="avatar-placeholder">{E(c.author[0])}</div>')
        box = sr('<div class="avatar">' + img + '</div>')
        return f'<user-avatar src="" alt="{E(c.author)}">{box}</user-avatar>'

    def action(text, cls=''):
        k = f' class="{cls}"' if cls else ''
        btn = sr('<button class="item-action"><slot name="icon"></slot><span class="item-action__text">' + text + '</span></button>')
        return (f'<base-comment-item-action slot="action"{k}>{btn}'
                '<svg slot="icon" width="32" height="32" viewBox="0 0 24 24"><path d="M19.5 12.572L12 20"/></svg></base-comment-item-action>')

    def base(c, light):
        who = (f'<a class="item-author font-medium text-sm" target="_blank" href="{E(c.url)}" rel="noopener noreferrer">{E(c.author)}</a>'
               if c.url else f'<div class="item-author font-medium text-sm">{E(c.author)}</div>')
        inner = ('<div class="item flex gap-3 py-4 "><div class="item-avatar flex-none">' + avatar(c) + '</div>'
                 '<div class="item-main flex-[1_1_auto] min-w-0 w-full"><div class="item-meta flex items-center gap-3">' + who +
                 f'<div class="item-meta-info text-xs text-text-2" title="{c.shown}">{c.shown}</div></div>'
                 '<div class="item-content mt-2 markdown-body"><slot name="pre-content"></slot>' + paras(c) + '</div>'
                 '<div class="item-actions mt-2 flex items-center gap-3"><slot name="action"></slot></div><slot name="footer"></slot></div></div>')
        return f'<base-comment-item>{sr(inner)}{light}</base-comment-item>'

    def reply(c):
        badge = (f'<span slot="pre-content" class="item__quote-badge"><svg width="1em" height="1em" viewBox="0 0 24 24"><path d="M10 9V5l-7 7l7 7v-4.1"/>'
                 f'</svg><span>{E(c.answers)}</span></span><br slot="pre-content">' if getattr(c, 'answers', None) else '')
        return f'<reply-item>{sr(base(c, action("0", "item-action__upvote") + action("") + badge))}</reply-item>'

    def comment(c):
        reps = ''
        if c.replies:
            reps = ('<comment-replies>' + sr('<div class="replies__wrapper"><div class="replies__list">' + ''.join(reply(r) for r in c.replies) +
                                             '</div></div>') + '</comment-replies>')
        light = action("0", "item__action--upvote") + action(str(len(c.replies))) + f'<div slot="footer">{reps}</div>'
        return f'<comment-item>{sr(base(c, light))}</comment-item>'

    n = sum(1 for _ in walk(cs))
    clist = ('<comment-list>' + sr('<div class="comment-list-main mt-5"><div class="comment-stats font-medium my-3 text-sm text-text-1">'
                                   f'<span>{n} 条评论</span></div><div class="comment-list">' + ''.join(comment(c) for c in cs) + '</div></div>') +
             '</comment-list>')
    form = ('<comment-form>' + sr('<base-form>' + sr('<form class="form w-full flex flex-col gap-4"><div class="form__inputs"><input name="displayName" '
                                                     'placeholder="昵称"><input name="email" placeholder="电子邮件"></div><textarea placeholder="编写评论">'
                                                     '</textarea><button type="submit">提交评论</button></form>') + '</base-form>') + '</comment-form>')
    widget = ('<div class="comment-section"><h2 class="section-title">评论</h2><comment-widget group="content.halo.run" kind="Post" name="weather-station" '
              'version="v1alpha1" with-replies="true">' + sr('<div class="comment-widget">' + form + clist + '</div>') + '</comment-widget></div>')
    post = ('<header class="site-header"><nav class="nav"><a class="logo" href="/">' + E(site) + '</a><ul class="menu"><li><a href="/archives">归档</a></li>'
            '<li><a href="/categories">分类</a></li><li><a href="/about">关于</a></li></ul></nav></header>\n<main class="container"><article class="post">'
            f'<h1 class="post-title">{E(title)}</h1><div class="post-meta"><span class="post-author">Tobias Renner</span> <time datetime="2014-03-03T20:00:00Z">'
            '2014-03-03</time></div><div class="post-content markdown-body">' + ''.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '</div></article>\n' + widget + '</main>')
    footer = ('<footer class="site-footer"><p>&copy; 2014 ' + E(site) + ' · Powered by <a href="https://www.halo.run" target="_blank">Halo</a></p></footer>')
    doc = page(title, site, '<script src="/plugins/PluginCommentWidget/assets/static/comment-widget.iife.js"></script>', '', post, '', '', footer)
    return "halo", doc, truth("halo", "halo", title, cs,
                               "Halo 2's comment widget as a saved page holds it: each custom element's shadow root in a "
                               "declarative template shadowrootmode; base-comment-item with a.item-author or div.item-author, "
                               "div.item-meta-info the date 'YYYY-MM-DD HH:mm', div.item-content; replies one level, in the "
                               "comment's comment-replies.", None)


# ---- Kunena 5 for Joomla, Crypsis (Kunena/Kunena-Forum: the template's
# topic layout "row-fluid message" (Layout.Topic, avatars left: div.span2
# with the User/Profile side box, div.span10.message-published with the
# Message/Item layout) and Message/Item's default.php: small.text-muted.
# pull-right with the date (KunenaDate toSpan: span.kdate, the hover format
# 'd M Y H:i' in its title over the "ago" text) and the "#N" link, div.
# badger-left.badger-info > div.kmessage > div.mykmsg-header "NAME replied
# the topic: SUBJECT", div.kmsg the text, div.ksig; the profile box and the
# action buttons written from served pages; the quote as a bare blockquote
# (Kunena's quote layout was not read)); read in saved copies of the
# templates in public repositories ---------------------------------------

def kunena():
    fresh(1400)
    site, title = "Makers Forum", "Balcony weather station"

    def kd(s, i):
        d = iso_days(i)
        return f"{d.day:02d} {d.strftime('%b')} {d.year} {i[11:16]}"
    allp = forum_posts(["holloway", "renner", "maggie", "ines", "dave_k", "sanne"], kd)
    ago = ["12 years 8 months ago"] * len(allp)
    rows = []
    for k, p in enumerate(allp):
        body = E(p.paras[0])
        if p.quote:
            body += f'<blockquote>{E(p.quote)}</blockquote>'
        body += ''.join('<br><br>' + E(x) for x in p.paras[1:])
        uid = 50 + k
        head = (f'{E(p.author)} created the topic: {E(title)}' if k == 0 else f'{E(p.author)} replied the topic: Re: {E(title)}')
        sig = ('\n\t\t\t\t<div class="ksig">\n\t\t\t\t\t<hr>\n\t\t\t\t\t<span class="ksignature">Weather is what you get.</span>\n\t\t\t\t</div>'
               if p.author == "sanne" else '')
        rows.append(f'''	<div class="row-fluid message">
		<div class="span2 hidden-phone">
			<ul class="unstyled center profilebox">
				<li>
					<strong><a class="kwho-user hasTooltip" href="/forum/user/{uid}-{E(p.author)}" title="View {E(p.author)}'s Profile" >{E(p.author)}</a></strong>
				</li>
				<li>
					<a class="kwho-user hasTooltip" href="/forum/user/{uid}-{E(p.author)}" title="View {E(p.author)}'s Profile" ><img class="img-rounded" src="/media/kunena/avatars/resized/size144/blue_eagle5/s_nophoto.png" width="144" height="144" alt="{E(p.author)}'s Avatar" /></a>
					<span class="hidden-phone">
						<span class="label label-default ">Offline</span>
					</span>
				</li>
				<li>
					<span class="ranksusergroups">Junior Boarder</span>
				</li>
				<li><img src="/media/kunena/ranks/rank1.gif" alt="Junior Boarder" /></li>
				<li>Posts: {12 + k}</li>
			</ul>
		</div>
		<div class="span10 message-published">
<small class="text-muted pull-right">
	<span class="icon icon-clock"></span>
	<span class="kdate " title="{p.shown}">{ago[k]}</span>
	<a href="#{p.num}" id="{p.num}" rel="canonical">#{k + 1}</a>
	<span class="visible-phone">by <a class="kwho-user hasTooltip" href="/forum/user/{uid}-{E(p.author)}" title="View {E(p.author)}'s Profile" >{E(p.author)}</a></span>
</small>

<div class="badger-left badger-info">
	<div class="kmessage">
		<div class="mykmsg-header">
            {head}
        </div>

		<div class="kmsg">
			{body}
		</div>{sig}
	</div>
</div>
<div class="kmessagepadding">
	<div class="btn-toolbar btn-marging kmessagepadding">
		<div class="btn-group">
			<a class="btn btn-small " href="/forum/hardware/77-balcony-weather-station/reply/{p.num}?quote=1" rel="nofollow"><span class="icon icon-quote"></span> Quote</a>
		</div>
		<div class="btn-group">
			<a class="btn btn-small " href="/forum/hardware/77-balcony-weather-station/thankyou/{p.num}" rel="nofollow"><span class="icon icon-thumbs-up"></span> Thank you</a>
		</div>
	</div>
</div>
		</div>
	</div>
''')
    main = ('<header class="header"><div class="container"><a class="brand pull-left" href="/"><span class="site-title" title="' + E(site) + '">' + E(site) +
            '</span></a><nav class="navigation" role="navigation"><ul class="nav menu nav-pills"><li class="item-101"><a href="/">Home</a></li><li '
            'class="item-102 current active"><a href="/forum">Forum</a></li></ul></nav></div></header>\n<div class="body"><div class="container"><main '
            'id="content" role="main"><div id="kunena" class="layout "><div class="navbar"><div class="navbar-inner"><ul class="nav pull-left"><li '
            'class="item-103"><a href="/forum/recent">Recent Topics</a></li><li class="item-104"><a href="/forum/search">Search</a></li></ul></div></div>\n'
            '<div class="pull-left"><ul class="breadcrumb"><li class="active"><span class="divider"><span class="icon icon-home"></span></span><a href="/forum" '
            'rel="nofollow">Forum</a></li><li><span class="divider">/</span><a href="/forum/hardware" rel="nofollow">Hardware</a></li><li><span class="divider">/'
            f'</span><a href="/forum/hardware/77-balcony-weather-station" rel="nofollow">{E(title)}</a></li></ul></div>\n<div class="clearfix"></div>\n'
            f'<h1 class="pull-left">\n\t<span class="icon-topic icon-normal"></span>\n\t{E(title)}\n</h1>\n<div class="clearfix"></div>\n'
            '<div class="pull-left"><div class="pagination hidden-phone"><ul><li class="active"><a>1</a></li></ul></div></div>\n<div class="clearfix"></div>\n\n'
            + ''.join(rows) +
            '\n<div class="pull-right"><div class="pagination hidden-phone"><ul><li class="active"><a>1</a></li></ul></div></div>\n<div class="clearfix"></div>\n'
            '<div class="pull-right"><form action="/forum" id="jumpto" name="jumpto" method="post" target="_self"><input type="hidden" name="view" value="category" />'
            '<select name="catid" id="catid" class="inputbox fbs" size="1" onchange = "this.form.submit()"><option value="0">Board Categories</option></select>'
            '</form></div>\n<div class="pull-right small">Time to create page: 0.210 seconds</div>\n</div></main></div></div>\n'
            '<footer class="footer" role="contentinfo"><div class="container"><p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p><p>&copy; 2014 '
            + E(site) + '</p><div style="text-align:center;"><a href="/forum/credits" style="display: inline; visibility: visible; text-decoration: none;" '
            'target="_blank" rel="follow">Powered by</a> <a href="https://www.kunena.org" target="_blank" rel="follow">Kunena Forum</a></div></div></footer>')
    doc = page(title, site, '<link href="/components/com_kunena/template/crypsis/assets/css/kunena.css" rel="stylesheet" />', '', main, '', '', '')
    return "kunena", doc, truth("kunena", "kunena", title, allp[1:],
                                 "Kunena 5 Crypsis: div.row-fluid.message with the profile box (a.kwho-user) in div.span2 "
                                 "and the message in div.span10 (span.kdate with the date in its title, div.mykmsg-header "
                                 "'NAME replied the topic: SUBJECT', div.kmsg the text); flat.", "%d", forum_post=True)


MORE = MORE + (halo, kunena)


# ---- Mastodon, a toot's thread as the web app draws it and a browser
# saves it (mastodon/mastodon app/javascript/mastodon/components/
# status.jsx: div.status__wrapper.status__wrapper-public(-reply) >
# div.status[data-id] (status-reply, status--in-thread, a div.status__line
# joining a reply to the toot above it) > div.status__info (a.status__
# relative-time > time[datetime][title], a.status__display-name with div.
# status__avatar and DisplayName's span.display-name > bdi > strong.
# display-name__html + span.display-name__account), StatusContent's div.
# status__content > div.status__content__text, div.status__action-bar;
# the thread column's div.detailed-status__wrapper holds the toot itself,
# the replies after it, flat, in the order the thread has them) ------------

def mastodon():
    fresh(1500)
    site, title = "mastodon.example", "A weather station on the balcony"
    import datetime
    cs = flat(dated(thread_a(), lambda s, i: datetime.datetime(int(i[:4]), int(i[5:7]), int(i[8:10])).strftime('%b %-d, %Y')))
    acct = {"Margaret Holloway": "holloway", "Tobias Renner": "tobias", "Ines Kowalczyk": "ines@social.example",
            "dave_k": "dave_k@mastodon.example.net", "Sanne de Vries": "sanne@nl.example"}

    def content(c):
        first = ('<p><span class="h-card" translate="no"><a href="/@tobias" class="u-url mention">@<span>tobias</span></a></span> '
                 + E(c.paras[0]) + '</p>')
        return first + ''.join(f'<p>{E(x)}</p>' for x in ([c.quote] if c.quote else []) + c.paras[1:])

    def bar(n):
        return ('<div class="status__action-bar"><button type="button" aria-label="Reply" title="Reply" class="status__action-bar__button '
                'icon-button icon-button--with-counter"><svg class="icon icon-reply" viewBox="0 -960 960 960" aria-hidden="true"><path d="M760-200v-160"/>'
                f'</svg><span class="icon-button__counter"><span class="animated-number"><span>{n}</span></span></span></button><button type="button" '
                'aria-label="Boost" title="Boost" class="status__action-bar__button icon-button"><svg class="icon icon-retweet" viewBox="0 -960 960 960" '
                'aria-hidden="true"><path d="M280-80"/></svg></button><button type="button" aria-label="Favorite" title="Favorite" class="status__action-bar__'
                'button star-icon icon-button"><svg class="icon icon-star" viewBox="0 -960 960 960" aria-hidden="true"><path d="m354-287"/></svg></button>'
                '<div class="status__action-bar__dropdown"><button type="button" aria-label="More" title="More" class="icon-button"><svg class="icon '
                'icon-ellipsis-h" viewBox="0 -960 960 960" aria-hidden="true"><path d="M240-400"/></svg></button></div></div>')

    def toot(c, k, first):
        a = acct[c.author]
        iso = c.iso.replace('Z', '.000Z')
        title_t = datetime.datetime.strptime(c.iso, '%Y-%m-%dT%H:%M:%SZ').strftime('%b %d, %Y, %I:%M %p')
        line = '' if first else '<div class="status__line status__line--full"></div>'
        return (f'<div class="status__wrapper status__wrapper-public status__wrapper-reply focusable" tabindex="0" aria-label="{E(c.author)}, '
                f'{E(c.paras[0][:40])}, {c.shown}, {E(a)}" data-nosnippet="true"><div class="status status-public status-reply status--in-thread'
                f'{" status--first-in-thread" if first else ""}" data-id="{111000000000000 + c.num}">{line}<div class="status__info"><a class="status__relative-time" '
                f'href="/@{E(a)}/{111000000000000 + c.num}"><span class="status__visibility-icon"><svg class="icon icon-globe" viewBox="0 -960 960 960" '
                f'aria-hidden="true"><path d="M480-80"/></svg></span><time datetime="{iso}" title="{title_t}">{c.shown}</time></a><a title="{E(a)}" '
                f'data-hover-card-account="{c.num}" class="status__display-name" href="/@{E(a)}"><div class="status__avatar"><div class="account__avatar" '
                f'style="width: 46px; height: 46px;"><img src="/avatars/original/missing.png" alt=""></div></div><span class="display-name"><bdi><strong '
                f'class="display-name__html">{E(c.author)}</strong></bdi> <span class="display-name__account">@{E(a)}</span></span></a></div>'
                '<div class="status__content status__content--with-action" tabindex="0"><div class="status__content__text status__content__text--'
                f'visible translate" lang="en">{content(c)}</div></div>{bar(k)}</div></div>')
    replies = ''.join(toot(c, 1 if i < 2 else 0, i == 0) for i, c in enumerate(cs))
    for c in cs:    # each reply's text begins with its mention of @tobias
        c.paras = ['@tobias ' + c.paras[0]] + c.paras[1:]
    post = ('<div class="detailed-status__wrapper detailed-status__wrapper-public focusable" tabindex="0" aria-label="Tobias Renner"><div class="detailed-status '
            'detailed-status-public" data-status-by="@tobias"><a class="detailed-status__display-name" href="/@tobias"><div class="detailed-status__display-avatar">'
            '<div class="account__avatar" style="width: 46px; height: 46px;"><img src="/avatars/original/missing.png" alt=""></div></div><span class="display-name">'
            '<bdi><strong class="display-name__html">Tobias Renner</strong></bdi> <span class="display-name__account">@tobias</span></span></a><div '
            'class="status__content"><div class="status__content__text status__content__text--visible translate" lang="en">' +
            ''.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '</div></div><div class="detailed-status__meta"><div class="detailed-status__meta__line">'
            '<a class="detailed-status__datetime" href="/@tobias/111000000000001" target="_blank" rel="noopener noreferrer"><time datetime="2014-03-03T20:00:00.000Z" '
            'title="Mar 03, 2014, 08:00 PM">Mar 3, 2014, 20:00</time></a></div></div></div><div class="detailed-status__action-bar">' + bar(3) + '</div></div>')
    main = ('<div class="app-holder" id="mastodon"><div class="ui"><div class="columns-area__panels"><div class="columns-area__panels__pane columns-area__panels__'
            'pane--compositional"><div class="columns-area__panels__pane__inner"><div class="compose-panel"><div class="search"><input class="search__input" '
            'type="text" placeholder="Search" aria-label="Search" value=""></div><div class="sign-in-banner"><p>Login to follow profiles or hashtags, favorite, '
            'share and reply to posts.</p><a href="/auth/sign_in" class="button button--block">Login</a></div></div></div></div><div class="columns-area__panels__'
            'main"><div class="columns-area columns-area--mobile"><div role="region" aria-label="Post" class="column"><div class="column-header__wrapper"><h1 '
            'class="column-header"><button type="button" class="column-header__title"><svg class="icon icon-chat-bubble column-header__icon" viewBox="0 -960 960 '
            '960" aria-hidden="true"><path d="M240-400"/></svg>Post</button></h1></div><div class="scrollable item-list" tabindex="-1"><div '
            'class="item-list">' + post + replies + '</div></div></div></div></div><div class="columns-area__panels__pane columns-area__panels__pane--start '
            'columns-area__panels__pane--navigational"><div class="columns-area__panels__pane__inner"><div class="navigation-panel"><div class="navigation-panel'
            '__logo"><a class="column-link column-link--logo" href="/"><svg viewBox="0 0 261 66" class="logo logo--wordmark" role="img"><title>Mastodon</title>'
            '</svg></a></div><a class="column-link column-link--transparent" href="/explore"><span>Explore</span></a><a class="column-link column-link--transparent" '
            'href="/public/local"><span>Live feeds</span></a><div class="navigation-panel__legal"><a class="column-link column-link--transparent" href="/about">'
            '<span>About</span></a></div></div></div></div></div></div></div>')
    doc = page(title, site, '<link rel="stylesheet" crossorigin="anonymous" href="/packs/css/common-5e2e1f3a.css">', '', main, '', '', '')
    return "mastodon", doc, truth("mastodon", "mastodon", title, cs,
                                   "Mastodon's web app, a toot's thread as drawn and saved: div.status__wrapper > "
                                   "div.status with div.status__info (time, strong.display-name__html) and div."
                                   "status__content__text; the replies flat after the detailed-status (the toot).", None)


MORE = MORE + (mastodon,)


# ---- Blogger's classic layout (the Blog1 widget's comments of Minima
# and the other pre-2011 layouts, as a blogspot.com page saved in a public
# repository serves them, and the layout template's includable that draws
# them, read in template XML stored in public repositories: div.comments#
# comments > h4 "N comments:", dl#comments-block of dt.comment-author#cID
# (a[name], the name or its profile link, "said..."), dd.comment-body > p
# with <BR/> between paragraphs, dd.comment-footer > span.comment-timestamp
# > a[title="comment permalink"] with the date and span.item-control; no
# threading: every comment flat) ----------------------------------------

def bloggerclassic():
    fresh(1600)
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = flat(dated(thread_a(), lambda s, i: s.replace(' 2014 ', ' 2014 at ')))
    rows = []
    for c in cs:
        cid = f"c{7000000000000000000 + c.num * 7919}"
        who = (f"<a href='{E(c.url)}' rel='nofollow'>{E(c.author)}</a>" if c.url else E(c.author))
        ps = [c.paras[0]] + ([c.quote] if c.quote else []) + c.paras[1:]
        text = '<BR/><BR/>'.join(E(x) for x in ps)
        rows.append(f"""<dt class='comment-author ' id='{cid}'>
<a name='{cid}'></a>
{who}
said...
</dt>
<dd class='comment-body'>
<p>{text}</p>
</dd>
<dd class='comment-footer'>
<span class='comment-timestamp'>
<a href='http://balconynotes.blogspot.com/2014/03/weather-station.html?showComment={1393924320000 + c.num}#{cid}' title='comment permalink'>
{c.shown}
</a>
<span class='item-control blog-admin pid-{c.num * 31}'>
<a class='comment-delete' href='https://www.blogger.com/delete-comment.g?blogID=8640596986273216089&amp;postID={c.num}' title='Delete Comment'>
<img src='//www.blogger.com/img/icon_delete13.gif'/>
</a>
</span>
</span>
</dd>
""")
    post = ("<div id='outer-wrapper'><div id='wrap2'>\n<div id='header-wrapper'><div class='header section' id='header'><div class='widget Header' "
            f"id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='http://balconynotes.blogspot.com/'>{E(site)}</a></h1>"
            "</div><div class='descriptionwrapper'><p class='description'><span>Notes from a small workshop</span></p></div></div></div></div></div>\n"
            "<div id='content-wrapper'><div id='main-wrapper'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>\n"
            "<h2 class='date-header'><span>Monday, March 3, 2014</span></h2>\n<div class='date-outer'><div class='date-posts'><div class='post-outer'>"
            "<div class='post hentry'><a name='4410223617421051386'></a>\n"
            f"<h3 class='post-title entry-title'>{E(title)}</h3>\n<div class='post-header'><div class='post-header-line-1'></div></div>\n"
            "<div class='post-body entry-content'>\n" + '<br /><br />'.join(E(p) for p in POST_PARAS) + "\n<div style='clear: both;'></div>\n</div>\n"
            "<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn'>Tobias "
            "Renner</span></span> <span class='post-timestamp'>at <a class='timestamp-link' href='http://balconynotes.blogspot.com/2014/03/weather-station.html' "
            "rel='bookmark' title='permanent link'><abbr class='published' title='2014-03-03T20:00:00+01:00'>8:00 PM</abbr></a></span> <span class='post-comment-link'>"
            "</span></div><div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='http://balconynotes.blogspot.com/search/label/"
            "electronics' rel='tag'>electronics</a></span></div></div>\n</div>\n"
            "<div class='comments' id='comments'>\n<a name='comments'></a>\n<h4>\n8\ncomments:\n        \n</h4>\n<dl id='comments-block'>\n" + ''.join(rows) +
            "</dl>\n<p class='comment-footer'>\n<a href='https://www.blogger.com/comment.g?blogID=8640596986273216089&amp;postID=4410223617421051386' "
            "onclick=''>Post a Comment</a>\n</p>\n<div id='backlinks-container'><div id='Blog1_backlinks-container'></div></div>\n</div>\n"
            "</div></div></div></div>\n<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' "
            "href='http://balconynotes.blogspot.com/2014/03/rain-gauge.html' title='Newer Post'>Newer Post</a></span><a class='home-link' "
            "href='http://balconynotes.blogspot.com/'>Home</a></div>\n<div class='clear'></div>\n<div class='post-feeds'><div class='feed-links'>"
            "Subscribe to: <a class='feed-link' href='http://balconynotes.blogspot.com/feeds/4410223617421051386/comments/default' target='_blank' "
            "type='application/atom+xml'>Post Comments (Atom)</a></div></div>\n</div></div></div>\n")
    side = ("<div id='sidebar-wrapper'><div class='sidebar section' id='sidebar'><div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2>"
            "<div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' "
            "href='http://balconynotes.blogspot.com/2014/'>2014</a> <span class='post-count' dir='ltr'>(3)</span></li></ul></div></div></div>"
            "<div class='widget Profile' id='Profile1'><h2>About Me</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'>"
            "<a class='profile-name-link g-profile' href='https://www.blogger.com/profile/17700414222186772120' rel='author'>Tobias Renner</a></dt>"
            "</dl><a class='profile-link' href='https://www.blogger.com/profile/17700414222186772120' rel='author'>View my complete profile</a></div></div>"
            "</div></div>\n<div style='clear: both;'></div>\n</div>")
    footer = ("<div id='footer-wrapper'><div class='footer section' id='footer'><div class='widget Attribution' id='Attribution1'><div class='widget-content' "
              "style='text-align: center;'>Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></div></div>")
    doc = page(title, site, "<link href='https://www.blogger.com/static/v1/widgets/widget_css_2_bundle.css' rel='stylesheet' type='text/css'/>",
               '', post, '', side, footer)
    return "bloggerclassic", doc, truth("bloggerclassic", "blogger", title, cs,
                                         "Blogger's classic layouts: dl#comments-block, dt.comment-author 'NAME said...', "
                                         "dd.comment-body, dd.comment-footer > span.comment-timestamp > a; flat.", None)


MORE = MORE + (bloggerclassic,)


# ---- Drupal 7, Bartik (drupal/drupal 7.x themes/bartik/templates/
# comment.tpl.php, with the RDFa core adds: div.comment.clearfix[typeof=
# "sioc:Post sioct:Comment"] after its <a id="comment-N">, div.attribution
# (the user picture, div.submitted: p.commenter-name with span.username or
# a.username, p.comment-time with span[property="dc:date dc:created"]
# [content=ISO] "D, m/d/Y - H:i", the permalink), div.comment-text (div.
# comment-arrow, h3 > a.permalink the subject, div.content with the hidden
# sioc:reply_of span and the comment_body field, ul.links.inline); replies
# in div.indented after the parent; comment-wrapper.tpl.php's div#comments.
# comment-wrapper with h2.title) -------------------------------------------

def drupal7():
    fresh(1700)
    site, title = "Balcony Notes", "A weather station on the balcony"
    import datetime

    def dd(s, i):
        d = datetime.datetime.strptime(i, '%Y-%m-%dT%H:%M:%SZ')
        return d.strftime('%a, %m/%d/%Y - %H:%M')
    cs = dated(thread_a(), dd)

    def one(c, first, nth):
        cls = 'comment comment-by-anonymous' + (' first' if first else '') + (' odd' if nth % 2 == 0 else ' even')
        who = (f'<a href="{E(c.url)}" rel="nofollow" class="username">{E(c.author)}</a>' if c.url else
               f'<span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">{E(c.author)}</span>')
        iso = c.iso.replace('Z', '+00:00')
        subj = E(c.paras[0][:28].rsplit(' ', 1)[0])
        out = (f'<a id="comment-{c.num}"></a>\n<div class="{cls} clearfix" about="/comment/{c.num}#comment-{c.num}" typeof="sioc:Post sioct:Comment">\n\n'
               '  <div class="attribution">\n\n    \n    <div class="submitted">\n      <p class="commenter-name">\n        '
               f'<span rel="sioc:has_creator">{who}</span>      </p>\n      <p class="comment-time">\n        <span property="dc:date dc:created" '
               f'content="{iso}" datatype="xsd:dateTime">{c.shown}</span>      </p>\n      <p class="comment-permalink">\n        <a href="/comment/{c.num}#'
               f'comment-{c.num}" class="permalink" rel="bookmark">Permalink</a>      </p>\n    </div>\n  </div>\n\n  <div class="comment-text">\n'
               '    <div class="comment-arrow"></div>\n\n    \n        <h3 property="dc:title" datatype=""><a href="/comment/'
               f'{c.num}#comment-{c.num}" class="permalink" rel="bookmark">{subj}</a></h3>\n    \n    <div class="content">\n      <span rel="sioc:reply_of" '
               'resource="/node/42" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long '
               'field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">' + paras(c) + '</div></div></div>'
               '          </div> <!-- /.content -->\n\n    <ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/42/'
               f'{c.num}">reply</a></li>\n</ul>  </div> <!-- /.comment-text -->\n</div>\n')
        if c.replies:
            out += '<div class="indented">' + ''.join(one(r, k == 0, k) for k, r in enumerate(c.replies)) + '</div>'
        return out
    comments = ('<div id="comments" class="comment-wrapper">\n          <h2 class="title">Comments</h2>\n      \n  ' +
                ''.join(one(c, k == 0, k) for k, c in enumerate(cs)) +
                '\n      <h2 class="title comment-form">Add new comment</h2>\n    <form class="comment-form" action="/comment/reply/42" method="post" '
                'id="comment-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">Your name '
                '</label><input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div><div class="form-item '
                'form-type-textarea form-item-comment-body-und-0-value"><label for="edit-comment-body-und-0-value">Comment <span class="form-required" '
                'title="This field is required.">*</span></label><textarea class="text-full form-textarea required" id="edit-comment-body-und-0-value" '
                'name="comment_body[und][0][value]" cols="60" rows="5"></textarea></div><div class="form-actions form-wrapper" id="edit-actions"><input '
                'type="submit" id="edit-submit" name="op" value="Save" class="form-submit" /></div></div></form>  </div>')
    post = ('<div id="page-wrapper"><div id="page">\n<div id="header" class="without-secondary-menu"><div class="section clearfix">\n<div id="name-and-slogan">'
            f'<div id="site-name"><strong><a href="/" title="Home" rel="home"><span>{E(site)}</span></a></strong></div><div id="site-slogan">Notes from a small '
            'workshop</div></div>\n<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links '
            'clearfix"><li class="menu-218 first last active"><a href="/" class="active">Home</a></li></ul></div>\n</div></div>\n<div id="main-wrapper" '
            'class="clearfix"><div id="main" class="clearfix">\n<div id="content" class="column"><div class="section">\n<a id="main-content"></a>\n'
            f'<h1 class="title" id="page-title">{E(title)}</h1>\n<div class="region region-content"><div id="block-system-main" class="block block-system">'
            '<div class="content"><div id="node-42" class="node node-article node-promoted node-full clearfix" about="/node/42" typeof="sioc:Item foaf:'
            'Document">\n<span property="dc:title" content="' + E(title) + '" class="rdf-meta element-hidden"></span>\n<div class="meta submitted">\n'
            '<span property="dc:date dc:created" content="2014-03-03T20:00:00+00:00" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span '
            'class="username" xml:lang="" about="/user/1" typeof="sioc:UserAccount" property="foaf:name" datatype="">Tobias Renner</span> on Mon, '
            '03/03/2014 - 20:00</span>    </div>\n<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary '
            'field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">' +
            ''.join(f'<p>{E(p)}</p>' for p in POST_PARAS) + '</div></div></div></div>\n<div class="link-wrapper"><ul class="links inline"><li '
            'class="comment-add first last active"><a href="/node/42#comment-form" title="Share your thoughts and opinions related to this posting." '
            'class="active">Add new comment</a></li></ul></div>\n')
    side = ('</div></div></div></div>\n</div></div>\n<div id="sidebar-first" class="column sidebar"><div class="section"><div class="region region-'
            'sidebar-first"><div id="block-comment-recent" class="block block-comment"><h2>Recent comments</h2><div class="content"><div class="item-list">'
            '<ul><li class="first last"><a href="/comment/77#comment-77">Solder fumes</a> <span>12 years 8 months ago</span></li></ul></div></div></div>'
            '</div></div></div>\n</div></div>')
    footer = ('<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-system-'
              'powered-by" class="block block-system"><div class="content"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div>'
              '</div></div></div></div></div></div></div>')
    doc = page(title, site, '<link type="text/css" rel="stylesheet" href="/themes/bartik/css/style.css" media="all" />', '', post, comments, side, footer)
    return "drupal7", doc, truth("drupal7", "drupal", title, cs,
                                  "Drupal 7 Bartik: div.comment[typeof~=sioct:Comment] after a#comment-N, p.commenter-"
                                  "name, p.comment-time with the RDFa date, div.comment-text > div.content; replies in "
                                  "div.indented after the parent.", "comment-%d")


# ---- Joomla with K2 (getk2/k2 components/com_k2/templates/default/
# item.php, its own comments: div.itemComments > h3.itemCommentsCounter,
# ul.itemCommentsList of li.even|odd (authorResponse for the item's author):
# span.commentLink > a#commentN "Comment Link", the avatar img, span.
# commentDate in K2_DATE_FORMAT_LC2 ("l, d F Y H:i"), span.commentAuthorName
# "Posted by" NAME (a link when the commenter gave a site), the text in a
# bare <p>, span.commentToolbar; flat; the item view's div#k2Container.
# itemView around the article) ---------------------------------------------

def k2():
    fresh(1800)
    site, title = "Balcony Notes", "A weather station on the balcony"
    import datetime

    def kd(s, i):
        d = datetime.datetime.strptime(i, '%Y-%m-%dT%H:%M:%SZ')
        return d.strftime('%A, %d %B %Y %H:%M')
    cs = flat(dated(thread_a(), kd))
    rows = []
    for k, c in enumerate(cs):
        who = (f'<a href="{E(c.url)}" title="{E(c.author)}" target="_blank" rel="nofollow">{E(c.author)}</a>' if c.url else E(c.author))
        resp = ' authorResponse' if c.author == "Tobias Renner" else ''
        ps = [c.paras[0]] + ([c.quote] if c.quote else []) + c.paras[1:]
        rows.append(f'''			<li class="{'odd' if k % 2 else 'even'}{resp}">
				<span class="commentLink">
					<a href="/blog/item/42-weather-station#comment{c.num}" name="comment{c.num}" id="comment{c.num}">
						Comment Link					</a>
				</span>

				<img src="https://secure.gravatar.com/avatar/{c.num}?s=48&amp;default=mm" alt="{E(c.author)}" width="48" />

				<span class="commentDate">{c.shown}</span>

				<span class="commentAuthorName">
					Posted by					{who}
				</span>

				<p>{'<br />'.join(E(x) for x in ps)}</p>

				<span class="commentToolbar">
					<a data-k2-modal="iframe" href="/blog/item/42-weather-station?task=report&amp;commentID={c.num}">Report</a>
				</span>

				<div class="clr"></div>
			</li>
''')
    post = ('<header class="header"><div class="container"><a class="brand" href="/"><span class="site-title">' + E(site) + '</span></a>'
            '<ul class="nav menu"><li class="item-101 current active"><a href="/">Home</a></li><li class="item-102"><a href="/blog">Blog</a></li></ul></div>'
            '</header>\n<div class="container"><main id="content" role="main">\n<span id="startOfPageId42"></span>\n<div id="k2Container" class="itemView">\n'
            '\t<div class="itemHeader">\n\t\t<span class="itemDateCreated">Monday, 03 March 2014 20:00</span>\n\t\t<h2 class="itemTitle">\n\t\t\t' + E(title) +
            '\n\t\t</h2>\n\t\t<span class="itemAuthor">Written by&nbsp;<a rel="author" href="/blog/itemlist/user/42-tobiasrenner">Tobias Renner</a></span>\n'
            '\t</div>\n\t<div class="itemBody">\n\t\t<div class="itemFullText">\n' + ''.join(f'<p>{E(p)}</p>' for p in POST_PARAS) +
            '\t\t</div>\n\t\t<div class="clr"></div>\n\t</div>\n\t<div class="itemLinks"><div class="itemCategory"><span>Published in</span> <a href="/blog/'
            'itemlist/category/2-electronics">Electronics</a></div></div>\n\t<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>\n\t<div class="itemComments">\n'
            f'\t\t<h3 class="itemCommentsCounter">\n\t\t\t<span>{len(cs)}</span> comments\t\t</h3>\n\n\t\t<ul class="itemCommentsList">\n' + ''.join(rows) +
            '\t\t</ul>\n\n\t\t<div class="itemCommentsPagination">\n\t\t\t\t\t\t<div class="clr"></div>\n\t\t</div>\n\t\t<div class="itemCommentsForm">\n'
            '\t\t\t<h3>Leave a comment</h3>\n<p class="itemCommentsFormNotes">Make sure you enter all the required information, indicated by an asterisk (*). '
            'HTML code is not allowed.</p>\n<form action="/index.php" method="post" id="comment-form" class="form-validate"><label class="formComment" '
            'for="commentText">Message *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea><label '
            'class="formName" for="userName">Name *</label><input class="inputbox" type="text" name="userName" id="userName" value="" /><input type="submit" '
            'class="button" id="submitCommentButton" value="Submit comment" /></form>\n\t\t</div>\n\t</div>\n\t<div class="itemBackToTop"><a class="k2Anchor" '
            'href="/blog/item/42-weather-station#startOfPageId42">back to top</a></div>\n\t<div class="clr"></div>\n</div>\n</main></div>')
    side = ('<aside class="sidebar"><div class="moduletable"><h3>Latest comments</h3><ul class="k2LatestCommentsBlock"><li><a class="lcAvatar" href="/blog/'
            'item/41-solder-fumes#comment77"><img src="/images/avatar.png" alt="Margaret Holloway" /></a><a href="/blog/item/41-solder-fumes#comment77"><span '
            'class="lcComment">Good extraction helps a lot</span></a><span class="lcUsername">Written by Margaret Holloway</span></li></ul></div></aside>')
    footer = '<footer class="footer"><div class="container"><p>&copy; 2014 ' + E(site) + '</p></div></footer>'
    doc = page(title, site, '<link href="/components/com_k2/css/k2.css?v=2.10.3" rel="stylesheet" />', '', post, '', side, footer)
    return "k2", doc, truth("k2", "k2", title, cs,
                             "Joomla with K2: ul.itemCommentsList of li.even/odd, span.commentDate 'l, d F Y H:i', "
                             "span.commentAuthorName 'Posted by NAME', the text in a bare p; flat.", "comment%d")


MORE = MORE + (drupal7, k2)


# ---- Weebly's blog comments as served, written from the served markup as
# an iOS app that reads Weebly blogs walks it (stored in a public
# repository; no template file, the service is not public): div#
# commentArea, flat div.blogCommentWrap.blogCommentLevelN (the depth as N,
# here from 0: an assumption, the app only reads the number), div.
# blogCommentHeadingInner > div.blogCommentAuthor (a.name when the
# commenter gave a site) and div.blogCommentDate, div.blogCommentText,
# span.blog-button.reply-comment with the comment_id in its onclick) ------

def weebly():
    fresh(1900)
    site, title = "Balcony Notes", "A weather station on the balcony"

    def wd(s, i):
        h = int(i[11:13])
        return f"{int(i[5:7])}/{int(i[8:10])}/{i[:4]} {h % 12 or 12:02d}:{i[14:16]}:00 {'am' if h < 12 else 'pm'}"
    cs = dated(thread_a(), wd)
    rows = []
    for c, depth in walk(cs):
        who = (f'<a class="name" href="{E(c.url)}" target="_blank" rel="nofollow">{E(c.author)}</a>' if c.url else E(c.author))
        ps = [c.paras[0]] + ([c.quote] if c.quote else []) + c.paras[1:]
        rows.append(f'''<div id="{c.num}" class="blogCommentWrap blogCommentLevel{depth - 1}">
<div class="blogComment">
<div class="blogCommentHeading"><div class="blogCommentHeadingInner">
<div class="blogCommentAuthor">{who}</div>
<div class="blogCommentDate">{c.shown}</div>
</div></div>
<div class="blogCommentText"><div>{'<br /><br />'.join(E(x) for x in ps)}</div></div>
<div class="blogCommentReply"><span class="blog-button reply-comment" onclick="blog.replyToComment('{c.num}', 'comment_id={c.num}')"><span class="blog-button-inner">Reply</span></span></div>
</div>
</div>
''')
    post = ('<div class="wsite-header"><div class="container"><span class="wsite-logo"><a href="/"><span id="wsite-title">' + E(site) + '</span></a></span>'
            '<div class="nav"><ul class="wsite-menu-default"><li id="active" class="wsite-menu-item-wrap"><a href="/" class="wsite-menu-item">Blog</a></li>'
            '<li class="wsite-menu-item-wrap"><a href="/about.html" class="wsite-menu-item">About</a></li></ul></div></div></div>\n<div id="wsite-content" '
            'class="wsite-elements wsite-not-footer"><div id="blogTable" class="blog-table"><div class="blog-body"><div id="blog-post-42" class="blog-post">'
            f'<div class="blog-header"><h2 class="blog-title"><a class="blog-title-link blog-link" href="/blog/weather-station">{E(title)}</a></h2><p '
            'class="blog-date"><span class="date-text">3/3/2014</span> <span class="blog-separator">|</span> <span class="blog-comments"><a class="blog-link" '
            'href="/blog/weather-station#comments">8 Comments</a></span></p></div><div class="blog-content"><div class="paragraph">' +
            '<br /><br />'.join(E(p) for p in POST_PARAS) + '</div></div><div class="blog-social"><div class="blog-social-item blog-fb-like"></div></div>'
            '</div>\n<div id="comments"><div id="commentArea"><h2 id="commentAreaTitle" class="blog-comment-area-title">8 Comments</h2>\n' + ''.join(rows) +
            '</div><div id="commentPostDiv"><h2 id="commentPostTitle" class="blog-comment-area-title">Leave a Reply.</h2><form id="commentForm" method="post" '
            'action="/ajax/apps/blog/commentPost"><div class="blogCommentPostField"><label for="blogCommentName">Name (required)</label><input type="text" '
            'name="name" id="blogCommentName" /></div><div class="blogCommentPostField"><textarea name="comment" id="blogCommentText"></textarea></div><input '
            'type="submit" value="Submit" /></form></div></div>\n</div><div class="blog-sidebar"><div class="column-blog"><h2 class="wsite-content-title">Archives'
            '</h2><div class="blog-archive-list"><a href="/blog/archives/03-2014">March 2014</a><br /></div><h2 class="wsite-content-title">Categories</h2>'
            '<div class="blog-category-list"><ul><li><a href="/blog/category/all">All</a></li></ul></div></div></div></div></div>')
    footer = ('<div class="wsite-footer"><div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container-v3">Create a <a href="https://www.'
              'weebly.com/" target="_blank">free website</a> with Weebly</div></div>')
    doc = page(title, site, '<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1393000000" />', '', post, '', '', footer)
    return "weebly", doc, truth("weebly", "weebly", title, cs,
                                 "Weebly: flat div.blogCommentWrap with blogCommentLevelN (the depth from 0), div."
                                 "blogCommentAuthor, div.blogCommentDate 'M/D/YYYY hh:mm:ss am', div.blogCommentText.", None)


MORE = MORE + (weebly,)



# ---- the pages below (htmlplat5) number their comments from 2000 on ------

def one_level(cs, prefix=None):
    """Comment systems that thread one level: every reply of a top-level
    comment, at any depth, is drawn flat in that comment's reply list in
    page order; prefix(reply, whom) gives the text put before a reply's
    paragraphs naming whom it answers (None: nothing)."""
    for c in cs:
        rs = []
        for r, _ in walk(c.replies):
            rs.append(r)
        whom = {}
        for x in [c] + rs:
            for r in x.replies:
                whom[id(r)] = x.author
        for r in rs:
            r.replies = []
            if prefix:
                r.paras = [prefix(r, whom[id(r)]) + r.paras[0]] + r.paras[1:]
        c.replies = rs
    return cs


def days_ago(i, saved="2014-03-10T12:00"):
    """A relative date as the scripts draw it on a page saved at `saved`."""
    d = (iso_days(saved[:16] + ':00Z') - iso_days(i)).days
    return "yesterday" if d == 1 else f"{d} days ago"


# ---- bbPress 2 (bbpress/bbPress src/templates/default/bbpress/
# loop-replies.php and loop-single-reply.php: ul#topic-N-replies.forums.
# bbp-replies with li.bbp-header, li.bbp-body holding for each post a div#
# post-N.bbp-reply-header (div.bbp-meta: span.bbp-reply-post-date, a.bbp-
# reply-permalink "#N") and the div with bbp_reply_class() (div.bbp-reply-
# author: bbp_reply_author_link() with sep <br /> and the role, div.bbp-
# reply-content the text); the topic itself the first post, classed
# "topic"; flat) ----------------------------------------------------------

def bbpress():
    fresh(2000)
    site, title = "Balcony Makers", "Balcony weather station"

    def bd(s, i):
        d = iso_days(i)
        return (f"{d.strftime('%B')} {d.day}, {d.year} at {d.hour % 12 or 12}:{d.minute:02d} "
                f"{'am' if d.hour < 12 else 'pm'}")
    allp = forum_posts(["holloway", "renner", "maggie", "Ines Kowalczyk", "dave_k", "sanne"], bd)
    rows = []
    for k, p in enumerate(allp):
        kind = 'topic' if k == 0 else 'reply'
        uid = 30 + k
        anon = p.author == "Ines Kowalczyk"
        if anon:
            who = (f'<span class="bbp-author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{uid}?s=80" class="avatar avatar-80 photo" '
                   f'height="80" width="80" /></span><br /><span class="bbp-author-name">{E(p.author)}</span><br /><div class="bbp-author-role">Guest</div>')
        else:
            who = (f'<a href="/forums/users/{E(p.author)}/" title="View {E(p.author)}&#039;s profile" class="bbp-author-link"><span class="bbp-author-avatar">'
                   f'<img alt="" src="https://secure.gravatar.com/avatar/{uid}?s=80" class="avatar avatar-80 photo" height="80" width="80" /></span><br />'
                   f'<span class="bbp-author-name">{E(p.author)}</span></a><br /><div class="bbp-author-role">{"Keymaster" if k == 0 else "Participant"}</div>')
        body = f'<p>{E(p.paras[0])}</p>\n'
        if p.quote:
            body += f'<blockquote><p>{E(p.quote)}</p></blockquote>\n'
        body += ''.join(f'<p>{E(x)}</p>\n' for x in p.paras[1:])
        rows.append(f"""
<div id="post-{p.num}" class="bbp-reply-header">

	<div class="bbp-meta">

		<span class="bbp-reply-post-date">{p.shown}</span>

		<a href="/forums/topic/balcony-weather-station/#post-{p.num}" class="bbp-reply-permalink">#{p.num}</a>

		<span class="bbp-admin-links"></span>
	</div><!-- .bbp-meta -->

</div><!-- #post-{p.num} -->

<div class="loop-item-{k} user-id-{uid} bbp-parent-forum-12 bbp-parent-topic-{allp[0].num} bbp-reply-position-{k + 1} {'even' if k % 2 else 'odd'} {'' if k else 'topic-author '}post-{p.num} {kind} type-{kind} status-publish hentry">

	<div class="bbp-reply-author">

		{who}

	</div><!-- .bbp-reply-author -->

	<div class="bbp-reply-content">

		{body}
	</div><!-- .bbp-reply-content -->

</div><!-- .reply -->
""")
    replies = (f'<div class="bbp-pagination"><div class="bbp-pagination-count">Viewing 7 posts - 1 through 7 (of 7 total)</div>'
               '<div class="bbp-pagination-links"></div></div>\n'
               f'<ul id="topic-{allp[0].num}-replies" class="forums bbp-replies">\n\t<li class="bbp-header">\n\t\t<div class="bbp-reply-author">Author</div>'
               '<!-- .bbp-reply-author -->\n\t\t<div class="bbp-reply-content">Posts</div><!-- .bbp-reply-content -->\n\t</li><!-- .bbp-header -->\n'
               '\t<li class="bbp-body">\n' + ''.join(rows) + '\t</li><!-- .bbp-body -->\n\t<li class="bbp-footer">\n\t\t<div class="bbp-reply-author">Author'
               '</div>\n\t\t<div class="bbp-reply-content">Posts</div><!-- .bbp-reply-content -->\n\t</li><!-- .bbp-footer -->\n</ul><!-- #topic-'
               f'{allp[0].num}-replies -->\n')
    form = ('<div id="new-reply-' + str(allp[0].num) + '" class="bbp-reply-form"><form id="new-post" name="new-post" method="post" action="">'
            f'<fieldset class="bbp-form"><legend>Reply To: {E(title)}</legend><div><div class="bbp-template-notice"><p>Your account has the '
            'ability to post unrestricted HTML content.</p></div><p><label for="bbp_reply_content">Reply:</label><textarea id="bbp_reply_content" '
            'name="bbp_reply_content" cols="60" rows="12"></textarea></p><div class="bbp-submit-wrapper"><button type="submit" id="bbp_reply_submit" '
            'name="bbp_reply_submit" class="button submit">Submit</button></div></div></fieldset></form></div>')
    main = (
        '<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">' + E(site) +
        '</a></p><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a '
        'href="/forums/">Forums</a></li></ul></nav></header>\n<div id="content" class="site-content"><main id="main" class="site-main">'
        f'<article id="post-{allp[0].num}" class="post-{allp[0].num} topic type-topic status-publish hentry"><header class="entry-header">'
        f'<h1 class="entry-title">{E(title)}</h1></header><div class="entry-content">\n<div id="bbpress-forums" class="bbpress-wrapper">\n'
        '<div class="bbp-breadcrumb"><p><a href="/" class="bbp-breadcrumb-home">Home</a> <span class="bbp-breadcrumb-sep">&rsaquo;</span> '
        '<a href="/forums/" class="bbp-breadcrumb-root">Forums</a> <span class="bbp-breadcrumb-sep">&rsaquo;</span> <a href="/forums/forum/'
        'hardware/" class="bbp-breadcrumb-forum">Hardware</a> <span class="bbp-breadcrumb-sep">&rsaquo;</span> <span class="bbp-breadcrumb-'
        f'current">{E(title)}</span></p></div>\n<div class="bbp-topic-tags"><p>Tagged: <a href="/forums/topic-tag/sensors/" rel="tag">sensors</a>'
        '</p></div>\n<div class="bbp-template-notice info"><ul><li class="bbp-topic-description">This topic has 6 replies, 6 voices, and was last '
        'updated <a href="/forums/topic/balcony-weather-station/#post-2007" title="Reply To: Balcony weather station">4 days ago</a> by <a '
        'href="/forums/users/sanne/" title="View sanne&#039;s profile" class="bbp-author-link"><span class="bbp-author-name">sanne</span></a>.'
        '</li></ul></div>\n' + replies + form + '\n</div>\n</div></article></main>\n<aside id="secondary" class="widget-area"><section class="widget '
        'widget_display_replies"><h2 class="widget-title">Recent Replies</h2><ul><li><a class="bbp-author-link" href="/forums/users/petra/">'
        '<span class="bbp-author-name">petra</span></a> on <a class="bbp-reply-topic-title" href="/forums/topic/solder-fumes/#post-1990">'
        'Solder fumes</a></li></ul></section></aside></div>\n<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://'
        'wordpress.org/">Proudly powered by WordPress</a></div></footer></div>')
    doc = page(title, site, WP_HEAD, '', main, '', '', '')
    return "bbpress", doc, truth("bbpress", "bbpress", title, allp[1:],
                                  "bbPress 2 default templates: the topic and its replies flat in ul.bbp-replies > li.bbp-body, "
                                  "each a div.bbp-reply-header (date, #N) and a div with bbp_reply_class() holding div.bbp-reply-"
                                  "author (a.bbp-author-link > span.bbp-author-name, the role) and div.bbp-reply-content.",
                                  "post-%d", forum_post=True)


# ---- BuddyPress activity (buddypress/buddypress src/bp-templates/
# bp-legacy/buddypress/activity/entry.php and activity/comment.php): an
# activity update's permalink page, li.activity-item#activity-N with div.
# activity-header ("NAME posted an update" and the time-since link), div.
# activity-inner; its comments in div.activity-comments > ul, each li#
# acomment-N with div.acomment-avatar, div.acomment-meta "<a>NAME</a>
# replied <a.activity-time-since><span.time-since data-livestamp=ISO>2
# days ago</span></a>", div.acomment-content, div.acomment-options; the
# replies in a ul inside the li (bp_activity_recurse_comments) -----------

def buddypress():
    fresh(2100)
    site, title = "Balcony Makers", "Activity"
    cs = dated(thread_a(), lambda s, i: days_ago(i))

    def one(c):
        kids = ''
        if c.replies:
            kids = '\n<ul>\n' + '\n'.join(one(r) for r in c.replies) + '\n</ul>\n'
        return (f'<li id="acomment-{c.num}">\n\t<div class="acomment-avatar">\n\t\t<a href="/members/{c.num}/">\n\t\t\t<img src="//www.gravatar.com/'
                f'avatar/{c.num}?s=50&amp;r=g&amp;d=mm" class="avatar user-{c.num}-avatar avatar-50 photo" width="50" height="50" alt="Profile picture '
                f'of {E(c.author)}" />\n\t\t</a>\n\t</div>\n\n\t<div class="acomment-meta">\n\t\t<a href="/members/{c.num}/">{E(c.author)}</a> replied '
                f'<a href="/activity/p/{c.num}/" class="activity-time-since"><span class="time-since" data-livestamp="{c.iso[:19]}+0000">{c.shown}'
                f'</span></a>\t</div>\n\n\t<div class="acomment-content">{paras(c)}</div>\n\n\t<div class="acomment-options">\n\t\t\t<a href="#acomment-'
                f'{c.num}" class="acomment-reply bp-primary-action" id="acomment-reply-2099-from-{c.num}">Reply</a>\n\t</div>\n{kids}</li>')
    n = sum(1 for _ in walk(cs))
    act = ('<ul id="activity-stream" class="activity-list item-list">\n<li class="activity activity_update activity-item has-comments" id="activity-2099">'
           '\n\t<div class="activity-avatar">\n\t\t<a href="/members/tobias/"><img src="//www.gravatar.com/avatar/2099?s=50" class="avatar user-1-avatar '
           'avatar-50 photo" width="50" height="50" alt="Profile picture of Tobias Renner" /></a>\n\t</div>\n\t<div class="activity-content">\n\t\t<div '
           'class="activity-header">\n\t\t\t<p><a href="/members/tobias/">Tobias Renner</a> posted an update <a href="/activity/p/2099/" class="view '
           'activity-time-since"><span class="time-since" data-livestamp="2014-03-03T20:15:00+0000">6 days ago</span></a></p>\n\t\t</div>\n\t\t<div '
           'class="activity-inner">' + ''.join(f'<p>{E(x)}</p>' for x in POST_PARAS) + '</div>\n\t\t<div class="activity-meta">\n\t\t\t<a href="/activity/'
           f'p/2099/?ac=2099/#ac-form-2099" class="button acomment-reply bp-primary-action" id="acomment-comment-2099">Comment <span>{n}</span></a>\n\t\t\t'
           '<a href="/activity/favorite/2099/" class="button fav bp-secondary-action" title="Mark as Favorite">Favorite</a>\n\t\t</div>\n\t</div>\n\t'
           '<div class="activity-comments">\n<ul>\n' + '\n'.join(one(c) for c in cs) + '\n</ul>\n\t\t<form action="/activity/reply/" method="post" '
           'id="ac-form-2099" class="ac-form"><div class="ac-reply-avatar"><img src="//www.gravatar.com/avatar/0?s=50" class="avatar" alt="" /></div>'
           '<div class="ac-reply-content"><div class="ac-textarea"><label for="ac-input-2099" class="bp-screen-reader-text">Comment</label><textarea '
           'id="ac-input-2099" class="ac-input bp-suggestions" name="ac_input_2099"></textarea></div><input type="submit" name="ac_form_submit" '
           'value="Post" /> &nbsp; <a href="#" class="ac-reply-cancel">Cancel</a></div></form>\n\t</div>\n</li>\n</ul>')
    main = ('<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">' + E(site) +
            '</a></p><nav class="main-navigation"><ul class="menu"><li><a href="/activity/">Activity</a></li><li><a href="/members/">Members</a>'
            '</li><li><a href="/groups/">Groups</a></li></ul></nav></header>\n<div id="content" class="site-content"><main id="main" class="site-main">'
            '<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">Tobias Renner</h1></header>'
            '<div class="entry-content"><div id="buddypress">\n<div id="item-header" role="complementary"><div id="item-header-avatar"><a href="/'
            'members/tobias/"><img src="//www.gravatar.com/avatar/2099?s=150" class="avatar" width="150" height="150" alt="Profile picture of Tobias '
            'Renner" /></a></div><div id="item-header-content"><h2 class="user-nicename">@tobias</h2><span class="activity">active 2 days ago</span>'
            '</div></div>\n<div id="item-nav"><div class="item-list-tabs no-ajax" id="object-nav" role="navigation"><ul><li id="activity-personal-li" '
            'class="current selected"><a id="user-activity" href="/members/tobias/activity/">Activity</a></li><li id="xprofile-personal-li"><a '
            'id="user-xprofile" href="/members/tobias/profile/">Profile</a></li><li id="friends-personal-li"><a id="user-friends" href="/members/'
            'tobias/friends/">Friends <span class="count">12</span></a></li></ul></div></div>\n<div id="item-body"><div class="activity no-ajax" '
            'role="main">\n' + act + '\n</div></div>\n</div></div></article></main>\n<aside id="secondary" class="widget-area"><section class="widget '
            'widget_bp_core_recently_active_widget buddypress widget"><h2 class="widget-title">Recently Active Members</h2><div class="avatar-block">'
            '<div class="item-avatar"><a href="/members/petra/" title="Petra"><img src="//www.gravatar.com/avatar/9?s=50" class="avatar" alt="Profile '
            'picture of Petra" /></a></div></div></section></aside></div>\n<footer id="colophon" class="site-footer"><div class="site-info"><a href="'
            'https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>')
    doc = page("Tobias Renner", site, WP_HEAD, '', main, '', '', '')
    return "buddypress", doc, truth("buddypress", "buddypress", "Tobias Renner", cs,
                                     "BuddyPress legacy templates, an activity update's permalink page: its comments li#acomment-N "
                                     "(div.acomment-meta '<a>NAME</a> replied' with the relative date, its ISO date in data-livestamp; "
                                     "div.acomment-content), replies in a ul inside the li.", "acomment-%d")


# ---- Waline (walinejs/waline packages/client/src/components/
# WalineComment.vue and CommentCard.vue, as the script draws them into the
# page: div[data-waline] with the comment box, div.wl-meta-head (div.
# wl-count), div.wl-cards; each div.wl-card-item#ID > div.wl-user (avatar)
# and div.wl-card: div.wl-head (a.wl-nick or span.wl-nick, span.wl-badge,
# span.wl-time, div.wl-comment-actions buttons), div.wl-meta (addr,
# browser, os), div.wl-content (the server's HTML; a reply's begins with
# <a class="at">@NAME</a>), replies one level in div.wl-quote) -------------

def waline():
    fresh(2200)
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = one_level(dated(thread_a(), lambda s, i: i[:10]), lambda r, w: f"@{w} : ")

    def card(c, top):
        nick = (f'<a class="wl-nick" href="{E(c.url)}" target="_blank" rel="nofollow noopener noreferrer">{E(c.author)}</a>'
                if c.url else f'<span class="wl-nick">{E(c.author)}</span>')
        first = E(c.paras[0])
        if not top:
            at, rest = c.paras[0].split(" : ", 1)
            first = f'<a class="at" href="#{c.num - 1}">{E(at)}</a> : {E(rest)}'
        body = f'<p>{first}</p>'
        if c.quote:
            body += f'<blockquote>\n<p>{E(c.quote)}</p>\n</blockquote>\n'
        body += ''.join(f'<p>{E(x)}</p>\n' for x in c.paras[1:])
        kids = ('<div class="wl-quote">' + ''.join(card(r, False) for r in c.replies) + '</div>') if c.replies else ''
        return (f'<div id="{c.num}" class="wl-card-item"><div class="wl-user" aria-hidden="true"><img class="wl-user-avatar" src="https://seccdn.libravatar.org'
                f'/avatar/{c.num}?d=mp"></div><div class="wl-card"><div class="wl-head">{nick}<span class="wl-time">{c.shown}</span><div class="'
                'wl-comment-actions"><button type="button" class="wl-like" title="Like"><svg class="wl-like-icon" viewBox="0 0 1024 1024" width="16" height='
                '"16"><path d="M667 0l-1 1"/></svg> 0</button><button type="button" class="wl-reply" title="Reply"><svg viewBox="0 0 1024 1024" width="24" '
                'height="24"><path d="M810 4l-1 1"/></svg></button></div></div><div class="wl-meta" aria-hidden="true"><span class="wl-browser" data-value='
                '"Firefox 27.0">Firefox 27.0</span><span class="wl-os" data-value="Linux">Linux</span></div><div class="wl-content">' + body + '</div>'
                + kids + '</div></div>')
    n = sum(1 for _ in walk(cs))
    widget = ('<div id="waline" class="comments"><div data-waline><div class="wl-comment"><div class="wl-login-info"></div><div class="wl-panel"><div class='
              '"wl-header item3"><div class="wl-header-item"><label for="wl-nick">Nickname</label><input id="wl-nick" class="wl-input wl-nick" name="nick" '
              'type="text" value=""></div><div class="wl-header-item"><label for="wl-mail">E-Mail</label><input id="wl-mail" class="wl-input wl-mail" '
              'name="mail" type="email" value=""></div><div class="wl-header-item"><label for="wl-link">Website</label><input id="wl-link" class="wl-input '
              'wl-link" name="link" type="text" value=""></div></div><textarea id="wl-edit" class="wl-editor" placeholder="Comment"></textarea><div class='
              '"wl-footer"><div class="wl-actions"><a href="https://guides.github.com/features/mastering-markdown/" title="Markdown Guide" aria-label='
              '"Markdown is supported" class="wl-action" target="_blank" rel="noopener noreferrer"><svg width="16" height="16"><path d="M14.85 3H1.15"/>'
              '</svg></a></div><div class="wl-info"><div class="wl-captcha-container"></div><div class="wl-text-number">0</div><button type="button" '
              'class="wl-btn">Login</button><button type="submit" class="primary wl-btn" title="Cmd|Ctrl + Enter">Submit</button></div></div></div></div>'
              f'<div class="wl-meta-head"><div class="wl-count"><span class="wl-num">{n}</span> Comments</div><ul class="wl-sort"><li class="active">'
              'Latest</li><li>Oldest</li><li>Hottest</li></ul></div><div class="wl-cards">' + ''.join(card(c, True) for c in cs) + '</div><div class='
              '"wl-power"> Powered by <a href="https://github.com/walinejs/waline" target="_blank" rel="noopener noreferrer"> Waline </a> v3.1.3</div>'
              '</div></div>')
    post = ('<header class="site-header"><a class="site-title" href="/">' + E(site) + '</a><nav><a href="/archives/">Archives</a> <a href="/tags/">Tags</a>'
            '</nav></header>\n<main class="main"><article class="post"><header class="post-header"><h1 class="post-title">' + E(title) + '</h1><div '
            'class="post-meta"><time datetime="2014-03-03T20:15:00Z">2014-03-03</time> · Tobias Renner</div></header><div class="post-content">' +
            ''.join(f'<p>{E(x)}</p>' for x in POST_PARAS) + '</div></article>\n' + widget + '</main>')
    footer = ('<footer class="footer"><span>&copy; 2014 ' + E(site) + '</span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a></span></footer>')
    doc = page(title, site, '<link rel="stylesheet" href="https://unpkg.com/@waline/client@v3/dist/waline.css" />', '', post, '', '', footer)
    return "waline", doc, truth("waline", "waline", title, cs,
                                 "Waline's client as the script draws it: div.wl-card-item#ID > div.wl-card (div.wl-head with "
                                 "a.wl-nick or span.wl-nick and span.wl-time 'YYYY-MM-DD', div.wl-content); replies one level in "
                                 "div.wl-quote inside the card, each beginning with an a.at '@NAME' naming whom it answers.", "%d")


# ---- Twikoo (twikoojs/twikoo src/client/view/components/TkComment.vue,
# as the script draws it: div.tk-comment#ID with the avatar (div.tk-avatar)
# and div.tk-main: div.tk-row > div.tk-meta (strong.tk-nick or a.tk-nick >
# strong, small.tk-time > time[datetime][title]) and the action links;
# div.tk-content with a reply's span "回复 <a.tk-ruser>@NAME</a> :" before
# the comment's own span; replies one level in div.tk-replies inside the
# root's div.tk-main) ----------------------------------------------------

def twikoo():
    fresh(2300)
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = one_level(localized(dated(thread_a(), lambda s, i: i[:10]), ZH_A, ZH_QUOTE, ZH_NAMES),
                   lambda r, w: f"回复 @{w} : ")

    def one(c, top):
        nick = (f'<a class="tk-nick tk-nick-link" href="{E(c.url)}" target="_blank" rel="noopener noreferrer nofollow ugc"><strong>{E(c.author)}</strong></a>'
                if c.url else f'<strong class="tk-nick">{E(c.author)}</strong>')
        text = c.paras[0]
        pre = ''
        if not top:
            at, text = text.split(" : ", 1)
            pre = f'<span>回复 <a class="tk-ruser" href="#{c.num - 1}">{E(at[len("回复 "):])}</a> :</span>'
        body = (f'<p>{E(text)}</p>' + (f'<blockquote><p>{E(c.quote)}</p></blockquote>' if c.quote else '') +
                ''.join(f'<p>{E(x)}</p>' for x in c.paras[1:]))
        kids = ('<div class="tk-replies">' + ''.join(one(r, False) for r in c.replies) + '</div>') if top else ''
        return (f'<div class="tk-comment" id="{c.num}"><div class="tk-avatar"><img class="tk-avatar-img" src="https://cravatar.cn/avatar/{c.num}?d=identicon">'
                f'</div><div class="tk-main"><div class="tk-row"><div class="tk-meta">{nick}<small class="tk-time"><time datetime="{c.iso[:19]}.000Z" '
                f'title="{c.iso[:10].replace("-", "/")} {c.iso[11:19]}">{c.shown}</time></small></div><div class="tk-action"><a class="tk-action-link" '
                'href="#"><span class="tk-action-icon"><svg viewBox="0 0 512 512"><path d="M466 48"/></svg></span><span class="tk-action-count">0</span>'
                '</a><a class="tk-action-link" href="#"><span class="tk-action-icon"><svg viewBox="0 0 512 512"><path d="M256 32"/></svg></span><span '
                f'class="tk-action-count">{len(c.replies) if top else 0}</span></a></div></div><div class="tk-content">{pre}<span>{body}</span></div>'
                f'<div class="tk-extras"><div class="tk-extra"><span class="tk-icon __comment"><svg viewBox="0 0 512 512"><path d="M444 3"/></svg></span>'
                f'<span class="tk-extra-text">&nbsp;Linux</span></div></div>{kids}</div></div>')
    n = sum(1 for _ in walk(cs))
    widget = ('<div id="tcomment"><div class="twikoo"><div class="tk-admin-warn"></div><div class="tk-submit"><div class="tk-row"><div class="tk-avatar">'
              '</div><div class="tk-col"><div class="tk-meta-input"><input class="el-input__inner" name="nick" placeholder="昵称"><input class="el-input__'
              'inner" name="mail" placeholder="邮箱"><input class="el-input__inner" name="link" placeholder="网址"></div><textarea class="el-textarea__inner" '
              'placeholder="请输入内容"></textarea><div class="tk-row actions"><button type="button" class="el-button tk-preview">预览</button><button '
              f'type="button" class="el-button tk-send">发送</button></div></div></div></div><div class="tk-comments"><div class="tk-comments-title"><span '
              f'class="tk-comments-count"><span>{n}</span> 条评论</span></div><div class="tk-comments-container">' + ''.join(one(c, True) for c in cs) +
              '</div></div><div class="tk-footer">Powered by <a href="https://twikoo.js.org" target="_blank">Twikoo</a> v1.6.31</div></div></div>')
    post = ('<header class="header"><a class="logo" href="/">' + E(site) + '</a><nav class="menu"><a href="/archives/">归档</a><a href="/about/">关于</a>'
            '</nav></header>\n<main class="container"><article class="post"><h1 class="post-title">周末项目：阳台上的气象站</h1><div class="post-meta">'
            '<time datetime="2014-03-03T20:15:00+08:00">2014-03-03</time></div><div class="post-content">' + ''.join(f'<p>{E(x)}</p>' for x in ZH_POST) +
            '</div></article>\n<div class="comments" id="comments"><h2>评论</h2>' + widget + '</div></main>')
    footer = '<footer class="footer">&copy; 2014 ' + E(site) + ' · 由 <a href="https://hexo.io/">Hexo</a> 驱动</footer>'
    doc = zh_page(page("周末项目：阳台上的气象站", site, '<script src="https://cdn.jsdelivr.net/npm/twikoo@1.6.31/dist/twikoo.all.min.js"></script>', '', post,
                       '', '', footer))
    return "twikoo", doc, truth("twikoo", "twikoo", "周末项目：阳台上的气象站", cs,
                                 "Twikoo as its script draws it: div.tk-comment#ID > div.tk-main (div.tk-meta: strong.tk-nick or "
                                 "a.tk-nick, small.tk-time > time[datetime]; div.tk-content, a reply's beginning with "
                                 "'回复 @NAME :'); replies one level in div.tk-replies; Chinese.", "%d")


# ---- Artalk (ArtalkJS/Artalk ui/artalk/src/comment/comment.html, render.ts,
# renders/header.ts and comment-node.ts, as the script draws the thread:
# div.atk-comment-wrap#atk-comment-ID > div.atk-comment with div.atk-avatar
# and div.atk-main: div.atk-header (span.atk-item.atk-nick with an <a> when
# the commenter gave a site, span.atk-badge-wrap, span.atk-item.atk-date
# [data-atk-comment-date]), div.atk-body > div.atk-content, div.atk-footer
# > div.atk-actions; replies in div.atk-comment-children inside the atk-main,
# nested to nestMax 3) ---------------------------------------------------

def artalk():
    fresh(2400)
    site, title = "Balcony Notes", "A weather station on the balcony"
    cs = dated(thread_a(), lambda s, i: i[:10])

    def one(c):
        nick = (f'<a target="_blank" rel="noreferrer noopener nofollow" href="{E(c.url)}">{E(c.author)}</a>' if c.url else E(c.author))
        kids = ('<div class="atk-comment-children">' + ''.join(one(r) for r in c.replies) + '</div>') if c.replies else ''
        return (f'<div class="atk-comment-wrap" id="atk-comment-{c.num}"><div class="atk-comment"><div class="atk-avatar"><img src="https://www.gravatar.com/'
                f'avatar/{c.num}?s=80&amp;d=mp"></div><div class="atk-main"><div class="atk-header"><span class="atk-item atk-nick">{nick}</span><span class='
                f'"atk-badge-wrap"></span><span class="atk-item atk-date" data-atk-comment-date="{c.num}000">{c.shown}</span><span class="atk-ua-wrap"><span '
                'class="atk-ua ua-browser">Firefox 27.0</span><span class="atk-ua ua-os">Linux</span></span></div><div class="atk-body"><div class='
                f'"atk-content">{paras(c)}</div></div><div class="atk-footer"><div class="atk-actions"><span class="atk-common-action-btn">Up (0)</span>'
                f'<span class="atk-common-action-btn">Reply</span></div></div>{kids}</div></div></div>')
    n = sum(1 for _ in walk(cs))
    widget = ('<div id="Comments" class="artalk atk-comments"><div class="atk-main-editor"><div class="atk-header"><input name="name" class="atk-name" '
              'placeholder="Nickname"><input name="email" class="atk-email" placeholder="Email"><input name="link" class="atk-link" placeholder="Website">'
              '</div><div class="atk-textarea-wrap"><textarea class="atk-textarea" placeholder="Leave a comment"></textarea></div><div class="atk-bottom">'
              '<div class="atk-plug-btn-wrap"><span class="atk-plug-btn">Emoticons</span><span class="atk-plug-btn">Preview</span></div><button class='
              '"atk-send-btn">Send</button></div></div><div class="atk-list"><div class="atk-list-header"><div class="atk-comment-count"><div class='
              f'"atk-text"><span class="atk-comment-count-num">{n}</span> Comments</div></div><div class="atk-right-action"><span data-action="admin-'
              'close-comment" class="atk-hide" title="Only admin can see"></span><span class="atk-unread-badge" style="display: none;"></span></div></div>'
              '<div class="atk-list-body"><div class="atk-list-comments-wrap">' + ''.join(one(c) for c in cs) + '</div></div><div class="atk-list-footer">'
              '<div class="atk-copyright">Powered By <a href="https://artalk.js.org" target="_blank" title="Artalk v2.8.7">Artalk</a></div></div></div></div>')
    post = ('<header class="site-header"><a class="site-title" href="/">' + E(site) + '</a><nav><a href="/archives/">Archives</a> <a href="/about/">About</a>'
            '</nav></header>\n<main class="main"><article class="post"><h1 class="post-title">' + E(title) + '</h1><p class="post-meta"><time datetime='
            '"2014-03-03T20:15:00Z">March 3, 2014</time> by Tobias Renner</p><div class="post-content">' + ''.join(f'<p>{E(x)}</p>' for x in POST_PARAS) +
            '</div></article>\n<section class="comments"><h2>Comments</h2>' + widget + '</section></main>')
    footer = '<footer class="site-footer"><p>&copy; 2014 ' + E(site) + '. Built with Hugo.</p></footer>'
    doc = page(title, site, '<link href="/lib/artalk/Artalk.css" rel="stylesheet">', '', post, '', '', footer)
    return "artalk", doc, truth("artalk", "artalk", title, cs,
                                 "Artalk as its script draws the thread: div.atk-comment-wrap#atk-comment-ID > div.atk-comment > "
                                 "div.atk-main (div.atk-header with span.atk-nick and span.atk-date 'YYYY-MM-DD', div.atk-body > "
                                 "div.atk-content); replies in div.atk-comment-children inside the atk-main, three levels.",
                                 "atk-comment-%d")


# ---- Gitalk (gitalk/gitalk src/gitalk.jsx comments() and src/component/
# comment.jsx, as the script draws the issue's comments into the page:
# div.gt-container > div.gt-meta (span.gt-counts "N comments"), the
# div.gt-header with the login box, div.gt-comments > div.gt-comment with
# the avatar a.gt-avatar and div.gt-comment-content: div.gt-comment-header
# (a.gt-comment-username, span.gt-comment-text "commented", span.gt-
# comment-date the distance in words "3 days ago", the like and reply
# links), div.gt-comment-body.markdown-body the issue comment's body_html;
# flat, as GitHub issue comments are) ------------------------------------

def gitalk():
    fresh(2500)
    site, title = "Balcony Notes", "A weather station on the balcony"
    logins = {"Margaret Holloway": "mholloway", "Tobias Renner": "trenner", "Ines Kowalczyk": "ines-k",
              "dave_k": "dave-k", "Sanne de Vries": "sannedv"}
    cs = flat(dated(thread_a(), lambda s, i: days_ago(i)))
    for c in cs:
        c.author = logins[c.author]

    def one(c):
        body = f'<p>{E(c.paras[0])}</p>\n'
        if c.quote:
            body += f'<blockquote>\n<p>{E(c.quote)}</p>\n</blockquote>\n'
        body += ''.join(f'<p>{E(x)}</p>\n' for x in c.paras[1:])
        return (f'<div class="gt-comment "><a class="gt-avatar gt-comment-avatar" href="https://github.com/{c.author}"><img src="https://avatars.'
                f'githubusercontent.com/u/{c.num}?v=4" alt="@{c.author}"></a><div class="gt-comment-content"><div class="gt-comment-header"><a class='
                f'"gt-comment-username" href="https://github.com/{c.author}">{c.author}</a><span class="gt-comment-text">commented</span><span class='
                f'"gt-comment-date">{c.shown}</span><a class="gt-comment-like" title="Like"><span class="gt-ico gt-ico-heart"><span class="gt-svg">'
                '<svg viewBox="0 0 24 24"><path d="M12 21.35"/></svg></span></span></a><a class="gt-comment-reply" title="Reply"><span class="gt-ico '
                'gt-ico-reply"><span class="gt-svg"><svg viewBox="0 0 24 24"><path d="M10 9V5"/></svg></span></span></a></div><div class="gt-comment-'
                f'body markdown-body">{body}</div></div></div>')
    widget = ('<div id="gitalk-container"><div class="gt-container"><div class="gt-meta"><span class="gt-counts"><a class="gt-link gt-link-counts" '
              f'href="https://github.com/trenner/blog-comments/issues/42" target="_blank" rel="noopener noreferrer">{len(cs)}</a> comments</span>'
              '<div class="gt-user"><div class="gt-user-inner"><span class="gt-ico gt-ico-github"><span class="gt-svg"><svg viewBox="0 0 24 24"><path '
              'd="M12 .3"/></svg></span></span><span class="gt-user-name">Login</span></div></div></div><div class="gt-header"><a class="gt-avatar-github">'
              '<span class="gt-ico gt-ico-github"></span></a><div class="gt-header-comment"><textarea class="gt-header-textarea " placeholder="Leave a '
              'comment" style="overflow: hidden; overflow-wrap: break-word; resize: none; height: 72px;"></textarea><div class="gt-header-preview '
              'markdown-body hide"></div><div class="gt-header-controls"><a class="gt-header-controls-tip" href="https://guides.github.com/features/'
              'mastering-markdown/" target="_blank" rel="noopener noreferrer"><span class="gt-ico gt-ico-tip"></span><span class="gt-ico-text">Styling '
              'with Markdown is supported</span></a><button class="gt-btn gt-btn-preview"><span class="gt-btn-text">Preview</span></button><button '
              'class="gt-btn gt-btn-login"><span class="gt-btn-text">Login with GitHub</span></button></div></div></div><div class="gt-comments">' +
              ''.join(one(c) for c in cs) + '</div></div></div>')
    post = ('<header class="site-header"><a class="site-title" href="/">' + E(site) + '</a><nav><a href="/archives/">Archives</a> <a href="/about/">About</a>'
            '</nav></header>\n<main class="main"><article class="post"><h1 class="post-title">' + E(title) + '</h1><p class="post-meta"><time datetime='
            '"2014-03-03T20:15:00Z">2014-03-03</time></p><div class="post-content">' + ''.join(f'<p>{E(x)}</p>' for x in POST_PARAS) +
            '</div></article>\n<section id="comments" class="comments">' + widget + '</section></main>')
    footer = '<footer class="site-footer"><p>&copy; 2014 ' + E(site) + '. Powered by Hexo.</p></footer>'
    doc = page(title, site, '<link rel="stylesheet" href="https://unpkg.com/gitalk/dist/gitalk.css">', '', post, '', '', footer)
    return "gitalk", doc, truth("gitalk", "gitalk", title, cs,
                                 "Gitalk as its script draws the GitHub issue's comments: div.gt-comments > div.gt-comment > "
                                 "div.gt-comment-content (div.gt-comment-header with a.gt-comment-username, 'commented', "
                                 "span.gt-comment-date '3 days ago'; div.gt-comment-body.markdown-body); flat.", None)


PLAT5 = (bbpress, buddypress, waline, twikoo, artalk, gitalk)


if __name__ == '__main__':
    for f in (movabletype, serendipity, plone, b2evolution, dotclear, isso,
              djangoxtd, discuz, nodebb, jcomments, commento, vanilla,
              nocomments, mybb, smf, typepad, lobsters, oldreddit, habr,
              hackernews, discourse, dreamwidth, staticman, grav, tistory,
              wpdiscuz, forem, tildes, hashover, textpattern, lemmy, cnblogs,
              plume, flarum, wpdiscuz7, slashdot,
              # platasia
              typecho, zblog, emlog, fc2, hatena, csdn) + WEST + MORE + PLAT5:
        if f is WEST[0]:
            # the WEST pages were made on a branch without the six pages
            # above (64 comments): from here the counter stands where it
            # stood there, so every committed page keeps its bytes
            C.n -= 64
        name, doc, t = f()
        write(name, doc, t)
        print(name, t["comment_count"])
