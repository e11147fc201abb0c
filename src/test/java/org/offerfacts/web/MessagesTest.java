package org.offerfacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void everyInterfaceWordExistsInBothLanguages() {
    assertThat(Messages.of(Lang.FR).keys()).containsExactlyInAnyOrderElementsOf(Messages.of(Lang.EN).keys());
  }

  @Test
  void theBrowserLanguageIsFollowedInItsOrder() {
    assertThat(Lang.fromAcceptLanguage("de-DE,fr;q=0.8,en;q=0.5")).isEqualTo(Lang.FR);
    assertThat(Lang.fromAcceptLanguage("de")).isEqualTo(Lang.EN);
    assertThat(Lang.fromAcceptLanguage(null)).isEqualTo(Lang.EN);
  }
}
