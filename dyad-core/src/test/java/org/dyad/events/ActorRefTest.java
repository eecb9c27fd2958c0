package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ActorRefTest {
  private static ActorRef ref(String code, String text) {
    return new ActorRef(code, text, 0, text.length(), "argument");
  }

  @Test
  void unknownActorsAreToldApartByTheirNames() {
    assertNotEquals(ref("---", "Kelly").identity(), ref("---", "Peter Wang").identity());
    assertEquals(ref("---", "Kenneth Ombongi").identity(), ref("---", "Ombongi").identity());
    assertEquals(ref("---", "American energy consultant John Rockhold, 67").identity(), ref("---", "Rockhold").identity());
  }

  @Test
  void codedActorsAreOneWhateverTheirWords() {
    assertEquals(ref("USAGOV", "Rubio").identity(), ref("USAGOV", "the secretary of state").identity());
    assertEquals(ref("---GOV", "the president").identity(), ref("---GOV", "he").identity());
  }
}
