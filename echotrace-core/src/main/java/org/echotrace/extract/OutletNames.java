package org.echotrace.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a name found in a page's text can be the name of the site that published it: a site-name line or a name its
 * furniture repeats is taken as the outlet only when the page's host spells it ("The Moscow Times" on
 * themoscowtimes.com, "Süddeutsche" on sueddeutsche.de). A section label ("WORLD") or a person named in captions
 * ("Dmitry Peskov") is not spelled by the host, so the registrable domain is named instead. Thread-safe: no state.
 */
final class OutletNames {
  private OutletNames() {}

  /** Letters and digits of a name or host, lower case, accents and umlauts folded ("ü" → "u" and "ue" both tried). */
  static String key(String s) {
    String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) b.append(c);
    }
    return b.toString();
  }

  /** Whether {@code name} is spelled by {@code host} (its letters, a leading "the" optional), in either direction. */
  static boolean agrees(String name, String host) {
    if (name == null || host == null) return false;
    String h = key(host.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae"));
    String hostPlain = key(host);
    for (String variant : new String[] {name, name.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
        .replace("Ü", "Ue").replace("Ö", "Oe").replace("Ä", "Ae").replace("ß", "ss")}) {
      String n = key(variant);
      String bare = n.startsWith("the") && n.length() > 6 ? n.substring(3) : n;
      if (bare.length() >= 2 && (h.contains(bare) || hostPlain.contains(bare))) return true;
      // "Stuttgarter Zeitung" on stuttgarter-zeitung.de, "RT" on rt.com; a host's first label inside a longer name
      // ("NEWS.am" style names, "BBC News" on bbc.com)
      String label = firstLabel(host);
      if (label.length() >= 3 && n.contains(label)) return true;
    }
    return false;
  }

  /** The host's label before its registrable suffix: {@code bbc} for {@code www.bbc.co.uk}. */
  private static String firstLabel(String host) {
    String domain = Sites.registrableDomain("http://" + host);
    String d = domain == null ? host : domain;
    int dot = d.indexOf('.');
    return key(dot < 0 ? d : d.substring(0, dot));
  }
}
