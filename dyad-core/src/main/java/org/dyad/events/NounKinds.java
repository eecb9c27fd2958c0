package org.dyad.events;

import java.util.function.Predicate;

/**
 * What the targets steps need to know of a common noun: whether it names an act ("ban", "attack": the verb
 * dictionary's nouns), and whether it names an actor, a person or a group ("prisoners", "the army": WordNet's classes).
 */
record NounKinds(Predicate<String> act, Predicate<String> actor) {}
