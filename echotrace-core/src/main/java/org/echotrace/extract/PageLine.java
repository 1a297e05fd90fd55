package org.echotrace.extract;

/**
 * One line of a page as the classifier sees it: a line of a text page, or a block of an HTML page (a paragraph,
 * heading, list item, caption).
 *
 * @param number 1-based: the input line for text pages, the block's position for HTML pages
 * @param text the line's text, trimmed
 * @param tag the HTML element that held it ({@code p}, {@code h2}, {@code li}, {@code figcaption}, ...), or null
 * @param linkShare share of the text inside links (0 for text pages)
 * @param inMain whether the line lies in the page's main block (always true for text pages); lines outside it need
 *     stronger evidence to count as body
 * @param opensWithLink whether the line's first words are a link's text (a teaser's headline before its excerpt)
 */
public record PageLine(int number, String text, String tag, double linkShare, boolean inMain, boolean opensWithLink) {
  public PageLine(int number, String text, String tag, double linkShare, boolean inMain) {
    this(number, text, tag, linkShare, inMain, false);
  }

  public static PageLine ofText(int number, String text) {
    return new PageLine(number, text, null, 0, true);
  }
}
