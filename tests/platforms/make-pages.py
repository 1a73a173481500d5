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


if __name__ == '__main__':
    for f in (movabletype, serendipity, plone, b2evolution, dotclear, isso,
              djangoxtd, discuz, nodebb, jcomments, commento, vanilla,
              nocomments, mybb, smf, typepad):
        name, doc, t = f()
        write(name, doc, t)
        print(name, t["comment_count"])
