package org.echotrace.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phrasing by which page furniture gives itself away, in any outlet: related-link prefixes, appeals to subscribe or
 * donate, legal lines, share bars, photo credits. These are patterns of the genre, not sentences of any one site.
 * A "strong" cue marks a line as furniture on its own; a "weak" cue needs the line to address the reader or speak
 * for the outlet, or to be short, because news can mention newsletters and donations too.
 */
final class FurnitureCues {
  private FurnitureCues() {}

  /**
   * A cue: its pattern, and for unanchored patterns the lower-case keywords one of which any match contains, so that
   * the regex runs only on lines that can match (scanning long paragraphs with a large case-insensitive alternation is
   * the costliest step of extraction otherwise). Patterns that start with {@code ^} are tried only at the line start.
   */
  private record Cue(String label, Pattern pattern, boolean anchored, String... keywords) {
    Cue(String label, Pattern pattern, String... keywords) {
      this(label, pattern, pattern.pattern().replaceFirst("^\\(\\?[a-z]+\\)", "").startsWith("^"), keywords);
    }

    boolean matches(String line, String lower) {
      if (keywords.length > 0) {
        boolean any = false;
        for (String k : keywords) if (lower.contains(k)) { any = true; break; }
        if (!any) return false;
      }
      return anchored ? pattern.matcher(line).lookingAt() : pattern.matcher(line).find();
    }
  }

