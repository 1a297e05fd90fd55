package org.echotrace.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a block's markup says it is: furniture (comment sections, author boxes, related lists, sidebars, share bars,
 * cookie notices, ...) or content, read from its class and id tokens and its ARIA role. Each class or id token is
 * judged on its own, so that {@code class="comment-content"} is a comment (the token names a comment's content) while
 * {@code class="entry-content has-sidebar"} is content (one token names the article's content). The roots are those
 * of trafilatura's {@code xpaths.py} and Readability's {@code unlikelyCandidates}, as word roots rather than page
 * strings. Thread-safe: no state.
 */
final class BlockHints {
  /**
   * Roots that name furniture, found anywhere in a token ({@code commentlist}, {@code authorbox},
   * {@code entryfooter}) or, for short or ambiguous roots, only as a whole word of it ({@code ad}, {@code bio},
   * {@code nav}, {@code tags}; {@code share} but not {@code shared-article}; {@code widget} only at the start, since
   * page builders call every content box {@code elementor-widget-container}).
   */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?:^|[-_])(?:bio|about-me|about-us)(?:$|[-_])|related|recommend|"
          + "more-(?:stories|articles|posts)|most-(?:read|popular|viewed)|trending|(?:^|[-_])popular|(?:^|[-_])(?:share|sharing)"
          + "(?:$|[-_s])|sharedaddy|social|sociable|(?:^|[-_])follow(?:$|[-_])|newsletter|subscri|sign-?up|login|paywall|"
          + "cookie|consent|gdpr|(?:^|[-_])banner|promo(?!ted)|advert|^ads?(?:$|[-_])|[-_]ads?[-_](?:slot|container|wrap|wrapper|unit|box|banner|label)|sponsor|outbrain|taboola|"
          + "sidebar|^widget(?:$|[-_])|menu|(?:^|[-_])nav(?:$|[-_]|bar|igation)|navigation|breadcrumb|pagination|(?:^|[-_])pager"
          + "|toolbar|footer|masthead|popup|modal|overlay|(?:^|[-_])tags(?:$|[-_])|"
          + "^tag$|tag-?cloud|tag-?list|(?:^|[-_])skip|rating|screen-reader|sr-only");
  /**
   * Roots that name a comment section or a reader's comment, in English and in the words sites of other languages
   * use in their class names (German and Nordic "kommentar", Slavic "komentar(z)", Spanish and Portuguese
   * "comentario"; Italian and French "commento", "commentaire" hold the English root).
   */
  private static final Pattern COMMENTS = Pattern.compile("comment|kommentar|komentar|comentari|disqus|^respond|replies|^reply");
  /**
   * Roots that name the article's credits: a byline or date line is short and the line classifier reads it (the date
   * of "Posted on 3 May" counts); an author box is a paragraph of biography and goes.
   */
  private static final Pattern CREDITS = Pattern.compile("author|byline|(?:^|[-_])(?:post|entry|article)?-?meta(?:$|[-_]|data)");
  /** A token that names the article itself: {@code entry-content}, {@code articleBody}, {@code main}, {@code story}. */
  private static final Pattern CONTENT = Pattern.compile(
      "^(?:(?:article|post|entry|story|news|blog|page|main|body|single)[-_]?)?"
          + "(?:body|content|text|inner|main|article|entry|story|post|copy)"
          + "(?:[-_]{1,2}(?:left|right|inner|wrap|wrapper|area|container|holder|col|column|section|full|single|main|body|text|\\d+))*$");
  /** A token that describes a layout, not a block: {@code has-sidebar}, {@code sidebar-and-content}, {@code no-ads}. */
  private static final Pattern LAYOUT = Pattern.compile("layout|^(?:has|with|no|for|one|two|show|hide)[-_]|-and-|@");
  /** ARIA landmarks that are never the article. */
  private static final Set<String> FURNITURE_ROLES = Set.of("complementary", "navigation", "banner", "contentinfo",
      "menu", "menubar", "search", "dialog", "alertdialog");

  private BlockHints() {}

  /** What a block's markup says it is. */
  enum Kind {
    /** Nothing, or a token that names the article's content. */
    NONE,
    /** Furniture: drop it. */
    FURNITURE,
    /** Readers' comments: furniture that is never the article, not even when the article is hard to find. */
    COMMENTS,
    /** Credits (byline, author box, post meta): drop it when it is longer than a credit line. */
    CREDITS
  }

  /** What one class or id token says, by the patterns above in their order of precedence. */
  private enum Token { CONTENT, LAYOUT, COMMENTS, FURNITURE, CREDITS, NONE }

  // Class names repeat across the pages of a site and across sites: each token is judged once (the regular
  // expressions were a seventh of extraction time). Bounded: cleared when it grows past the limit.
  private static final int TOKEN_CACHE = 50_000;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final java.util.concurrent.ConcurrentHashMap<String, Token> TOKENS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Token token(String raw) {
    // ids and classes numbered per element ("post-12345", "menu-item-1012") would fill the cache with tokens seen
    // once: each run of digits is judged as one digit, which no pattern above tells apart from a longer run
    String token = oneDigitRuns(raw);
    Token t = TOKENS.get(token);
    if (t != null) return t;
    if (CONTENT.matcher(token).matches()) t = Token.CONTENT;
    else if (LAYOUT.matcher(token).find()) t = Token.LAYOUT;
    else if (COMMENTS.matcher(token).find()) t = Token.COMMENTS;
    else if (FURNITURE.matcher(token).find()) t = Token.FURNITURE;
    else if (CREDITS.matcher(token).find()) t = Token.CREDITS;
    else t = Token.NONE;
    if (TOKENS.size() > TOKEN_CACHE) TOKENS.clear();
    TOKENS.put(token, t);
    return t;
  }

  /** The token with each run of digits cut to its first digit; the token itself when it holds no digit. */
  static String oneDigitRuns(String token) {
    int first = -1;
    for (int i = 0; i < token.length() && first < 0; i++) if (Character.isDigit(token.charAt(i))) first = i;
    if (first < 0) return token;
    StringBuilder b = new StringBuilder(token.length()).append(token, 0, first);
    for (int i = first; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!Character.isDigit(c) || i == 0 || !Character.isDigit(token.charAt(i - 1))) b.append(c);
    }
    return b.toString();
  }

  /** Furniture when the role or a class or id token says so, credits likewise, unless a token says content. */
  static Kind of(Element e) {
    String role = e.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) return Kind.FURNITURE;
    String prop = e.attr("itemprop");
    if (prop.equals("author") || prop.equals("creator")) return Kind.CREDITS;
    String hint = e.className() + " " + e.id();
    if (hint.isBlank()) return Kind.NONE;
    Kind kind = Kind.NONE;
    for (String token : SPACES.split(hint.toLowerCase(Locale.ROOT))) {
      if (token.isEmpty()) continue;
      Token t = token(token);
      if (t == Token.CONTENT) return Kind.NONE;
      if (t == Token.COMMENTS) kind = Kind.COMMENTS;
      else if (t == Token.FURNITURE && kind != Kind.COMMENTS) kind = Kind.FURNITURE;
      else if (t == Token.CREDITS && kind == Kind.NONE) kind = Kind.CREDITS;
    }
    return kind;
  }
}
