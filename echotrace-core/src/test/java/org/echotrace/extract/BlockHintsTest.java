package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockHintsTest {
  private static Element div(String cls) {
    return Jsoup.parseBodyFragment("<div class=\"" + cls + "\">x</div>").body().child(0);
  }

  @Test
  void numberedTokensAreJudgedLikeTheirShapeWithOneDigit() {
    assertEquals("menu-item-1", BlockHints.oneDigitRuns("menu-item-1012"));
    assertEquals("col-1-md-4", BlockHints.oneDigitRuns("col-12-md-4"));
    assertSame("sidebar", BlockHints.oneDigitRuns("sidebar"));
    // the verdict of a numbered token does not depend on its number
    assertEquals(BlockHints.Kind.FURNITURE, BlockHints.of(div("menu-item-1012")));
    assertEquals(BlockHints.Kind.FURNITURE, BlockHints.of(div("menu-item-7")));
    assertEquals(BlockHints.Kind.NONE, BlockHints.of(div("sidebar entry-content-2024")));
    assertEquals(BlockHints.Kind.NONE, BlockHints.of(div("post-12345")));
    assertEquals(BlockHints.Kind.COMMENTS, BlockHints.of(div("comment-6789")));
  }

  @Test
  void commentSectionsAreNamedInTheSitesLanguageToo() {
    assertEquals(BlockHints.Kind.COMMENTS, BlockHints.of(div("kommentarModul")));
    assertEquals(BlockHints.Kind.COMMENTS, BlockHints.of(div("komentarze")));
    assertEquals(BlockHints.Kind.COMMENTS, BlockHints.of(div("lista-comentarios")));
    assertEquals(BlockHints.Kind.COMMENTS, BlockHints.of(div("commenti")));
    assertEquals(BlockHints.Kind.NONE, BlockHints.of(div("entry-content")));
  }

  @Test
  void aNodePromotedToTheFrontPageIsNoPromoBox() {
    // Drupal marks every node promoted to the front page, article pages included; a promo box is furniture
    assertEquals(BlockHints.Kind.NONE, BlockHints.of(div("node node-article node-promoted")));
    assertEquals(BlockHints.Kind.FURNITURE, BlockHints.of(div("promo-box")));
  }
}