  private static final Cue[] STRONG = {
    new Cue("related-link", Pattern.compile(
        "(?iu)^\\s*(ähnliche (beiträge|artikel)|auch interessant|das (thema )?könnte (dich|sie) auch interessieren|"
            + "mehr zum thema|weitere (artikel|beiträge)|lesen sie auch|lies auch|weiterlesen|mehr erfahren|erfahre mehr|"
            + "articles similaires|à lire aussi|lire aussi|voir aussi|artículos relacionados|leer más|te puede interesar|"
            + "articoli correlati|leggi anche|gerelateerde artikelen|lees ook|related posts|more posts|popular posts|"
            + "recent posts|previous post|next post|vorheriger beitrag|nächster beitrag|missed the|diese beiträge|"
            + "читайте также|смотрите также|читайте еще|читайте ещё|по теме)(?!\\p{L})")),
    new Cue("related-link", Pattern.compile(
        "(?iu)^\\s*(verwandte (artikel|beiträge|themen)|meist ?(gelesen|gelesene|diskutiert)\\w*|"
            + "weitere (themen|infos|informationen|artikel|beiträge|tipps|\\p{L}+tipps)|mehr (zu|zum|zur|über|themen|infos)\\b|"
            + "noch mehr|zum weiterlesen|entdecke weitere|top[- ]themen|vous aimerez aussi|explore further|más sobre|"
            + "video recomendado|zobacz (także|też)|inne artykuły|czytaj (też|także|więcej)|więcej informacji|"
            + "leggi (anche|di più)|ver también|también te puede|"
            + "(neueste|aktuelle) (artikel|beiträge|meldungen|nachrichten|stories)|weitere aktuelle|themen (im|in diesem) artikel|"
            + "contenido relacionado|veja também|zobacz również)(?!\\p{L})")),
    new Cue("advert", Pattern.compile(
        "(?iu)^\\s*(werbung|anzeige|reklama|advertisement|publicidad|pubblicità|publicité|sponsored|gesponsert|"
            + "externer inhalt)\\s*$")),
    new Cue("button", Pattern.compile(
        "(?iu)^\\s*(rezept drucken|bild anzeigen|(artikel |seite )?drucken|(als )?pdf herunterladen|"
            + "dieses \\p{L}+ als pdf herunterladen|kommentieren( sie)?|hinterlasse (jetzt )?einen kommentar|"
            + "\\d+ (antworten|kommentare|comments|replies|responses)( zu| to| on)?\\b)")),
    // consent banners in any language (this cue comes first: later legal cues need not name cookies), and the wording
    // of the common consent managers that avoid the word "cookie"
    new Cue("legal", Pattern.compile("(?iu)cookie|technische speicherung oder der (zugang|zugriff)|the technical storage or access"),
        "cookie", "speicherung", "storage"),
    new Cue("comment-form", Pattern.compile(
        "(?iu)(save my name|meinen namen, meine e-mail|kommentierung speichern|kommentare entfernen|"
            + "recht auf veröffentlichung|melde dich erneut an|log in again|your email address will not be published|"
            + "deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht)"),
        "save my", "meinen namen", "kommentier", "kommentare", "veröffentlich", "melde dich", "log in", "email address",
        "e-mail-adresse"),
    new Cue("comments", Pattern.compile(
        "(?iu)^\\s*(leave a (reply|comment)|comment by|comments? (are )?closed|kommentare?( geschlossen| insgesamt)?|"
            + "kommentar (schreiben|verfassen)|schreibe einen kommentar|commentaires?|laisser un commentaire|"
            + "deja un comentario|comentarios|lascia un commento|reageer)\\b")),
    new Cue("post-meta", Pattern.compile(
        "(?iu)^\\s*(this entry was posted|posted in|filed under|tagged( with)?\\b|tags?\\s*:|categor(y|ies)\\s*:|"
            + "kategorien?\\s*:|themen\\s*:|schlagw(orte|örter)\\s*:|dieser (eintrag|beitrag) wurde|"
            + "veröffentlicht (am|in|unter)|erstellt am|geschrieben (am|von)|bewerten\\s*:|aufrufe\\s*:|"
            + "share this\\s*:|teilen( mit)?\\s*:|(diesen )?artikel teilen|beitragsbild)")),
    new Cue("author-bio", Pattern.compile(
        "(?iu)^\\s*(about the author|über (den|die) autor(in)?|zur person|à propos de l'auteur|sobre el autor)\\b")),
    new Cue("feedback", Pattern.compile(
        "(?iu)((fanden sie|war) (diesen|der|dieser) (artikel|beitrag) (nützlich|hilfreich)|"
            + "was this (article|page|post) (helpful|useful)|hat ihnen (der|dieser) (artikel|beitrag) gefallen)"), "artikel", "beitrag", "helpful", "useful"),
    new Cue("legal", Pattern.compile(
        "(?iu)\\b(datenschutz(erklärung|bestimmungen|hinweise?|richtlinie)|impressum|nutzungsbedingungen|mentions légales|"
            + "politique de confidentialité|política de privacidad|informativa sulla privacy)\\b"), "datenschutz", "impressum", "nutzungsbedingungen", "mentions", "confidentialit", "privacidad", "privacy"),
    new Cue("newsletter", Pattern.compile(
        "(?iu)\\b(newsletter abonnieren|jetzt abonnieren|abonnieren sie|abonniere|zum newsletter|s'abonner|"
            + "abonnez-vous|inscrivez-vous|suscríbete|iscriviti|подписывайтесь|подпишитесь)(?!\\p{L})"), "abonn", "newsletter",
        "inscrivez", "suscr", "iscriviti", "подпис"),
    new Cue("related-link", Pattern.compile(
        "(?i)^\\s*(read more|read next|read also|also read|see also|related( stories| articles| coverage| news)?|more from|more on this|"
            + "recommended( for you)?|you may also like|you might also like|most read|most popular|trending( now)?|"
            + "more information|latest news|top stories|watch|listen|in pictures|continue reading)\\b\\s*[:|>»-]?")),
    new Cue("newsletter", Pattern.compile(
        "(?i)\\b(sign up (for|to)|subscribe (to|for|now)|newsletter|e-?mail (alerts|updates|briefing)|daily email|"
            + "(to|in) your inbox|in your mailbox|get (the|our) [\\w\\s]{0,30}(briefing|digest)|unsubscribe)\\b"), "sign up", "subscri", "newsletter", "mail", "inbox", "briefing", "digest"),
    new Cue("donation", Pattern.compile(
        "(?i)\\b(donate|donation|support (us|our|independent|quality|the work)|please support|make a contribution|"
            + "become a (member|patron|supporter|subscriber)|not ready to support|remind me later|"
            + "payment methods|paiment methods)\\b"), "donat", "support", "contribution", "become a", "remind me", "payment", "paiment"),
    new Cue("legal", Pattern.compile(
        "(?i)(privacy policy|terms (of|and) (use|service|conditions)|all rights reserved|©|\\(c\\) \\d{4}|"
            + "copyright \\d{4})"), "privacy", "terms", "rights reserved", "©", "(c)", "copyright"),
    new Cue("share-bar", Pattern.compile(
        "(?i)^\\s*(share( this( article| story)?)?( on)?|follow us( on)?|tweet|print|email|comments?|"
            + "facebook|twitter|whatsapp|telegram|linkedin|copy link)\\s*[:|]?\\s*$")),
    // a line that is only a clock time, a relative time or a reading time: "3:59 PM", "2 months ago", "4 Min Read",
    // "21 minutes - 4312 words", "Lesezeit: 3 Minuten"
    new Cue("timestamp", Pattern.compile(
        "(?iu)^\\s*(\\d{1,2}:\\d{2}\\s*(am|pm|uhr|h)?|"
            + "(vor )?\\d+\\s*(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|sekunden|minuten|stunden|tagen?|wochen|monaten?|jahren?)"
            + "(\\s*(ago|read|lesezeit|lesedauer))?(\\s*[-–|·]\\s*[\\d.,]+\\s*(words|wörter))?|"
            + "(lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura)\\s*:?\\s*\\d+\\s*(min\\.?|minuten|minutes?|minutos)?)"
            + "\\s*$")),
    // "Asked 8 years, 2 months ago", "Updated 3 hours ago"; a date label left alone on its line ("Release Date:")
    new Cue("timestamp", Pattern.compile(
        "(?iu)^\\s*((\\p{L}+\\s+){0,2}(\\d+\\s*(seconds?|minutes?|hours?|days?|weeks?|months?|years?),?\\s*)+ago|"
            + "(release date|published|updated|posted|last (updated|modified)|veröffentlicht|aktualisiert|publié|publicado)\\s*:?)"
            + "\\s*$")),
    // appeals to follow the outlet elsewhere, affiliate-link disclosures and rights notices in more languages
    new Cue("share-bar", Pattern.compile(
        "(?iu)(^\\s*(síguenos|siguenos|nos siga|folge uns|folgt uns|suivez-nous|seguici|obserwuj nas)(?!\\p{L})|"
            + "nuestro canal de (youtube|telegram|whatsapp)|tenemos canal de (youtube|telegram|whatsapp))"),
        "síguenos", "siguenos", "nos siga", "folg", "suivez", "seguici", "obserwuj", "canal de"),
    new Cue("legal", Pattern.compile(
        "(?iu)(materiał chroniony prawem|alle angaben ohne gewähr|"
            + "(links|verlinkungen) (auf|in) diese[rm] (seite|artikel)|bei den (mit .{0,40})?(links|verlinkungen) handelt es sich um|"
            + "affiliate[- ]links?)"),
        "chroniony", "gewähr", "links", "verlinkungen", "affiliate"),
    // login walls before comments, app and membership appeals
    new Cue("login", Pattern.compile(
        "(?iu)(\\b(eingeloggt|einloggen)\\b|\\b(must|need to) be logged in\\b|\\b(ios|android) (and|und|y|et|i) (ios|android)\\b|"
            + "^\\s*(unterstütze|hazte (miembro|socio))(?!\\p{L})|\\bsubskrypcj\\p{L}*|^\\s*ten tekst przeczytasz\\b)"),
        "eingeloggt", "einloggen", "logged in", "ios", "unterstütze", "hazte", "subskrypcj", "przeczytasz"),
    new Cue("press-release", Pattern.compile(
        "(?i)\\b(submit(ting)? (a|your) (news|press) release|news release to|advertise with us|contact (us|the newsroom))\\b"), "release", "advertis", "contact"),
  };

