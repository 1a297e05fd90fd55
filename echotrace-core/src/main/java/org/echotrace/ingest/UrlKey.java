package org.echotrace.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form in which two URLs of one page compare equal: scheme ignored (feeds say http, crawls https), host lower
 * case, default port, fragment and a lone trailing slash dropped. Only for matching feed links to pages; ids and urls
 * keep what the input says. Not API.
 */
final class UrlKey {
  private UrlKey() {}

  private static final Pattern LINK_TAG = Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern REL_CANONICAL =
      Pattern.compile("\\brel\\s*=\\s*[\"']?\\s*canonical\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
      Pattern.CASE_INSENSITIVE);
  /** Canonical links sit in the head; a page's first 64 KB holds it. */
  private static final int HEAD_CHARS = 65536;

  static String of(String url) {
    String u = url.strip();
    try {
      URI uri = new URI(u);
      String host = uri.getHost();
      if (host == null) return u;
      int port = uri.getPort();
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      return "//" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path + query;
    } catch (URISyntaxException e) {
      int hash = u.indexOf('#');
      return hash < 0 ? u : u.substring(0, hash);
    }
  }

  /** The {@code <link rel="canonical">} a page declares in its head, if any. */
  static Optional<String> canonicalLink(String html) {
    Matcher tags = LINK_TAG.matcher(html.length() > HEAD_CHARS ? html.substring(0, HEAD_CHARS) : html);
    while (tags.find()) {
      String tag = tags.group();
      if (!REL_CANONICAL.matcher(tag).find()) continue;
      Matcher href = HREF.matcher(tag);
      if (!href.find()) continue;
      String v = href.group(1) != null ? href.group(1) : href.group(2) != null ? href.group(2) : href.group(3);
      v = v.strip().replace("&amp;", "&");
      if (v.startsWith("http://") || v.startsWith("https://")) return Optional.of(v);
    }
    return Optional.empty();
  }
}
