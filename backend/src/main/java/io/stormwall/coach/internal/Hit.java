package io.stormwall.coach.internal;

import io.stormwall.wall.Element;
import java.util.List;

/** Where a rule found something: the elements it names and the figures its message quotes (never sticky text). */
record Hit(List<Element> elements, Object... figures) {

    static Hit of(Element... elements) {
        return new Hit(List.of(elements));
    }
}