  private static final Pattern WEAK = Pattern.compile(
      "(?iu)\\b(subscribe|subscri(ber|ption)s?|newsletter|support|donat\\w*|e-?mail|inbox|journalism|readers|"
          + "independent|sign[- ]up|log ?in|register|app|download|notifications?|advert\\w*|sponsored|cookies?|"
          + "abonn\\w*|anmeld\\w*|registrier\\w*|spende\\w*|werbung|anzeige|teilen|kommentar\\w*|leser\\w*|"
          + "datenschutz\\w*|privacy|partage[rz]?|commentaire\\w*|publicité|compartir|condividi)\\b");

  private static final Pattern CAPTION = Pattern.compile(
      "(?iu)(^\\s*(photo|photograph|image|picture|file photo|video|illustration|graphic|credit|foto|fotos|bild|"
          + "bilder|titelbild|beitragsbild|bildquelle|quelle|crédits? photo|zdjęcie|fot\\.)\\s*[:|/]|"
          + "^\\s*photograph(ed)? by\\b|"
          + "\\b(photo|photograph|image|picture|pictured|illustration|foto|фото)s?\\s*(credit)?\\s*:|"
          + "^\\s*(иллюстративное |архивное )?фото\\b|"
          + "\\(\\s*(photo[^)]*|[^()/]{2,40}/[^()/]{2,40})\\)\\s*$|"
          + "[/|]\\s*(reuters|afp|ap|epa|getty( images)?|shutterstock|tass|sputnik|ria novosti)\\s*$|"
          + "\\b(getty images|via getty|afp via|shutterstock)\\b)");

  /** A web address standing as the last word: "Kremlin spokesman Dmitry Peskov. kremlin.ru". */
  private static final Pattern TRAILING_DOMAIN = Pattern.compile("(?i)[.|/\\-–—]\\s*[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,6}\\s*$");

  /** "Jane Doe is a reporter...", "Max Muster schreibt über...": the box about the author after an article. */
  private static final Pattern BIO = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.'’-]+\\s+){1,3}(is|was|has|writes|covers|works|joined|ist|war|hat|schreibt|arbeitet|"
          + "studierte|lebt|est|écrit|es|escribe)\\b");

  static boolean bio(String line) {
    return BIO.matcher(line).find();
  }

  /** Only the cues that count at any line length: legal notices (cookies, privacy, copyright) and comment forms. */
  static Optional<String> anyLength(String line) {
    String lower = line.toLowerCase(java.util.Locale.ROOT);
    for (Cue cue : STRONG) {
      if ((cue.label.equals("legal") || cue.label.equals("comment-form")) && cue.matches(line, lower)) return Optional.of(cue.label);
    }
    return Optional.empty();
  }

  static Optional<String> strong(String line) {
    String lower = line.toLowerCase(java.util.Locale.ROOT);
    for (Cue cue : STRONG) if (cue.matches(line, lower)) return Optional.of(cue.label);
    return Optional.empty();
  }

  static boolean weak(String line) {
    return WEAK.matcher(line).find();
  }

  static boolean caption(LineFeatures f) {
    if (f.words() > 25) return false;
    if (CAPTION.matcher(f.text()).find()) return true;
    return f.words() <= 15 && TRAILING_DOMAIN.matcher(f.text()).find();
  }
}
